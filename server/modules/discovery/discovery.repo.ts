import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { type Db, rowsOf } from "../../db/client.ts";
import type { Tx } from "../../db/client.ts";
import { changesOf } from "../../lib/versioned-index.ts";
import { coalitionMembers } from "../coalitions/coalitions.table.ts";
import { organizationMembers, organizations } from "../organizations/organizations.table.ts";
import { DiscoveryIndex, type DiscoveryRow } from "./discovery-index.ts";
import { discoveryNeeds } from "./discovery.table.ts";

type Executor = Db | Tx;
export type NeedRow = typeof discoveryNeeds.$inferSelect;

/** Statuses in which an organisation takes part in a coalition, now or before. */
const collaborated = ["active", "suspended", "left"];
const inside = ["active", "suspended"];

export function createDiscoveryRepo(db: Db) {
  const index = new DiscoveryIndex(async (since) => {
    const result = await db.execute(sql`
      select s.version as state, e.seq, e.organization_id, e.removed, e.discoverable,
             e.work_visibility, e.posture_visibility, e.verified, e.types, e.level,
             e.regions, e.countries, e.issues, e.capacities, e.languages, e.postures
      from directory_state s left join directory_entries e on e.version > ${since}`);
    return changesOf(rowsOf<DiscoveryRow & { state: string | number }>(result), since);
  });

  async function currentVersion(): Promise<number> {
    const result = await db.execute(sql`select version from directory_state where id = 1`);
    return Number(rowsOf<{ version: string | number }>(result)[0]?.version ?? 0);
  }

  return {
    /** The in-memory candidates, brought up to the database's current version first. */
    async index(): Promise<DiscoveryIndex> {
      await index.catchUp(await currentVersion());
      return index;
    },

    /** The organisations this user belongs to. */
    async organizationsOf(userId: string): Promise<Set<string>> {
      const rows = await db
        .select({ id: organizationMembers.organizationId })
        .from(organizationMembers)
        .where(eq(organizationMembers.userId, userId));
      return new Set(rows.map((r) => r.id));
    },

    /** Full profiles of a requester side's organisations (members read all of their own). */
    async profilesOf(ids: readonly string[]) {
      if (!ids.length) return [];
      return db
        .select({
          id: organizations.id,
          name: organizations.name,
          types: organizations.types,
          countries: organizations.countries,
          capacities: organizations.capacities,
          issues: organizations.issues,
          workingLanguages: organizations.workingLanguages,
          visibility: organizations.visibility,
        })
        .from(organizations)
        .where(inArray(organizations.id, [...ids]));
    },

    /** A coalition's organisations by status. */
    async coalitionMembers(coalitionId: string) {
      return db
        .select({
          organizationId: coalitionMembers.organizationId,
          status: coalitionMembers.status,
        })
        .from(coalitionMembers)
        .where(eq(coalitionMembers.coalitionId, coalitionId));
    },

    /**
     * For each organisation, how many coalitions it takes or took part in together with one of
     * `through` (organisations inside those coalitions, whose members the searcher may see),
     * apart from `except`.
     */
    async sharedCoalitions(
      through: readonly string[],
      except: string | null,
    ): Promise<Map<string, number>> {
      if (!through.length) return new Map();
      const result = await db.execute(sql`
        select other.organization_id as id, count(distinct other.coalition_id)::int as n
        from coalition_members mine
        join coalition_members other
          on other.coalition_id = mine.coalition_id
         and other.organization_id <> mine.organization_id
         and other.status in (${sql.join(
           collaborated.map((s) => sql`${s}`),
           sql`, `,
         )})
        where mine.organization_id in (${sql.join(
          through.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})
          and mine.status in (${sql.join(
            inside.map((s) => sql`${s}`),
            sql`, `,
          )})
          ${except ? sql`and mine.coalition_id <> ${except}::uuid` : sql``}
        group by other.organization_id`);
      return new Map(rowsOf<{ id: string; n: number }>(result).map((r) => [r.id, r.n]));
    },

    /**
     * Active memberships the user may see: every coalition one of their organisations is
     * inside, and publicly listed coalitions with a public member list, where the member
     * agreed to be named. Secret and unlisted coalitions, and members who asked not to be
     * named, never leave the coalition through discovery.
     */
    async visibleMemberships(userId: string) {
      const result = await db.execute(sql`
        select cm.coalition_id, cm.organization_id
        from coalition_members cm
        join coalitions c on c.id = cm.coalition_id
        where cm.status = 'active'
          and (
            exists (
              select 1 from coalition_members me
              join organization_members om on om.organization_id = me.organization_id
              where me.coalition_id = cm.coalition_id
                and me.status in ('active', 'suspended')
                and om.user_id = ${userId})
            or (c.visibility = 'public' and c.member_list_visibility = 'public'
                and cm.named_publicly)
          )`);
      return rowsOf<{ coalition_id: string; organization_id: string }>(result);
    },

    /** Names and public facts of the organisations shown in a result. */
    async summaries(ids: readonly string[]) {
      if (!ids.length) return new Map<string, Summary>();
      const rows = await db
        .select({
          id: organizations.id,
          name: organizations.name,
          acronym: organizations.acronym,
          types: organizations.types,
          level: organizations.level,
          headquartersCountry: organizations.headquartersCountry,
          verifiedAt: organizations.verifiedAt,
        })
        .from(organizations)
        .where(inArray(organizations.id, [...ids]));
      return new Map(
        rows.map((r) => [
          r.id,
          {
            id: r.id,
            name: r.name,
            acronym: r.acronym,
            types: r.types,
            level: r.level,
            headquartersCountry: r.headquartersCountry,
            verified: r.verifiedAt !== null,
          },
        ]),
      );
    },

    async insertNeed(tx: Executor, row: NeedRow) {
      await tx.insert(discoveryNeeds).values(row);
    },

    async updateNeed(tx: Executor, id: string, set: Partial<NeedRow>) {
      await tx.update(discoveryNeeds).set(set).where(eq(discoveryNeeds.id, id));
    },

    async deleteNeed(tx: Executor, id: string) {
      await tx.delete(discoveryNeeds).where(eq(discoveryNeeds.id, id));
    },

    async findNeed(id: string): Promise<NeedRow | undefined> {
      const [row] = await db.select().from(discoveryNeeds).where(eq(discoveryNeeds.id, id));
      return row;
    },

    async needsOf(requester: { organizationId?: string; coalitionId?: string }) {
      return db
        .select()
        .from(discoveryNeeds)
        .where(
          requester.organizationId
            ? eq(discoveryNeeds.organizationId, requester.organizationId)
            : and(eq(discoveryNeeds.coalitionId, requester.coalitionId ?? "")),
        )
        .orderBy(desc(discoveryNeeds.updatedAt))
        .limit(100);
    },
  };
}

export type Summary = {
  id: string;
  name: string;
  acronym: string | null;
  types: string[];
  level: string;
  headquartersCountry: string | null;
  verified: boolean;
};
export type DiscoveryRepo = ReturnType<typeof createDiscoveryRepo>;
