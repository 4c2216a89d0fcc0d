import { z } from "zod";
import { localizedText } from "../localized-text.ts";
import { Id } from "../problem.ts";
import {
  type RecordKind,
  classifications,
  consentUses,
  informationCredibilities,
  placePrecisions,
  recordKinds,
  sourceReliabilities,
} from "./fields.ts";
import {
  ageBands,
  caseStatuses,
  keysOf,
  perpetratorCategories,
  sexes,
  sourceTypes,
  violationTypes,
} from "./vocab.ts";

/*
 * Records (issue 14): what the API takes and gives. Each kind's fields are checked by their
 * own schema; the envelope (owner, classification, who reads and edits) is what access is
 * decided from, and a partner under an agreement receives only the fields it allows.
 */

const vocab = (terms: Parameters<typeof keysOf>[0]) =>
  z.enum(keysOf(terms) as [string, ...string[]]);
const Day = z.iso.date();
const Country = z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code");
const Short = (max: number) => z.string().trim().min(1).max(max);
const Narrative = localizedText(20_000);

export const AdminArea = z
  .object({
    name: Short(200),
    /** The area's P-code where known (country prefix, then letters and digits). */
    pcode: z
      .string()
      .regex(/^[A-Z]{2}[A-Z0-9]{1,18}$/, "must be a P-code such as ML04 or YE1512")
      .optional(),
  })
  .strict();

export const Coordinates = z
  .object({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    /** Stored at this precision: a blurred point is all the server ever keeps. */
    precision: z.enum(placePrecisions).default("10km"),
  })
  .strict();

export const Affected = z
  .array(
    z
      .object({
        sex: vocab(sexes),
        ageBand: vocab(ageBands),
        count: z.number().int().min(1).max(1_000_000),
      })
      .strict(),
  )
  .max(18);

const Violations = z.array(vocab(violationTypes)).min(1).max(violationTypes.length);

const orderedPeriod =
  <K extends string>(from: K, to: K) =>
  (value: Partial<Record<K, string>>) =>
    !value[from] || !value[to] || value[from]! <= value[to]!;

export const IncidentFields = z
  .object({
    occurredOn: Day,
    occurredUntil: Day.optional(),
    country: Country,
    adminArea: AdminArea.optional(),
    placeText: Short(500).optional(),
    coordinates: Coordinates.optional(),
    violationTypes: Violations,
    perpetratorCategory: vocab(perpetratorCategories).optional(),
    affected: Affected.optional(),
    sourceType: vocab(sourceTypes).optional(),
    sourceReliability: z.enum(sourceReliabilities).optional(),
    informationCredibility: z
      .number()
      .int()
      .refine((n) => (informationCredibilities as readonly number[]).includes(n), "must be 1 to 6")
      .optional(),
    narrative: Narrative.optional(),
  })
  .strict()
  .refine(orderedPeriod("occurredOn", "occurredUntil"), {
    message: "must not end before it began",
    path: ["occurredUntil"],
  });

export const CaseFields = z
  .object({
    /** A pseudonym: letters, digits and dashes, never a name. */
    caseCode: z
      .string()
      .regex(/^[A-Za-z0-9-]{3,40}$/, "must be a code of letters, digits and dashes"),
    openedOn: Day,
    status: vocab(caseStatuses),
    country: Country,
    adminArea: AdminArea.optional(),
    personSex: vocab(sexes).optional(),
    personAgeBand: vocab(ageBands).optional(),
    protectionConcerns: z.array(vocab(violationTypes)).max(violationTypes.length).optional(),
    referrals: z
      .array(z.object({ service: Short(200), on: Day }).strict())
      .max(50)
      .optional(),
    narrative: Narrative.optional(),
  })
  .strict();

export const TrendFields = z
  .object({
    periodFrom: Day,
    periodTo: Day,
    country: Country,
    adminArea: AdminArea.optional(),
    violationTypes: Violations,
    indicators: z
      .array(z.object({ label: Short(200), value: z.number().finite() }).strict())
      .max(50)
      .optional(),
    narrative: Narrative.optional(),
  })
  .strict()
  .refine(orderedPeriod("periodFrom", "periodTo"), {
    message: "must not end before it began",
    path: ["periodTo"],
  });

export const DocumentFields = z
  .object({
    title: Short(300),
    description: z.string().trim().max(5000).optional(),
    documentDate: Day.optional(),
  })
  .strict();

/** Each kind's fields, checked on creation and on every edit. */
export const fieldSchemas = {
  incident: IncidentFields,
  case: CaseFields,
  trend: TrendFields,
  document: DocumentFields,
} satisfies Record<RecordKind, z.ZodType>;

const Ids = z.array(Id).max(200);
const UserIds = z.array(z.string().min(1).max(100)).max(200);

/** Who reads the record outside the owner, and who inside it reads and edits. */
const Sharing = {
  /**
   * Restricted by default: with no organisation named, only the owner reads it. Sharing wider
   * is a choice made when it is needed, not undone afterwards.
   */
  classification: z.enum(classifications).default("restricted"),
  coalitionIds: Ids.default([]),
  restrictedTo: Ids.default([]),
  /** Every person of the owner reads it; off by default: those named, editors and managers do. */
  readersAll: z.boolean().default(false),
  readerIds: UserIds.default([]),
  editorIds: UserIds.default([]),
};

const sharingRules = (value: { classification?: string; coalitionIds?: string[] }) =>
  value.classification !== "coalition" || (value.coalitionIds ?? []).length > 0;
const sharingMessage = {
  message: "a record shared with coalitions names at least one",
  path: ["coalitionIds"],
};

const inputOf = <K extends RecordKind, F extends z.ZodType>(kind: K, fields: F) =>
  z.object({ kind: z.literal(kind), fields, ownerOrganizationId: Id, ...Sharing }).strict();

export const RecordInput = z
  .discriminatedUnion("kind", [
    inputOf("incident", IncidentFields),
    inputOf("case", CaseFields),
    inputOf("trend", TrendFields),
    inputOf("document", DocumentFields),
  ])
  .refine(sharingRules, sharingMessage);
export type RecordInput = z.input<typeof RecordInput>;

/** An edit: the version it was made from (refused when another edit came first). */
export const RecordPatch = z
  .object({
    version: z.number().int().min(1),
    /** The whole content of the new version, checked against the record's kind. */
    fields: z.record(z.string(), z.unknown()).optional(),
    classification: z.enum(classifications).optional(),
    coalitionIds: Ids.optional(),
    restrictedTo: Ids.optional(),
    readersAll: z.boolean().optional(),
    readerIds: UserIds.optional(),
    editorIds: UserIds.optional(),
  })
  .strict();
export type RecordPatch = z.input<typeof RecordPatch>;

export const RecordListQuery = z
  .object({
    /** One organisation's records; without it, every record the viewer may read. */
    organizationId: Id.optional(),
    kind: z.enum(recordKinds).optional(),
    country: Country.optional(),
    violationType: vocab(violationTypes).optional(),
    from: Day.optional(),
    to: Day.optional(),
    cursor: z.string().max(500).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();
export type RecordListQuery = z.infer<typeof RecordListQuery>;

const At = z.iso.datetime({ offset: true });

export const RecordMay = z.object({
  edit: z.boolean(),
  share: z.boolean(),
  consent: z.boolean(),
  audit: z.boolean(),
  delete: z.boolean(),
  /** Read its attachments: full sight, or under an agreement that covers evidence. */
  files: z.boolean(),
});

export const ConsentEventOut = z.object({
  id: Id,
  use: z.enum(consentUses),
  state: z.enum(["given", "refused", "withdrawn"]),
  givenBy: z.string().nullable(),
  recordedBy: z.string().nullable(),
  at: At,
});

export const RecordView = z.object({
  id: Id,
  kind: z.enum(recordKinds),
  ownerOrganizationId: Id,
  ownerName: z.string(),
  classification: z.enum(classifications),
  version: z.number().int(),
  createdAt: At,
  updatedAt: At,
  /** `full`: everything; `fields`: only what the viewer's agreements allow (the rest absent). */
  sight: z.enum(["full", "fields"]),
  fields: z.record(z.string(), z.unknown()),
  may: RecordMay,
  /** Who reads and edits it: shown to the owner's own people only. */
  sharing: z
    .object({
      coalitionIds: z.array(Id),
      restrictedTo: z.array(Id),
      readersAll: z.boolean(),
      readerIds: z.array(z.string()),
      editorIds: z.array(z.string()),
    })
    .optional(),
  /** The consent history, newest first: shown to those who may record consent. */
  consents: z.array(ConsentEventOut).optional(),
});
export type RecordView = z.infer<typeof RecordView>;

export const RecordSummary = RecordView.omit({ sharing: true, consents: true, may: true });
export type RecordSummary = z.infer<typeof RecordSummary>;

export const RecordList = z.object({
  items: z.array(RecordSummary),
  nextCursor: z.string().nullable(),
});

export const ConsentInput = z
  .object({
    use: z.enum(consentUses),
    state: z.enum(["given", "refused", "withdrawn"]),
    /** Who gave or refused it, in words: the person, a guardian, a focal point. */
    givenBy: z.string().trim().max(200).optional(),
  })
  .strict();
export type ConsentInput = z.input<typeof ConsentInput>;

/** An export takes the list's filters, without paging. */
export const RecordExportQuery = RecordListQuery.omit({ cursor: true, limit: true });
export type RecordExportQuery = z.infer<typeof RecordExportQuery>;

export const RecordExport = z.object({
  exportedAt: At,
  records: z.array(RecordSummary),
});

/** The most rows one import takes. */
export const importLimits = { rows: 5000, chars: 5_000_000 };

/** Incidents from a CSV file with the export's columns, all shared the same way. */
export const RecordImportInput = z
  .object({
    csv: z.string().max(importLimits.chars),
    ...Sharing,
    /** Import the rows that are accepted and leave out the refused ones. */
    validRowsOnly: z.boolean().optional(),
    /** Check the file and report what an import would do, changing nothing. */
    dryRun: z.boolean().optional(),
  })
  .strict()
  .refine(sharingRules, sharingMessage);
export type RecordImportInput = z.input<typeof RecordImportInput>;

export const RecordImportRefusal = z.object({
  /** The line of the file (the header is line 1). */
  line: z.number().int(),
  /** The column, or null for the whole row. */
  column: z.string().nullable(),
  message: z.string(),
});
export type RecordImportRefusal = z.infer<typeof RecordImportRefusal>;

export const RecordImportReport = z.object({
  /** False for a dry run, or when refused rows stopped the import. */
  imported: z.boolean(),
  rows: z.number().int(),
  accepted: z.number().int(),
  created: z.number().int(),
  refused: z.array(RecordImportRefusal),
  /** Columns that are not incident fields (an export's id, owner, version…), left aside. */
  ignoredColumns: z.array(z.string()),
});
export type RecordImportReport = z.infer<typeof RecordImportReport>;

export { attachmentMaxBytes } from "./fields.ts";

/** An attachment as a reader of the record sees it: its hash lets evidence be checked later. */
export const RecordFile = z.object({
  id: Id,
  name: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  /** SHA-256 of the bytes as uploaded, hex. */
  sha256: z.string(),
  addedByName: z.string().nullable(),
  addedAt: At,
});
export type RecordFile = z.infer<typeof RecordFile>;
export const RecordFiles = z.object({ items: z.array(RecordFile) });

export const FileUploadQuery = z
  .object({
    /** The file's name as the uploader had it. */
    name: z.string().trim().min(1).max(200).default("attachment"),
    /** The media type the uploader's device gave; stored as said, never used to serve it. */
    type: z
      .string()
      .regex(/^[\w.+-]+\/[\w.+-]+$/, "must be a media type such as image/jpeg")
      .max(100)
      .default("application/octet-stream"),
  })
  .strict();

export const FileParams = z.object({ id: Id, fileId: Id }).strict();
