import { and, asc, eq, getTableColumns, inArray, or, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import type {
  Charter,
  CoalitionRole,
  CollaborationLevel,
  MembershipStatus,
} from "../../../shared/coalitions.ts";
import { organizationMembers, organizations } from "../organizations/organizations.table.ts";
import {
  coalitionCharters,
  coalitionMembers,
  coalitionRepresentatives,
  coalitions,
} from "./coalitions.table.ts";

type Executor = Db | Tx;
export type CoalitionRow = typeof coalitions.$inferSelect;
export type MemberRow = typeof coalitionMembers.$inferSelect & { name: string };
/** One of the reader's organisations linked to a coalition, and whether the reader represents it. */
export type MembershipRow = MemberRow & { represented: boolean };

/** Statuses of organisations inside a coalition: they read everything members read. */
export const insideStatuses: MembershipStatus[] = ["active", "suspended"];
/** Statuses that let an organisation see a coalition it is not yet (or no longer) inside. */
export const pendingStatuses: MembershipStatus[] = ["invited", "applied"];

export function createCoalitionsRepo(db: Db) {
  return {
    async insert(
      tx: Tx,
      row: typeof coalitions.$inferInsert,
      charter: Charter,
      createdBy: string,
    ): Promise<void> {
      await tx.insert(coalitions).values(row);
      await tx.insert(coalitionCharters).values({
        coalitionId: row.id,
        version: row.charterVersion,
        charter,
        createdBy,
      });
    },

    /** Puts a charter in force as the next version; proposalId is null for a convener's change. */
    async adoptCharter(
      tx: Tx,
      coalitionId: string,
      charter: Charter,
      proposalId: string | null,
      createdBy: string | null,
    ): Promise<number> {
      const [current] = await tx
        .select({ version: coalitions.charterVersion })
        .from(coalitions)
        .where(eq(coalitions.id, coalitionId))
        .for("update");
      const version = (current?.version ?? 0) + 1;
      await tx
        .insert(coalitionCharters)
        .values({ coalitionId, version, charter, proposalId, createdBy });
      await tx
        .update(coalitions)
        .set({ charterVersion: version, updatedAt: new Date() })
        .where(eq(coalitions.id, coalitionId));
      return version;
    },

    async findById(id: string, tx: Executor = db): Promise<CoalitionRow | undefined> {
      const [row] = await tx.select().from(coalitions).where(eq(coalitions.id, id));
      return row;
    },

    /** Serialises membership changes of one coalition (last-convener checks). */
    async lock(tx: Tx, id: string): Promise<CoalitionRow | undefined> {
      const [row] = await tx.select().from(coalitions).where(eq(coalitions.id, id)).for("update");
      return row;
    },

    async updateSettings(tx: Executor, id: string, values: Partial<CoalitionRow>) {
      await tx
        .update(coalitions)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(coalitions.id, id));
    },

    async charter(coalitionId: string, version: number, tx: Executor = db) {
      const [row] = await tx
        .select()
        .from(coalitionCharters)
        .where(
          and(
            eq(coalitionCharters.coalitionId, coalitionId),
            eq(coalitionCharters.version, version),
          ),
        );
      return row;
    },

    async charterVersions(coalitionId: string) {
      return db
        .select({
          version: coalitionCharters.version,
          createdAt: coalitionCharters.createdAt,
          proposalId: coalitionCharters.proposalId,
          collaborationLevel: sql<CollaborationLevel>`${coalitionCharters.charter}->>'collaborationLevel'`,
        })
        .from(coalitionCharters)
        .where(eq(coalitionCharters.coalitionId, coalitionId))
        .orderBy(asc(coalitionCharters.version));
    },

    async members(coalitionId: string, tx: Executor = db): Promise<MemberRow[]> {
      return tx
        .select({ ...getTableColumns(coalitionMembers), name: organizations.name })
        .from(coalitionMembers)
        .innerJoin(organizations, eq(organizations.id, coalitionMembers.organizationId))
        .where(eq(coalitionMembers.coalitionId, coalitionId))
        .orderBy(asc(coalitionMembers.createdAt));
    },

    /**
     * The coalition's memberships of the user's organisations, in joining order, in one query
     * that reads only those rows rather than the whole member list.
     */
    async membershipsOf(
      coalitionId: string,
      userId: string,
      tx: Executor = db,
    ): Promise<MembershipRow[]> {
      return tx
        .select({
          ...getTableColumns(coalitionMembers),
          name: organizations.name,
          represented: sql<boolean>`exists (select 1 from ${coalitionRepresentatives} r where r.coalition_id = ${coalitionMembers.coalitionId} and r.organization_id = ${coalitionMembers.organizationId} and r.user_id = ${userId})`,
        })
        .from(coalitionMembers)
        .innerJoin(
          organizationMembers,
          and(
            eq(organizationMembers.organizationId, coalitionMembers.organizationId),
            eq(organizationMembers.userId, userId),
          ),
        )
        .innerJoin(organizations, eq(organizations.id, coalitionMembers.organizationId))
        .where(eq(coalitionMembers.coalitionId, coalitionId))
        .orderBy(asc(coalitionMembers.createdAt));
    },

    /** Names of these organisations among the coalition's members (ever), by id. */
    async memberNames(coalitionId: string, organizationIds: string[], tx: Executor = db) {
      if (!organizationIds.length) return new Map<string, string>();
      const rows = await tx
        .select({ organizationId: coalitionMembers.organizationId, name: organizations.name })
        .from(coalitionMembers)
        .innerJoin(organizations, eq(organizations.id, coalitionMembers.organizationId))
        .where(
          and(
            eq(coalitionMembers.coalitionId, coalitionId),
            inArray(coalitionMembers.organizationId, organizationIds),
          ),
        );
      return new Map(rows.map((r) => [r.organizationId, r.name]));
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

    async upsertMember(
      tx: Tx,
      values: {
        coalitionId: string;
        organizationId: string;
        role: CoalitionRole;
        status: MembershipStatus;
        actedBy: string;
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

    /** Whether the user represents an active convening organisation of the coalition. */
    async representsConvener(coalitionId: string, userId: string, tx: Executor = db) {
      const [row] = await tx
        .select({ organizationId: coalitionMembers.organizationId })
        .from(coalitionMembers)
        .innerJoin(
          coalitionRepresentatives,
          and(
            eq(coalitionRepresentatives.coalitionId, coalitionMembers.coalitionId),
            eq(coalitionRepresentatives.organizationId, coalitionMembers.organizationId),
          ),
        )
        .where(
          and(
            eq(coalitionMembers.coalitionId, coalitionId),
            eq(coalitionMembers.role, "convener"),
            eq(coalitionMembers.status, "active"),
            eq(coalitionRepresentatives.userId, userId),
          ),
        )
        .limit(1);
      return !!row;
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

    /** The user's organisations and their role in each (owner, admin, member). */
    async organizationsOf(userId: string, tx: Executor = db) {
      return tx
        .select({
          organizationId: organizationMembers.organizationId,
          role: organizationMembers.role,
        })
        .from(organizationMembers)
        .where(eq(organizationMembers.userId, userId));
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

    /** The coalitions the given organisations are inside of or pending for. */
    async linkedCoalitionIds(organizationIds: string[]): Promise<Set<string>> {
      if (!organizationIds.length) return new Set();
      const rows = await db
        .select({ id: coalitionMembers.coalitionId })
        .from(coalitionMembers)
        .where(
          and(
            inArray(coalitionMembers.organizationId, organizationIds),
            inArray(coalitionMembers.status, [...insideStatuses, ...pendingStatuses]),
          ),
        );
      return new Set(rows.map((r) => r.id));
    },

    /** Public coalitions, and the given ones (those the reader's organisations are linked to). */
    async listVisible(linked: Set<string>) {
      const rows = await db
        .select({
          coalition: coalitions,
          charter: coalitionCharters.charter,
          memberCount: sql<number>`(select count(*)::int from coalition_members m where m.coalition_id = ${coalitions.id} and m.status = 'active')`,
        })
        .from(coalitions)
        .innerJoin(
          coalitionCharters,
          and(
            eq(coalitionCharters.coalitionId, coalitions.id),
            eq(coalitionCharters.version, coalitions.charterVersion),
          ),
        )
        .where(
          linked.size
            ? or(eq(coalitions.visibility, "public"), inArray(coalitions.id, [...linked]))
            : eq(coalitions.visibility, "public"),
        )
        .orderBy(asc(coalitions.name))
        .limit(500);
      return rows;
    },
  };
}
export type CoalitionsRepo = ReturnType<typeof createCoalitionsRepo>;
