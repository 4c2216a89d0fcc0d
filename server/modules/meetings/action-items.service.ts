import type { z } from "zod";
import type {
  ActionItem,
  ActionItemInput,
  ActionItemList,
  ActionItemListQuery,
  ActionItemPatch,
  ActionItemSummary,
} from "../../../shared/meetings.ts";
import type { Database, Tx } from "../../db/client.ts";
import type { Clock } from "../../lib/clock.ts";
import { Forbidden, Invalid, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import { summarizeActionItem, todayUtc } from "./action-items.presenter.ts";
import type { ActionItemsRepo } from "./action-items.repo.ts";
import type { CoalitionsRepo } from "../coalitions/coalitions.repo.ts";
import type { MeetingAccess } from "./meetings.access.ts";
import { decodeCursor, page } from "./meetings.cursor.ts";
import type { MeetingsRepo } from "./meetings.repo.ts";

/**
 * Action items: the convening side creates and edits them; the owner organisation's
 * representatives (or the convening side) move their status, and every move is kept.
 */
export function createActionItemsService(deps: {
  database: Database;
  repo: ActionItemsRepo;
  meetingsRepo: MeetingsRepo;
  coalitionsRepo: CoalitionsRepo;
  access: MeetingAccess;
  clock: Clock;
}) {
  const { database, repo, meetingsRepo, coalitionsRepo, access, clock } = deps;

  /** The owner must be an active member; the coalition row is locked so it stays one. */
  async function requireActiveOwner(tx: Tx, coalitionId: string, organizationId: string) {
    await coalitionsRepo.lock(tx, coalitionId);
    const member = await coalitionsRepo.member(coalitionId, organizationId, tx);
    if (member?.status !== "active") {
      throw new Invalid("The owner must be an active member organisation of the coalition.", [
        { field: "body.ownerOrganizationId", message: "is not an active member of this coalition" },
      ]);
    }
  }

  async function present(id: string): Promise<ActionItem> {
    const row = await repo.findById(id);
    if (!row) throw new NotFound("No such action item.");
    const [history, names] = await Promise.all([
      repo.history(id),
      meetingsRepo.names([row.createdBy], []),
    ]);
    return {
      ...summarizeActionItem(row, todayUtc(clock)),
      createdBy: row.createdBy
        ? { userId: row.createdBy, name: names.user.get(row.createdBy) ?? "" }
        : null,
      history: history.map((h) => ({
        from: h.fromStatus,
        to: h.toStatus,
        changedBy: h.changedBy ? { userId: h.changedBy, name: h.changerName ?? "" } : null,
        changedFor: h.changedFor,
        changedAt: h.changedAt.toISOString(),
      })),
    };
  }

  async function load(actor: Actor | null, id: string) {
    const row = await repo.findById(id);
    if (!row) throw new NotFound("No such action item.");
    return { row, s: await access.reader(actor, row.coalitionId) };
  }

  return {
    async create(actor: Actor, coalitionId: string, input: z.output<typeof ActionItemInput>) {
      await access.reader(actor, coalitionId);
      const id = newId();
      await database.db.transaction(async (tx) => {
        const organizedBy = await access.requireConvenerSide(
          actor,
          coalitionId,
          tx,
          "create action items",
        );
        await requireActiveOwner(tx, coalitionId, input.ownerOrganizationId);
        if (input.meetingId) {
          const meeting = await meetingsRepo.findById(input.meetingId, tx);
          if (meeting?.coalitionId !== coalitionId) {
            throw new Invalid("The meeting is not one of this coalition's.", [
              { field: "body.meetingId", message: "is not a meeting of this coalition" },
            ]);
          }
        }
        const now = clock.now();
        await repo.insert(
          tx,
          {
            id,
            coalitionId,
            meetingId: input.meetingId ?? null,
            title: input.title,
            ownerOrganizationId: input.ownerOrganizationId,
            dueDate: input.dueDate,
            status: "open",
            sequence: 0,
            createdBy: actor.userId,
            createdAt: now,
            updatedAt: now,
          },
          { changedBy: actor.userId, changedFor: organizedBy, changedAt: now },
        );
      });
      return present(id);
    },

    async list(
      actor: Actor | null,
      coalitionId: string,
      query: ActionItemListQuery,
    ): Promise<z.infer<typeof ActionItemList>> {
      await access.reader(actor, coalitionId);
      const after = decodeCursor(query.cursor, "date");
      const today = todayUtc(clock);
      const rows = await repo.list(coalitionId, query, today, after, query.limit + 1);
      const { items, nextCursor } = page(rows, query.limit, (r) => ({ k: r.dueDate, id: r.id }));
      return { items: items.map((r) => summarizeActionItem(r, today)), nextCursor };
    },

    async get(actor: Actor | null, id: string): Promise<ActionItem> {
      await load(actor, id);
      return present(id);
    },

    async update(actor: Actor, id: string, patch: z.output<typeof ActionItemPatch>) {
      await load(actor, id);
      await database.db.transaction(async (tx) => {
        const row = await repo.lock(tx, id);
        if (!row) throw new NotFound("No such action item.");
        const owner = await access.represents(actor, row.coalitionId, row.ownerOrganizationId, tx);
        const convener = await access.convenerSide(actor, row.coalitionId, tx);
        if (!owner && !convener) {
          throw new Forbidden(
            "Only the owner organisation's representatives or the convening side update an action item.",
          );
        }
        const { status, ...details } = patch;
        if (!convener && Object.values(details).some((v) => v !== undefined)) {
          throw new Forbidden(
            "The owner organisation changes the status; the title, owner and due date are the convening side's.",
          );
        }
        if (patch.ownerOrganizationId && patch.ownerOrganizationId !== row.ownerOrganizationId) {
          await requireActiveOwner(tx, row.coalitionId, patch.ownerOrganizationId);
        }
        const next = {
          title: patch.title ?? row.title,
          ownerOrganizationId: patch.ownerOrganizationId ?? row.ownerOrganizationId,
          dueDate: patch.dueDate ?? row.dueDate,
          status: status ?? row.status,
        };
        const changed = (Object.keys(next) as (keyof typeof next)[]).some(
          (key) => next[key] !== row[key],
        );
        if (!changed) return;
        const now = clock.now();
        await repo.update(tx, id, { ...next, sequence: row.sequence + 1, updatedAt: now });
        if (next.status !== row.status) {
          await repo.addStatusChange(tx, {
            id: newId(),
            actionItemId: id,
            fromStatus: row.status,
            toStatus: next.status,
            changedBy: actor.userId,
            changedFor: owner ? row.ownerOrganizationId : convener,
            changedAt: now,
          });
        }
      });
      return present(id);
    },

    /**
     * Every coalition's items due before today (UTC) and still to be done, soonest due first;
     * for reminders, which call it without an actor.
     */
    async overdueAsOfNow(limit = 1000): Promise<{ today: string; items: ActionItemSummary[] }> {
      const today = todayUtc(clock);
      const rows = await repo.overdue(today, limit);
      return { today, items: rows.map((r) => summarizeActionItem(r, today)) };
    },
  };
}
export type ActionItemsService = ReturnType<typeof createActionItemsService>;
