import type { z } from "zod";
import { positionOf, positionValue } from "../../../shared/campaigns/catalogue.ts";
import type {
  MoveInput,
  PowerMap,
  PowerMapQuery,
  Stakeholder,
} from "../../../shared/campaigns/stakeholders.ts";
import { Invalid } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import { actingFor, createCampaignChange } from "./campaign-part.ts";
import type { StakeholderRow } from "./stakeholders.repo.ts";
import {
  type StakeholdersDeps,
  createStakeholdersCommon,
  noSuchCampaign,
  presentLink,
} from "./stakeholders-common.ts";

/**
 * Every dated move of a stakeholder along the spectrum of allies, and the power map that
 * replays them: where everyone stood on a day.
 */
export function createStakeholderMovesService(deps: StakeholdersDeps) {
  const { access, repo } = deps;
  const { today, checkNotFuture, one, stakeholderToChange } = createStakeholdersCommon(deps);
  const change = createCampaignChange(deps);

  return {
    /**
     * A move observed on a day: from where it stood that day. A move dated before the latest
     * one is kept in its place in the story; the stakeholder stands where its latest move put it.
     */
    async move(
      actor: Actor,
      campaignId: string,
      id: string,
      input: z.output<typeof MoveInput>,
    ): Promise<Stakeholder> {
      const part = stakeholderToChange(campaignId, id);
      await change(actor, campaignId, part, async ({ tx, found, row, at, keep }) => {
        checkNotFuture(input.movedOn, "body.movedOn");
        const before = await repo.latestMove(tx, id, input.movedOn);
        if (!before) {
          const first = await repo.firstMoveDay(tx, id);
          throw new Invalid("A move comes after the stakeholder was placed on the map.", [
            { field: "body.movedOn", message: `must not be before ${first ?? "its first move"}` },
          ]);
        }
        const move = {
          id: newId(),
          stakeholderId: id,
          campaignId,
          fromPosition: before.toPosition,
          toPosition: positionValue(input.to) as StakeholderRow["position"],
          influence: input.influence ?? before.influence,
          movedOn: input.movedOn,
          note: input.note || null,
          recordedBy: actor.userId,
          recordedAt: at,
        };
        await repo.insertMoves(tx, [move]);
        const latest = await repo.latestMove(tx, id);
        if (latest && (latest.toPosition !== row.position || latest.influence !== row.influence)) {
          await repo.update(tx, id, {
            position: latest.toPosition,
            influence: latest.influence,
            updatedAt: at,
          });
        }
        await keep({
          entity: "move",
          entityId: move.id,
          action: "created",
          changes: {
            stakeholder: { from: null, to: row.name },
            position: { from: positionOf(before.toPosition), to: input.to },
            influence: { from: before.influence, to: move.influence },
            movedOn: { from: null, to: move.movedOn },
          },
          changedFor: actingFor(found),
        });
      });
      return one(campaignId, id);
    },

    /** Where everyone stood on a day, and every day something moved (for the replay). */
    async powerMap(
      actor: Actor | null,
      campaignId: string,
      query: z.output<typeof PowerMapQuery>,
    ): Promise<PowerMap> {
      await access.authorize(actor, campaignId, { unknown: noSuchCampaign }, "campaign.read");
      const on = query.on ?? today();
      const [dots, dates, links] = await Promise.all([
        repo.powerMap(campaignId, on),
        repo.moveDays(campaignId),
        repo.links(campaignId),
      ]);
      const placed = new Set(dots.map((d) => d.id));
      return {
        on,
        dates,
        stakeholders: dots.map((d) => ({
          id: d.id,
          name: d.name,
          type: d.type as PowerMap["stakeholders"][number]["type"],
          role: d.role as PowerMap["stakeholders"][number]["role"],
          interest: d.interest,
          position: positionOf(d.position),
          influence: d.influence,
          since: d.since,
        })),
        links: links.filter((l) => placed.has(l.fromId) && placed.has(l.toId)).map(presentLink),
      };
    },
  };
}
