import { and, asc, eq, gt, inArray, or, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { rowsOf } from "../../db/client.ts";
import { campaignStakeholders, stakeholderLinks, stakeholderMoves } from "./stakeholders.table.ts";

type Executor = Db | Tx;
export type StakeholderRow = typeof campaignStakeholders.$inferSelect;
export type MoveRow = typeof stakeholderMoves.$inferSelect;
export type LinkRow = typeof stakeholderLinks.$inferSelect;
type Keyset = { k: string; id: string };

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters for the widest table here. */
const chunk = 1000;

async function insertInChunks<T>(rows: T[], insert: (part: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += chunk) await insert(rows.slice(i, i + chunk));
}

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

    async insertStakeholders(tx: Tx, rows: (typeof campaignStakeholders.$inferInsert)[]) {
      await insertInChunks(rows, (part) => tx.insert(campaignStakeholders).values(part));
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

    async insertMoves(tx: Tx, rows: (typeof stakeholderMoves.$inferInsert)[]) {
      await insertInChunks(rows, (part) => tx.insert(stakeholderMoves).values(part));
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

    async insertLinks(tx: Tx, rows: (typeof stakeholderLinks.$inferInsert)[]) {
      await insertInChunks(rows, (part) => tx.insert(stakeholderLinks).values(part));
    },

    async removeLink(tx: Tx, id: string) {
      await tx.delete(stakeholderLinks).where(eq(stakeholderLinks.id, id));
    },
  };
}
export type StakeholdersRepo = ReturnType<typeof createStakeholdersRepo>;
