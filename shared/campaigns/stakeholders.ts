import { z } from "zod";
import { Cursor, Day, Id, pageQuery } from "../problem.ts";
import { allyPositions, stakeholderRoles, stakeholderTypes } from "./catalogue.ts";

/*
 * Stakeholders and power: the targets and influencers of a campaign, where each stands on the
 * spectrum of allies, dated moves along it (the power map replays them), the links between
 * them, and Kumu's CSV format in and out.
 */

/** A day on the map: the campaign era, not the distant past. */
const Since1900 = Day.refine((d) => d >= "1900-01-01", { message: "must be after 1900" });
const Name = z.string().trim().min(1).max(200);
const Tag = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[^|]*$/, 'must not contain "|" (it separates tags in Kumu)');
const Notes = z.string().trim().max(5000);
const Level = z.number().int().min(1).max(5);
const LinkType = z.string().trim().max(100);

export const StakeholderType = z.enum(stakeholderTypes);
export const StakeholderRole = z.enum(stakeholderRoles);
export const AllyPosition = z.enum(allyPositions);

const stakeholderFields = {
  name: Name,
  type: StakeholderType,
  role: StakeholderRole,
  position: AllyPosition,
  /** 1–5: how much weight it carries on the decision. */
  influence: Level,
  /** 1–5: how much it cares about the issue. */
  interest: Level,
  /** The campaign's organisations that can reach it. */
  accessOrganizationIds: z.array(Id).max(100),
  tags: z.array(Tag).max(30),
  notes: Notes.nullable(),
};

/** A new stakeholder; its first move (from nowhere to `position`) is dated `since`, today by default. */
export const StakeholderInput = z
  .object({
    ...stakeholderFields,
    accessOrganizationIds: stakeholderFields.accessOrganizationIds.optional(),
    tags: stakeholderFields.tags.optional(),
    notes: stakeholderFields.notes.optional(),
    since: Since1900.optional().describe("When it was first placed on the map (today by default)"),
  })
  .strict();
export type StakeholderInput = z.infer<typeof StakeholderInput>;

/** A change of position or influence here is a move dated today. */
export const StakeholderPatch = z
  .object({
    name: Name.optional(),
    type: StakeholderType.optional(),
    role: StakeholderRole.optional(),
    position: AllyPosition.optional(),
    influence: Level.optional(),
    interest: Level.optional(),
    accessOrganizationIds: stakeholderFields.accessOrganizationIds.optional(),
    tags: stakeholderFields.tags.optional(),
    notes: Notes.nullable().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: "say what to change" });
export type StakeholderPatch = z.infer<typeof StakeholderPatch>;

/** A move along the spectrum, as observed on a day (not in the future, not before the first). */
export const MoveInput = z
  .object({
    to: AllyPosition,
    influence: Level.optional().describe("Unchanged when absent"),
    movedOn: Since1900,
    note: z.string().trim().max(2000).nullable().optional(),
  })
  .strict();
export type MoveInput = z.infer<typeof MoveInput>;

const Person = z.object({ userId: z.string(), name: z.string() });
const OrgRef = z.object({ organizationId: Id, name: z.string() });

export const StakeholderMove = z
  .object({
    id: Id,
    /** Null for the first move: where it was first placed. */
    from: AllyPosition.nullable(),
    to: AllyPosition,
    influence: Level,
    movedOn: Since1900,
    note: z.string().nullable(),
    recordedBy: Person.nullable(),
    recordedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "StakeholderMove" });
export type StakeholderMove = z.infer<typeof StakeholderMove>;

/** A link as one end sees it: to (out) or from (in) the other stakeholder. */
export const StakeholderLinkEnd = z.object({
  id: Id,
  direction: z.enum(["out", "in"]),
  other: z.object({ id: Id, name: z.string() }),
  type: z.string(),
});

export const Stakeholder = z
  .object({
    id: Id,
    name: z.string(),
    type: StakeholderType,
    role: StakeholderRole,
    position: AllyPosition,
    influence: Level,
    interest: Level,
    accessOrganizations: z.array(OrgRef),
    tags: z.array(z.string()),
    notes: z.string().nullable(),
    /** Oldest first: the first is where it was first placed. */
    moves: z.array(StakeholderMove),
    links: z.array(StakeholderLinkEnd),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "Stakeholder" });
export type Stakeholder = z.infer<typeof Stakeholder>;

export const StakeholderListQuery = z
  .object({
    role: StakeholderRole.optional(),
    type: StakeholderType.optional(),
    ...pageQuery,
  })
  .strict();
/** By name. */
export const StakeholderList = z.object({
  items: z.array(Stakeholder),
  nextCursor: Cursor.nullable(),
});
export type StakeholderList = z.infer<typeof StakeholderList>;

export const StakeholderParams = z.object({ id: Id, stakeholderId: Id }).strict();

export const LinkInput = z
  .object({ fromId: Id, toId: Id, type: LinkType.optional() })
  .strict()
  .refine((v) => v.fromId !== v.toId, {
    message: "a stakeholder is not linked to itself",
    path: ["toId"],
  });
export type LinkInput = z.infer<typeof LinkInput>;

export const StakeholderLink = z
  .object({ id: Id, fromId: Id, toId: Id, type: z.string() })
  .meta({ id: "StakeholderLink" });
export type StakeholderLink = z.infer<typeof StakeholderLink>;

export const LinkParams = z.object({ id: Id, linkId: Id }).strict();

export const PowerMapQuery = z
  .object({
    on: Since1900.optional().describe("The day to draw the map as it was (today by default)"),
  })
  .strict();

/** One dot: where a stakeholder stood on the day, and how much weight it carried. */
export const PowerMapDot = z.object({
  id: Id,
  name: z.string(),
  type: StakeholderType,
  role: StakeholderRole,
  interest: Level,
  position: AllyPosition,
  influence: Level,
  /** The day of the move that put it there. */
  since: Since1900,
});
export type PowerMapDot = z.infer<typeof PowerMapDot>;

export const PowerMap = z
  .object({
    on: Since1900,
    /** Every day on which something moved, oldest first: the replay's steps. */
    dates: z.array(Since1900),
    /** Those already on the map that day, by name. */
    stakeholders: z.array(PowerMapDot),
    links: z.array(StakeholderLink),
  })
  .meta({ id: "PowerMap" });
export type PowerMap = z.infer<typeof PowerMap>;

/*
 * Kumu's CSV format. Elements: Label, Type, Description, Tags (separated by "|"), and the
 * custom fields Role, Position, Influence, Interest. Connections: From, To, Type.
 */
export const kumuElementColumns = [
  "Label",
  "Type",
  "Description",
  "Tags",
  "Role",
  "Position",
  "Influence",
  "Interest",
] as const;
export const kumuConnectionColumns = ["From", "To", "Type"] as const;

/** Each CSV text at most this long, and at most this many rows. */
export const kumuLimits = {
  chars: 3_000_000,
  elements: 10_000,
  connections: 50_000,
} as const;

export const KumuImportInput = z
  .object({
    elements: z.string().max(kumuLimits.chars),
    connections: z.string().max(kumuLimits.chars).optional(),
    /** Import the rows that are accepted and leave out the refused ones. */
    validRowsOnly: z.boolean().optional(),
    /** Check the files and report what an import would do, changing nothing. */
    dryRun: z.boolean().optional(),
  })
  .strict();
export type KumuImportInput = z.infer<typeof KumuImportInput>;

/** Why a row was refused, as a code the web translates (and a message in English). */
export const kumuRefusalReasons = [
  "required",
  "too_long",
  "not_in_list",
  "out_of_range",
  "duplicate",
  "unknown_label",
  "same_label",
  "malformed",
] as const;

export const KumuRefusal = z.object({
  file: z.enum(["elements", "connections"]),
  /** The row as a spreadsheet numbers it (the header is row 1). */
  row: z.number().int(),
  /** The row's Label, or "From → To". */
  label: z.string(),
  column: z.string().nullable(),
  reason: z.enum(kumuRefusalReasons),
  message: z.string(),
});
export type KumuRefusal = z.infer<typeof KumuRefusal>;

export const KumuImportReport = z
  .object({
    /** False for a dry run: nothing was changed. */
    imported: z.boolean(),
    elements: z.object({
      rows: z.number().int(),
      created: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
    }),
    connections: z.object({
      rows: z.number().int(),
      created: z.number().int(),
      /** The same link (from, to, type) was already there. */
      unchanged: z.number().int(),
    }),
    refused: z.array(KumuRefusal),
  })
  .meta({ id: "KumuImportReport" });
export type KumuImportReport = z.infer<typeof KumuImportReport>;
