import { Button, CopyButton, FileButton, Group, Paper, Stack, Text } from "@mantine/core";
import { IconCheck, IconCopy, IconDownload, IconPaperclip } from "@tabler/icons-react";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RecordFile, RecordView } from "../../../../shared/records/api.ts";
import { FormError } from "../../components/FormError.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { notify } from "../../lib/notify.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { attachmentMaxBytes, useRecordFiles, useUploadRecordFile } from "./record-data.ts";
import classes from "./record-view.module.css";

/** A size the way people read it: bytes, kilobytes or megabytes, in the reader's language. */
export function formatBytes(bytes: number, locale: string): string {
  const [value, unit] =
    bytes < 1024
      ? [bytes, "byte"]
      : bytes < 1024 * 1024
        ? [bytes / 1024, "kilobyte"]
        : [bytes / (1024 * 1024), "megabyte"];
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit,
    unitDisplay: "short",
    maximumFractionDigits: 1,
  }).format(value);
}

function FileCard({ recordId, file }: { recordId: string; file: RecordFile }) {
  const { t, i18n } = useTranslation("record");
  const time = useTimeFormat();
  return (
    <Paper withBorder p="sm" component="li">
      <Stack gap={6}>
        <Text fw={600} size="sm" dir="auto" style={{ overflowWrap: "anywhere" }}>
          {file.name}
        </Text>
        <Text size="xs" c="gray.7" style={{ overflowWrap: "anywhere" }}>
          <span dir="ltr">{file.mediaType}</span> · {formatBytes(file.size, i18n.language)}
        </Text>
        <Text size="xs" c="gray.7">
          {file.addedByName
            ? t("files.addedBy", { name: file.addedByName, date: time.absolute(file.addedAt) })
            : t("files.added", { date: time.absolute(file.addedAt) })}
        </Text>
        <Stack gap={4}>
          <Text size="xs" fw={600}>
            {t("files.sha256")}
          </Text>
          <code className={classes.hash} dir="ltr">
            {file.sha256}
          </code>
        </Stack>
        <Group gap="xs" wrap="wrap">
          <Button
            component="a"
            href={`/api/v1/records/${recordId}/files/${file.id}`}
            download={file.name}
            size="compact-sm"
            variant="light"
            leftSection={<IconDownload size={16} aria-hidden />}
            aria-label={t("files.downloadNamed", { name: file.name })}
          >
            {t("files.download")}
          </Button>
          <CopyButton value={file.sha256}>
            {({ copied, copy }) => (
              <Button
                size="compact-sm"
                variant="default"
                onClick={copy}
                leftSection={
                  copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
                }
                aria-label={copied ? t("files.copied") : t("files.copyNamed", { name: file.name })}
              >
                {copied ? t("files.copied") : t("files.copy")}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Picks a file and sends it at once; the size is checked here before any byte leaves. */
function UploadControl({ recordId }: { recordId: string }) {
  const { t, i18n } = useTranslation("record");
  const upload = useUploadRecordFile(recordId);
  const [problem, setProblem] = useState<string | null>(null);
  const statusId = useId();
  // Cleared after each pick, so the same file can be picked again after a refusal.
  const resetRef = useRef<() => void>(null);
  const limit = formatBytes(attachmentMaxBytes, i18n.language);

  function handlePick(file: File | null) {
    resetRef.current?.();
    if (!file) return;
    upload.reset();
    if (file.size === 0) return setProblem(t("files.empty", { name: file.name }));
    if (file.size > attachmentMaxBytes)
      return setProblem(t("files.tooLarge", { name: file.name, limit }));
    setProblem(null);
    upload.mutate(file, {
      onSuccess: (added) =>
        notify({ color: "teal", message: t("files.uploaded", { name: added.name }) }),
    });
  }

  return (
    <Stack gap="xs">
      <Group gap="sm" wrap="wrap" align="center">
        <FileButton onChange={handlePick} resetRef={resetRef}>
          {(props) => (
            <Button
              {...props}
              variant="default"
              loading={upload.isPending}
              leftSection={<IconPaperclip size={16} aria-hidden />}
              aria-describedby={statusId}
            >
              {t("files.attach")}
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="gray.7">
          {t("files.limit", { limit })}
        </Text>
      </Group>
      <Text id={statusId} size="xs" c="gray.7" role="status">
        {upload.isPending && upload.variables
          ? t("files.uploading", { name: upload.variables.name })
          : ""}
      </Text>
      {problem && (
        <Text size="sm" c="red.8" role="alert">
          {problem}
        </Text>
      )}
      <FormError error={upload.error} />
    </Stack>
  );
}

/**
 * The record's attachments with their SHA-256, so a copy handed to a court can be checked
 * against what was uploaded; every download is written to the audit log.
 */
export function RecordFiles({ record }: { record: RecordView }) {
  const { t } = useTranslation("record");
  const files = useRecordFiles(record.id, true);
  const items = files.data?.items ?? [];
  return (
    <PageSection title={t("files.title")} description={t("files.intro")}>
      {files.isError ? (
        <FormError error={files.error} />
      ) : files.isPending ? (
        <Text size="sm" c="gray.7">
          {t("files.loading")}
        </Text>
      ) : items.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t("files.none")}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: "none" }}>
          {items.map((file) => (
            <FileCard key={file.id} recordId={record.id} file={file} />
          ))}
        </Stack>
      )}
      {record.may.edit && <UploadControl recordId={record.id} />}
    </PageSection>
  );
}
