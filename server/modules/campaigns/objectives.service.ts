import type { z } from "zod";
import {
  type Objective,
  type ObjectiveInput,
  type ObjectivePatch,
  type ProgressInput,
  objectiveIssues,
  objectiveLimits,
} from "../../../shared/campaigns/objectives.ts";
import { expectedValue, trackOf } from "../../../shared/campaigns/track.ts";
import { campaignSpeaksFor, insideStatuses } from "../../../shared/policy/index.ts";
import type { Tx } from "../../db/client.ts";
import { Conflict, Forbidden, Invalid, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import { todayUtc } from "../meetings/action-items.presenter.ts";
import type { InCampaign } from "./campaign-access.ts";
import {
  type CampaignPartDeps,
  actingFor,
  createCampaignChange,
  partToChange,
} from "./campaign-part.ts";
import { changesBetween, patchOf } from "./history.ts";
import { type ObjectiveRow, type ProgressRow, createObjectivesRepo } from "./objectives.repo.ts";

const noSuchCampaign = "No such campaign.";
const noSuchObjective = "No such objective.";
const noSuchReading = "No such progress reading.";
const objectiveFields = [
  "statement",
  "indicator",
  "unit",
  "baseline",
  "target",
  "baselineOn",
  "deadline",
  "ownerOrganizationId",
] as const;
const readingFields = [
  "objectiveId",
  "value",
  "measuredOn",
  "evidence",
  "evidenceUrl",
  "reportedFor",
] as const;

/** The latest day it is anywhere on Earth (UTC+14): a reading measured today somewhere is not "future". */
const latestDayAnywhere = (now: Date) =>
  new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);

/**
 * SMART objectives and the progress reported on them. Those running the campaign write the
 * objectives; the owner organisation's representatives (and those running it) report
 * progress; each objective is read with its track (track.ts) against the straight line.
 */
export function createObjectivesService(deps: CampaignPartDeps) {
  const { database, access, campaigns, coalitions, names, clock } = deps;
  const repo = createObjectivesRepo(database.db);
  const change = createCampaignChange(deps);

  /** An objective's owner takes part: an inside member of the coalition, or the owner itself. */
  async function checkOwner(found: InCampaign, organizationId: string, tx: Tx) {
    const campaign = found.campaign;
    const takesPart = campaign.coalitionId
      ? insideStatuses.includes(
          (await coalitions.member(campaign.coalitionId, organizationId, tx))?.status ?? "left",
        )
      : campaign.ownerOrganizationId === organizationId;
    if (!takesPart) {
      throw new Invalid("The owner must be one of the campaign's organisations.", [
        { field: "body.ownerOrganizationId", message: "does not take part in this campaign" },
      ]);
    }
  }

  async function present(rows: ObjectiveRow[], tx?: Tx): Promise<Objective[]> {
    const readings = await repo.progressOf(
      rows.map((r) => r.id),
      tx,
    );
    const [orgNames, people] = await Promise.all([
      names.organizations(
        [...rows.map((r) => r.ownerOrganizationId), ...readings.map((p) => p.reportedFor)].filter(
          (id): id is string => !!id,
        ),
        tx,
      ),
      names.people(
        readings.map((p) => p.reportedBy),
        tx,
      ),
    ]);
    const byObjective = new Map<string, ProgressRow[]>();
    for (const reading of readings) {
      const list = byObjective.get(reading.objectiveId) ?? [];
      list.push(reading);
      byObjective.set(reading.objectiveId, list);
    }
    const today = todayUtc(clock);
    const org = (id: string | null) =>
      id ? { organizationId: id, name: orgNames.get(id) ?? "" } : null;
    return rows.map((row) => {
      const own = byObjective.get(row.id) ?? [];
      const last = own.at(-1);
      const latest = last ? { value: last.value, measuredOn: last.measuredOn } : null;
      return {
        id: row.id,
        campaignId: row.campaignId,
        statement: row.statement,
        indicator: row.indicator,
        unit: row.unit,
        baseline: row.baseline,
        target: row.target,
        baselineOn: row.baselineOn,
        deadline: row.deadline,
        ownerOrganization: org(row.ownerOrganizationId),
        track: trackOf(row, latest, today),
        latest,
        expected: expectedValue(row, today),
        progress: own.map((p) => ({
          id: p.id,
          value: p.value,
          measuredOn: p.measuredOn,
          evidence: p.evidence,
          evidenceUrl: p.evidenceUrl,
          reportedBy: p.reportedBy
            ? { userId: p.reportedBy, name: people.get(p.reportedBy) ?? "" }
            : null,
          reportedFor: org(p.reportedFor),
          reportedAt: p.reportedAt.toISOString(),
        })),
        createdAt: row.createdAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
      };
    });
  }

  async function presentOne(campaignId: string, id: string): Promise<Objective> {
    const row = await repo.find(campaignId, id);
    const [objective] = row ? await present([row]) : [];
    if (!objective) throw new NotFound(noSuchObjective);
    return objective;
  }

  /** The objective of this campaign, locked; any other id is unknown. */
  const objective = (campaignId: string, id: string) =>
    partToChange({
      entity: "objective",
      entityId: id,
      unknown: noSuchObjective,
      check: ["campaign.run"],
      lock: (tx: Tx) => repo.lock(tx, campaignId, id),
    });

  return {
    async list(actor: Actor | null, campaignId: string): Promise<{ items: Objective[] }> {
      await access.authorize(actor, campaignId, { unknown: noSuchCampaign }, "campaign.read");
      return { items: await present(await repo.list(campaignId)) };
    },

    async create(
      actor: Actor,
      campaignId: string,
      input: z.output<typeof ObjectiveInput>,
    ): Promise<Objective> {
      const id = newId();
      const part = partToChange({
        entity: "objective",
        entityId: id,
        unknown: noSuchCampaign,
        check: ["campaign.run"],
        // One change to the campaign's list at a time, so the limit holds.
        lock: (tx: Tx) => campaigns.lock(tx, campaignId),
      });
      await change(actor, campaignId, part, async ({ tx, found, at, keep }) => {
        await checkOwner(found, input.ownerOrganizationId, tx);
        if ((await repo.count(tx, campaignId)) >= objectiveLimits.objectivesPerCampaign) {
          throw new Conflict(
            `A campaign has at most ${objectiveLimits.objectivesPerCampaign} objectives.`,
          );
        }
        const row = { id, campaignId, ...input, createdAt: at, updatedAt: at };
        await repo.insert(tx, row);
        await keep({
          action: "created",
          changes: changesBetween<ObjectiveRow>(null, row, objectiveFields),
          changedFor: actingFor(found),
        });
      });
      return presentOne(campaignId, id);
    },

    async update(
      actor: Actor,
      campaignId: string,
      id: string,
      patch: z.output<typeof ObjectivePatch>,
    ): Promise<Objective> {
      await change(actor, campaignId, objective(campaignId, id), async (inChange) => {
        const { tx, found, row, at, keep } = inChange;
        const next = patchOf<ObjectiveRow>(patch, objectiveFields);
        const after = { ...row, ...next };
        const issues = objectiveIssues(after);
        if (issues.length) {
          throw new Invalid(
            "The objective would not be measurable or time-bound.",
            issues.map((i) => ({ field: `body.${i.path}`, message: i.message })),
          );
        }
        if (next.ownerOrganizationId && next.ownerOrganizationId !== row.ownerOrganizationId) {
          await checkOwner(found, next.ownerOrganizationId, tx);
        }
        if (
          after.baselineOn > row.baselineOn &&
          (await repo.hasReadingBefore(tx, id, after.baselineOn))
        ) {
          throw new Invalid("Progress was measured before that day.", [
            { field: "body.baselineOn", message: "must not be after a reading already reported" },
          ]);
        }
        const changes = changesBetween(row, after, objectiveFields);
        if (!Object.keys(changes).length) return;
        await repo.update(tx, id, { ...next, updatedAt: at });
        await keep({ action: "updated", changes, changedFor: actingFor(found) });
      });
      return presentOne(campaignId, id);
    },

    async remove(actor: Actor, campaignId: string, id: string): Promise<void> {
      await change(
        actor,
        campaignId,
        objective(campaignId, id),
        async ({ tx, found, row, keep }) => {
          const readings = await repo.readingCount(tx, id);
          await repo.remove(tx, id);
          await keep({
            action: "deleted",
            changes: {
              ...changesBetween<ObjectiveRow>(row, {}, objectiveFields),
              readings: { from: readings, to: 0 },
            },
            changedFor: actingFor(found),
          });
        },
      );
    },

    async report(
      actor: Actor,
      campaignId: string,
      objectiveId: string,
      input: z.output<typeof ProgressInput>,
    ): Promise<Objective> {
      const part = partToChange({
        ...objective(campaignId, objectiveId),
        check: ["campaign.read"],
        allow: (row: ObjectiveRow) => [
          "objective.report",
          { ownerOrganizationId: row.ownerOrganizationId },
        ],
      });
      await change(actor, campaignId, part, async ({ tx, found, row, at, keep }) => {
        if (!campaignSpeaksFor(found.standing).includes(input.organizationId)) {
          throw new Forbidden("You do not act for that organisation in this campaign.");
        }
        if (input.measuredOn < row.baselineOn) {
          throw new Invalid("A reading cannot come before the baseline.", [
            { field: "body.measuredOn", message: "must not be before the baseline's day" },
          ]);
        }
        if (input.measuredOn > latestDayAnywhere(clock.now())) {
          throw new Invalid("A reading cannot be measured in the future.", [
            { field: "body.measuredOn", message: "must not be after today" },
          ]);
        }
        if ((await repo.readingCount(tx, objectiveId)) >= objectiveLimits.readingsPerObjective) {
          throw new Conflict(
            `An objective keeps at most ${objectiveLimits.readingsPerObjective} readings.`,
          );
        }
        const reading = {
          id: newId(),
          objectiveId,
          value: input.value,
          measuredOn: input.measuredOn,
          evidence: input.evidence || null,
          evidenceUrl: input.evidenceUrl ?? null,
          reportedBy: actor.userId,
          reportedFor: input.organizationId,
          reportedAt: at,
        };
        await repo.insertReading(tx, reading);
        await keep({
          entity: "progress",
          entityId: reading.id,
          action: "reported",
          changes: changesBetween<ProgressRow>(null, reading, readingFields),
          changedFor: input.organizationId,
        });
      });
      return presentOne(campaignId, objectiveId);
    },

    async withdraw(
      actor: Actor,
      campaignId: string,
      objectiveId: string,
      progressId: string,
    ): Promise<void> {
      const part = partToChange({
        entity: "progress",
        entityId: progressId,
        unknown: noSuchReading,
        check: ["campaign.read"],
        // The objective is locked first, as every change to it is.
        lock: async (tx: Tx) =>
          (await repo.lock(tx, campaignId, objectiveId)) &&
          repo.findReading(tx, objectiveId, progressId),
        allow: (reading: ProgressRow) => ["progress.withdraw", { reportedBy: reading.reportedBy }],
      });
      await change(actor, campaignId, part, async ({ tx, found, row: reading, keep }) => {
        await repo.removeReading(tx, progressId);
        await keep({
          action: "deleted",
          changes: changesBetween<ProgressRow>(reading, { objectiveId }, readingFields),
          changedFor: actingFor(found, reading.reportedFor),
        });
      });
    },
  };
}
export type ObjectivesService = ReturnType<typeof createObjectivesService>;
