import { and, asc, desc, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { type Db, type Tx, rowsOf } from "../../db/client.ts";
import {
  agreementAcceptances,
  agreementParties,
  agreementVersions,
  agreements,
  recordGrants,
} from "./records.table.ts";

type Executor = Db | Tx;
export type AgreementRow = typeof agreements.$inferSelect;
export type AgreementVersionRow = typeof agreementVersions.$inferSelect;
export type AcceptanceRow = typeof agreementAcceptances.$inferSelect;
export type GrantRecordRow = typeof recordGrants.$inferSelect;

/** An agreement with everything its view needs. */
export type AgreementFacts = {
  agreement: AgreementRow;
  partyIds: string[];
  versions: AgreementVersionRow[];
  acceptances: AcceptanceRow[];
};

/** The only reader and writer of agreements and grants. */
export function createAgreementsRepo(db: Db) {
  async function factsOf(rows: AgreementRow[], tx: Executor): Promise<AgreementFacts[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    // One after the other: inside a transaction the queries share one connection.
    const parties = await tx
      .select()
      .from(agreementParties)
      .where(inArray(agreementParties.agreementId, ids));
    const versions = await tx
      .select()
      .from(agreementVersions)
      .where(inArray(agreementVersions.agreementId, ids))
      .orderBy(desc(agreementVersions.version));
    const acceptances = await tx
      .select()
      .from(agreementAcceptances)
      .where(inArray(agreementAcceptances.agreementId, ids));
    return rows.map((agreement) => ({
      agreement,
      partyIds: parties
        .filter((p) => p.agreementId === agreement.id)
        .map((p) => p.organizationId)
        .sort(),
      versions: versions.filter((v) => v.agreementId === agreement.id),
      acceptances: acceptances.filter((a) => a.agreementId === agreement.id),
    }));
  }

  return {
    async insert(
      tx: Tx,
      agreement: AgreementRow,
      partyIds: readonly string[],
      version: AgreementVersionRow,
      acceptance: AcceptanceRow,
    ) {
      await tx.insert(agreements).values(agreement);
      await tx
        .insert(agreementParties)
        .values(partyIds.map((organizationId) => ({ agreementId: agreement.id, organizationId })));
      await tx.insert(agreementVersions).values(version);
      await tx.insert(agreementAcceptances).values(acceptance);
    },

    /** Serialises changes to one agreement (new terms, acceptances, its end). */
    async lock(tx: Tx, id: string): Promise<AgreementFacts | undefined> {
      const rows = await tx.select().from(agreements).where(eq(agreements.id, id)).for("update");
      return (await factsOf(rows, tx))[0];
    },

    async find(id: string, tx: Executor = db): Promise<AgreementFacts | undefined> {
      const rows = await tx.select().from(agreements).where(eq(agreements.id, id));
      return (await factsOf(rows, tx))[0];
    },

    /** The agreements any of these organisations is a party to, newest first. */
    async ofParties(organizationIds: readonly string[], tx: Executor = db) {
      if (!organizationIds.length) return [];
      const mine = tx
        .select({ id: agreementParties.agreementId })
        .from(agreementParties)
        .where(inArray(agreementParties.organizationId, [...organizationIds]));
      const rows = await tx
        .select()
        .from(agreements)
        .where(inArray(agreements.id, mine))
        .orderBy(desc(agreements.createdAt), desc(agreements.id));
      return factsOf(rows, tx);
    },

    async addVersion(tx: Tx, version: AgreementVersionRow, acceptance: AcceptanceRow) {
      await tx.insert(agreementVersions).values(version);
      await tx
        .update(agreements)
        .set({ version: version.version })
        .where(eq(agreements.id, version.agreementId));
      await tx.insert(agreementAcceptances).values(acceptance);
    },

    async accept(tx: Tx, acceptance: AcceptanceRow) {
      await tx.insert(agreementAcceptances).values(acceptance).onConflictDoNothing();
    },

    async end(tx: Tx, id: string, at: Date, byOrganizationId: string) {
      await tx
        .update(agreements)
        .set({ endedAt: at, endedBy: byOrganizationId })
        .where(eq(agreements.id, id));
    },

    async insertGrant(tx: Tx, grant: GrantRecordRow) {
      await tx.insert(recordGrants).values(grant);
    },

    async findGrant(id: string, tx: Executor = db) {
      const [row] = await tx.select().from(recordGrants).where(eq(recordGrants.id, id));
      return row;
    },

    /** Grants of one record, or given or received by one organisation, oldest first. */
    async grantsOfRecord(recordId: string, tx: Executor = db) {
      return tx
        .select()
        .from(recordGrants)
        .where(eq(recordGrants.recordId, recordId))
        .orderBy(asc(recordGrants.grantedAt), asc(recordGrants.id));
    },
    async grantsOfOrganization(organizationId: string, tx: Executor = db) {
      return tx
        .select()
        .from(recordGrants)
        .where(
          or(
            eq(recordGrants.fromOrganizationId, organizationId),
            eq(recordGrants.toOrganizationId, organizationId),
          ),
        )
        .orderBy(asc(recordGrants.grantedAt), asc(recordGrants.id));
    },

    /**
     * Live grants to these organisations under one agreement, of one record or of saved
     * filters of its owner (which of them reach the record is for the caller to decide).
     */
    async liveGrantsTo(
      organizationIds: readonly string[],
      agreementId: string,
      record: { id: string; ownerOrganizationId: string },
      now: Date,
      tx: Executor = db,
    ) {
      if (!organizationIds.length) return [];
      return tx
        .select()
        .from(recordGrants)
        .where(
          and(
            inArray(recordGrants.toOrganizationId, [...organizationIds]),
            eq(recordGrants.agreementId, agreementId),
            isNull(recordGrants.revokedAt),
            or(
              isNull(recordGrants.expiresAt),
              sql`${recordGrants.expiresAt} > ${now.toISOString()}::timestamptz`,
            ),
            or(
              eq(recordGrants.recordId, record.id),
              and(
                isNull(recordGrants.recordId),
                eq(recordGrants.fromOrganizationId, record.ownerOrganizationId),
              ),
            ),
          ),
        );
    },

    /**
     * Ends grants and, with them, every grant shared onward from them (at any depth): an
     * onward grant never outlives the grant it came from.
     */
    async endWithOnward(
      tx: Tx,
      ids: readonly string[],
      at: Date,
      reason: string,
    ): Promise<GrantRecordRow[]> {
      if (!ids.length) return [];
      const idList = sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      );
      const ended = await tx.execute(sql`
        with recursive tree(id) as (
          select id from ${recordGrants} where id in (${idList})
          union
          select g.id from ${recordGrants} g join tree on g.parent_grant_id = tree.id
        )
        update ${recordGrants} set revoked_at = ${at.toISOString()}::timestamptz, end_reason = ${reason},
          sealed_share = null
        where id in (select id from tree) and revoked_at is null
        returning id`);
      const endedIds = rowsOf<{ id: string }>(ended).map((r) => r.id);
      if (!endedIds.length) return [];
      return tx.select().from(recordGrants).where(inArray(recordGrants.id, endedIds));
    },

    /** Live grants of an agreement (to end them with it). */
    async liveGrantsOfAgreement(tx: Tx, agreementId: string) {
      return tx
        .select({ id: recordGrants.id })
        .from(recordGrants)
        .where(and(eq(recordGrants.agreementId, agreementId), isNull(recordGrants.revokedAt)));
    },

    /** Live grants whose agreement version's retention has run out by `now`. */
    async pastRetention(now: Date, tx: Executor = db) {
      return tx
        .select({ id: recordGrants.id })
        .from(recordGrants)
        .innerJoin(
          agreementVersions,
          and(
            eq(agreementVersions.agreementId, recordGrants.agreementId),
            eq(agreementVersions.version, recordGrants.agreementVersion),
          ),
        )
        .where(
          and(
            isNull(recordGrants.revokedAt),
            lte(
              sql`${recordGrants.grantedAt} + make_interval(days => ${agreementVersions.retentionDays})`,
              sql`${now.toISOString()}::timestamptz`,
            ),
          ),
        );
    },
  };
}
export type AgreementsRepo = ReturnType<typeof createAgreementsRepo>;
