import type { z } from "zod";
import { positionOf, positionValue } from "../../../shared/campaigns/catalogue.ts";
import type {
  LinkInput,
  Stakeholder,
  StakeholderInput,
  StakeholderLink,
  StakeholderList,
  StakeholderListQuery,
  StakeholderPatch,
} from "../../../shared/campaigns/stakeholders.ts";
import { insideStatuses } from "../../../shared/policy/index.ts";
import type { Tx } from "../../db/client.ts";
import { Keysets, cursorFor } from "../../lib/cursor.ts";
import { Conflict, Invalid } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import type { InCampaign } from "./campaign-access.ts";
import {
  type CampaignPartDeps,
  actingFor,
  createCampaignChange,
  partToChange,
} from "./campaign-part.ts";
import { changesBetween, patchOf } from "./history.ts";
import { type StakeholderRow, createStakeholdersRepo } from "./stakeholders.repo.ts";
import {
  type Row,
  createStakeholdersCommon,
  noSuchCampaign,
  noSuchLink,
  noSuchStakeholder,
  presentLink,
} from "./stakeholders-common.ts";
import { createStakeholdersKumuService } from "./stakeholders-kumu.service.ts";
import { createStakeholderMovesService } from "./stakeholders-moves.service.ts";

const cursor = cursorFor(Keysets.text);
const stakeholderFields = [
  "name",
  "type",
  "role",
  "position",
  "influence",
  "interest",
  "accessOrganizationIds",
  "tags",
  "notes",
] as const;

/**
 * Stakeholders and power: who the campaign must move and who can help, where each stands on
 * the spectrum of allies, and every dated move along it, which the power map replays
 * (stakeholders-moves.service.ts); Kumu files in and out (stakeholders-kumu.service.ts).
 * Reading is campaign.read; every change is campaign.run and is kept in the history.
 */
export function createStakeholdersService(deps: CampaignPartDeps) {
  const { database, access, coalitions } = deps;
  const repo = createStakeholdersRepo(database.db);
  const parts = { ...deps, repo };
  const common = createStakeholdersCommon(parts);
  const { today, checkNotFuture, present, one, afterCampaign } = common;
  const { stakeholdersToChange, stakeholderToChange } = common;
  const change = createCampaignChange(deps);

  /** A stakeholder can be reached only through the organisations taking part in the campaign. */
  async function checkAccessOrganizations(found: InCampaign, ids: string[], tx: Tx) {
    if (!ids.length) return;
    const row = found.campaign;
    const taking = row.coalitionId
      ? (await coalitions.members(row.coalitionId, { statuses: insideStatuses }, tx)).map(
          (m) => m.organizationId,
        )
      : [row.ownerOrganizationId];
    if (ids.some((id) => !taking.includes(id))) {
      throw new Invalid("Access is through the campaign's own organisations.", [
        {
          field: "body.accessOrganizationIds",
          message: "names an organisation not in the campaign",
        },
      ]);
    }
  }

  async function checkNameFree(campaignId: string, name: string, tx: Tx, self?: string) {
    const same = await repo.findByName(campaignId, name, tx);
    if (same && same.id !== self) {
      throw new Conflict(`The campaign already has a stakeholder called "${name}".`);
    }
  }

  return {
    ...createStakeholderMovesService(parts),
    ...createStakeholdersKumuService(parts),

    async list(
      actor: Actor | null,
      campaignId: string,
      query: z.output<typeof StakeholderListQuery>,
    ): Promise<StakeholderList> {
      const after = cursor.decode(query.cursor);
      await access.authorize(actor, campaignId, { unknown: noSuchCampaign }, "campaign.read");
      const rows = await repo.list(campaignId, query, after, query.limit + 1);
      const { items, nextCursor } = cursor.page(rows, query.limit, (r) => ({
        k: r.name,
        id: r.id,
      }));
      return { items: await present(items), nextCursor };
    },

    async get(actor: Actor | null, campaignId: string, id: string): Promise<Stakeholder> {
      await access.authorize(actor, campaignId, { unknown: noSuchStakeholder }, "campaign.read");
      return one(campaignId, id);
    },

    async create(
      actor: Actor,
      campaignId: string,
      input: z.output<typeof StakeholderInput>,
    ): Promise<Stakeholder> {
      const id = newId();
      const part = stakeholdersToChange(campaignId, id);
      await change(actor, campaignId, part, async ({ tx, found, at, keep }) => {
        const since = input.since ?? today();
        checkNotFuture(since, "body.since");
        await checkNameFree(campaignId, input.name, tx);
        const accessOrganizationIds = [...new Set(input.accessOrganizationIds ?? [])];
        await checkAccessOrganizations(found, accessOrganizationIds, tx);
        const row = {
          id,
          campaignId,
          name: input.name,
          type: input.type,
          role: input.role,
          position: positionValue(input.position) as StakeholderRow["position"],
          influence: input.influence,
          interest: input.interest,
          accessOrganizationIds,
          tags: [...new Set(input.tags ?? [])],
          notes: input.notes || null,
          createdAt: at,
          updatedAt: at,
        } satisfies Row;
        await repo.insertStakeholders(tx, [row]);
        await repo.insertMoves(tx, [
          {
            id: newId(),
            stakeholderId: id,
            campaignId,
            fromPosition: null,
            toPosition: row.position,
            influence: row.influence,
            movedOn: since,
            note: null,
            recordedBy: actor.userId,
            recordedAt: at,
          },
        ]);
        await keep({
          action: "created",
          changes: changesBetween<Row>(null, { ...row, position: input.position } as never, [
            ...stakeholderFields,
          ]),
          changedFor: actingFor(found),
        });
      });
      return one(campaignId, id);
    },

    async update(
      actor: Actor,
      campaignId: string,
      id: string,
      patch: z.output<typeof StakeholderPatch>,
    ): Promise<Stakeholder> {
      const part = stakeholderToChange(campaignId, id);
      await change(actor, campaignId, part, async ({ tx, found, row, at, keep }) => {
        const next = patchOf<Row>(patch, ["name", "type", "role", "influence", "interest"]);
        if (patch.position !== undefined) {
          next.position = positionValue(patch.position) as StakeholderRow["position"];
        }
        if (patch.notes !== undefined) next.notes = patch.notes || null;
        if (patch.tags !== undefined) next.tags = [...new Set(patch.tags)];
        if (patch.accessOrganizationIds !== undefined) {
          next.accessOrganizationIds = [...new Set(patch.accessOrganizationIds)];
          await checkAccessOrganizations(found, next.accessOrganizationIds, tx);
        }
        if (next.name !== undefined && next.name !== row.name) {
          await checkNameFree(campaignId, next.name, tx, id);
        }
        const after = { ...row, ...next };
        const readable = (r: typeof row) => ({ ...r, position: positionOf(r.position) });
        const changes = changesBetween(readable(row), readable(after), stakeholderFields);
        if (!Object.keys(changes).length) return;
        await repo.update(tx, id, { ...next, updatedAt: at });
        if (after.position !== row.position || after.influence !== row.influence) {
          await repo.insertMoves(tx, [
            {
              id: newId(),
              stakeholderId: id,
              campaignId,
              fromPosition: row.position,
              toPosition: after.position,
              influence: after.influence,
              movedOn: today(),
              note: null,
              recordedBy: actor.userId,
              recordedAt: at,
            },
          ]);
        }
        await keep({ action: "updated", changes, changedFor: actingFor(found) });
      });
      return one(campaignId, id);
    },

    async remove(actor: Actor, campaignId: string, id: string): Promise<void> {
      const part = stakeholderToChange(campaignId, id);
      await change(actor, campaignId, part, async ({ tx, found, row, keep }) => {
        await repo.remove(tx, id);
        await keep({
          action: "deleted",
          changes: { name: { from: row.name, to: null } },
          changedFor: actingFor(found),
        });
      });
    },

    async link(
      actor: Actor,
      campaignId: string,
      input: z.output<typeof LinkInput>,
    ): Promise<StakeholderLink> {
      const part = stakeholdersToChange(campaignId, input.fromId);
      return change(actor, campaignId, part, async ({ tx, found, at, keep }) => {
        const [from, to] = await Promise.all([
          repo.find(campaignId, input.fromId, tx),
          repo.find(campaignId, input.toId, tx),
        ]);
        if (!from || !to) {
          throw new Invalid("A link joins two stakeholders of this campaign.", [
            {
              field: from ? "body.toId" : "body.fromId",
              message: "is not a stakeholder of this campaign",
            },
          ]);
        }
        const type = input.type ?? "";
        if (await repo.sameLink(tx, from.id, to.id, type)) {
          throw new Conflict("These two stakeholders are already linked in this way.");
        }
        const row = { id: newId(), campaignId, fromId: from.id, toId: to.id, type, createdAt: at };
        await repo.insertLinks(tx, [row]);
        await keep({
          entityId: from.id,
          action: "linked",
          changes: { to: { from: null, to: to.name }, type: { from: null, to: type } },
          changedFor: actingFor(found),
        });
        return presentLink(row);
      });
    },

    async unlink(actor: Actor, campaignId: string, linkId: string): Promise<void> {
      const part = partToChange({
        entity: "stakeholder",
        entityId: linkId,
        unknown: noSuchLink,
        check: ["campaign.run"],
        lock: afterCampaign(campaignId, (tx) => repo.findLink(campaignId, linkId, tx)),
      });
      await change(actor, campaignId, part, async ({ tx, found, row: link, keep }) => {
        const toName = (await repo.namesOf([link.toId], tx)).get(link.toId) ?? "";
        await repo.removeLink(tx, linkId);
        await keep({
          entityId: link.fromId,
          action: "unlinked",
          changes: { to: { from: toName, to: null }, type: { from: link.type, to: null } },
          changedFor: actingFor(found),
        });
      });
    },
  };
}
export type StakeholdersService = ReturnType<typeof createStakeholdersService>;
