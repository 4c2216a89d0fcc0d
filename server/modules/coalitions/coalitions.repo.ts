import { type SQL, and, asc, eq, getTableColumns, inArray, or, sql } from "drizzle-orm";
import type {
  Charter,
  CoalitionRole,
  CollaborationLevel,
  MembershipStatus,
} from "../../../shared/coalitions.ts";
import type { OrgRole } from "../../../shared/organizations.ts";
import { insideStatuses, pendingStatuses } from "../../../shared/policy/index.ts";
import type { Db, Tx } from "../../db/client.ts";
import {
  coalitionCharters,
  coalitionMembers,
  coalitionRepresentatives,
  coalitions,
} from "./coalitions.table.ts";
import { createMembershipRepo, representedBy } from "./membership.repo.ts";

type Executor = Db | Tx;
export type CoalitionRow = typeof coalitions.$inferSelect;

/** One of the viewer's organisations, its role there, and its link to the coalition if any. */
export type ViewerOrganization = {
  organizationId: string;
  orgRole: OrgRole;
  link: { role: CoalitionRole; status: MembershipStatus; represented: boolean } | null;
};
export type { MemberRow } from "./membership.repo.ts";

/** Coalitions, their charters and lists; with the membership queries of membership.repo.ts. */
export function createCoalitionsRepo(db: Db) {
  return {
    ...createMembershipRepo(db),

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

    /**
     * The coalition with every organisation the user belongs to and how each is linked to it,
     * in one statement: it is read for nearly every request about a coalition, and each
     * statement waits again for the database under load (issue 16). `memberships` is the
     * organisations module's subquery of the user's memberships (organization_id, role).
     */
    async findWithViewer(
      id: string,
      userId: string,
      memberships: SQL,
      tx: Executor = db,
    ): Promise<{ coalition: CoalitionRow; organizations: ViewerOrganization[] } | undefined> {
      const [row] = await tx
        .select({
          ...getTableColumns(coalitions),
          viewerOrganizations: sql<ViewerOrganization[]>`coalesce((
            select json_agg(json_build_object(
              'organizationId', om.organization_id,
              'orgRole', om.role,
              'link', case when cm.organization_id is null then null else json_build_object(
                'role', cm.role,
                'status', cm.status,
                'represented', exists (
                  select 1 from ${coalitionRepresentatives} r
                  where r.coalition_id = cm.coalition_id
                    and r.organization_id = cm.organization_id
                    and r.user_id = ${userId}
                )
              ) end
            ))
            from ${memberships} om
            left join ${coalitionMembers} cm
              on cm.coalition_id = "coalitions"."id" and cm.organization_id = om.organization_id
          ), '[]'::json)`,
        })
        .from(coalitions)
        .where(eq(coalitions.id, id));
      if (!row) return undefined;
      const { viewerOrganizations, ...coalition } = row;
      return { coalition, organizations: viewerOrganizations };
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

    /** The charter in force, read with the coalition row in one statement. */
    async charterInForce(coalitionId: string, tx: Executor = db): Promise<Charter | null> {
      const [row] = await tx
        .select({ charter: coalitionCharters.charter })
        .from(coalitions)
        .innerJoin(
          coalitionCharters,
          and(
            eq(coalitionCharters.coalitionId, coalitions.id),
            eq(coalitionCharters.version, coalitions.charterVersion),
          ),
        )
        .where(eq(coalitions.id, coalitionId));
      return row?.charter ?? null;
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

    /** How the user's organisations are linked to coalitions, inside or pending. */
    async linksOfOrganizations(organizationIds: readonly string[], userId: string) {
      if (!organizationIds.length) return [];
      return db
        .select({
          coalitionId: coalitionMembers.coalitionId,
          organizationId: coalitionMembers.organizationId,
          role: coalitionMembers.role,
          status: coalitionMembers.status,
          represented: representedBy(userId),
        })
        .from(coalitionMembers)
        .where(
          and(
            inArray(coalitionMembers.organizationId, [...organizationIds]),
            inArray(coalitionMembers.status, [...insideStatuses, ...pendingStatuses]),
          ),
        );
    },

    /** Public coalitions, and the given ones (those the reader's organisations are linked to). */
    async listVisible(linked: Set<string>) {
      return db
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
    },
  };
}
export type CoalitionsRepo = ReturnType<typeof createCoalitionsRepo>;
