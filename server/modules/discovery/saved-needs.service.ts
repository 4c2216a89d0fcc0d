import type { z } from "zod";
import type {
  Requester,
  SavedNeed,
  SavedNeedInput,
  SavedNeedUpdate,
} from "../../../shared/discovery.ts";
import type { Database } from "../../db/client.ts";
import type { Clock } from "../../lib/clock.ts";
import { Forbidden, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import type { DiscoveryRequester } from "./discovery-requester.ts";
import type { DiscoveryRepo, NeedRow } from "./discovery.repo.ts";

/**
 * Needs saved for an organisation or coalition. Anyone who may search on behalf of the
 * requester may read, change and delete them.
 */
export function createSavedNeedsService(deps: {
  database: Database;
  repo: DiscoveryRepo;
  requesters: DiscoveryRequester;
  clock: Clock;
}) {
  const { repo } = deps;
  const { checkKeys, resolve } = deps.requesters;

  function needRequester(row: NeedRow): Requester {
    return row.organizationId
      ? { organizationId: row.organizationId }
      : { coalitionId: row.coalitionId as string };
  }

  async function presentNeed(actor: Actor, row: NeedRow): Promise<SavedNeed> {
    const resolved = await resolve(actor, needRequester(row));
    return {
      id: row.id,
      title: row.title,
      need: row.need,
      requester: needRequester(row),
      requesterName: resolved.name,
      weights: row.weights,
      createdBy: row.createdBy,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      canEdit: true,
    };
  }

  /** A saved need, to anyone who may search for its requester; others get 404. */
  async function readableNeed(actor: Actor, id: string): Promise<NeedRow> {
    const row = await repo.findNeed(id);
    if (!row) throw new NotFound("No such saved need.");
    try {
      await resolve(actor, needRequester(row));
    } catch (error) {
      if (error instanceof Forbidden || error instanceof NotFound) {
        throw new NotFound("No such saved need.");
      }
      throw error;
    }
    return row;
  }

  return {
    async listNeeds(actor: Actor, requester: Requester) {
      await resolve(actor, requester);
      const rows = await repo.needsOf(requester);
      return { items: await Promise.all(rows.map((row) => presentNeed(actor, row))) };
    },

    async getNeed(actor: Actor, id: string) {
      return presentNeed(actor, await readableNeed(actor, id));
    },

    async saveNeed(actor: Actor, input: z.output<typeof SavedNeedInput>) {
      await checkKeys(input.need, "body.need");
      await resolve(actor, input.requester);
      const now = deps.clock.now();
      const row: NeedRow = {
        id: newId(),
        organizationId: "organizationId" in input.requester ? input.requester.organizationId : null,
        coalitionId: "coalitionId" in input.requester ? input.requester.coalitionId : null,
        title: input.title,
        need: input.need,
        weights: input.weights ?? {},
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      };
      await deps.database.db.transaction((tx) => repo.insertNeed(tx, row));
      return presentNeed(actor, row);
    },

    async updateNeed(actor: Actor, id: string, input: z.output<typeof SavedNeedUpdate>) {
      const row = await readableNeed(actor, id);
      if (input.need) await checkKeys(input.need, "body.need");
      const set: Partial<NeedRow> = { updatedAt: deps.clock.now() };
      if (input.title !== undefined) set.title = input.title;
      if (input.need !== undefined) set.need = input.need;
      if (input.weights !== undefined) set.weights = input.weights;
      await deps.database.db.transaction((tx) => repo.updateNeed(tx, id, set));
      return presentNeed(actor, { ...row, ...set });
    },

    async deleteNeed(actor: Actor, id: string) {
      await readableNeed(actor, id);
      await deps.database.db.transaction((tx) => repo.deleteNeed(tx, id));
    },
  };
}
export type SavedNeedsService = ReturnType<typeof createSavedNeedsService>;
