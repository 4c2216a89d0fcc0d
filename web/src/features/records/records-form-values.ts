import type { LocalizedText } from "../../../../shared/locales.ts";
import type {
  ReadableClassification,
  PlacePrecision,
  RecordContent,
  RecordKind,
} from "../../../../shared/records/fields.ts";
import { cleanText } from "../../lib/localized-text.ts";

/*
 * The record form's values and the record's fields, both ways. Inputs hold text (a number
 * being typed is not yet a number); the fields sent are exactly the kind's schema
 * (shared/records/api.ts), with empty optional values left out rather than sent blank.
 */

export type AffectedRow = { sex: string; ageBand: string; count: string };
export type ReferralRow = { service: string; on: string };
export type IndicatorRow = { label: string; value: string };

export type SharingValues = {
  classification: ReadableClassification;
  coalitionIds: string[];
  restrictedTo: string[];
  readersAll: boolean;
};

export type RecordFormValues = SharingValues & {
  ownerOrganizationId: string;
  kind: RecordKind;
  // Several kinds
  country: string;
  areaName: string;
  areaPcode: string;
  violationTypes: string[];
  narrative: LocalizedText;
  // Incident
  occurredOn: string;
  occurredUntil: string;
  placeText: string;
  lat: string;
  lon: string;
  precision: PlacePrecision;
  perpetratorCategory: string;
  affected: AffectedRow[];
  sourceType: string;
  sourceReliability: string;
  informationCredibility: string;
  // Case
  caseCode: string;
  openedOn: string;
  status: string;
  personSex: string;
  personAgeBand: string;
  protectionConcerns: string[];
  referrals: ReferralRow[];
  // Trend
  periodFrom: string;
  periodTo: string;
  indicators: IndicatorRow[];
  // Document
  title: string;
  description: string;
  documentDate: string;
};

/** Restricted, with nobody named and not every member: sharing wider is a choice. */
export const safeSharing: SharingValues = {
  classification: "restricted",
  coalitionIds: [],
  restrictedTo: [],
  readersAll: false,
};

export function emptyValues(
  kind: RecordKind,
  ownerOrganizationId: string,
  language: string,
): RecordFormValues {
  return {
    ...safeSharing,
    ownerOrganizationId,
    kind,
    country: "",
    areaName: "",
    areaPcode: "",
    violationTypes: [],
    narrative: { original: language, texts: {} },
    occurredOn: "",
    occurredUntil: "",
    placeText: "",
    lat: "",
    lon: "",
    precision: "10km",
    perpetratorCategory: "",
    affected: [],
    sourceType: "",
    sourceReliability: "",
    informationCredibility: "",
    caseCode: "",
    openedOn: "",
    status: "",
    personSex: "",
    personAgeBand: "",
    protectionConcerns: [],
    referrals: [],
    periodFrom: "",
    periodTo: "",
    indicators: [],
    title: "",
    description: "",
    documentDate: "",
  };
}

const str = (value: unknown) => (typeof value === "string" ? value : "");
const num = (value: unknown) => (typeof value === "number" ? String(value) : "");
const strings = (value: unknown) =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
const objects = (value: unknown) =>
  Array.isArray(value)
    ? value.filter((v): v is Record<string, unknown> => !!v && typeof v === "object")
    : [];
const object = (value: unknown) =>
  value && typeof value === "object" ? (value as Record<string, unknown>) : {};

function isLocalizedText(value: unknown): value is LocalizedText {
  const v = object(value);
  return typeof v.original === "string" && !!v.texts && typeof v.texts === "object";
}

/** The form filled from a record as read, its sharing as the owner's people see it. */
export function valuesFromRecord(
  record: {
    kind: RecordKind;
    ownerOrganizationId: string;
    classification: ReadableClassification;
    fields: Record<string, unknown>;
    sharing?: { coalitionIds: string[]; restrictedTo: string[]; readersAll: boolean } | undefined;
  },
  language: string,
): RecordFormValues {
  const f = record.fields;
  const area = object(f.adminArea);
  const coordinates = object(f.coordinates);
  const precision = str(coordinates.precision);
  return {
    ...emptyValues(record.kind, record.ownerOrganizationId, language),
    classification: record.classification,
    coalitionIds: record.sharing?.coalitionIds ?? [],
    restrictedTo: record.sharing?.restrictedTo ?? [],
    readersAll: record.sharing?.readersAll ?? false,
    country: str(f.country),
    areaName: str(area.name),
    areaPcode: str(area.pcode),
    violationTypes: strings(f.violationTypes),
    narrative: isLocalizedText(f.narrative)
      ? { original: f.narrative.original, texts: { ...f.narrative.texts } }
      : { original: language, texts: {} },
    occurredOn: str(f.occurredOn),
    occurredUntil: str(f.occurredUntil),
    placeText: str(f.placeText),
    lat: num(coordinates.lat),
    lon: num(coordinates.lon),
    precision: precision === "exact" || precision === "1km" ? precision : "10km",
    perpetratorCategory: str(f.perpetratorCategory),
    affected: objects(f.affected).map((row) => ({
      sex: str(row.sex),
      ageBand: str(row.ageBand),
      count: num(row.count),
    })),
    sourceType: str(f.sourceType),
    sourceReliability: str(f.sourceReliability),
    informationCredibility: num(f.informationCredibility),
    caseCode: str(f.caseCode),
    openedOn: str(f.openedOn),
    status: str(f.status),
    personSex: str(f.personSex),
    personAgeBand: str(f.personAgeBand),
    protectionConcerns: strings(f.protectionConcerns),
    referrals: objects(f.referrals).map((row) => ({ service: str(row.service), on: str(row.on) })),
    periodFrom: str(f.periodFrom),
    periodTo: str(f.periodTo),
    indicators: objects(f.indicators).map((row) => ({
      label: str(row.label),
      value: num(row.value),
    })),
    title: str(f.title),
    description: str(f.description),
    documentDate: str(f.documentDate),
  };
}

/** A decimal typed with a comma or a point; NaN when it is not a number. */
export const parseDecimal = (text: string) =>
  text.trim() === "" ? Number.NaN : Number(text.trim().replace(",", "."));

/** Leaves out what is empty: `{ a: "" , b: 1 }` becomes `{ b: 1 }`. */
function compact(fields: Record<string, unknown>): RecordContent {
  return Object.fromEntries(
    Object.entries(fields).filter(
      ([, value]) =>
        value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0),
    ),
  ) as RecordContent;
}

function adminAreaOf(values: RecordFormValues) {
  const name = values.areaName.trim();
  if (!name) return undefined;
  const pcode = values.areaPcode.trim().toUpperCase();
  return pcode ? { name, pcode } : { name };
}

/** The fields of the record's kind, as the API takes them. */
export function fieldsFromValues(values: RecordFormValues): RecordContent {
  const narrative = cleanText(values.narrative);
  const adminArea = adminAreaOf(values);
  switch (values.kind) {
    case "incident": {
      const lat = parseDecimal(values.lat);
      const lon = parseDecimal(values.lon);
      return compact({
        occurredOn: values.occurredOn,
        occurredUntil: values.occurredUntil,
        country: values.country,
        adminArea,
        placeText: values.placeText.trim(),
        coordinates:
          Number.isFinite(lat) && Number.isFinite(lon)
            ? { lat, lon, precision: values.precision }
            : undefined,
        violationTypes: values.violationTypes,
        perpetratorCategory: values.perpetratorCategory,
        affected: values.affected.map((row) => ({
          sex: row.sex,
          ageBand: row.ageBand,
          count: Number(row.count),
        })),
        sourceType: values.sourceType,
        sourceReliability: values.sourceReliability,
        informationCredibility: values.informationCredibility
          ? Number(values.informationCredibility)
          : undefined,
        narrative,
      });
    }
    case "case":
      return compact({
        caseCode: values.caseCode.trim(),
        openedOn: values.openedOn,
        status: values.status,
        country: values.country,
        adminArea,
        personSex: values.personSex,
        personAgeBand: values.personAgeBand,
        protectionConcerns: values.protectionConcerns,
        referrals: values.referrals.map((row) => ({ service: row.service.trim(), on: row.on })),
        narrative,
      });
    case "trend":
      return compact({
        periodFrom: values.periodFrom,
        periodTo: values.periodTo,
        country: values.country,
        adminArea,
        violationTypes: values.violationTypes,
        indicators: values.indicators.map((row) => ({
          label: row.label.trim(),
          value: parseDecimal(row.value),
        })),
        narrative,
      });
    case "document":
      return compact({
        title: values.title.trim(),
        description: values.description.trim(),
        documentDate: values.documentDate,
      });
  }
}

/** What the form checks before sending; the server checks everything again. */
export type Problem =
  | "required"
  | "order"
  | "latitude"
  | "longitude"
  | "bothCoordinates"
  | "count"
  | "pcode"
  | "caseCode"
  | "number"
  | "coalition";

export function problemsOf(values: RecordFormValues): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  const need = (key: keyof RecordFormValues) => {
    const value = values[key];
    if (Array.isArray(value) ? value.length === 0 : !String(value).trim())
      problems[key] = "required";
  };
  const ordered = (from: string, to: string, key: string) => {
    if (from && to && to < from) problems[key] = "order";
  };
  need("ownerOrganizationId");
  if (values.kind !== "document") {
    need("country");
    if (
      values.areaPcode.trim() &&
      !/^[A-Z]{2}[A-Z0-9]{1,18}$/.test(values.areaPcode.trim().toUpperCase())
    )
      problems.areaPcode = "pcode";
    if (values.areaPcode.trim() && !values.areaName.trim()) problems.areaName = "required";
  }
  if (values.kind === "incident") {
    need("occurredOn");
    need("violationTypes");
    ordered(values.occurredOn, values.occurredUntil, "occurredUntil");
    const lat = parseDecimal(values.lat);
    const lon = parseDecimal(values.lon);
    if (values.lat.trim() && !(lat >= -90 && lat <= 90)) problems.lat = "latitude";
    if (values.lon.trim() && !(lon >= -180 && lon <= 180)) problems.lon = "longitude";
    if (!values.lat.trim() !== !values.lon.trim())
      problems[values.lat.trim() ? "lon" : "lat"] = "bothCoordinates";
    values.affected.forEach((row, i) => {
      if (!row.sex) problems[`affected.${i}.sex`] = "required";
      if (!row.ageBand) problems[`affected.${i}.ageBand`] = "required";
      const count = Number(row.count);
      if (!Number.isInteger(count) || count < 1) problems[`affected.${i}.count`] = "count";
    });
  }
  if (values.kind === "case") {
    need("caseCode");
    if (values.caseCode.trim() && !/^[A-Za-z0-9-]{3,40}$/.test(values.caseCode.trim()))
      problems.caseCode = "caseCode";
    need("openedOn");
    need("status");
    values.referrals.forEach((row, i) => {
      if (!row.service.trim()) problems[`referrals.${i}.service`] = "required";
      if (!row.on) problems[`referrals.${i}.on`] = "required";
    });
  }
  if (values.kind === "trend") {
    need("periodFrom");
    need("periodTo");
    need("violationTypes");
    ordered(values.periodFrom, values.periodTo, "periodTo");
    values.indicators.forEach((row, i) => {
      if (!row.label.trim()) problems[`indicators.${i}.label`] = "required";
      if (!Number.isFinite(parseDecimal(row.value))) problems[`indicators.${i}.value`] = "number";
    });
  }
  if (values.kind === "document") need("title");
  if (values.classification === "coalition" && values.coalitionIds.length === 0)
    problems.coalitionIds = "coalition";
  return problems;
}

/** The sharing as the API takes it: coalitions only when shared with coalitions, and so on. */
export function sharingOf(values: SharingValues) {
  return {
    classification: values.classification,
    coalitionIds: values.classification === "coalition" ? values.coalitionIds : [],
    restrictedTo: values.classification === "restricted" ? values.restrictedTo : [],
    readersAll: values.readersAll,
  };
}

/** Whether two sharings say the same, whatever the order of the names in them. */
export function sameSharing(a: SharingValues, b: SharingValues) {
  const key = (s: SharingValues) => {
    const shared = sharingOf(s);
    return JSON.stringify({
      ...shared,
      coalitionIds: [...shared.coalitionIds].sort(),
      restrictedTo: [...shared.restrictedTo].sort(),
    });
  };
  return key(a) === key(b);
}

/** Whether the form's content differs from what the record held (an edit makes a version). */
export function sameContent(a: RecordFormValues, b: RecordFormValues) {
  return JSON.stringify(fieldsFromValues(a)) === JSON.stringify(fieldsFromValues(b));
}
