import type { z } from "zod";
import {
  type Activity,
  type ActivityInput,
  type ActivityList,
  type ActivityListQuery,
  type ActivityPatch,
  leadActivityFields,
  runnerActivityFields,
} from "../../../shared/campaigns/workplan.ts";
import { can, canCampaign } from "../../../shared/policy/index.ts";
import type { LocalizedText } from "../../../shared/locales.ts";
import type { Tx } from "../../db/client.ts";
import { Keysets, cursorFor } from "../../lib/cursor.ts";
import { Conflict, Invalid, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import type { InCampaign } from "./campaign-access.ts";
import {
  type CampaignPartDeps,
  actingFor,
  createCampaignChange,
  partToChange,
} from "./campaign-part.ts";
import type { CampaignRow } from "./campaigns.repo.ts";
import { changesBetween, recordHistory } from "./history.ts";
import { type ActivityRow, createWorkplanRepo } from "./workplan.repo.ts";
import { createWorkplanChecks, unique } from "./workplan-checks.ts";
import { createRoleMatrixService } from "./workplan-roles.service.ts";

const cursor = cursorFor(Keysets.date);
const noSuchCampaign = "No such campaign.";
const noSuchActivity = "No such activity.";
/** Dependencies still to finish: a cancelled one will never be done, so it blocks nothing. */
const unfinished = new Set(["planned", "in_progress", "blocked"]);

type LockedActivity = { campaign: CampaignRow; row: ActivityRow };

/** Refuses (409) to start an activity that a risk assessment holds back until decided. */
export type ActivityGate = (tx: Tx, activityId: string) => Promise<void>;
/** The statuses an activity cannot reach while it is held back. */
const goingAhead = new Set(["in_progress", "done"]);

/** An activity as the history keeps it: its fields and what it depends on. */
type Kept = Omit<ActivityRow, "createdAt" | "updatedAt" | "createdBy" | "id" | "campaignId"> & {
  dependsOn: string[];
};
const keptFields = [...runnerActivityFields, ...leadActivityFields, "actionItemId"] as const;

/** PostgreSQL's jsonb reorders keys: compare titles in one order, whatever the source. */
const canonical = (text: LocalizedText): LocalizedText => ({
  original: text.original,
  texts: Object.fromEntries(Object.entries(text.texts).sort(([a], [b]) => a.localeCompare(b))),
});

/**
 * The workplan: activities with a tactic, a role, a lead organisation and supporting ones,
 * stakeholders and objectives of the same campaign, dates, a status and dependencies (never a
 * cycle). Those running the campaign plan it; an activity's lead organisation moves its own
 * status, dates and notes. An activity of a coalition's campaign can become an action item.
 */
export function createWorkplanService(deps: CampaignPartDeps & { activityGate?: ActivityGate }) {
  const { database, access, campaigns, names, clock, actionItems } = deps;
  const repo = createWorkplanRepo(database.db);
  const change = createCampaignChange(deps);
  const { checkReferences, checkDependencies } = createWorkplanChecks({ ...deps, repo });

  /** Activities with names, dependencies and what the viewer may do with each. */
  async function present(found: InCampaign, rows: ActivityRow[], tx?: Tx): Promise<Activity[]> {
    const campaignId = found.campaign.id;
    const edges = await repo.dependenciesOf(
      rows.map((r) => r.id),
      tx,
    );
    const [orgNames, stakeholders, objectives, dependencies] = await Promise.all([
      names.organizations(
        unique(rows.flatMap((r) => [r.leadOrganizationId, ...r.supportingOrganizationIds])),
        tx,
      ),
      repo.stakeholders(campaignId, unique(rows.flatMap((r) => r.stakeholderIds)), tx),
      repo.objectives(campaignId, unique(rows.flatMap((r) => r.objectiveIds)), tx),
      repo.inCampaign(campaignId, unique(edges.map((e) => e.dependsOnId)), tx),
    ]);
    const stakeholderById = new Map(stakeholders.map((s) => [s.id, s]));
    const objectiveById = new Map(objectives.map((o) => [o.id, o]));
    const dependencyById = new Map(dependencies.map((d) => [d.id, d]));
    const ref = (organizationId: string) => ({
      organizationId,
      name: orgNames.get(organizationId) ?? "",
    });
    // Action items keep their own rule (the coalition's convening side creates them).
    const makesActionItems =
      !!found.inCoalition &&
      canCampaign(found.standing, "campaign.run") &&
      can(found.inCoalition.standing, "actionItem.create");
    return rows.map((r) => {
      const dependsOn = edges
        .filter((e) => e.activityId === r.id)
        .flatMap((e) => {
          const d = dependencyById.get(e.dependsOnId);
          return d ? [{ id: d.id, title: d.title, status: d.status as Activity["status"] }] : [];
        })
        .sort((a, b) => a.id.localeCompare(b.id));
      return {
        id: r.id,
        campaignId: r.campaignId,
        title: r.title,
        tactic: r.tactic as Activity["tactic"],
        role: r.role as Activity["role"],
        leadOrganization: ref(r.leadOrganizationId),
        supportingOrganizations: r.supportingOrganizationIds.map(ref),
        stakeholders: r.stakeholderIds.flatMap((id) => {
          const s = stakeholderById.get(id);
          return s ? [s] : [];
        }),
        objectives: r.objectiveIds.flatMap((id) => {
          const o = objectiveById.get(id);
          return o ? [o] : [];
        }),
        startsOn: r.startsOn,
        dueOn: r.dueOn,
        status: r.status as Activity["status"],
        notes: r.notes,
        dependsOn,
        blocked: dependsOn.some((d) => unfinished.has(d.status)),
        actionItemId: r.actionItemId,
        mayUpdate: canCampaign(found.standing, "activity.update", {
          leadOrganizationId: r.leadOrganizationId,
        }),
        mayMakeActionItem: !r.actionItemId && makesActionItems,
        createdAt: r.createdAt.toISOString(),
        updatedAt: r.updatedAt.toISOString(),
      };
    });
  }

  async function presentOne(actor: Actor | null, campaignId: string, activityId: string) {
    const found = await access.authorize(
      actor,
      campaignId,
      { unknown: noSuchActivity },
      "campaign.read",
    );
    const row = await repo.find(activityId);
    if (row?.campaignId !== campaignId) throw new NotFound(noSuchActivity);
    const [activity] = await present(found, [row]);
    return activity as Activity;
  }

  /** The campaign first, then the activity: every workplan change locks in this order. */
  const activityToChange = (campaignId: string, activityId: string) => ({
    entity: "activity",
    entityId: activityId,
    unknown: noSuchActivity,
    check: ["campaign.read"] as const,
    lock: async (tx: Tx) => {
      const campaign = await campaigns.lock(tx, campaignId);
      const row = await repo.lock(tx, activityId);
      return campaign && row?.campaignId === campaignId ? { campaign, row } : null;
    },
  });

  const kept = async (row: ActivityRow, tx: Tx): Promise<Kept> => ({
    ...row,
    title: canonical(row.title),
    dependsOn: (await repo.dependenciesOf([row.id], tx)).map((e) => e.dependsOnId).sort(),
  });

  return {
    ...createRoleMatrixService({ ...deps, repo }),

    async list(
      actor: Actor | null,
      campaignId: string,
      query: z.output<typeof ActivityListQuery>,
    ): Promise<z.infer<typeof ActivityList>> {
      const after = cursor.decode(query.cursor);
      const found = await access.authorize(
        actor,
        campaignId,
        { unknown: noSuchCampaign },
        "campaign.read",
      );
      const rows = await repo.list(
        campaignId,
        query,
        query.sort === "-startsOn",
        after,
        query.limit + 1,
      );
      const { items, nextCursor } = cursor.page(rows, query.limit, (r) => ({
        k: r.startsOn,
        id: r.id,
      }));
      return { items: await present(found, items), nextCursor };
    },

    get: presentOne,

    async create(
      actor: Actor,
      campaignId: string,
      input: z.output<typeof ActivityInput>,
    ): Promise<Activity> {
      const id = newId();
      const part = partToChange({
        entity: "activity",
        entityId: id,
        unknown: noSuchCampaign,
        check: ["campaign.run"],
        lock: (tx: Tx) => campaigns.lock(tx, campaignId),
      });
      await change(actor, campaignId, part, async ({ tx, found, row: campaign, at, keep }) => {
        const next = {
          leadOrganizationId: input.leadOrganizationId,
          // The lead is not also counted as supporting its own activity.
          supportingOrganizationIds: unique(input.supportingOrganizationIds).filter(
            (o) => o !== input.leadOrganizationId,
          ),
          stakeholderIds: unique(input.stakeholderIds),
          objectiveIds: unique(input.objectiveIds),
        };
        await checkReferences(tx, campaign, next);
        const dependsOn = unique(input.dependsOn);
        await checkDependencies(tx, campaignId, id, dependsOn);
        const row = {
          id,
          campaignId,
          title: input.title,
          tactic: input.tactic,
          role: input.role,
          ...next,
          startsOn: input.startsOn,
          dueOn: input.dueOn,
          status: input.status ?? "planned",
          notes: input.notes || null,
          actionItemId: null,
          createdBy: actor.userId,
          createdAt: at,
          updatedAt: at,
        };
        await repo.insert(tx, row);
        await repo.replaceDependencies(tx, id, dependsOn);
        await keep({
          action: "created",
          changes: changesBetween<Kept>(null, { ...row, dependsOn: dependsOn.sort() }, keptFields),
          changedFor: actingFor(found),
        });
      });
      return presentOne(actor, campaignId, id);
    },

    async update(
      actor: Actor,
      campaignId: string,
      activityId: string,
      patch: z.output<typeof ActivityPatch>,
    ): Promise<Activity> {
      const part = partToChange({
        ...activityToChange(campaignId, activityId),
        // Its lead organisation moves its own activity; the plan itself is the runners'.
        allow: ({ row }: LockedActivity) => [
          "activity.update",
          { leadOrganizationId: row.leadOrganizationId },
        ],
      });
      await change(actor, campaignId, part, async ({ tx, found, row: locked, at, keep }) => {
        const { campaign, row } = locked;
        const before = await kept(row, tx);

        const leadOrganizationId = patch.leadOrganizationId ?? row.leadOrganizationId;
        const after: Kept = {
          ...before,
          ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
          title: patch.title ? canonical(patch.title) : before.title,
          notes: patch.notes === undefined ? row.notes : patch.notes || null,
          supportingOrganizationIds: unique(
            patch.supportingOrganizationIds ?? row.supportingOrganizationIds,
          ).filter((o) => o !== leadOrganizationId),
          stakeholderIds: patch.stakeholderIds ? unique(patch.stakeholderIds) : row.stakeholderIds,
          objectiveIds: patch.objectiveIds ? unique(patch.objectiveIds) : row.objectiveIds,
          dependsOn: patch.dependsOn ? unique(patch.dependsOn).sort() : before.dependsOn,
        };
        const changes = changesBetween(before, after, keptFields);
        const changed = Object.keys(changes);
        if (!changed.length) return;
        if (changed.some((f) => (runnerActivityFields as readonly string[]).includes(f))) {
          access.also(found, noSuchActivity, "campaign.run");
        }
        if (changes.status && goingAhead.has(after.status)) {
          await deps.activityGate?.(tx, activityId);
        }
        if (after.startsOn > after.dueOn) {
          throw new Invalid("An activity cannot be due before it starts.", [
            { field: "body.dueOn", message: "must not be before the start" },
          ]);
        }
        await checkReferences(tx, campaign, {
          leadOrganizationId: changes.leadOrganizationId ? after.leadOrganizationId : undefined,
          supportingOrganizationIds: changes.supportingOrganizationIds
            ? after.supportingOrganizationIds
            : undefined,
          stakeholderIds: changes.stakeholderIds ? after.stakeholderIds : undefined,
          objectiveIds: changes.objectiveIds ? after.objectiveIds : undefined,
        });
        if (changes.dependsOn) {
          await checkDependencies(tx, campaignId, activityId, after.dependsOn);
          await repo.replaceDependencies(tx, activityId, after.dependsOn);
        }
        const { dependsOn: _, actionItemId: __, ...values } = after;
        await repo.update(tx, activityId, { ...values, updatedAt: at });
        await keep({
          action: "updated",
          changes,
          changedFor: actingFor(found, row.leadOrganizationId),
        });
      });
      return presentOne(actor, campaignId, activityId);
    },

    async remove(actor: Actor, campaignId: string, activityId: string): Promise<void> {
      const part = partToChange({
        ...activityToChange(campaignId, activityId),
        allow: () => ["campaign.run"],
      });
      await change(actor, campaignId, part, async ({ tx, found, row: { row }, keep }) => {
        const before = await kept(row, tx);
        await repo.remove(tx, activityId);
        await keep({
          action: "deleted",
          changes: changesBetween<Kept>(
            before,
            Object.fromEntries(keptFields.map((f) => [f, null])) as Partial<Kept>,
            keptFields,
          ),
          changedFor: actingFor(found),
        });
      });
    },

    /**
     * Makes the activity one of the coalition's action items, owned by its lead and due when it
     * is: the action items' own rules apply (the convening side creates them, the owner must be
     * an active member).
     */
    async makeActionItem(actor: Actor, campaignId: string, activityId: string): Promise<Activity> {
      // Not a createCampaignChange: the action item is created first, in its own module's
      // transaction, and only then linked here, where losing a race is a conflict.
      const found = await access.authorize(
        actor,
        campaignId,
        { unknown: noSuchActivity },
        "campaign.read",
      );
      const row = await repo.find(activityId);
      if (row?.campaignId !== campaignId) throw new NotFound(noSuchActivity);
      access.also(found, noSuchActivity, "campaign.run");
      const coalitionId = found.campaign.coalitionId;
      if (!coalitionId) {
        throw new Conflict("Only the activities of a coalition's campaign become action items.");
      }
      if (row.actionItemId) throw new Conflict("This activity is already an action item.");
      const item = await actionItems.create(actor, coalitionId, {
        title: row.title.texts[row.title.original] ?? Object.values(row.title.texts)[0] ?? "",
        ownerOrganizationId: row.leadOrganizationId,
        dueDate: row.dueOn,
      });
      await database.db.transaction(async (tx) => {
        const at = clock.now();
        if (!(await repo.linkActionItem(tx, activityId, item.id, at))) {
          throw new Conflict("This activity became an action item meanwhile.");
        }
        await recordHistory(tx, {
          campaignId,
          entity: "activity",
          entityId: activityId,
          action: "action_item",
          changes: { actionItemId: { from: null, to: item.id } },
          changedBy: actor.userId,
          changedFor: actingFor(found),
          changedAt: at,
        });
      });
      return presentOne(actor, campaignId, activityId);
    },

    /** For the coalition calendar feed: the activities of its campaigns due since `since`. */
    forCalendar: repo.forCalendar,
  };
}
export type WorkplanService = ReturnType<typeof createWorkplanService>;
