import { positionOf } from "../../../shared/campaigns/catalogue.ts";
import type { Stakeholder, StakeholderLink } from "../../../shared/campaigns/stakeholders.ts";
import type { Tx } from "../../db/client.ts";
import { Invalid, NotFound } from "../../lib/errors.ts";
import { type CampaignPartDeps, partToChange } from "./campaign-part.ts";
import type { LinkRow, MoveRow, StakeholderRow, StakeholdersRepo } from "./stakeholders.repo.ts";
import type { campaignStakeholders } from "./stakeholders.table.ts";

export const noSuchCampaign = "No such campaign.";
export const noSuchStakeholder = "No such stakeholder.";
export const noSuchLink = "No such link.";

export type Row = typeof campaignStakeholders.$inferInsert;

/** What each part of the stakeholders (the map, moves, Kumu files) is built from. */
export type StakeholdersDeps = CampaignPartDeps & { repo: StakeholdersRepo };

export const presentLink = (l: LinkRow): StakeholderLink => ({
  id: l.id,
  fromId: l.fromId,
  toId: l.toId,
  type: l.type,
});

/**
 * What the stakeholder parts share: the day it is, stakeholders as the API shows them, and
 * the change that locks the campaign's stakeholders (every change is serialised per campaign).
 */
export function createStakeholdersCommon(deps: StakeholdersDeps) {
  const { repo, campaigns, names, clock } = deps;
  const today = () => clock.now().toISOString().slice(0, 10);

  function checkNotFuture(day: string, field: string) {
    if (day > today()) {
      throw new Invalid("A move is recorded once it has happened.", [
        { field, message: "must not be in the future" },
      ]);
    }
  }

  async function present(rows: StakeholderRow[]): Promise<Stakeholder[]> {
    const ids = rows.map((r) => r.id);
    const [moves, links] = await Promise.all([repo.movesOf(ids), repo.linksOf(ids)]);
    const mine = new Set(ids);
    const others = links.flatMap((l) => [l.fromId, l.toId]).filter((id) => !mine.has(id));
    const [otherNames, orgNames, people] = await Promise.all([
      repo.namesOf([...new Set(others)]),
      names.organizations([...new Set(rows.flatMap((r) => r.accessOrganizationIds))]),
      names.people([...new Set(moves.map((m) => m.recordedBy))]),
    ]);
    const nameOf = (id: string) => rows.find((r) => r.id === id)?.name ?? otherNames.get(id) ?? "";
    const movesBy = new Map<string, MoveRow[]>();
    for (const move of moves) {
      const list = movesBy.get(move.stakeholderId) ?? [];
      list.push(move);
      movesBy.set(move.stakeholderId, list);
    }
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      type: r.type as Stakeholder["type"],
      role: r.role as Stakeholder["role"],
      position: positionOf(r.position),
      influence: r.influence,
      interest: r.interest,
      accessOrganizations: r.accessOrganizationIds.map((organizationId) => ({
        organizationId,
        name: orgNames.get(organizationId) ?? "",
      })),
      tags: r.tags,
      notes: r.notes,
      moves: (movesBy.get(r.id) ?? []).map((m) => ({
        id: m.id,
        from: m.fromPosition === null ? null : positionOf(m.fromPosition),
        to: positionOf(m.toPosition),
        influence: m.influence,
        movedOn: m.movedOn,
        note: m.note,
        recordedBy: m.recordedBy
          ? { userId: m.recordedBy, name: people.get(m.recordedBy) ?? "" }
          : null,
        recordedAt: m.recordedAt.toISOString(),
      })),
      links: links
        .filter((l) => l.fromId === r.id || l.toId === r.id)
        .map((l) => {
          const out = l.fromId === r.id;
          const other = out ? l.toId : l.fromId;
          return {
            id: l.id,
            direction: out ? ("out" as const) : ("in" as const),
            other: { id: other, name: nameOf(other) },
            type: l.type,
          };
        }),
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    }));
  }

  async function one(campaignId: string, id: string): Promise<Stakeholder> {
    const row = await repo.find(campaignId, id);
    if (!row) throw new NotFound(noSuchStakeholder);
    const [presented] = await present([row]);
    return presented!;
  }

  /** A change to the campaign's stakeholders, by those running it, serialised per campaign. */
  const stakeholdersToChange = (campaignId: string, entityId: string) =>
    partToChange({
      entity: "stakeholder",
      entityId,
      unknown: noSuchCampaign,
      check: ["campaign.run"],
      lock: (tx: Tx) => campaigns.lock(tx, campaignId),
    });

  /** Locks the campaign, then finds what is to change: every change to it locks in this order. */
  const afterCampaign =
    <T>(campaignId: string, find: (tx: Tx) => Promise<T>) =>
    async (tx: Tx) => {
      await campaigns.lock(tx, campaignId);
      return find(tx);
    };

  /** One stakeholder of the campaign, locked after the campaign for the change. */
  const stakeholderToChange = (campaignId: string, id: string) =>
    partToChange({
      entity: "stakeholder",
      entityId: id,
      unknown: noSuchStakeholder,
      check: ["campaign.run"],
      lock: afterCampaign(campaignId, (tx) => repo.find(campaignId, id, tx, { lock: true })),
    });

  return {
    today,
    checkNotFuture,
    present,
    one,
    afterCampaign,
    stakeholdersToChange,
    stakeholderToChange,
  };
}
