import { type ConsentEvent, consentStands } from "../../../shared/records/fields.ts";
import type { ConsentUse } from "../../../shared/records/fields.ts";
import { matchesFilter } from "../../../shared/records/terms.ts";
import type { LiveGrant, RecordStanding } from "../../../shared/policy/record.ts";
import { insideStatuses } from "../../../shared/policy/standing.ts";
import type { Actor } from "../auth/actor.ts";
import type { CoalitionDirectory, MembershipsOf } from "../coalitions/coalitions.module.ts";
import type { ConsentRow, GrantRow, ListViewer, RecordRow } from "./records.repo.ts";

/**
 * The grants that reach one record: a grant of the record itself, or a saved-filter grant of
 * its owner whose filter the record matches and whose agreement's consent it has. A grant of
 * the record itself was checked for consent when it was made (or overridden with a reason),
 * and withdrawing that consent ends it; a filter grant cannot be overridden record by record,
 * so its consent is asked on every read.
 */
export function liveGrantsOf(
  record: RecordRow,
  consents: readonly ConsentRow[],
  grants: readonly GrantRow[],
): LiveGrant[] {
  const history: ConsentEvent[] = consents
    .filter((c) => c.recordId === record.id)
    .map((c) => ({ use: c.use, state: c.state, at: c.at.toISOString() }));
  return grants
    .filter((g) =>
      g.recordId
        ? g.recordId === record.id
        : g.fromOrganizationId === record.ownerOrganizationId &&
          matchesFilter(record, g.filter ?? {}) &&
          (!g.consentRequired || consentStands(history, g.consentRequired as ConsentUse)),
    )
    .map((g) => ({
      organizationId: g.toOrganizationId,
      fields: g.fields,
      files: g.dataCategories.includes("evidence"),
      expiresAt: g.expiresAt?.toISOString() ?? null,
      revokedAt: g.revokedAt?.toISOString() ?? null,
    }));
}

/** Who the viewer is, once per request: their organisations and the coalitions they are in. */
export type ViewerFacts = {
  actor: Actor | null;
  organizations: { organizationId: string; role: "owner" | "admin" | "member" }[];
  /** Inside links: which of the viewer's organisations is inside which coalition. */
  insideLinks: { coalitionId: string; organizationId: string }[];
  now: Date;
};

export const listViewerOf = (v: ViewerFacts): ListViewer => ({
  userId: v.actor?.userId ?? null,
  organizationIds: v.organizations.map((o) => o.organizationId),
  managedIds: v.organizations
    .filter((o) => o.role === "owner" || o.role === "admin")
    .map((o) => o.organizationId),
  coalitionIds: [...new Set(v.insideLinks.map((l) => l.coalitionId))],
  now: v.now,
});

/** A record's standing for the policy, from the viewer's facts and the record's rows. */
export function standingOf(
  viewer: ViewerFacts,
  record: RecordRow,
  consents: readonly ConsentRow[],
  grants: readonly GrantRow[],
): RecordStanding {
  const { actor } = viewer;
  return {
    viewer: actor ? { userId: actor.userId, platformAdmin: actor.isPlatformAdmin } : null,
    organizations: viewer.organizations,
    coalitionIds: [...new Set(viewer.insideLinks.map((l) => l.coalitionId))],
    grants: liveGrantsOf(record, consents, grants),
    now: viewer.now.toISOString(),
    record: {
      ownerOrganizationId: record.ownerOrganizationId,
      classification: record.classification,
      coalitionIds: record.coalitionIds,
      restrictedTo: record.restrictedTo,
      access: {
        readers: record.readersAll ? "everyone" : record.readerIds,
        editors: record.editorIds,
      },
      deleted: record.deletedAt !== null,
    },
  };
}

/**
 * The organisation the viewer acts for when reaching a record, for the audit: the owner if
 * they belong to it, else the organisation a grant, a restriction or a coalition reaches.
 */
export function actingOrganization(
  viewer: ViewerFacts,
  record: RecordRow,
  grants: readonly LiveGrant[],
): string | null {
  const mine = viewer.organizations.map((o) => o.organizationId);
  if (mine.includes(record.ownerOrganizationId)) return record.ownerOrganizationId;
  const granted = grants.find((g) => mine.includes(g.organizationId));
  if (granted) return granted.organizationId;
  const restricted = record.restrictedTo.find((o) => mine.includes(o));
  if (restricted) return restricted;
  const link = viewer.insideLinks.find((l) => record.coalitionIds.includes(l.coalitionId));
  return link?.organizationId ?? mine[0] ?? null;
}

/** Reads the viewer's facts; the record policy decides everything else. */
export function createViewerReader(deps: {
  membershipsOf: MembershipsOf;
  coalitions: Pick<CoalitionDirectory, "linksOfOrganizations">;
  now: () => Date;
}) {
  return async (actor: Actor | null): Promise<ViewerFacts> => {
    const now = deps.now();
    if (!actor) return { actor, organizations: [], insideLinks: [], now };
    const organizations = await deps.membershipsOf(actor.userId);
    const links = await deps.coalitions.linksOfOrganizations(
      organizations.map((o) => o.organizationId),
      actor.userId,
    );
    return {
      actor,
      organizations,
      insideLinks: links
        .filter((l) => insideStatuses.includes(l.status))
        .map((l) => ({ coalitionId: l.coalitionId, organizationId: l.organizationId })),
      now,
    };
  };
}
export type ViewerReader = ReturnType<typeof createViewerReader>;
