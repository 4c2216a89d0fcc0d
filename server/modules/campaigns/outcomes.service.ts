import type { z } from "zod";
import type {
  CampaignOutcome,
  OutcomeInput,
  OutcomeList,
  OutcomeListQuery,
  OutcomePatch,
} from "../../../shared/campaigns/outcomes.ts";
import type { Tx } from "../../db/client.ts";
import { Keysets, cursorFor } from "../../lib/cursor.ts";
import { Invalid, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import type { TaxonomiesService } from "../taxonomies/taxonomies.service.ts";
import type { InCampaign } from "./campaign-access.ts";
import { type CampaignPartDeps, createCampaignChange, partToChange } from "./campaign-part.ts";
import { changesBetween, patchOf } from "./history.ts";
import { type OutcomeRow, createOutcomesRepo } from "./outcomes.repo.ts";
import { createReviewService, runningFor } from "./outcomes-review.service.ts";

const outcomeCursor = cursorFor(Keysets.date);
const noSuchCampaign = "No such campaign.";
const noSuchOutcome = "No such outcome.";
const outcomeFields = [
  "observedOn",
  "change",
  "contribution",
  "evidence",
  "significance",
  "recordedFor",
] as const;

/** The day in UTC, as the calendar dates of a campaign are kept. */
const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/**
 * The outcomes log (what changed, what the campaign contributed, the evidence) and the
 * after-action review written at close, whose lessons later coalitions find by tactic and issue
 * (outcomes-review.service.ts).
 */
export function createOutcomesService(
  deps: CampaignPartDeps & { taxonomies: Pick<TaxonomiesService, "unknownKeys"> },
) {
  const { database, access, names, clock } = deps;
  const repo = createOutcomesRepo(database.db);
  const change = createCampaignChange(deps);

  async function present(rows: OutcomeRow[]): Promise<CampaignOutcome[]> {
    const [orgNames, people] = await Promise.all([
      names.organizations(rows.flatMap((r) => (r.recordedFor ? [r.recordedFor] : []))),
      names.people(rows.map((r) => r.recordedBy)),
    ]);
    return rows.map((r) => ({
      id: r.id,
      observedOn: r.observedOn,
      change: r.change,
      contribution: r.contribution,
      evidence: r.evidence,
      significance: r.significance as CampaignOutcome["significance"],
      recordedFor: r.recordedFor
        ? { organizationId: r.recordedFor, name: orgNames.get(r.recordedFor) ?? "" }
        : null,
      recordedBy: r.recordedBy
        ? { userId: r.recordedBy, name: people.get(r.recordedBy) ?? "" }
        : null,
      createdAt: r.createdAt.toISOString(),
    }));
  }

  async function presentOne(id: string): Promise<CampaignOutcome> {
    const row = await repo.find(id);
    if (!row) throw new NotFound(noSuchOutcome);
    const [presented] = await present([row]);
    return presented as CampaignOutcome;
  }

  /** An outcome of the campaign, locked; the organisation it was recorded for, or those running the campaign, manage it. */
  const outcomeToManage = (campaignId: string, outcomeId: string) =>
    partToChange({
      entity: "outcome",
      entityId: outcomeId,
      unknown: noSuchOutcome,
      check: ["campaign.read"],
      lock: (tx: Tx) => repo.lock(tx, campaignId, outcomeId),
      allow: (row: OutcomeRow) => [
        "outcome.manage",
        { recordedForOrganizationId: row.recordedFor },
      ],
    });

  /** An outcome is seen, not foreseen. */
  function checkObserved(observedOn: string | undefined) {
    if (observedOn && observedOn > dayOf(clock.now())) {
      throw new Invalid("An outcome is recorded once it has been seen.", [
        { field: "body.observedOn", message: "must not be in the future" },
      ]);
    }
  }

  /** A changed outcome: the organisation it was recorded for acts, or one running the campaign. */
  const managingFor = (found: InCampaign, row: OutcomeRow) =>
    row.recordedFor &&
    found.standing.organizations.some((o) => o.organizationId === row.recordedFor && o.speaks)
      ? row.recordedFor
      : runningFor(found);

  return {
    ...createReviewService({ ...deps, repo }),

    async list(
      actor: Actor | null,
      campaignId: string,
      query: z.output<typeof OutcomeListQuery>,
    ): Promise<OutcomeList> {
      const after = outcomeCursor.decode(query.cursor);
      await access.authorize(actor, campaignId, {}, "campaign.read");
      const rows = await repo.list(campaignId, query, after, query.limit + 1);
      const { items, nextCursor } = outcomeCursor.page(rows, query.limit, (r) => ({
        k: r.observedOn,
        id: r.id,
      }));
      return { items: await present(items), nextCursor };
    },

    async create(
      actor: Actor,
      campaignId: string,
      input: z.output<typeof OutcomeInput>,
    ): Promise<CampaignOutcome> {
      const id = newId();
      const part = partToChange({
        entity: "outcome",
        entityId: id,
        unknown: noSuchCampaign,
        check: ["outcome.record", { organizationId: input.organizationId }],
      });
      await change(actor, campaignId, part, async ({ tx, at, keep }) => {
        checkObserved(input.observedOn);
        const row: OutcomeRow = {
          id,
          campaignId,
          observedOn: input.observedOn,
          change: input.change,
          contribution: input.contribution,
          evidence: input.evidence ?? null,
          significance: input.significance,
          recordedFor: input.organizationId,
          recordedBy: actor.userId,
          createdAt: at,
        };
        await repo.insert(tx, row);
        await keep({
          action: "created",
          changes: changesBetween<OutcomeRow>(null, row, outcomeFields),
          changedFor: input.organizationId,
        });
      });
      return presentOne(id);
    },

    async update(
      actor: Actor,
      campaignId: string,
      outcomeId: string,
      patch: z.output<typeof OutcomePatch>,
    ): Promise<CampaignOutcome> {
      const part = outcomeToManage(campaignId, outcomeId);
      await change(actor, campaignId, part, async ({ tx, found, row, keep }) => {
        checkObserved(patch.observedOn);
        const next = patchOf<OutcomeRow>(patch, [
          "observedOn",
          "change",
          "contribution",
          "evidence",
          "significance",
        ]);
        const changes = changesBetween(row, { ...row, ...next }, outcomeFields);
        if (!Object.keys(changes).length) return;
        await repo.update(tx, outcomeId, next);
        await keep({ action: "updated", changes, changedFor: managingFor(found, row) });
      });
      return presentOne(outcomeId);
    },

    async remove(actor: Actor, campaignId: string, outcomeId: string): Promise<void> {
      const part = outcomeToManage(campaignId, outcomeId);
      await change(actor, campaignId, part, async ({ tx, found, row, keep }) => {
        await repo.remove(tx, outcomeId);
        await keep({
          action: "deleted",
          changes: changesBetween<OutcomeRow>(row, {}, outcomeFields),
          changedFor: managingFor(found, row),
        });
      });
    },
  };
}
export type OutcomesService = ReturnType<typeof createOutcomesService>;
