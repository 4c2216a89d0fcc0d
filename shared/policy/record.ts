import type { Classification } from "../records/fields.ts";
import type { Verdict } from "./coalition.ts";
import type { Viewer } from "./standing.ts";
import type { OrgRole } from "./terms.ts";

/*
 * Who may do what with a record (issue 14), the third policy beside the coalition's and the
 * campaign's. A record belongs to one organisation; its classification says who outside it
 * may read it (anyone, the organisations inside named coalitions, or named organisations),
 * grants under agreements let a partner read the fields its agreement allows, and inside the
 * owner the record says who reads and who edits. Everything is decided from one *record
 * standing*, read once per request; a record the viewer may not read does not exist for them,
 * whatever they ask of it.
 */

/** Inside the owner organisation: who reads and who edits, besides its owners and admins. */
export type OwnerAccess = {
  /** Every person of the organisation reads it, or only those named. */
  readers: "everyone" | readonly string[];
  /** People of the organisation who edit it (owners and admins always do). */
  editors: readonly string[];
};

export type RecordFacts = {
  ownerOrganizationId: string;
  classification: Classification;
  /** For `coalition`: the coalitions whose member organisations read it. */
  coalitionIds: readonly string[];
  /** For `restricted`: the organisations that read it. */
  restrictedTo: readonly string[];
  access: OwnerAccess;
  /** Deleted: a tombstone that only its audit remembers. */
  deleted: boolean;
};

/** A grant of the record to one of the viewer's organisations, under an agreement. */
export type LiveGrant = {
  organizationId: string;
  /** The fields its agreement allows. */
  fields: readonly string[];
  /** Whether its agreement covers evidence: the record's attachments, read not added. */
  files: boolean;
  expiresAt: string | null;
  revokedAt: string | null;
};

export type RecordStanding = {
  viewer: Viewer;
  /** The viewer's organisations and their role in each. */
  organizations: readonly { organizationId: string; role: OrgRole }[];
  /** The coalitions one of the viewer's organisations is inside (active or suspended). */
  coalitionIds: readonly string[];
  /** Grants of this record to the viewer's organisations, as stored (live or not). */
  grants: readonly LiveGrant[];
  /** The time the request is decided at, ISO: grants past their expiry are not live. */
  now: string;
  record: RecordFacts;
};

/** What the viewer sees of the record's content: all of it, some fields, or nothing. */
export type Sight =
  { kind: "full" } | { kind: "fields"; fields: string[]; files: boolean } | { kind: "none" };

export type RecordSubjects = {
  "record.read": undefined;
  "record.edit": undefined;
  /** Grant it to a partner under an agreement, change its classification or who reads it. */
  "record.share": undefined;
  /** Record a consent given, refused or withdrawn. */
  "record.consent": undefined;
  /** The record's audit: who read, changed or shared it. */
  "record.audit": undefined;
  "record.delete": undefined;
};
export type RecordAction = keyof RecordSubjects;

const allowed: Verdict = { allowed: true };
const unknown: Verdict = { allowed: false, refusal: "unknown", reason: "No such record." };
const forbidden = (reason: string): Verdict => ({ allowed: false, refusal: "forbidden", reason });

const managerRoles: readonly OrgRole[] = ["owner", "admin"];

function ownerRole(s: RecordStanding): OrgRole | null {
  return (
    s.organizations.find((o) => o.organizationId === s.record.ownerOrganizationId)?.role ?? null
  );
}

/** A grant reads until it is revoked or expires. */
export const isLive = (g: Pick<LiveGrant, "expiresAt" | "revokedAt">, now: string) =>
  !g.revokedAt && (g.expiresAt === null || g.expiresAt > now);

/** The fields the viewer's live grants allow, each once, in the order first granted. */
export function grantedFields(s: RecordStanding): string[] {
  const fields = liveGrantsOfViewer(s).flatMap((g) => g.fields);
  return [...new Set(fields)];
}

function liveGrantsOfViewer(s: RecordStanding): LiveGrant[] {
  const mine = new Set(s.organizations.map((o) => o.organizationId));
  return s.grants.filter((g) => mine.has(g.organizationId) && isLive(g, s.now));
}

/**
 * What the viewer sees of the record. Inside the owner: all of it for its owners and admins,
 * its editors and its named readers (or everyone, if the record says so). Outside: all of it
 * when its classification reaches the viewer; otherwise the fields of their live grants.
 */
export function sightOf(s: RecordStanding): Sight {
  const r = s.record;
  if (r.deleted) return { kind: "none" };
  const role = ownerRole(s);
  const userId = s.viewer?.userId ?? "";
  if (role) {
    const reads =
      managerRoles.includes(role) ||
      r.access.editors.includes(userId) ||
      r.access.readers === "everyone" ||
      r.access.readers.includes(userId);
    if (reads) return { kind: "full" };
  }
  const mine = new Set(s.organizations.map((o) => o.organizationId));
  const reached =
    r.classification === "public" ||
    (r.classification === "coalition" && r.coalitionIds.some((c) => s.coalitionIds.includes(c))) ||
    (r.classification === "restricted" && r.restrictedTo.some((o) => mine.has(o)));
  if (reached && !(role && r.classification !== "public")) return { kind: "full" };
  const fields = grantedFields(s);
  const files = liveGrantsOfViewer(s).some((g) => g.files);
  return fields.length ? { kind: "fields", fields, files } : { kind: "none" };
}

/** Whether the viewer reads the record's attachments: full sight, or a grant covering evidence. */
export const readsFiles = (sight: Sight) =>
  sight.kind === "full" || (sight.kind === "fields" && sight.files);

/**
 * The one access rule for records. Nobody may know of a record they may not read (404, as an
 * unknown id, for every action); a platform administrator has no more rights than anyone.
 */
export function checkRecord(s: RecordStanding, action: RecordAction): Verdict {
  const sight = sightOf(s);
  if (sight.kind === "none") return unknown;
  if (action === "record.read") return allowed;
  const role = ownerRole(s);
  const userId = s.viewer?.userId ?? "";
  const manages = !!role && managerRoles.includes(role);
  const edits = manages || (!!role && s.record.access.editors.includes(userId));
  switch (action) {
    case "record.edit":
    case "record.consent":
      return edits
        ? allowed
        : forbidden("Only the owner organisation's editors of this record may.");
    case "record.share":
    case "record.audit":
    case "record.delete":
      return manages ? allowed : forbidden("Only the owner organisation's owners and admins may.");
  }
  return forbidden("This action is not known.");
}
