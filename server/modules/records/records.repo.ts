import { type SQL, and, desc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { ConsentUse, RecordKind } from "../../../shared/records/fields.ts";
import type { SealedShare } from "../../../shared/records/confidential-api.ts";
import type { GrantFilter } from "../../../shared/records/terms.ts";
import type { Db, Tx } from "../../db/client.ts";
import {
  agreementVersions,
  agreements,
  recordConsents,
  recordContents,
  recordGrants,
  records,
} from "./records.table.ts";

type Executor = Db | Tx;
export type RecordRow = typeof records.$inferSelect;
export type ContentRow = typeof recordContents.$inferSelect;
export type ConsentRow = typeof recordConsents.$inferSelect;

/** A grant as the standing needs it: to whom, which fields, until when, and what it covers. */
export type GrantRow = {
  id: string;
  /** A confidential record's share, sealed to the recipient. */
  sealedShare: SealedShare | null;
  toOrganizationId: string;
  fromOrganizationId: string;
  recordId: string | null;
  filter: GrantFilter | null;
  fields: string[];
  /** The data categories of the agreement's version ("evidence" lets files through). */
  dataCategories: string[];
  consentRequired: string | null;
  overrideReason: string | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
};

/** Who is asking, as the list's SQL needs it. */
export type ListViewer = {
  userId: string | null;
  /** Organisations the viewer belongs to, and those where they are an owner or admin. */
  organizationIds: string[];
  managedIds: string[];
  coalitionIds: string[];
  now: Date;
};

export type ListFilter = {
  /** Confidential records are listed apart from the rest. */
  confidential?: boolean;
  organizationId?: string | undefined;
  kind?: string | undefined;
  country?: string | undefined;
  violationType?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

const uuidArray = (ids: readonly string[]) =>
  sql`array[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;
const textArray = (ids: readonly string[]) =>
  sql`array[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::text[]`;

/**
 * The latest consent for a use stands: the same rule as `consentStands` in
 * shared/records/fields.ts, asked of one record in SQL for a saved-filter grant.
 */
export const consentStandsSql = (recordId: SQL | typeof records.id, use: SQL) => sql`(
  select c.state from ${recordConsents} c
  where c.record_id = ${recordId} and c.use = ${use}
  order by c.at desc, c.id desc limit 1) = 'given'`;

/**
 * A live grant reaches the record: the same rule as `liveGrantsOf` (record-standing.ts),
 * written once more in SQL for lists, and checked against it by the records tests.
 */
function grantReaches(viewer: ListViewer): SQL {
  if (!viewer.organizationIds.length) return sql`false`;
  return sql`exists (
    select 1 from ${recordGrants} g
    join ${agreementVersions} v on v.agreement_id = g.agreement_id and v.version = g.agreement_version
    join ${agreements} a on a.id = g.agreement_id
    where g.to_organization_id = any(${uuidArray(viewer.organizationIds)})
      and g.revoked_at is null and a.ended_at is null
      and (g.expires_at is null or g.expires_at > ${viewer.now.toISOString()}::timestamptz)
      and (g.record_id = ${records.id} or (
        g.record_id is null and g.from_organization_id = ${records.ownerOrganizationId}
        and ${records.kind} is not null
        and (g.filter->>'kind' is null or g.filter->>'kind' = ${records.kind})
        and (g.filter->>'country' is null or g.filter->>'country' = ${records.country})
        and (g.filter->>'violationType' is null
             or ${records.violationTypes} @> array[g.filter->>'violationType'])
        and (g.filter->>'from' is null or ${records.occurredOn} >= g.filter->>'from')
        and (g.filter->>'to' is null or substr(${records.occurredOn}, 1, 10) <= g.filter->>'to')
        and (v.consent_required is null
             or ${consentStandsSql(records.id, sql`v.consent_required`)})
      ))
  )`;
}

/**
 * Which records the viewer reads: the rule of `sightOf` (shared/policy/record.ts) in SQL,
 * so that a page of a list is a page of what the viewer may see. The service still asks
 * `sightOf` of every row; the records tests check the two agree.
 */
export function visibleTo(
  viewer: ListViewer,
  options: { grants?: boolean; confidential?: boolean } = {},
): SQL {
  const { grants = true, confidential = false } = options;
  const mine = viewer.organizationIds.length ? uuidArray(viewer.organizationIds) : null;
  const ownersPeople = mine
    ? sql`(${records.ownerOrganizationId} = any(${mine}) and (
        ${viewer.managedIds.length ? sql`${records.ownerOrganizationId} = any(${uuidArray(viewer.managedIds)})` : sql`false`}
        or ${records.readersAll}
        or ${viewer.userId ?? ""} = any(${records.readerIds})
        or ${viewer.userId ?? ""} = any(${records.editorIds})))`
    : sql`false`;
  const notOwnersPeople = mine
    ? sql`not (${records.ownerOrganizationId} = any(${mine}))`
    : sql`true`;
  const reached = sql`(${records.classification} = 'public' or (${notOwnersPeople} and (
      (${records.classification} = 'coalition' and ${
        viewer.coalitionIds.length
          ? sql`${records.coalitionIds} && ${uuidArray(viewer.coalitionIds)}`
          : sql`false`
      })
      or (${records.classification} = 'restricted' and ${
        mine ? sql`${records.restrictedTo} && ${mine}` : sql`false`
      }))))`;
  const granted = grants ? grantReaches(viewer) : sql`false`;
  // Confidential records are listed apart (as ciphertext), never among those the server reads.
  const tier = confidential
    ? sql`${records.classification} = 'confidential'`
    : sql`${records.classification} <> 'confidential'`;
  return sql`(${records.deletedAt} is null and ${tier} and (${ownersPeople} or ${reached} or ${granted}))`;
}

/** The only reader and writer of the records tables (agreements and grants have their own). */
export function createRecordsRepo(db: Db) {
  return {
    /** Which of these organisations keep records that are not public (a sign-in reaches them). */
    async keepingRecords(organizationIds: readonly string[]): Promise<string[]> {
      if (!organizationIds.length) return [];
      const rows = await db
        .selectDistinct({ owner: records.ownerOrganizationId })
        .from(records)
        .where(
          and(
            inArray(records.ownerOrganizationId, [...organizationIds]),
            sql`${records.classification} <> 'public'`,
            isNull(records.deletedAt),
          ),
        );
      return rows.map((r) => r.owner);
    },

    async insertMany(tx: Tx, rows: (typeof records.$inferInsert)[], contents: ContentRow[]) {
      // In slices: PostgreSQL takes at most 65,535 parameters in one statement.
      for (let i = 0; i < rows.length; i += 1000) {
        await tx.insert(records).values(rows.slice(i, i + 1000));
        await tx.insert(recordContents).values(contents.slice(i, i + 1000));
      }
    },

    async findById(id: string, tx: Executor = db): Promise<RecordRow | undefined> {
      const [row] = await tx.select().from(records).where(eq(records.id, id));
      return row;
    },

    /** Serialises edits, consent and sharing of one record. */
    async lock(tx: Tx, id: string): Promise<RecordRow | undefined> {
      const [row] = await tx.select().from(records).where(eq(records.id, id)).for("update");
      return row;
    },

    async update(tx: Tx, id: string, set: Partial<typeof records.$inferInsert>) {
      await tx.update(records).set(set).where(eq(records.id, id));
    },

    async addVersion(tx: Tx, content: ContentRow) {
      await tx.insert(recordContents).values(content);
    },

    /** Deleting erases every version's content; the envelope stays as a tombstone. */
    async erase(tx: Tx, id: string) {
      await tx
        .update(recordContents)
        .set({ fields: {}, sealed: null })
        .where(eq(recordContents.recordId, id));
      // A confidential record's shares go with its content.
      await tx.update(recordGrants).set({ sealedShare: null }).where(eq(recordGrants.recordId, id));
    },

    /** The current content of each record. */
    async contents(
      ids: readonly { id: string; version: number }[],
      tx: Executor = db,
    ): Promise<Map<string, ContentRow>> {
      if (!ids.length) return new Map();
      const rows = await tx
        .select()
        .from(recordContents)
        .where(
          or(
            ...ids.map((r) =>
              and(eq(recordContents.recordId, r.id), eq(recordContents.version, r.version)),
            ),
          ),
        );
      return new Map(rows.map((row) => [row.recordId, row]));
    },

    async consents(recordIds: readonly string[], tx: Executor = db): Promise<ConsentRow[]> {
      if (!recordIds.length) return [];
      return tx
        .select()
        .from(recordConsents)
        .where(inArray(recordConsents.recordId, [...recordIds]))
        .orderBy(desc(recordConsents.at), desc(recordConsents.id));
    },

    async addConsent(tx: Tx, row: ConsentRow) {
      await tx.insert(recordConsents).values(row);
    },

    /** Ends the grants of one record made under agreements that need a consent now gone. */
    async endGrantsNeeding(tx: Tx, recordId: string, use: string, at: Date) {
      const needing = tx
        .select({ agreementId: agreementVersions.agreementId, version: agreementVersions.version })
        .from(agreementVersions)
        .where(eq(agreementVersions.consentRequired, use as ConsentUse));
      return tx
        .update(recordGrants)
        .set({ revokedAt: at, endReason: "consent_withdrawn", sealedShare: null })
        .where(
          and(
            eq(recordGrants.recordId, recordId),
            isNull(recordGrants.revokedAt),
            sql`(${recordGrants.agreementId}, ${recordGrants.agreementVersion}) in ${needing}`,
          ),
        )
        .returning({ id: recordGrants.id, toOrganizationId: recordGrants.toOrganizationId });
    },

    /**
     * Grants that may reach these records for these organisations, as stored: grants of the
     * records themselves and every saved-filter grant of their owners. Whether each is live
     * and covers the record is decided by `liveGrantsOf`.
     */
    async grantsFor(
      recordsOf: readonly Pick<RecordRow, "id" | "ownerOrganizationId">[],
      organizationIds: readonly string[],
      tx: Executor = db,
    ): Promise<GrantRow[]> {
      if (!recordsOf.length || !organizationIds.length) return [];
      const owners = [...new Set(recordsOf.map((r) => r.ownerOrganizationId))];
      return tx
        .select({
          id: recordGrants.id,
          toOrganizationId: recordGrants.toOrganizationId,
          fromOrganizationId: recordGrants.fromOrganizationId,
          recordId: recordGrants.recordId,
          filter: recordGrants.filter,
          fields: agreementVersions.fields,
          dataCategories: agreementVersions.dataCategories,
          consentRequired: agreementVersions.consentRequired,
          overrideReason: recordGrants.overrideReason,
          expiresAt: recordGrants.expiresAt,
          revokedAt: recordGrants.revokedAt,
          sealedShare: recordGrants.sealedShare,
        })
        .from(recordGrants)
        .innerJoin(
          agreementVersions,
          and(
            eq(agreementVersions.agreementId, recordGrants.agreementId),
            eq(agreementVersions.version, recordGrants.agreementVersion),
          ),
        )
        .innerJoin(agreements, eq(agreements.id, recordGrants.agreementId))
        .where(
          and(
            inArray(recordGrants.toOrganizationId, [...organizationIds]),
            isNull(recordGrants.revokedAt),
            isNull(agreements.endedAt),
            or(
              inArray(
                recordGrants.recordId,
                recordsOf.map((r) => r.id),
              ),
              and(isNull(recordGrants.recordId), inArray(recordGrants.fromOrganizationId, owners)),
            ),
          ),
        );
    },

    /** A page of the records the viewer may read, newest change first. */
    async listVisible(
      viewer: ListViewer,
      filter: ListFilter,
      after: { k: string; id: string } | null,
      limit: number,
      tx: Executor = db,
    ): Promise<RecordRow[]> {
      return tx
        .select()
        .from(records)
        .where(
          and(
            visibleTo(viewer, { confidential: filter.confidential ?? false }),
            filter.organizationId
              ? eq(records.ownerOrganizationId, filter.organizationId)
              : undefined,
            filter.kind ? eq(records.kind, filter.kind as RecordKind) : undefined,
            filter.country ? eq(records.country, filter.country) : undefined,
            filter.violationType
              ? sql`${records.violationTypes} @> ${textArray([filter.violationType])}`
              : undefined,
            filter.from ? sql`${records.occurredOn} >= ${filter.from}` : undefined,
            filter.to ? sql`substr(${records.occurredOn}, 1, 10) <= ${filter.to}` : undefined,
            after
              ? or(
                  lt(records.updatedAt, new Date(after.k)),
                  and(eq(records.updatedAt, new Date(after.k)), lt(records.id, after.id)),
                )
              : undefined,
          ),
        )
        .orderBy(desc(records.updatedAt), desc(records.id))
        .limit(limit);
    },
  };
}
export type RecordsRepo = ReturnType<typeof createRecordsRepo>;
