import {
  Accordion,
  Alert,
  Anchor,
  Button,
  Code,
  FileInput,
  Group,
  List,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { IconCheck, IconDownload, IconFileText } from "@tabler/icons-react";
import { useParams } from "@tanstack/react-router";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RecordImportReport } from "../../../../shared/records/api.ts";
import {
  type Term,
  ageBands,
  perpetratorCategories,
  sexes,
  sourceTypes,
  violationTypes,
} from "../../../../shared/records/vocab.ts";
import { FormError } from "../../components/FormError.tsx";
import { FormSection } from "../../components/FormSection.tsx";
import { ButtonLink } from "../../components/Links.tsx";
import { PageLoading, PageMessage, SignInFirst } from "../../components/PageStates.tsx";
import { useMyOrganizations } from "../../lib/coalition-data.ts";
import { useFormatters, useMe } from "../../lib/hooks.ts";
import { useDocumentTitle } from "../../lib/page.ts";
import { useRecordLabels } from "./record-labels.ts";
import { exportHref, useImportRecords } from "./records-data.ts";
import { type SharingValues, safeSharing, sharingOf } from "./records-form-values.ts";
import { ScrollRegion } from "./records-scroll-region.tsx";
import { SharingSection } from "./records-sharing.tsx";

/** As importLimits in shared/records/api.ts, which the web cannot import (it carries Zod). */
const maxChars = 5_000_000;

/** The columns the import reads: the export's, for incidents. */
const expectedColumns = [
  "occurredOn",
  "occurredUntil",
  "country",
  "adminArea.name",
  "adminArea.pcode",
  "placeText",
  "coordinates.lat",
  "coordinates.lon",
  "coordinates.precision",
  "violationTypes",
  "perpetratorCategory",
  "affected",
  "sourceType",
  "sourceReliability",
  "informationCredibility",
  "narrative.original",
  "narrative.texts.en",
] as const;
const requiredColumns = new Set(["occurredOn", "country", "violationTypes"]);
/** Examples put into the hints as values, so that each keeps its direction in Arabic. */
const columnHints: Partial<Record<string, { hint: string; example: string }>> = {
  violationTypes: { hint: "violationTypes", example: "killing|abduction" },
  affected: { hint: "affected", example: '[{"sex":"female","ageBand":"12-17","count":2}]' },
  "narrative.texts.en": { hint: "narrative", example: "narrative.texts.fr" },
};

function Codes({ title, terms }: { title: string; terms: readonly Term[] }) {
  const labels = useRecordLabels();
  return (
    <Accordion.Item value={title}>
      <Accordion.Control>{title}</Accordion.Control>
      <Accordion.Panel>
        <List size="sm" spacing={2}>
          {terms.map((term) => (
            <List.Item key={term.key}>
              <Code>{term.key}</Code> {labels.term(terms, term.key)}
            </List.Item>
          ))}
        </List>
      </Accordion.Panel>
    </Accordion.Item>
  );
}

function ExpectedColumns({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation("records");
  const labels = useRecordLabels();
  return (
    <FormSection title={t("import.columnsTitle")} description={t("import.columnsLead")}>
      <List size="sm" spacing={2}>
        {expectedColumns.map((column) => (
          <List.Item key={column}>
            <Code>{column}</Code>
            {requiredColumns.has(column) && (
              <Text span size="sm" fw={700}>
                {" "}
                ({t("import.required")})
              </Text>
            )}
            {columnHints[column] && (
              <Text span size="sm" c="gray.7" style={{ overflowWrap: "anywhere" }}>
                {" "}
                {t(`import.columnHint.${columnHints[column].hint}`, {
                  example: columnHints[column].example,
                })}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
      <Text size="sm">{t("import.columnsMore", { example: "2026-03-14" })}</Text>
      <Anchor href={exportHref("csv", { organizationId, kind: "incident" })} download size="sm">
        <Group gap={4} wrap="nowrap" component="span">
          <IconDownload size={16} aria-hidden />
          {t("import.template")}
        </Group>
      </Anchor>
      <Accordion variant="contained" chevronPosition="left">
        <Codes title={labels.field("violationTypes")} terms={violationTypes} />
        <Codes title={labels.field("perpetratorCategory")} terms={perpetratorCategories} />
        <Codes title={labels.field("sourceType")} terms={sourceTypes} />
        <Codes title={t("form.sex")} terms={sexes} />
        <Codes title={t("form.ageBand")} terms={ageBands} />
      </Accordion>
    </FormSection>
  );
}

function Report({ report }: { report: RecordImportReport }) {
  const { t } = useTranslation("records");
  const { number } = useFormatters();
  const refusedId = useId();
  return (
    <Stack gap="sm">
      <List size="sm" spacing={2}>
        <List.Item>{t("import.rows", { count: report.rows, n: number(report.rows) })}</List.Item>
        <List.Item>
          {t("import.accepted", { count: report.accepted, n: number(report.accepted) })}
        </List.Item>
        <List.Item>
          {t("import.refusedRows", {
            count: new Set(report.refused.map((r) => r.line)).size,
            n: number(new Set(report.refused.map((r) => r.line)).size),
          })}
        </List.Item>
      </List>
      {report.ignoredColumns.length > 0 && (
        <Text size="sm">
          {t("import.ignored")}{" "}
          {report.ignoredColumns.map((c, i) => (
            <span key={c}>
              {i > 0 && ", "}
              <Code>{c}</Code>
            </span>
          ))}
        </Text>
      )}
      {report.refused.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h5" id={refusedId}>
            {t("import.refusedTitle")}
          </Title>
          <ScrollRegion label={t("import.refusedTitle")}>
            <Table striped withTableBorder miw={300} aria-labelledby={refusedId}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("import.line")}</Table.Th>
                  <Table.Th scope="col">{t("import.column")}</Table.Th>
                  <Table.Th scope="col">{t("import.message")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.refused.map((r, i) => (
                  <Table.Tr key={`${r.line}-${r.column ?? ""}-${i}`}>
                    <Table.Td>{number(r.line)}</Table.Td>
                    <Table.Td style={{ wordBreak: "break-all" }}>
                      {r.column ? <Code>{r.column}</Code> : t("import.wholeRow")}
                    </Table.Td>
                    {/* The server's words, in English: kept left to right in every language. */}
                    <Table.Td dir="ltr" lang="en" style={{ textAlign: "start" }}>
                      {r.message}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        </Stack>
      )}
    </Stack>
  );
}

function ImportForm({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation("records");
  const { number } = useFormatters();
  const [file, setFile] = useState<File | null>(null);
  const [fileText, setFileText] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [pasted, setPasted] = useState("");
  const [sharing, setSharing] = useState<SharingValues>(safeSharing);
  const [coalitionError, setCoalitionError] = useState<string | null>(null);
  const check = useImportRecords(organizationId);
  const run = useImportRecords(organizationId);

  const csv = fileText ?? pasted;
  const input = useMemo(() => ({ csv, ...sharingOf(sharing) }), [csv, sharing]);
  // A report answers for the file and sharing it checked; any change asks for a new check.
  const asChecked = (body: object) => JSON.stringify({ ...body, dryRun: undefined });
  const checked =
    check.data && check.variables && asChecked(check.variables) === asChecked(input)
      ? check.data
      : undefined;
  const stale = !!check.data && !checked;

  async function handleFile(chosen: File | null) {
    setFile(chosen);
    setFileText(null);
    setFileError(null);
    check.reset();
    run.reset();
    if (!chosen) return;
    const text = await chosen.text();
    if (text.length > maxChars) setFileError(t("import.tooLarge"));
    else setFileText(text);
  }

  function handleCheck() {
    run.reset();
    if (sharing.classification === "coalition" && sharing.coalitionIds.length === 0) {
      setCoalitionError(t("form.problem.coalition"));
      return;
    }
    setCoalitionError(null);
    check.mutate({ ...input, dryRun: true });
  }

  const refusedLines = checked ? new Set(checked.refused.map((r) => r.line)).size : 0;
  const done = run.data;
  const doneRef = useRef<HTMLDivElement>(null);
  // The button pressed is gone with the form: the result takes the focus, and is read out.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  if (done)
    return (
      <Alert
        color="teal"
        role="status"
        title={t("import.doneTitle")}
        icon={<IconCheck aria-hidden />}
      >
        <Stack gap="xs" align="flex-start">
          <Text size="sm">
            {t("import.done", { count: done.created, n: number(done.created) })}
          </Text>
          <ButtonLink to="/records" search={{ organizationId }} size="sm">
            {t("import.toRecords")}
          </ButtonLink>
        </Stack>
      </Alert>
    );

  return (
    <Stack gap="lg">
      <FormSection title={t("import.fileTitle")} description={t("import.fileLead")}>
        <FileInput
          label={t("import.file")}
          description={t("import.fileHint")}
          accept=".csv,text/csv,text/plain"
          value={file}
          onChange={(chosen) => void handleFile(chosen)}
          clearable
          leftSection={<IconFileText size={18} aria-hidden />}
          error={fileError}
        />
        <Textarea
          label={t("import.paste")}
          description={file ? t("import.pasteDisabled") : t("import.pasteHint")}
          value={pasted}
          onChange={(event) => {
            setPasted(event.currentTarget.value);
            check.reset();
          }}
          disabled={!!file}
          autosize
          minRows={4}
          maxRows={12}
          maxLength={maxChars}
          dir="ltr"
          styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: 13 } }}
        />
      </FormSection>
      <SharingSection
        value={sharing}
        onChange={(patch) => setSharing((current) => ({ ...current, ...patch }))}
        ownerId={organizationId}
        coalitionError={coalitionError}
        description={t("import.sharingLead")}
      />
      <FormError error={check.error} />
      <Group>
        <Button onClick={handleCheck} loading={check.isPending} disabled={!csv.trim()}>
          {t("import.check")}
        </Button>
      </Group>
      {checked && (
        <FormSection title={t("import.reportTitle")}>
          <Report report={checked} />
          <FormError error={run.error} />
          {checked.accepted === 0 ? (
            <Alert color="red" role="alert">
              {t("import.nothingToImport")}
            </Alert>
          ) : (
            <Group>
              <Button
                loading={run.isPending}
                onClick={() =>
                  run.mutate({ ...input, ...(refusedLines ? { validRowsOnly: true } : {}) })
                }
              >
                {refusedLines
                  ? t("import.importValid", {
                      count: checked.accepted,
                      n: number(checked.accepted),
                    })
                  : t("import.importAll", {
                      count: checked.accepted,
                      n: number(checked.accepted),
                    })}
              </Button>
            </Group>
          )}
          {refusedLines > 0 && checked.accepted > 0 && (
            <Text size="sm" c="gray.7">
              {t("import.validOnlyHint")}
            </Text>
          )}
        </FormSection>
      )}
      {stale && (
        <Text size="sm" c="gray.7">
          {t("import.stale")}
        </Text>
      )}
    </Stack>
  );
}

/** Incidents from a CSV file with the export's columns, checked first, then imported. */
export function RecordsImportPage() {
  const { t } = useTranslation("records");
  const { id } = useParams({ from: "/organizations/$id/records/import" });
  const me = useMe();
  const mine = useMyOrganizations(!!me.data);
  const organization = mine.data?.items.find((o) => o.id === id);
  useDocumentTitle(t("import.title"));

  if (me.isPending || (me.data && mine.isPending)) return <PageLoading />;
  if (!me.data) return <SignInFirst message={t("import.signInFirst")} />;
  if (!organization)
    return (
      <PageMessage title={t("import.title")} color="blue">
        {t("import.notMember")}
      </PageMessage>
    );
  return (
    <Stack gap="lg" maw={860}>
      <Stack gap={4}>
        <Title order={1}>{t("import.title")}</Title>
        <Text>{t("import.lead", { name: organization.name })}</Text>
      </Stack>
      <ImportForm organizationId={id} />
      <ExpectedColumns organizationId={id} />
    </Stack>
  );
}
