import { Badge, Group, List, Table, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { RecordView } from "../../../../shared/records/api.ts";
import { fieldsOf } from "../../../../shared/records/fields.ts";
import type { LocalizedText } from "../../../../shared/locales.ts";
import {
  type Term,
  ageBands,
  caseStatuses,
  perpetratorCategories,
  sexes,
  sourceTypes,
  violationTypes,
} from "../../../../shared/records/vocab.ts";
import { LocalizedTextView } from "../../components/LocalizedTextView.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { useTimeFormat } from "../../lib/time.ts";
import { useRecordLabels } from "./record-labels.ts";
import classes from "./record-view.module.css";

/*
 * The record's content, field by field in the order of its kind. The API leaves out what the
 * viewer may not see (and what the record lacks), so an absent field is simply not shown:
 * an empty row would tell a partner that something is there.
 */

type Labels = ReturnType<typeof useRecordLabels>;
type Format = ReturnType<typeof useTimeFormat>;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === "string";
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter(isString) : []);
const isLocalizedText = (v: unknown): v is LocalizedText =>
  isObject(v) && isString(v.original) && isObject(v.texts);

const dateFields = new Set([
  "occurredOn",
  "occurredUntil",
  "openedOn",
  "periodFrom",
  "periodTo",
  "documentDate",
]);
const termFields: Record<string, readonly Term[]> = {
  perpetratorCategory: perpetratorCategories,
  sourceType: sourceTypes,
  status: caseStatuses,
  personSex: sexes,
  personAgeBand: ageBands,
};

/** The country's name in the reader's language, from its ISO code. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Text as its author wrote it, in its own direction. */
function Plain({ children }: { children: ReactNode }) {
  return (
    <Text span size="sm" dir="auto" style={{ whiteSpace: "pre-line" }}>
      {children}
    </Text>
  );
}

/** A value put in the reader's words (a date, a term, a grade): the page's own direction. */
function Worded({ children }: { children: ReactNode }) {
  return (
    <Text span size="sm">
      {children}
    </Text>
  );
}

/** A term's name shown whole, wrapping inside its badge rather than cut with an ellipsis. */
const wrapping = {
  root: { height: "auto", maxWidth: "100%", paddingBlock: 2 },
  label: {
    whiteSpace: "normal",
    overflow: "visible",
    textOverflow: "clip",
    overflowWrap: "anywhere",
  },
} as const;

function TermBadges({
  keys,
  terms,
  labels,
}: {
  keys: string[];
  terms: readonly Term[];
  labels: Labels;
}) {
  return (
    <Group gap={6} wrap="wrap" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
      {keys.map((key) => (
        <li key={key} style={{ maxWidth: "100%" }}>
          <Badge variant="light" color="indigo" tt="none" radius="sm" size="md" styles={wrapping}>
            {labels.term(terms, key)}
          </Badge>
        </li>
      ))}
    </Group>
  );
}

/**
 * An age band such as "12–17" keeps its order in a right-to-left page: digits around a dash
 * would otherwise show as "17–12". A band in words ("60 فأكثر") keeps the page's direction.
 */
function AgeBand({ band, labels }: { band: string; labels: Labels }) {
  const label = labels.term(ageBands, band);
  return /^[\d\s–-]+$/.test(label) ? <span dir="ltr">{label}</span> : <>{label}</>;
}

function AffectedTable({ rows, labels }: { rows: unknown[]; labels: Labels }) {
  const { t } = useTranslation("record");
  const format = useTimeFormat();
  const groups = rows.filter(isObject);
  const total = groups.reduce((sum, g) => sum + (typeof g.count === "number" ? g.count : 0), 0);
  return (
    <Table.ScrollContainer minWidth={0}>
      <Table
        verticalSpacing={4}
        horizontalSpacing="xs"
        withTableBorder
        fz="sm"
        maw={420}
        aria-label={labels.field("affected")}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("affected.sex")}</Table.Th>
            <Table.Th scope="col">{t("affected.ageBand")}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t("affected.count")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((g, i) => (
            <Table.Tr key={i}>
              <Table.Td>{isString(g.sex) ? labels.term(sexes, g.sex) : ""}</Table.Td>
              <Table.Td>
                {isString(g.ageBand) && <AgeBand band={g.ageBand} labels={labels} />}
              </Table.Td>
              <Table.Td ta="end">
                {typeof g.count === "number" ? format.number(g.count) : ""}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        {groups.length > 1 && (
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row" colSpan={2}>
                {t("affected.total")}
              </Table.Th>
              <Table.Td ta="end" fw={700}>
                {format.number(total)}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}

function IndicatorsTable({ rows, labels }: { rows: unknown[]; labels: Labels }) {
  const { t } = useTranslation("record");
  const format = useTimeFormat();
  return (
    <Table.ScrollContainer minWidth={0}>
      <Table
        verticalSpacing={4}
        horizontalSpacing="xs"
        withTableBorder
        fz="sm"
        maw={520}
        aria-label={labels.field("indicators")}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("indicators.label")}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t("indicators.value")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.filter(isObject).map((row, i) => (
            <Table.Tr key={i}>
              <Table.Td dir="auto" style={{ overflowWrap: "anywhere" }}>
                {isString(row.label) ? row.label : ""}
              </Table.Td>
              <Table.Td ta="end">
                {typeof row.value === "number" ? format.number(row.value) : ""}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** One field's value, shown the way a reader expects it; null when the value is not usable. */
function FieldValue({
  field,
  value,
  labels,
  format,
}: {
  field: string;
  value: unknown;
  labels: Labels;
  format: Format;
}): ReactNode {
  const { t, i18n } = useTranslation("record");
  if (dateFields.has(field) && isString(value)) return <Worded>{format.date(value)}</Worded>;
  if (field === "personAgeBand" && isString(value))
    return (
      <Worded>
        <AgeBand band={value} labels={labels} />
      </Worded>
    );
  const terms = termFields[field];
  if (terms && isString(value)) return <Worded>{labels.term(terms, value)}</Worded>;
  switch (field) {
    case "country":
      return isString(value) ? <Worded>{countryName(value, i18n.language)}</Worded> : null;
    case "adminArea":
      if (!isObject(value) || !isString(value.name)) return null;
      return (
        <div>
          <Plain>{value.name}</Plain>
          {isString(value.pcode) && (
            <Text size="xs" c="gray.7">
              {labels.t("pcode")}{" "}
              <Text span ff="monospace" size="xs" dir="ltr">
                {value.pcode}
              </Text>
            </Text>
          )}
        </div>
      );
    case "coordinates": {
      if (!isObject(value) || typeof value.lat !== "number" || typeof value.lon !== "number")
        return null;
      const precision = isString(value.precision) ? value.precision : "10km";
      return (
        <div>
          {/* Degrees as written, so they paste into any map. */}
          <Text span size="sm" ff="monospace" dir="ltr">
            {value.lat}, {value.lon}
          </Text>
          <Text size="xs" c="gray.7">
            {labels.t(`precision.${precision}`)}
          </Text>
        </div>
      );
    }
    case "violationTypes":
    case "protectionConcerns":
      return <TermBadges keys={strings(value)} terms={violationTypes} labels={labels} />;
    case "affected":
      return Array.isArray(value) ? <AffectedTable rows={value} labels={labels} /> : null;
    case "sourceReliability":
      return isString(value) ? <Worded>{labels.t(`reliability.${value}`)}</Worded> : null;
    case "informationCredibility":
      return typeof value === "number" ? <Worded>{labels.t(`credibility.${value}`)}</Worded> : null;
    case "narrative":
      return isLocalizedText(value) ? (
        <LocalizedTextView
          value={value}
          ns="organization"
          size="sm"
          withSwitcher
          switcherLabel={t("fields.narrativeLanguage")}
        />
      ) : null;
    case "caseCode":
      return isString(value) ? (
        <Text span size="sm" ff="monospace" dir="ltr">
          {value}
        </Text>
      ) : null;
    case "referrals":
      if (!Array.isArray(value)) return null;
      return (
        <List size="sm" spacing={2}>
          {value.filter(isObject).map((r, i) => (
            <List.Item key={i}>
              <span dir="auto">{isString(r.service) ? r.service : ""}</span>
              {isString(r.on) && ` · ${format.date(r.on)}`}
            </List.Item>
          ))}
        </List>
      );
    case "indicators":
      return Array.isArray(value) ? <IndicatorsTable rows={value} labels={labels} /> : null;
  }
  if (isString(value)) return <Plain>{value}</Plain>;
  if (typeof value === "number") return <Worded>{format.number(value)}</Worded>;
  return null;
}

/** The fields the viewer sees, in their kind's order; the section says so when there are none. */
export function RecordFields({
  record,
}: {
  record: Pick<RecordView, "kind" | "fields" | "sight">;
}) {
  const { t } = useTranslation("record");
  const labels = useRecordLabels();
  const format = useTimeFormat();
  const shown = (fieldsOf[record.kind] as readonly string[]).filter((field) => {
    const value = record.fields[field];
    return value !== undefined && value !== null && value !== "";
  });
  return (
    <PageSection
      title={t("fields.title")}
      description={record.sight === "fields" ? t("fields.underAgreement") : undefined}
    >
      {shown.length === 0 ? (
        <Text size="sm" c="gray.7">
          {record.sight === "fields" ? t("fields.noneAllowed") : t("fields.none")}
        </Text>
      ) : (
        <dl className={classes.fields}>
          {shown.map((field) => (
            <div key={field} className={classes.row}>
              <dt className={classes.label}>{labels.field(field)}</dt>
              <dd className={classes.value}>
                <FieldValue
                  field={field}
                  value={record.fields[field]}
                  labels={labels}
                  format={format}
                />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </PageSection>
  );
}
