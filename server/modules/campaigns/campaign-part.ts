import {
  type CampaignAction,
  type CampaignSubjectArgs,
  insideStatuses,
} from "../../../shared/policy/index.ts";
import type { Database, Tx } from "../../db/client.ts";
import type { Emit } from "../../events.ts";
import type { Clock } from "../../lib/clock.ts";
import { NotFound } from "../../lib/errors.ts";
import type { Names } from "../../lib/names.ts";
import type { Actor } from "../auth/actor.ts";
import type { CoalitionDirectory, MembershipsOf } from "../coalitions/coalitions.module.ts";
import type { ActionItemsService } from "../meetings/action-items.service.ts";
import type { CampaignAccess, InCampaign } from "./campaign-access.ts";
import type { CampaignRow, CampaignsRepo } from "./campaigns.repo.ts";
import { type Changes, recordHistory } from "./history.ts";

/** What every part of a campaign (objectives, stakeholders, workplan…) is built from. */
export type CampaignPartDeps = {
  database: Database;
  access: CampaignAccess;
  campaigns: CampaignsRepo;
  coalitions: CoalitionDirectory;
  membershipsOf: MembershipsOf;
  names: Names;
  clock: Clock;
  events: Emit;
  /** An activity of the workplan can become one of the coalition's action items. */
  actionItems: ActionItemsService;
};

/**
 * The organisation a person acted for in a change: the one given when they speak for it (or
 * run the campaign for it), else the campaign's lead, else the first they act for.
 */
export function actingFor(found: InCampaign, preferred?: string | null): string | null {
  const mine = found.standing.organizations.filter((o) => o.speaks || o.runs);
  const pick = (id: string | null | undefined) =>
    mine.find((o) => o.organizationId === id)?.organizationId;
  return (
    pick(preferred) ?? pick(found.campaign.leadOrganizationId) ?? mine[0]?.organizationId ?? null
  );
}

/** The organisations taking part in a campaign: the coalition's members inside, or the owner. */
export async function organizationsTakingPart(
  coalitions: Pick<CoalitionDirectory, "members">,
  row: CampaignRow,
  tx?: Tx,
): Promise<string[]> {
  if (!row.coalitionId) return row.ownerOrganizationId ? [row.ownerOrganizationId] : [];
  const members = await coalitions.members(row.coalitionId, { statuses: insideStatuses }, tx);
  return members.map((m) => m.organizationId);
}

/** An action of the campaign policy with its subject, as `access.authorize` takes them. */
export type CampaignCheck<A extends CampaignAction> = readonly [A, ...CampaignSubjectArgs<A>];

/** A thing of a campaign about to change: which it is, how to lock it and who may change it. */
export type PartToChange<Row, A extends CampaignAction, B extends CampaignAction> = {
  /** What the history calls the thing, and its id there. */
  entity: string;
  entityId: string;
  /** The refusal for a thing that does not exist, or that the viewer may not know of. */
  unknown: string;
  /** The refusal for a campaign the viewer may not know of, where it says other than `unknown`. */
  unknownCampaign?: string;
  /** Checked before anything else is read; `campaign.read` where the locked thing decides. */
  check: CampaignCheck<A>;
  /** Locks the thing for the change (and anything that must be locked before it); null is unknown. */
  lock?: (tx: Tx) => Promise<Row | null | undefined>;
  /** Checked on the locked thing, against the standing already read. */
  allow?: (row: Row) => CampaignCheck<B>;
};

/** Names a thing to change outside the call, its checks still typed by their actions. */
export const partToChange = <Row, A extends CampaignAction, B extends CampaignAction = never>(
  part: PartToChange<Row, A, B>,
) => part;

/** One entry of the campaign's history; the campaign, who and when are filled in. */
export type KeptChange = {
  action: string;
  changes: Changes;
  /** The organisation the person acted for, where they acted for one. */
  changedFor: string | null;
  /** Where the history names another thing than the one locked (a move, a reading…). */
  entity?: string;
  entityId?: string;
};

export type InChange<Row> = {
  tx: Tx;
  found: InCampaign;
  /** The locked thing (undefined where nothing is locked: a new thing). */
  row: Row;
  /** When the change is made: its `updatedAt` and its history's `changedAt`. */
  at: Date;
  /** Keeps the change in the campaign's history, in its transaction. */
  keep: (change: KeptChange) => Promise<void>;
};

/**
 * The one way a part of a campaign changes a thing: in one transaction, the campaign is read
 * for the actor and `check` enforced, the thing is locked (refused as `unknown` when missing)
 * and `allow` enforced on it, then `work` makes the change and keeps it with `keep`. Every
 * refusal goes through `access`, so the campaign policy stays the only rule.
 */
export function createCampaignChange(
  deps: Pick<CampaignPartDeps, "database" | "access" | "clock">,
) {
  const { database, access, clock } = deps;
  return function change<Row, A extends CampaignAction, B extends CampaignAction, R>(
    actor: Actor,
    campaignId: string,
    part: PartToChange<Row, A, B>,
    work: (inChange: InChange<Row>) => Promise<R>,
  ): Promise<R> {
    const { entity, entityId, unknown } = part;
    return database.db.transaction(async (tx) => {
      const found = await access.authorize(
        actor,
        campaignId,
        { unknown: part.unknownCampaign ?? unknown, tx },
        ...part.check,
      );
      let row = undefined as Row;
      if (part.lock) {
        const locked = await part.lock(tx);
        if (!locked) throw new NotFound(unknown);
        row = locked;
        if (part.allow) access.also(found, unknown, ...part.allow(row));
      }
      const at = clock.now();
      const keep = (kept: KeptChange) =>
        recordHistory(tx, {
          campaignId,
          entity,
          entityId,
          ...kept,
          changedBy: actor.userId,
          changedAt: at,
        });
      return work({ tx, found, row, at, keep });
    });
  };
}
export type CampaignChange = ReturnType<typeof createCampaignChange>;
