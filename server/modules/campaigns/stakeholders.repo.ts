import { and, asc, eq, gt, inArray, or, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { rowsOf } from "../../db/client.ts";
import { campaignStakeholders, stakeholderLinks, stakeholderMoves } from "./stakeholders.table.ts";

type Executor = Db | Tx;
export type StakeholderRow = typeof campaignStakeholders.$inferSelect;
export type MoveRow = typeof stakeholderMoves.$inferSelect;
export type LinkRow = typeof stakeholderLinks.$inferSelect;
type Keyset = { k: string; id: string };

/** Rows per statement: each chunk travels as one JSON parameter. */
const chunk = 5000;

/**
 * Inserts many rows in one statement per chunk, the rows passed as one JSON document that
 * PostgreSQL unpacks (jsonb_to_recordset): an import of thousands of rows costs a few
 * statements, not thousands of parameters for the query builder to lay out. Columns are
 * [snake_case name, SQL type]; array types are unpacked from JSON arrays.
 */
async function insertJson(
  tx: Tx,
  table: string,
  columns: readonly (readonly [string, string])[],
  rows: Record<string, unknown>[],
) {
  const names = columns.map(([name]) => name).join(", ");
  const record = columns
    .map(([name, type]) => `${name} ${type.endsWith("[]") ? "jsonb" : type}`)
    .join(", ");
  const values = columns
    .map(([name, type]) =>
      type.endsWith("[]")
        ? `array(select jsonb_array_elements_text(x.${name}))::${type}`
        : `x.${name}`,
    )
    .join(", ");
  for (let i = 0; i < rows.length; i += chunk) {
    const part = JSON.stringify(rows.slice(i, i + chunk));
    await tx.execute(sql`insert into ${sql.raw(table)} (${sql.raw(names)})
      select ${sql.raw(values)} from jsonb_to_recordset(${part}::jsonb) as x(${sql.raw(record)})`);
  }
}

type StakeholderInsert = typeof campaignStakeholders.$inferInsert;
type MoveInsert = typeof stakeholderMoves.$inferInsert;
type LinkInsert = typeof stakeholderLinks.$inferInsert;
const iso = (at: Date | undefined) => (at ?? new Date()).toISOString();

export function createStakeholdersRepo(db: Db) {
  return {
    /** A campaign's stakeholders by name, a page at a time. */
    async list(
      campaignId: string,
      filter: { role?: string | undefined; type?: string | undefined },
      after: Keyset | null,
      limit: number,
    ): Promise<StakeholderRow[]> {
      return db
        .select()
        .from(campaignStakeholders)
        .where(
          and(
            eq(campaignStakeholders.campaignId, campaignId),
            filter.role ? eq(campaignStakeholders.role, filter.role) : undefined,
            filter.type ? eq(campaignStakeholders.type, filter.type) : undefined,
            after
              ? or(
                  gt(campaignStakeholders.name, after.k),
                  and(
                    eq(campaignStakeholders.name, after.k),
                    gt(campaignStakeholders.id, after.id),
                  ),
                )
              : undefined,
          ),
        )
        .orderBy(asc(campaignStakeholders.name), asc(campaignStakeholders.id))
        .limit(limit);
    },

    /** Every stakeholder of the campaign, by name (the Kumu export, the import's matching). */
    async all(campaignId: string, tx: Executor = db): Promise<StakeholderRow[]> {
      return tx
        .select()
        .from(campaignStakeholders)
        .where(eq(campaignStakeholders.campaignId, campaignId))
        .orderBy(asc(campaignStakeholders.name), asc(campaignStakeholders.id));
    },

    /** One stakeholder of this campaign; undefined for one of another campaign. */
    async find(
      campaignId: string,
      id: string,
      tx: Executor = db,
      options: { lock?: boolean } = {},
    ): Promise<StakeholderRow | undefined> {
      const query = tx
        .select()
        .from(campaignStakeholders)
        .where(
          and(eq(campaignStakeholders.id, id), eq(campaignStakeholders.campaignId, campaignId)),
        );
      const [row] = options.lock ? await query.for("update") : await query;
      return row;
    },

    async findByName(campaignId: string, name: string, tx: Executor = db) {
      const [row] = await tx
        .select({ id: campaignStakeholders.id })
        .from(campaignStakeholders)
        .where(
          and(eq(campaignStakeholders.campaignId, campaignId), eq(campaignStakeholders.name, name)),
        )
        .limit(1);
      return row;
    },

    async insertStakeholders(tx: Tx, rows: StakeholderInsert[]) {
      await insertJson(
        tx,
        "campaign_stakeholders",
        [
          ["id", "uuid"],
          ["campaign_id", "uuid"],
          ["name", "text"],
          ["type", "text"],
          ["role", "text"],
          ["position", "int"],
          ["influence", "int"],
          ["interest", "int"],
          ["access_organization_ids", "uuid[]"],
          ["tags", "text[]"],
          ["notes", "text"],
          ["created_at", "timestamptz"],
          ["updated_at", "timestamptz"],
        ],
        rows.map((r) => ({
          id: r.id,
          campaign_id: r.campaignId,
          name: r.name,
          type: r.type,
          role: r.role,
          position: r.position,
          influence: r.influence,
          interest: r.interest,
          access_organization_ids: r.accessOrganizationIds ?? [],
          tags: r.tags ?? [],
          notes: r.notes ?? null,
          created_at: iso(r.createdAt),
          updated_at: iso(r.updatedAt),
        })),
      );
    },

    async update(tx: Tx, id: string, values: Partial<typeof campaignStakeholders.$inferInsert>) {
      await tx.update(campaignStakeholders).set(values).where(eq(campaignStakeholders.id, id));
    },

    /** Many stakeholders changed in one statement (an import that updates existing ones). */
    async updateMany(
      tx: Tx,
      rows: Pick<
        StakeholderRow,
        "id" | "type" | "role" | "position" | "influence" | "interest" | "tags" | "notes"
      >[],
      at: Date,
    ) {
      for (let i = 0; i < rows.length; i += chunk) {
        const part = JSON.stringify(rows.slice(i, i + chunk));
        await tx.execute(sql`
          update campaign_stakeholders s set
            type = x.type, role = x.role, position = x.position, influence = x.influence,
            interest = x.interest, tags = array(select jsonb_array_elements_text(x.tags)),
            notes = x.notes, updated_at = ${at}
          from jsonb_to_recordset(${part}::jsonb) as x(
            id uuid, type text, role text, position int, influence int, interest int,
            tags jsonb, notes text)
          where s.id = x.id`);
      }
    },

    async remove(tx: Tx, id: string) {
      await tx.delete(campaignStakeholders).where(eq(campaignStakeholders.id, id));
    },

    /** The moves of these stakeholders, oldest first. */
    async movesOf(ids: string[], tx: Executor = db): Promise<MoveRow[]> {
      if (!ids.length) return [];
      return tx
        .select()
        .from(stakeholderMoves)
        .where(inArray(stakeholderMoves.stakeholderId, ids))
        .orderBy(
          asc(stakeholderMoves.movedOn),
          asc(stakeholderMoves.recordedAt),
          asc(stakeholderMoves.id),
        );
    },

    async insertMoves(tx: Tx, rows: MoveInsert[]) {
      await insertJson(
        tx,
        "stakeholder_moves",
        [
          ["id", "uuid"],
          ["stakeholder_id", "uuid"],
          ["campaign_id", "uuid"],
          ["from_position", "int"],
          ["to_position", "int"],
          ["influence", "int"],
          ["moved_on", "date"],
          ["note", "text"],
          ["recorded_by", "text"],
          ["recorded_at", "timestamptz"],
        ],
        rows.map((r) => ({
          id: r.id,
          stakeholder_id: r.stakeholderId,
          campaign_id: r.campaignId,
          from_position: r.fromPosition ?? null,
          to_position: r.toPosition,
          influence: r.influence,
          moved_on: r.movedOn,
          note: r.note ?? null,
          recorded_by: r.recordedBy ?? null,
          recorded_at: iso(r.recordedAt),
        })),
      );
    },

    /**
     * The stakeholder's latest move on or before `day` (the last recorded that day), or its
     * latest of all without a day.
     */
    async latestMove(tx: Executor, stakeholderId: string, day?: string) {
      const [row] = await tx
        .select()
        .from(stakeholderMoves)
        .where(
          and(
            eq(stakeholderMoves.stakeholderId, stakeholderId),
            day ? sql`${stakeholderMoves.movedOn} <= ${day}` : undefined,
          ),
        )
        .orderBy(
          sql`${stakeholderMoves.movedOn} desc, ${stakeholderMoves.recordedAt} desc, ${stakeholderMoves.id} desc`,
        )
        .limit(1);
      return row;
    },

    async firstMoveDay(tx: Executor, stakeholderId: string): Promise<string | undefined> {
      const [row] = await tx
        .select({ day: sql<string>`min(${stakeholderMoves.movedOn})::text` })
        .from(stakeholderMoves)
        .where(eq(stakeholderMoves.stakeholderId, stakeholderId));
      return row?.day ?? undefined;
    },

    /**
     * The power map on a day: for each stakeholder already placed, its latest move on or
     * before that day, in one query.
     */
    async powerMap(campaignId: string, day: string) {
      return rowsOf<{
        id: string;
        name: string;
        type: string;
        role: string;
        interest: number;
        position: number;
        influence: number;
        since: string;
      }>(
        await db.execute(sql`
          select s.id, s.name, s.type, s.role, s.interest,
                 m.to_position as position, m.influence, m.moved_on::text as since
          from campaign_stakeholders s
          join lateral (
            select to_position, influence, moved_on from stakeholder_moves
            where stakeholder_id = s.id and moved_on <= ${day}
            order by moved_on desc, recorded_at desc, id desc
            limit 1
          ) m on true
          where s.campaign_id = ${campaignId}
          order by s.name, s.id`),
      );
    },

    /** Every day on which something in the campaign moved, oldest first. */
    async moveDays(campaignId: string): Promise<string[]> {
      const rows = rowsOf<{ day: string }>(
        await db.execute(sql`
          select distinct moved_on::text as day from stakeholder_moves
          where campaign_id = ${campaignId} order by 1`),
      );
      return rows.map((r) => r.day);
    },

    /** The campaign's links, in the order they were made. */
    async links(campaignId: string, tx: Executor = db): Promise<LinkRow[]> {
      return tx
        .select()
        .from(stakeholderLinks)
        .where(eq(stakeholderLinks.campaignId, campaignId))
        .orderBy(asc(stakeholderLinks.createdAt), asc(stakeholderLinks.id));
    },

    /** The links that start or end at these stakeholders. */
    async linksOf(ids: string[]): Promise<LinkRow[]> {
      if (!ids.length) return [];
      return db
        .select()
        .from(stakeholderLinks)
        .where(or(inArray(stakeholderLinks.fromId, ids), inArray(stakeholderLinks.toId, ids)))
        .orderBy(asc(stakeholderLinks.createdAt), asc(stakeholderLinks.id));
    },

    async namesOf(ids: string[], tx: Executor = db): Promise<Map<string, string>> {
      if (!ids.length) return new Map();
      const rows = await tx
        .select({ id: campaignStakeholders.id, name: campaignStakeholders.name })
        .from(campaignStakeholders)
        .where(inArray(campaignStakeholders.id, ids));
      return new Map(rows.map((r) => [r.id, r.name]));
    },

    async findLink(campaignId: string, id: string, tx: Executor = db) {
      const [row] = await tx
        .select()
        .from(stakeholderLinks)
        .where(and(eq(stakeholderLinks.id, id), eq(stakeholderLinks.campaignId, campaignId)));
      return row;
    },

    async sameLink(tx: Executor, fromId: string, toId: string, type: string) {
      const [row] = await tx
        .select({ id: stakeholderLinks.id })
        .from(stakeholderLinks)
        .where(
          and(
            eq(stakeholderLinks.fromId, fromId),
            eq(stakeholderLinks.toId, toId),
            eq(stakeholderLinks.type, type),
          ),
        )
        .limit(1);
      return row;
    },

    async insertLinks(tx: Tx, rows: LinkInsert[]) {
      await insertJson(
        tx,
        "stakeholder_links",
        [
          ["id", "uuid"],
          ["campaign_id", "uuid"],
          ["from_id", "uuid"],
          ["to_id", "uuid"],
          ["type", "text"],
          ["created_at", "timestamptz"],
        ],
        rows.map((r) => ({
          id: r.id,
          campaign_id: r.campaignId,
          from_id: r.fromId,
          to_id: r.toId,
          type: r.type ?? "",
          created_at: iso(r.createdAt),
        })),
      );
    },

    async removeLink(tx: Tx, id: string) {
      await tx.delete(stakeholderLinks).where(eq(stakeholderLinks.id, id));
    },
  };
}
export type StakeholdersRepo = ReturnType<typeof createStakeholdersRepo>;
