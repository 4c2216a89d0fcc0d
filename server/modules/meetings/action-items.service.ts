import type { z } from "zod";
import type {
  ActionItem,
  ActionItemInput,
  ActionItemList,
  ActionItemListQuery,
  ActionItemPatch,
} from "../../../shared/meetings.ts";
import { convenerSideFor, mayOwnActionItem, speaksFor } from "../../../shared/policy/index.ts";
import type { Database, Tx } from "../../db/client.ts";
import type { Emit } from "../../events.ts";
import type { Clock } from "../../lib/clock.ts";
import { Keysets, cursorFor } from "../../lib/cursor.ts";
import { Invalid, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Names } from "../../lib/names.ts";
import type { Actor } from "../auth/actor.ts";
import type { CoalitionDirectory } from "../coalitions/coalitions.module.ts";
import type { InCoalition } from "../coalitions/standing.ts";
import { summarizeActionItem, todayUtc } from "./action-items.presenter.ts";
import type { ActionItemRow, ActionItemsRepo } from "./action-items.repo.ts";
import type { MeetingsRepo } from "./meetings.repo.ts";

const cursor = cursorFor(Keysets.date);
const noSuchItem = "No such action item.";

/**
 * Action items: the convening side creates and edits them; the owner organisation's
 * representatives (or the convening side) move their status, and every move is kept.
 */
export function createActionItemsService(deps: {
  database: Database;
  repo: ActionItemsRepo;
  meetingsRepo: Pick<MeetingsRepo, "findById">;
  coalitions: Pick<CoalitionDirectory, "authorize" | "load" | "member" | "lockMembership">;
  names: Names;
  clock: Clock;
  events: Emit;
}) {
  const { database, repo, meetingsRepo, coalitions, names, clock, events } = deps;

  /** The owner must be an active member; the coalition row is locked so it stays one. */
  async function requireActiveOwner(tx: Tx, coalitionId: string, organizationId: string) {
    await coalitions.lockMembership(tx, coalitionId);
    const member = await coalitions.member(coalitionId, organizationId, tx);
    if (!member || !mayOwnActionItem(member)) {
      throw new Invalid("The owner must be an active member organisation of the coalition.", [
        { field: "body.ownerOrganizationId", message: "is not an active member of this coalition" },
      ]);
    }
  }

  async function summaries(rows: ActionItemRow[], { standing }: InCoalition) {
    const orgNames = await names.organizations(rows.map((r) => r.ownerOrganizationId));
    const today = todayUtc(clock);
    return rows.map((r) => summarizeActionItem(r, { today, names: orgNames, standing }));
  }

  async function present(id: string, inside: InCoalition): Promise<ActionItem> {
    const row = await repo.findById(id);
    if (!row) throw new NotFound(noSuchItem);
    const history = await repo.history(id);
    const [owner, people] = await Promise.all([
      names.organizations([row.ownerOrganizationId]),
      names.people([row.createdBy, ...history.map((h) => h.changedBy)]),
    ]);
    const summary = summarizeActionItem(row, {
      today: todayUtc(clock),
      names: owner,
      standing: inside.standing,
    });
    const person = (userId: string | null) =>
      userId ? { userId, name: people.get(userId) ?? "" } : null;
    return {
      ...summary,
      createdBy: person(row.createdBy),
      history: history.map((h) => ({
        from: h.fromStatus,
        to: h.toStatus,
        changedBy: person(h.changedBy),
        changedFor: h.changedFor,
        changedAt: h.changedAt.toISOString(),
      })),
    };
  }

  async function load(actor: Actor | null, id: string) {
    const row = await repo.findById(id);
    if (!row) throw new NotFound(noSuchItem);
    const inside = await coalitions.authorize(
      actor,
      row.coalitionId,
      { unknown: noSuchItem },
      "actionItem.read",
    );
    return { row, inside };
  }

  return {
    async create(actor: Actor, coalitionId: string, input: z.output<typeof ActionItemInput>) {
      const inside = await coalitions.authorize(
        actor,
        coalitionId,
        { unknown: "No such coalition." },
        "actionItem.create",
      );
      const id = newId();
      await database.db.transaction(async (tx) => {
        const now = await coalitions.authorize(
          actor,
          coalitionId,
          { unknown: "No such coalition.", tx },
          "actionItem.create",
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
        const at = clock.now();
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
            createdAt: at,
            updatedAt: at,
          },
          {
            changedBy: actor.userId,
            changedFor: convenerSideFor(now.standing)[0] ?? null,
            changedAt: at,
          },
        );
      });
      return present(id, inside);
    },

    async list(
      actor: Actor | null,
      coalitionId: string,
      query: ActionItemListQuery,
    ): Promise<z.infer<typeof ActionItemList>> {
      const after = cursor.decode(query.cursor);
      const inside = await coalitions.authorize(
        actor,
        coalitionId,
        { unknown: "No such coalition." },
        "coalition.readInside",
      );
      const rows = await repo.list(coalitionId, query, todayUtc(clock), after, query.limit + 1);
      const { items, nextCursor } = cursor.page(rows, query.limit, (r) => ({
        k: r.dueDate,
        id: r.id,
      }));
      return { items: await summaries(items, inside), nextCursor };
    },

    async get(actor: Actor | null, id: string): Promise<ActionItem> {
      const { inside } = await load(actor, id);
      return present(id, inside);
    },

    async update(actor: Actor, id: string, patch: z.output<typeof ActionItemPatch>) {
      const { inside } = await load(actor, id);
      await database.db.transaction(async (tx) => {
        const row = await repo.lock(tx, id);
        if (!row) throw new NotFound(noSuchItem);
        const { status, ...details } = patch;
        const changesDetails = Object.values(details).some((v) => v !== undefined);
        const now = await coalitions.authorize(
          actor,
          row.coalitionId,
          { unknown: noSuchItem, tx },
          "actionItem.status",
          { ownerOrganizationId: row.ownerOrganizationId },
        );
        if (changesDetails) {
          // The owner organisation changes the status; the title, owner and due date are the
          // convening side's.
          await coalitions.authorize(
            actor,
            row.coalitionId,
            { unknown: noSuchItem, tx },
            "actionItem.manage",
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
        const at = clock.now();
        await repo.update(tx, id, { ...next, sequence: row.sequence + 1, updatedAt: at });
        if (next.status !== row.status) {
          const owner = speaksFor(now.standing).includes(row.ownerOrganizationId);
          await repo.addStatusChange(tx, {
            id: newId(),
            actionItemId: id,
            fromStatus: row.status,
            toStatus: next.status,
            changedBy: actor.userId,
            changedFor: owner
              ? row.ownerOrganizationId
              : (convenerSideFor(now.standing)[0] ?? null),
            changedAt: at,
          });
        }
      });
      return present(id, inside);
    },

    /**
     * Tells the owners of every coalition's items due before today (UTC) and still to be
     * done; run by the scheduler. A new due date is a new deadline, and may be missed again.
     */
    async remindOverdue(limit = 1000): Promise<number> {
      const rows = await repo.overdue(todayUtc(clock), limit);
      for (const item of rows) {
        await database.db.transaction(async (tx) => {
          const found = await coalitions.load(null, item.coalitionId, tx);
          await events.emit(tx, "actionItem.overdue", {
            coalitionId: item.coalitionId,
            coalitionName: found?.coalition.name ?? "",
            actionItemId: item.id,
            title: item.title,
            dueDate: item.dueDate,
            ownerOrganizationId: item.ownerOrganizationId,
          });
        });
      }
      return rows.length;
    },
  };
}
export type ActionItemsService = ReturnType<typeof createActionItemsService>;
