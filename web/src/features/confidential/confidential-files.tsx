import { Alert, Button, FileButton, Group, Paper, Stack, Text } from "@mantine/core";
import { IconDeviceFloppy, IconLockOpen, IconPaperclip } from "@tabler/icons-react";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { notify } from "../../lib/notify.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { formatBytes } from "../records/record-view-files.tsx";
import classes from "../records/record-view.module.css";
import { uploadSealedFile, useRefreshConfidential } from "./confidential-data.ts";
import type { OpenedFile, OpenedRecord } from "./confidential-open.ts";
import {
  FileRefused,
  confidentialFileMaxBytes,
  decryptFile,
  encryptFile,
  hexOfB64,
} from "./file-crypto.ts";
import type { KeySession } from "./key-session.ts";

type Decrypted = { url: string; name: string };

/**
 * One attachment: its name, type, size and SHA-256 from the header opened here. Decrypting
 * streams the download through the file's key; the file is offered for saving only once the
 * stream ended with its last chunk checked and the SHA-256 and size match the header's.
 */
function FileCard({
  recordId,
  file,
  session,
}: {
  recordId: string;
  file: OpenedFile;
  session: KeySession;
}) {
  const { t, i18n } = useTranslation("confidential");
  const time = useTimeFormat();
  const [state, setState] = useState<"idle" | "working" | Decrypted | FileRefused["reason"]>(
    "idle",
  );
  const statusId = useId();
  const decrypted = typeof state === "object" ? state : null;
  // The decrypted bytes live in a blob URL only while the card is shown.
  useEffect(() => () => (decrypted ? URL.revokeObjectURL(decrypted.url) : undefined), [decrypted]);

  const header = file.header;
  if (!header || !file.fileKey)
    return (
      <Paper withBorder p="sm" component="li">
        <Text size="sm">{t("files.headerFailed")}</Text>
      </Paper>
    );
  const name = header.name;
  const fileKey = file.fileKey;

  async function handleDecrypt() {
    setState("working");
    try {
      const crypto = await session.crypto();
      await crypto.loadSodium();
      const { blob } = await decryptFile(crypto, {
        url: `/api/v1/confidential-records/${recordId}/files/${file.id}`,
        fileId: file.id,
        fileKey,
        expected: { sha256: header!.sha256, size: header!.size },
      });
      setState({ url: URL.createObjectURL(blob), name });
    } catch (error) {
      setState(error instanceof FileRefused ? error.reason : "tampered");
    }
  }

  return (
    <Paper withBorder p="sm" component="li">
      <Stack gap={6}>
        <Text fw={600} size="sm" dir="auto" style={{ overflowWrap: "anywhere" }}>
          {name}
        </Text>
        <Text size="xs" c="gray.7" style={{ overflowWrap: "anywhere" }}>
          <span dir="ltr">{header.mediaType}</span> · {formatBytes(header.size, i18n.language)}
        </Text>
        <Text size="xs" c="gray.7">
          {t("files.added", { date: time.absolute(file.addedAt) })}
        </Text>
        <Stack gap={4}>
          <Text size="xs" fw={600}>
            {t("files.sha256")}
          </Text>
          <code className={classes.hash} dir="ltr">
            {hexOfB64(header.sha256)}
          </code>
        </Stack>
        <Group gap="xs" wrap="wrap">
          {decrypted ? (
            <Button
              component="a"
              href={decrypted.url}
              download={decrypted.name}
              size="compact-sm"
              color="teal"
              leftSection={<IconDeviceFloppy size={16} aria-hidden />}
              aria-label={t("files.saveNamed", { name })}
            >
              {t("files.save")}
            </Button>
          ) : (
            <Button
              size="compact-sm"
              variant="light"
              loading={state === "working"}
              onClick={() => void handleDecrypt()}
              leftSection={<IconLockOpen size={16} aria-hidden />}
              aria-label={t("files.decryptNamed", { name })}
              aria-describedby={statusId}
            >
              {t("files.decrypt")}
            </Button>
          )}
        </Group>
        <Text id={statusId} size="xs" role="status" c={decrypted ? "teal.9" : "gray.7"}>
          {decrypted
            ? t("files.checked")
            : state === "working"
              ? t("files.decrypting", { name })
              : ""}
        </Text>
        {typeof state === "string" && state !== "idle" && state !== "working" && (
          <Alert color="red" role="alert" p="xs">
            {t(`files.refused.${state}`)}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

/** Encrypts a picked file here and sends it, bound to the record and to an id chosen here. */
function AttachControl({ record, session }: { record: OpenedRecord; session: KeySession }) {
  const { t, i18n } = useTranslation("confidential");
  const refresh = useRefreshConfidential(record.id);
  const [working, setWorking] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const resetRef = useRef<() => void>(null);
  const statusId = useId();
  const limit = formatBytes(confidentialFileMaxBytes, i18n.language);
  const contentKey = record.contentKey;

  async function handlePick(file: File | null) {
    resetRef.current?.();
    if (!file || !contentKey) return;
    setError(null);
    if (file.size === 0) return setProblem(t("files.empty", { name: file.name }));
    if (file.size > confidentialFileMaxBytes)
      return setProblem(t("files.tooLarge", { name: file.name, limit }));
    setProblem(null);
    setWorking(file.name);
    try {
      const crypto = await session.crypto();
      await crypto.loadSodium();
      const encrypted = await encryptFile(crypto, file, record.id, contentKey);
      await uploadSealedFile(record.id, encrypted);
      await refresh();
      notify({ color: "teal", message: t("files.attached", { name: file.name }) });
    } catch (failure) {
      setError(failure);
    } finally {
      setWorking(null);
    }
  }

  return (
    <Stack gap="xs">
      <Group gap="sm" wrap="wrap" align="center">
        <FileButton onChange={(f) => void handlePick(f)} resetRef={resetRef}>
          {(props) => (
            <Button
              {...props}
              variant="default"
              loading={working !== null}
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
        {working ? t("files.encrypting", { name: working }) : ""}
      </Text>
      {problem && (
        <Text size="sm" c="red.8" role="alert">
          {problem}
        </Text>
      )}
      <FormError error={error} />
    </Stack>
  );
}

export function ConfidentialFiles({
  record,
  session,
  mayAttach,
}: {
  record: OpenedRecord;
  session: KeySession;
  mayAttach: boolean;
}) {
  const { t } = useTranslation("confidential");
  return (
    <PageSection title={t("files.title")} description={t("files.intro")}>
      {record.files.length === 0 ? (
        <Text size="sm" c="gray.7">
          {record.sight === "shared" ? t("files.noneShared") : t("files.none")}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: "none" }}>
          {record.files.map((file) => (
            <FileCard key={file.id} recordId={record.id} file={file} session={session} />
          ))}
        </Stack>
      )}
      {mayAttach && record.contentKey && <AttachControl record={record} session={session} />}
    </PageSection>
  );
}
