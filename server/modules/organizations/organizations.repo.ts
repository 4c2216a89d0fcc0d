import { type SQL, and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import type { LocalizedText } from "../../../shared/locales.ts";
import type { OrgRole } from "../../../shared/organizations.ts";
import { foldSearchText } from "../../../shared/search/index.ts";
import { organizationMembers, organizations } from "./organizations.table.ts";

export type OrganizationRow = typeof organizations.$inferSelect;
export type OrganizationSummary = {
  id: string;
  name: string;
  acronym: string | null;
  types: string[];
  level: string;
  headquartersCountry: string | null;
  verified: boolean;
};
type Writable = Omit<
  typeof organizations.$inferInsert,
  "id" | "nameSearch" | "nameVector" | "missionVector" | "createdAt"
>;
type Executor = Db | Tx;

type SearchSource = {
  name: string;
  acronym?: string | null;
  mission?: LocalizedText | null;
  description?: LocalizedText | null;
};

/**
 * The text the search vectors index, folded by the same code as every query
 * (shared/search/fold.ts); the bench's bulk insert uses it too.
 */
export function searchTexts(row: SearchSource) {
  // Languages in a fixed order: a jsonb round trip reorders keys, and positions are indexed.
  const localized = (text: LocalizedText | null | undefined) => {
    const texts = text?.texts ?? {};
    return Object.keys(texts)
      .sort()
      .map((language) => texts[language])
      .join(" ");
  };
  return {
    nameText: `${row.name} ${row.acronym ?? ""}`,
    foldedName: foldSearchText(`${row.name} ${row.acronym ?? ""}`),
    foldedMission: foldSearchText(`${localized(row.mission)} ${localized(row.description)}`),
  };
}

/**
 * Search columns are computed by the database from the same text the reader sees: as written
 * and through each interface language's stemmer (cg_search_vector, migration 0019).
 */
function searchColumns(row: SearchSource) {
  const { nameText, foldedName, foldedMission } = searchTexts(row);
  return {
    nameSearch: sql`cg_unaccent(lower(${nameText}))`,
    nameVector: sql`cg_search_vector(cg_unaccent(${foldedName}))`,
    missionVector: sql`cg_search_vector(cg_unaccent(${foldedMission}))`,
  };
}

export function createOrganizationsRepo(db: Db) {
  return {
    async insert(tx: Executor, row: Writable & { id: string }) {
      await tx.insert(organizations).values({ ...row, ...searchColumns(row) });
    },

    async update(tx: Executor, id: string, row: Writable) {
      await tx
        .update(organizations)
        .set({ ...row, ...searchColumns(row), updatedAt: new Date() })
        .where(eq(organizations.id, id));
    },

    async findById(id: string, tx: Executor = db): Promise<OrganizationRow | undefined> {
      const [row] = await tx.select().from(organizations).where(eq(organizations.id, id));
      return row;
    },

    /** For row locking while the members of one organisation change. */
    async lock(tx: Tx, id: string): Promise<OrganizationRow | undefined> {
      const [row] = await tx
        .select()
        .from(organizations)
        .where(eq(organizations.id, id))
        .for("update");
      return row;
    },

    async setVerified(id: string, by: string | null, at: Date | null) {
      await db
        .update(organizations)
        .set({ verifiedAt: at, verifiedBy: by })
        .where(eq(organizations.id, id));
    },

    async setLogo(id: string, file: string | null) {
      await db.update(organizations).set({ logoFile: file }).where(eq(organizations.id, id));
    },

    async roleOf(
      organizationId: string,
      userId: string,
      tx: Executor = db,
    ): Promise<OrgRole | null> {
      const [row] = await tx
        .select({ role: organizationMembers.role })
        .from(organizationMembers)
        .where(
          and(
            eq(organizationMembers.organizationId, organizationId),
            eq(organizationMembers.userId, userId),
          ),
        );
      return row?.role ?? null;
    },

    /** Names of organisations by id, for other modules that show them. */
    async namesOf(ids: readonly string[], tx: Executor = db): Promise<Map<string, string>> {
      const unique = [...new Set(ids)];
      if (!unique.length) return new Map();
      const rows = await tx
        .select({ id: organizations.id, name: organizations.name })
        .from(organizations)
        // One array parameter: a page may name hundreds of organisations.
        .where(sql`${organizations.id} = any(${sql.param(unique)}::uuid[])`);
      return new Map(rows.map((r) => [r.id, r.name]));
    },

    /** Full profiles of organisations, for describing a requester side in discovery. */
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
          postures: organizations.postures,
          visibility: organizations.visibility,
        })
        .from(organizations)
        .where(inArray(organizations.id, [...ids]));
    },

    /** Names and public facts of organisations shown in a result. */
    async summaries(ids: readonly string[]) {
      if (!ids.length) return new Map<string, OrganizationSummary>();
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
        rows.map(({ verifiedAt, ...r }) => [r.id, { ...r, verified: verifiedAt !== null }]),
      );
    },

    /**
     * The same rows as membershipsOf, as a subquery with columns `organization_id` and `role`,
     * for a module that reads them in its own statement rather than one more (issue 16).
     */
    membershipRows(userId: string): SQL {
      return sql`(select ${organizationMembers.organizationId} as organization_id, ${organizationMembers.role} as role from ${organizationMembers} where ${organizationMembers.userId} = ${userId})`;
    },

    /** The organisations a person belongs to, with their role in each. */
    async membershipsOf(userId: string, tx: Executor = db) {
      return tx
        .select({
          organizationId: organizationMembers.organizationId,
          role: organizationMembers.role,
        })
        .from(organizationMembers)
        .where(eq(organizationMembers.userId, userId));
    },

    /** Owners and admins of an organisation: who answers for it. */
    async managerUserIds(organizationId: string, tx: Executor = db): Promise<string[]> {
      const rows = await tx
        .select({ userId: organizationMembers.userId })
        .from(organizationMembers)
        .where(
          and(
            eq(organizationMembers.organizationId, organizationId),
            inArray(organizationMembers.role, ["owner", "admin"]),
          ),
        );
      return rows.map((r) => r.userId);
    },

    async addMember(tx: Executor, organizationId: string, userId: string, role: OrgRole) {
      await tx
        .insert(organizationMembers)
        .values({ organizationId, userId, role })
        .onConflictDoUpdate({
          target: [organizationMembers.organizationId, organizationMembers.userId],
          set: { role },
        });
    },

    async setRole(tx: Executor, organizationId: string, userId: string, role: OrgRole) {
      await tx
        .update(organizationMembers)
        .set({ role })
        .where(
          and(
            eq(organizationMembers.organizationId, organizationId),
            eq(organizationMembers.userId, userId),
          ),
        );
    },

    async removeMember(tx: Executor, organizationId: string, userId: string) {
      await tx
        .delete(organizationMembers)
        .where(
          and(
            eq(organizationMembers.organizationId, organizationId),
            eq(organizationMembers.userId, userId),
          ),
        );
    },

    async ownerCount(tx: Executor, organizationId: string): Promise<number> {
      const [row] = await tx
        .select({ n: count() })
        .from(organizationMembers)
        .where(
          and(
            eq(organizationMembers.organizationId, organizationId),
            eq(organizationMembers.role, "owner"),
          ),
        );
      return row?.n ?? 0;
    },

    async memberIdsOf(organizationId: string, tx: Executor = db): Promise<string[]> {
      const rows = await tx
        .select({ userId: organizationMembers.userId })
        .from(organizationMembers)
        .where(eq(organizationMembers.organizationId, organizationId));
      return rows.map((r) => r.userId);
    },

    async listMembers(organizationId: string) {
      return db
        .select({
          userId: organizationMembers.userId,
          role: organizationMembers.role,
          joinedAt: organizationMembers.createdAt,
        })
        .from(organizationMembers)
        .where(eq(organizationMembers.organizationId, organizationId));
    },

    async listForUser(userId: string) {
      const memberCount = sql<number>`(select count(*)::int from ${organizationMembers} m where m.organization_id = ${organizations.id})`;
      return db
        .select({
          id: organizations.id,
          name: organizations.name,
          acronym: organizations.acronym,
          logoFile: organizations.logoFile,
          verifiedAt: organizations.verifiedAt,
          role: organizationMembers.role,
          memberCount,
          hiddenFromDirectory: organizations.hiddenFromDirectory,
          visibility: organizations.visibility,
        })
        .from(organizationMembers)
        .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
        .where(eq(organizationMembers.userId, userId))
        .orderBy(asc(organizations.name));
    },

    /** Organisations waiting for a platform administrator's review, oldest first. */
    async listForReview(verified: boolean) {
      return db
        .select({
          id: organizations.id,
          name: organizations.name,
          acronym: organizations.acronym,
          headquartersCountry: organizations.headquartersCountry,
          website: organizations.website,
          verifiedAt: organizations.verifiedAt,
          createdAt: organizations.createdAt,
        })
        .from(organizations)
        .where(
          verified
            ? sql`${organizations.verifiedAt} is not null`
            : sql`${organizations.verifiedAt} is null`,
        )
        .orderBy(asc(organizations.createdAt))
        .limit(200);
    },

    /** Organisations named by id, or by name or acronym ignoring case, for the CLI. */
    async findByIdNameOrAcronym(which: string) {
      const isUuid = /^[0-9a-f-]{36}$/i.test(which);
      return db
        .select({ id: organizations.id, name: organizations.name })
        .from(organizations)
        .where(
          isUuid
            ? eq(organizations.id, which)
            : sql`${organizations.name} ilike ${which} or ${organizations.acronym} ilike ${which}`,
        );
    },
  };
}
export type OrganizationsRepo = ReturnType<typeof createOrganizationsRepo>;
