/*
 * Records (issue 14): what each kind of record holds, field by field, and what a partner
 * sees of one under an information-sharing agreement. An agreement lists the fields that may
 * be shared (minimum data); a grantee's view holds exactly those that the record has, and the
 * others are absent, not blank, so that a form or an export cannot show an empty "name" that
 * tells a reader a name exists. No Zod here: the web imports this.
 */

export const recordKinds = ["incident", "case", "trend", "document"] as const;
export type RecordKind = (typeof recordKinds)[number];

/** The classifications whose content the server reads and checks. */
export const classifications = ["public", "coalition", "restricted"] as const;
export type ReadableClassification = (typeof classifications)[number];
/**
 * Besides those, `confidential` (issue 15): encrypted in the browser, read only by the owner's
 * people it names and the partners it is shared with; the server keeps ciphertext.
 */
export type Classification = ReadableClassification | "confidential";

/** The fields of each kind, in the order forms and exports show them. */
export const fieldsOf = {
  incident: [
    "occurredOn",
    "occurredUntil",
    "country",
    "adminArea",
    "placeText",
    "coordinates",
    "violationTypes",
    "perpetratorCategory",
    "affected",
    "sourceType",
    "sourceReliability",
    "informationCredibility",
    "narrative",
  ],
  case: [
    "caseCode",
    "openedOn",
    "status",
    "country",
    "adminArea",
    "personSex",
    "personAgeBand",
    "protectionConcerns",
    "referrals",
    "narrative",
  ],
  trend: [
    "periodFrom",
    "periodTo",
    "country",
    "adminArea",
    "violationTypes",
    "indicators",
    "narrative",
  ],
  document: ["title", "description", "documentDate"],
} as const satisfies Record<RecordKind, readonly string[]>;
export type FieldKey = (typeof fieldsOf)[RecordKind][number];

/** Every field key any kind has, each once. */
export const allFields: readonly FieldKey[] = [
  ...new Set(Object.values(fieldsOf).flat() as FieldKey[]),
];

/**
 * The grading protection monitors give a report: how reliable its source is (A, completely
 * reliable, to F, cannot be judged) and how credible the information (1, confirmed, to 6,
 * cannot be judged).
 */
export const sourceReliabilities = ["A", "B", "C", "D", "E", "F"] as const;
export const informationCredibilities = [1, 2, 3, 4, 5, 6] as const;

/** What every reader of a record sees, whatever the agreement: no content, only its envelope. */
export type RecordEnvelope = {
  id: string;
  kind: RecordKind;
  ownerOrganizationId: string;
  classification: Classification;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type RecordContent = Partial<Record<FieldKey, unknown>>;
export type RecordView = RecordEnvelope & { fields: RecordContent };

/**
 * The record as a grantee may see it under an agreement that allows `allowed`: the envelope,
 * and of the content only the allowed fields the record has. A field the agreement names but
 * the record's kind does not have is ignored; a field the record lacks stays absent.
 */
export function viewUnder(record: RecordView, allowed: readonly string[]): RecordView {
  const permitted = new Set<string>(allowed);
  const kindFields = new Set<string>(fieldsOf[record.kind]);
  const fields: RecordContent = {};
  for (const [key, value] of Object.entries(record.fields)) {
    if (permitted.has(key) && kindFields.has(key) && value !== undefined) {
      fields[key as FieldKey] = value;
    }
  }
  const { id, kind, ownerOrganizationId, classification, version, createdAt, updatedAt } = record;
  return { id, kind, ownerOrganizationId, classification, version, createdAt, updatedAt, fields };
}

/** The largest attachment one upload takes (the web checks before sending). */
export const attachmentMaxBytes = 25 * 1024 * 1024;

/** How precisely a place may be shown: the exact point, about a kilometre, or about ten. */
export const placePrecisions = ["exact", "1km", "10km"] as const;
export type PlacePrecision = (typeof placePrecisions)[number];

/**
 * A point moved to the centre of its grid cell (0.01° or 0.1° of latitude and longitude), so
 * that a shown place cannot lead to a house. The same point always lands in the same cell:
 * blurring twice, or in two exports, gives nothing more away than blurring once.
 */
export function blurPoint(
  point: { lat: number; lon: number },
  precision: PlacePrecision,
): { lat: number; lon: number } {
  if (precision === "exact") return point;
  const step = precision === "1km" ? 0.01 : 0.1;
  const centre = (v: number) => Number(((Math.floor(v / step) + 0.5) * step).toFixed(4));
  return { lat: centre(point.lat), lon: centre(point.lon) };
}

export const consentUses = ["internal", "named_partners", "statistics", "public_advocacy"] as const;
export type ConsentUse = (typeof consentUses)[number];
export type ConsentEvent = {
  use: ConsentUse;
  state: "given" | "refused" | "withdrawn";
  at: string;
};

/**
 * Whether consent for `use` stands now: the latest event for that use decides, and only a
 * "given" allows it. With no event, consent was never given.
 */
export function consentStands(history: readonly ConsentEvent[], use: ConsentUse): boolean {
  let latest: ConsentEvent | undefined;
  for (const event of history) {
    if (event.use !== use) continue;
    if (!latest || event.at >= latest.at) latest = event;
  }
  return latest?.state === "given";
}
