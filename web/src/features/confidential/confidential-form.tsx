import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  FileButton,
  Group,
  List,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconKey, IconPaperclip, IconTrash } from "@tabler/icons-react";
import { type ReactNode, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type RecordKind, recordKinds } from "../../../../shared/records/fields.ts";
import { FormSection } from "../../components/FormSection.tsx";
import { focusFirstInvalid } from "../../lib/page.ts";
import { useRecordLabels } from "../records/record-labels.ts";
import { formatBytes } from "../records/record-view-files.tsx";
import { PathButton } from "../records/record-view-links.tsx";
import {
  CaseFields,
  DocumentFields,
  IncidentFields,
  TrendFields,
} from "../records/records-form-fields.tsx";
import { type RecordFormValues, problemsOf } from "../records/records-form-values.ts";
import { keysHref, useHere } from "./confidential-parts.tsx";
import { confidentialFileMaxBytes } from "./file-crypto.ts";

export type OwnerChoice = { id: string; name: string };

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
  const labels = useRecordLabels();
  const form = useForm<ConfidentialFormValues>({
    initialValues: initial,
    validate: (values) =>
      Object.fromEntries(
        Object.entries(problemsOf(values))
          .filter(([key]) => key !== "coalitionIds")
          .map(([key, problem]) => [key, tr(`form.problem.${problem}`)]),
      ),
  });
  const v = form.values;
  const kindFields: Record<RecordKind, ReactNode> = {
    incident: <IncidentFields form={form} editing={editing} />,
    case: <CaseFields form={form} />,
    trend: <TrendFields form={form} />,
    document: <DocumentFields form={form} />,
  };

  return (
    <form noValidate onSubmit={form.onSubmit(onSubmit, () => focusFirstInvalid())}>
      <Stack gap="lg">
        <Text size="sm" c="gray.7">
          {tr("form.requiredNote")}
        </Text>
        {owners && (
          <FormSection title={tr("form.sections.record")}>
            {owners.length > 1 ? (
              <Select
                label={tr("form.owner")}
                description={tr("form.ownerHint")}
                required
                data={owners.map((o) => ({ value: o.id, label: o.name }))}
                searchable
                nothingFoundMessage={tr("filters.nothingFound")}
                {...form.getInputProps("ownerOrganizationId")}
                value={v.ownerOrganizationId || null}
                onChange={(id) => {
                  form.setFieldValue("ownerOrganizationId", id ?? "");
                  onOwnerChange?.(id ?? "");
                }}
              />
            ) : (
              <div>
                <Text size="sm" fw={500}>
                  {tr("form.owner")}
                </Text>
                <Text>
                  <bdi>{owners[0]?.name}</bdi>
                </Text>
              </div>
            )}
            <Radio.Group
              label={tr("form.kind")}
              value={v.kind}
              onChange={(kind) => form.setFieldValue("kind", kind as RecordKind)}
              required
            >
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs">
                {recordKinds.map((k) => (
                  <Radio
                    key={k}
                    value={k}
                    label={labels.kind(k)}
                    description={tr(`form.kindHint.${k}`)}
                  />
                ))}
              </SimpleGrid>
            </Radio.Group>
            <Checkbox
              label={t("form.readersAll")}
              description={t("form.readersAllHint")}
              {...form.getInputProps("readersAll", { type: "checkbox" })}
            />
          </FormSection>
        )}
        {kindFields[v.kind]}
        <FilesChooser files={v.files} onChange={(files) => form.setFieldValue("files", files)} />
        {blocked}
        {feedback}
        <Group justify="flex-end" gap="sm">
          {cancel}
          <Button type="submit" loading={pending} disabled={!!blocked}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
