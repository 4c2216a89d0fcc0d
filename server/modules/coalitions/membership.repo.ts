import { and, asc, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { CoalitionRole, MembershipStatus } from "../../../shared/coalitions.ts";
import { convenerSideRoles, insideStatuses, voicelessRoles } from "../../../shared/policy/index.ts";
import { type Db, type Tx, rowsOf } from "../../db/client.ts";
import { coalitionMembers, coalitionRepresentatives } from "./coalitions.table.ts";

type Executor = Db | Tx;
export type MemberRow = typeof coalitionMembers.$inferSelect;

/**
 * Whether the user represents the member organisation of the row. The outer columns are
 * named in full: in a one-table select Drizzle leaves them unqualified, and inside the
 * subquery they would then mean the representatives' own columns.
 */
export const representedBy = (userId: string) =>
  sql<boolean>`exists (select 1 from ${coalitionRepresentatives} r where r.coalition_id = "coalition_members"."coalition_id" and r.organization_id = "coalition_members"."organization_id" and r.user_id = ${userId})`;

/** Who belongs to a coalition, in which role and status, and who represents them. */
export function createMembershipRepo(db: Db) {
  return {
    /** Every organisation ever linked to the coalition, in joining order. */
    async members(
      coalitionId: string,
      filter: { statuses?: readonly MembershipStatus[]; organizationIds?: readonly string[] } = {},
      tx: Executor = db,
    ): Promise<MemberRow[]> {
      if (filter.organizationIds && !filter.organizationIds.length) return [];
      return tx
        .select()
        .from(coalitionMembers)
        .where(
          and(
            eq(coalitionMembers.coalitionId, coalitionId),
            filter.statuses ? inArray(coalitionMembers.status, [...filter.statuses]) : undefined,
            filter.organizationIds
              ? inArray(coalitionMembers.organizationId, [...filter.organizationIds])
              : undefined,
          ),
        )
        .orderBy(asc(coalitionMembers.createdAt), asc(coalitionMembers.organizationId));
    },

    /**
     * These organisations' links to the coalition, and whether the user represents each: the
     * rows a standing is made of, read in one query.
     */
    async linksOf(
      coalitionId: string,
      organizationIds: readonly string[],
      userId: string,
      tx: Executor = db,
    ) {
      if (!organizationIds.length) return [];
      return tx
        .select({
          organizationId: coalitionMembers.organizationId,
          role: coalitionMembers.role,
          status: coalitionMembers.status,
          represented: representedBy(userId),
        })
        .from(coalitionMembers)
        .where(
          and(
            eq(coalitionMembers.coalitionId, coalitionId),
            inArray(coalitionMembers.organizationId, [...organizationIds]),
          ),
        );
    },

    async member(coalitionId: string, organizationId: string, tx: Executor = db) {
      const [row] = await tx
        .select()
        .from(coalitionMembers)
        .where(
          and(
            eq(coalitionMembers.coalitionId, coalitionId),
            eq(coalitionMembers.organizationId, organizationId),
          ),
        );
      return row;
    },

    /** Organisations that take part in decisions: active members other than observers. */
    async eligibleIds(coalitionId: string, tx: Executor = db): Promise<string[]> {
      const rows = await tx
        .select({ organizationId: coalitionMembers.organizationId })
        .from(coalitionMembers)
        .where(
          and(
            eq(coalitionMembers.coalitionId, coalitionId),
            eq(coalitionMembers.status, "active"),
            notInArray(coalitionMembers.role, [...voicelessRoles]),
          ),
        );
      return rows.map((r) => r.organizationId);
    },

    /** The convener side: active conveners and co-leads. */
    async convenerSideIds(coalitionId: string, tx: Executor = db): Promise<string[]> {
      const rows = await tx
        .select({ organizationId: coalitionMembers.organizationId })
        .from(coalitionMembers)
        .where(
          and(
            eq(coalitionMembers.coalitionId, coalitionId),
            eq(coalitionMembers.status, "active"),
            inArray(coalitionMembers.role, [...convenerSideRoles]),
          ),
        );
      return rows.map((r) => r.organizationId);
    },

    async upsertMember(
      tx: Tx,
      values: {
        coalitionId: string;
        organizationId: string;
        role: CoalitionRole;
        status: MembershipStatus;
        actedBy: string | null;
        namedPublicly?: boolean;
        answers?: Record<string, string> | null;
      },
    ) {
      const now = new Date();
      await tx
        .insert(coalitionMembers)
        .values({ ...values, statusSince: now })
        .onConflictDoUpdate({
          target: [coalitionMembers.coalitionId, coalitionMembers.organizationId],
          set: {
            role: values.role,
            status: values.status,
            actedBy: values.actedBy,
            statusSince: now,
            ...(values.answers !== undefined ? { answers: values.answers } : {}),
            ...(values.namedPublicly !== undefined ? { namedPublicly: values.namedPublicly } : {}),
          },
        });
    },

    async updateMember(
      tx: Tx,
      coalitionId: string,
      organizationId: string,
      set: Partial<typeof coalitionMembers.$inferInsert>,
    ) {
      await tx
        .update(coalitionMembers)
        .set(set)
        .where(
          and(
            eq(coalitionMembers.coalitionId, coalitionId),
            eq(coalitionMembers.organizationId, organizationId),
          ),
        );
    },

    async activeConvenerCount(tx: Tx, coalitionId: string): Promise<number> {
      const [row] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(coalitionMembers)
        .where(
          and(
            eq(coalitionMembers.coalitionId, coalitionId),
            eq(coalitionMembers.role, "convener"),
            eq(coalitionMembers.status, "active"),
          ),
        );
      return row?.n ?? 0;
    },

    async representatives(coalitionId: string, organizationId: string, tx: Executor = db) {
      const rows = await tx
        .select({ userId: coalitionRepresentatives.userId })
        .from(coalitionRepresentatives)
        .where(
          and(
            eq(coalitionRepresentatives.coalitionId, coalitionId),
            eq(coalitionRepresentatives.organizationId, organizationId),
          ),
        );
      return rows.map((r) => r.userId);
    },

    /**
     * The people who act for the coalition's member organisations: representatives of
     * organisations in the given statuses, optionally only some organisations or roles.
     */
    async representativeUserIds(
      tx: Executor,
      coalitionId: string,
      filter: {
        statuses: readonly MembershipStatus[];
        organizationIds?: readonly string[] | undefined;
        roles?: readonly CoalitionRole[] | undefined;
      },
    ): Promise<string[]> {
      const rows = await tx
        .selectDistinct({ userId: coalitionRepresentatives.userId })
        .from(coalitionRepresentatives)
        .innerJoin(
          coalitionMembers,
          and(
            eq(coalitionMembers.coalitionId, coalitionRepresentatives.coalitionId),
            eq(coalitionMembers.organizationId, coalitionRepresentatives.organizationId),
          ),
        )
        .where(
          and(
            eq(coalitionRepresentatives.coalitionId, coalitionId),
            inArray(coalitionMembers.status, [...filter.statuses]),
            filter.organizationIds
              ? inArray(coalitionMembers.organizationId, [...filter.organizationIds])
              : undefined,
            filter.roles ? inArray(coalitionMembers.role, [...filter.roles]) : undefined,
          ),
        );
      return rows.map((r) => r.userId);
    },

    async setRepresentatives(
      tx: Tx,
      coalitionId: string,
      organizationId: string,
      userIds: string[],
    ) {
      await tx
        .delete(coalitionRepresentatives)
        .where(
          and(
            eq(coalitionRepresentatives.coalitionId, coalitionId),
            eq(coalitionRepresentatives.organizationId, organizationId),
          ),
        );
      if (userIds.length) {
        await tx
          .insert(coalitionRepresentatives)
          .values(userIds.map((userId) => ({ coalitionId, organizationId, userId })));
      }
    },

    async addRepresentative(tx: Tx, coalitionId: string, organizationId: string, userId: string) {
      await tx
        .insert(coalitionRepresentatives)
        .values({ coalitionId, organizationId, userId })
        .onConflictDoNothing();
    },

    /**
     * For each organisation, how many coalitions it takes or took part in together with one of
     * `through` (organisations inside those coalitions, whose members the searcher may see),
     * apart from `except`.
     */
    async sharedCoalitionCounts(
      through: readonly string[],
      except: string | null,
    ): Promise<Map<string, number>> {
      if (!through.length) return new Map();
      const list = (values: readonly string[], cast = sql``) =>
        sql.join(
          values.map((v) => sql`${v}${cast}`),
          sql`, `,
        );
      const result = await db.execute(sql`
        select other.organization_id as id, count(distinct other.coalition_id)::int as n
        from coalition_members mine
        join coalition_members other
          on other.coalition_id = mine.coalition_id
         and other.organization_id <> mine.organization_id
         and other.status in (${list([...insideStatuses, "left"])})
        where mine.organization_id in (${list(through, sql`::uuid`)})
          and mine.status in (${list(insideStatuses)})
          ${except ? sql`and mine.coalition_id <> ${except}::uuid` : sql``}
        group by other.organization_id`);
      return new Map(rowsOf<{ id: string; n: number }>(result).map((r) => [r.id, r.n]));
    },

    /**
     * Active memberships a viewer (through their organisations) may see: every coalition one
     * of them is inside, and public coalitions with a public member list where the member
     * agreed to be named, as the policy's seesMemberList and namesMember say.
     */
    async visibleMemberships(viewerOrganizationIds: readonly string[]) {
      const mine = viewerOrganizationIds.length
        ? sql`exists (select 1 from coalition_members me
              where me.coalition_id = cm.coalition_id
                and me.status in (${sql.join(
                  insideStatuses.map((s) => sql`${s}`),
                  sql`, `,
                )})
                and me.organization_id in (${sql.join(
                  viewerOrganizationIds.map((id) => sql`${id}::uuid`),
                  sql`, `,
                )}))`
        : sql`false`;
      const result = await db.execute(sql`
        select cm.coalition_id, cm.organization_id
        from coalition_members cm
        join coalitions c on c.id = cm.coalition_id
        where cm.status = 'active'
          and (${mine}
            or (c.visibility = 'public' and c.member_list_visibility = 'public'
                and cm.named_publicly))`);
      return rowsOf<{ coalition_id: string; organization_id: string }>(result);
    },
  };
}
export type MembershipRepo = ReturnType<typeof createMembershipRepo>;
