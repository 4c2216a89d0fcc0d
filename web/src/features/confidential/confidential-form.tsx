import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  FileButton,
  Group,
  List,
  Stack,
  Text,
} from "@mantine/core";
import { IconKey, IconPaperclip, IconTrash } from "@tabler/icons-react";
import { type ReactNode, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormSection } from "../../components/FormSection.tsx";
import { formatBytes } from "../records/record-view-files.tsx";
import { PathButton } from "../records/record-view-links.tsx";
import { KindFields } from "../records/records-form-fields.tsx";
import {
  KindChoice,
  type OwnerChoice,
  OwnerField,
  RecordFormFrame,
  useRecordForm,
} from "../records/records-form-shell.tsx";
import type { RecordFormValues } from "../records/records-form-values.ts";
import { keysHref, useHere } from "./confidential-parts.tsx";
import type { FieldProblem } from "./confidential-save.ts";
import { confidentialFileMaxBytes } from "./file-crypto.ts";

export type ConfidentialFormValues = RecordFormValues & { files: File[] };

/** Why an organisation cannot take a new confidential record now, with the way to fix it. */
export function KeysProblem({ problem }: { problem: "none" | "rotation" | "notSealed" }) {
  const { t } = useTranslation("confidential");
  const here = useHere();
  return (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      icon={<IconKey size={20} aria-hidden />}
      title={t(`keys.${problem}Title`)}
      styles={{ title: { color: "var(--mantine-color-text)" } }}
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t(`keys.${problem}`)}</Text>
        <PathButton href={keysHref(here)} variant="default" size="sm">
          {t("keys.open")}
        </PathButton>
      </Stack>
    </Alert>
  );
}

/** Files chosen to be encrypted and attached when the record is saved. */
function FilesChooser({ files, onChange }: { files: File[]; onChange: (files: File[]) => void }) {
  const { t, i18n } = useTranslation("confidential");
  const [problem, setProblem] = useState<string | null>(null);
  const resetRef = useRef<() => void>(null);
  const hintId = useId();
  const limit = formatBytes(confidentialFileMaxBytes, i18n.language);

  function handlePick(picked: File[]) {
    resetRef.current?.();
    const refused = picked.filter((f) => f.size === 0 || f.size > confidentialFileMaxBytes);
    setProblem(
      refused.length
        ? refused
            .map((f) =>
              f.size === 0
                ? t("files.empty", { name: f.name })
                : t("files.tooLarge", { name: f.name, limit }),
            )
            .join(" ")
        : null,
    );
    onChange([...files, ...picked.filter((f) => !refused.includes(f))]);
  }

  return (
    <FormSection title={t("form.filesTitle")} description={t("form.filesIntro")}>
      {files.length > 0 && (
        <List spacing={4} size="sm" listStyleType="none" p={0} m={0}>
          {files.map((file, i) => (
            <List.Item key={`${file.name}-${i}`}>
              <Group gap="xs" wrap="nowrap" justify="space-between">
                <Text size="sm" dir="auto" style={{ overflowWrap: "anywhere", minWidth: 0 }}>
                  {file.name} · {formatBytes(file.size, i18n.language)}
                </Text>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t("files.removeNamed", { name: file.name })}
                  onClick={() => onChange(files.filter((_, j) => j !== i))}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <Group gap="sm" wrap="wrap" align="center">
        <FileButton onChange={handlePick} resetRef={resetRef} multiple>
          {(props) => (
            <Button
              {...props}
              variant="default"
              leftSection={<IconPaperclip size={16} aria-hidden />}
              aria-describedby={hintId}
            >
              {t("files.choose")}
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="gray.7" id={hintId}>
          {t("files.limit", { limit })}
        </Text>
      </Group>
      {problem && (
        <Text size="sm" c="red.8" role="alert">
          {problem}
        </Text>
      )}
    </FormSection>
  );
}

/** Problems the kind's schema found, which the form's own checks let through. */
export function FieldProblems({ problems }: { problems: FieldProblem[] }) {
  const { t } = useTranslation("confidential");
  if (!problems.length) return null;
  return (
    <Alert color="red" role="alert" title={t("form.invalidTitle")}>
      <List size="sm">
        {problems.map((p) => (
          <List.Item key={p.path}>
            <span dir="ltr">{p.path}</span>: {p.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** What saving is doing now, for screen readers and for a long encryption. */
export function Progress({ step }: { step: string | null }) {
  return (
    <Text size="sm" c="gray.7" role="status">
      {step ?? ""}
    </Text>
  );
}

/**
 * The form of a confidential record: the same fields as a readable record of its kind, checked
 * here, and files to encrypt. A new record chooses its owner, its kind and whether everyone in
 * the owner opens it; an edit keeps them.
 */
export function ConfidentialForm({
  initial,
  owners,
  onOwnerChange,
  editing,
  submitLabel,
  pending,
  blocked,
  onSubmit,
  cancel,
  feedback,
}: {
  initial: ConfidentialFormValues;
  owners?: readonly OwnerChoice[];
  onOwnerChange?: (id: string) => void;
  editing: boolean;
  submitLabel: string;
  pending: boolean;
  /** The owner cannot take the record now: shown above the buttons, and saving is off. */
  blocked?: ReactNode;
  onSubmit: (values: ConfidentialFormValues) => void;
  cancel: ReactNode;
  feedback?: ReactNode;
}) {
  const { t } = useTranslation("confidential");
  const { t: tr } = useTranslation("records");
  const form = useRecordForm(initial, false);
  const v = form.values;

  return (
    <RecordFormFrame
      form={form}
      onSubmit={onSubmit}
      feedback={
        <>
          {blocked}
          {feedback}
        </>
      }
      cancel={cancel}
      submitLabel={submitLabel}
      pending={pending}
      disabled={!!blocked}
    >
      {owners && (
        <FormSection title={tr("form.sections.record")}>
          <OwnerField form={form} owners={owners} onChange={(id) => onOwnerChange?.(id)} />
          <KindChoice form={form} />
          <Checkbox
            label={t("form.readersAll")}
            description={t("form.readersAllHint")}
            {...form.getInputProps("readersAll", { type: "checkbox" })}
          />
        </FormSection>
      )}
      <KindFields form={form} editing={editing} />
      <FilesChooser files={v.files} onChange={(files) => form.setFieldValue("files", files)} />
    </RecordFormFrame>
  );
}
