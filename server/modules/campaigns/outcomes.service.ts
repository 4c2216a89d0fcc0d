import type { z } from "zod";
import type {
  CampaignLesson,
  CampaignOutcome,
  CampaignReview,
  CampaignReviewAnswer,
  LessonList,
  LessonsQuery,
  OutcomeInput,
  OutcomeList,
  OutcomeListQuery,
  OutcomePatch,
  ReviewInput,
} from "../../../shared/campaigns/outcomes.ts";
import {
  type CampaignStanding,
  type LessonSharing,
  campaignStandingInCoalition,
  campaignStandingInOrganization,
  canCampaign,
  canReadLessons,
  isInsideMembership,
} from "../../../shared/policy/index.ts";
import { Keysets, cursorFor } from "../../lib/cursor.ts";
import { Conflict, Invalid, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import type { InCoalition } from "../coalitions/coalitions.module.ts";
import type { TaxonomiesService } from "../taxonomies/taxonomies.service.ts";
import { type InCampaign, factsOf } from "./campaign-access.ts";
import type { CampaignPartDeps } from "./campaign-part.ts";
import type { CampaignRow } from "./campaigns.repo.ts";
import { changesBetween, recordHistory } from "./history.ts";
import { type OutcomeRow, type ReviewRow, createOutcomesRepo } from "./outcomes.repo.ts";

const outcomeCursor = cursorFor(Keysets.date);
const lessonCursor = cursorFor(Keysets.instant);
const noSuchOutcome = "No such outcome.";
const outcomeFields = [
  "observedOn",
  "change",
  "contribution",
  "evidence",
  "significance",
  "recordedFor",
] as const;
const reviewFields = ["worked", "didNotWork", "lessons", "tactics", "issues", "shared"] as const;

/** The day in UTC, as the calendar dates of a campaign are kept. */
const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/**
 * The outcomes log (what changed, what the campaign contributed, the evidence) and the
 * after-action review written at close, whose lessons later coalitions find by tactic and issue.
 */
export function createOutcomesService(
  deps: CampaignPartDeps & { taxonomies: Pick<TaxonomiesService, "unknownKeys"> },
) {
  const { database, access, campaigns, coalitions, membershipsOf, names, clock, taxonomies } = deps;
  const repo = createOutcomesRepo(database.db);

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

  async function presentReview(row: ReviewRow): Promise<CampaignReview> {
    const people = await names.people([row.writtenBy]);
    return {
      worked: row.worked,
      didNotWork: row.didNotWork,
      lessons: row.lessons,
      tactics: row.tactics as CampaignReview["tactics"],
      issues: row.issues,
      shared: row.shared as LessonSharing,
      writtenBy: row.writtenBy
        ? { userId: row.writtenBy, name: people.get(row.writtenBy) ?? "" }
        : null,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  /** An outcome is seen, not foreseen. */
  function checkObserved(observedOn: string | undefined) {
    if (observedOn && observedOn > dayOf(clock.now())) {
      throw new Invalid("An outcome is recorded once it has been seen.", [
        { field: "body.observedOn", message: "must not be in the future" },
      ]);
    }
  }

  /** Who acted for which organisation in a change: one the viewer runs the campaign for. */
  const actingFor = (found: InCampaign) => {
    const speaking = found.standing.organizations.filter((o) => o.speaks || o.runs);
    return (
      speaking.find((o) => o.organizationId === found.campaign.leadOrganizationId)
        ?.organizationId ??
      speaking.find((o) => o.runs)?.organizationId ??
      speaking[0]?.organizationId ??
      null
    );
  };

  /** A changed outcome: the organisation it was recorded for acts, or one running the campaign. */
  const managingFor = (found: InCampaign, row: OutcomeRow) =>
    row.recordedFor &&
    found.standing.organizations.some((o) => o.organizationId === row.recordedFor && o.speaks)
      ? row.recordedFor
      : actingFor(found);

  /**
   * The viewer's standing in each campaign's owner, reading each coalition once. Null where
   * the viewer is inside neither the coalition nor the owner organisation.
   */
  function standingsFor(actor: Actor) {
    const viewer = { userId: actor.userId, platformAdmin: actor.isPlatformAdmin };
    const loaded = new Map<string, Promise<InCoalition | null>>();
    let roles: ReturnType<typeof membershipsOf> | null = null;
    return async (row: CampaignRow): Promise<CampaignStanding | null> => {
      if (row.coalitionId) {
        let inCoalition = loaded.get(row.coalitionId);
        if (!inCoalition) {
          inCoalition = coalitions.load(actor, row.coalitionId);
          loaded.set(row.coalitionId, inCoalition);
        }
        const found = await inCoalition;
        return found ? campaignStandingInCoalition(found.standing, factsOf(row)) : null;
      }
      roles ??= membershipsOf(actor.userId);
      const role =
        (await roles).find((r) => r.organizationId === row.ownerOrganizationId)?.role ?? null;
      return campaignStandingInOrganization(
        viewer,
        row.ownerOrganizationId ?? "",
        role,
        factsOf(row),
      );
    };
  }

  return {
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
      await database.db.transaction(async (tx) => {
        await access.authorize(actor, campaignId, { tx }, "outcome.record", {
          organizationId: input.organizationId,
        });
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
          createdAt: clock.now(),
        };
        await repo.insert(tx, row);
        await recordHistory(tx, {
          campaignId,
          entity: "outcome",
          entityId: id,
          action: "created",
          changes: changesBetween<OutcomeRow>(null, row, outcomeFields),
          changedBy: actor.userId,
          changedFor: input.organizationId,
          changedAt: row.createdAt,
        });
      });
      const row = await repo.find(id);
      if (!row) throw new NotFound(noSuchOutcome);
      const [presented] = await present([row]);
      return presented as CampaignOutcome;
    },

    async update(
      actor: Actor,
      campaignId: string,
      outcomeId: string,
      patch: z.output<typeof OutcomePatch>,
    ): Promise<CampaignOutcome> {
      await database.db.transaction(async (tx) => {
        const found = await access.authorize(
          actor,
          campaignId,
          { tx, unknown: noSuchOutcome },
          "campaign.read",
        );
        const row = await repo.lock(tx, campaignId, outcomeId);
        if (!row) throw new NotFound(noSuchOutcome);
        access.also(found, noSuchOutcome, "outcome.manage", {
          recordedForOrganizationId: row.recordedFor,
        });
        checkObserved(patch.observedOn);
        const next: Partial<OutcomeRow> = {};
        for (const key of [
          "observedOn",
          "change",
          "contribution",
          "evidence",
          "significance",
        ] as const) {
          if (patch[key] !== undefined) (next as Record<string, unknown>)[key] = patch[key];
        }
        const changes = changesBetween(row, { ...row, ...next }, outcomeFields);
        if (!Object.keys(changes).length) return;
        await repo.update(tx, outcomeId, next);
        await recordHistory(tx, {
          campaignId,
          entity: "outcome",
          entityId: outcomeId,
          action: "updated",
          changes,
          changedBy: actor.userId,
          changedFor: managingFor(found, row),
          changedAt: clock.now(),
        });
      });
      const row = await repo.find(outcomeId);
      if (!row) throw new NotFound(noSuchOutcome);
      const [presented] = await present([row]);
      return presented as CampaignOutcome;
    },

    async remove(actor: Actor, campaignId: string, outcomeId: string): Promise<void> {
      await database.db.transaction(async (tx) => {
        const found = await access.authorize(
          actor,
          campaignId,
          { tx, unknown: noSuchOutcome },
          "campaign.read",
        );
        const row = await repo.lock(tx, campaignId, outcomeId);
        if (!row) throw new NotFound(noSuchOutcome);
        access.also(found, noSuchOutcome, "outcome.manage", {
          recordedForOrganizationId: row.recordedFor,
        });
        await repo.remove(tx, outcomeId);
        await recordHistory(tx, {
          campaignId,
          entity: "outcome",
          entityId: outcomeId,
          action: "deleted",
          changes: changesBetween<OutcomeRow>(row, {}, outcomeFields),
          changedBy: actor.userId,
          changedFor: managingFor(found, row),
          changedAt: clock.now(),
        });
      });
    },

    async review(actor: Actor | null, campaignId: string): Promise<CampaignReviewAnswer> {
      await access.authorize(actor, campaignId, {}, "campaign.read");
      const row = await repo.review(campaignId);
      return { review: row ? await presentReview(row) : null };
    },

    /**
     * Writes the after-action review, or rewrites it: those running the campaign, once it is
     * closed. A new review is shared with the coalition until they choose the platform.
     */
    async writeReview(
      actor: Actor,
      campaignId: string,
      input: z.output<typeof ReviewInput>,
    ): Promise<CampaignReviewAnswer> {
      await access.authorize(actor, campaignId, {}, "campaign.run");
      const unknownIssues = await taxonomies.unknownKeys("issue", input.issues);
      if (unknownIssues.length) {
        throw new Invalid("Some issues are not known.", [
          { field: "body.issues", message: `unknown: ${unknownIssues.join(", ")}` },
        ]);
      }
      await database.db.transaction(async (tx) => {
        const found = await access.authorize(actor, campaignId, { tx }, "campaign.run");
        const campaign = await campaigns.lock(tx, campaignId);
        if (campaign?.status !== "closed") {
          throw new Conflict("The after-action review is written once the campaign is closed.");
        }
        const before = await repo.lockReview(tx, campaignId);
        const at = clock.now();
        const values = {
          worked: input.worked,
          didNotWork: input.didNotWork,
          lessons: input.lessons,
          tactics: input.tactics,
          issues: input.issues,
          shared: input.shared ?? before?.shared ?? "coalition",
        };
        const changes = changesBetween<ReviewRow>(before ?? null, values, reviewFields);
        if (before && !Object.keys(changes).length) return;
        const id = before?.id ?? newId();
        if (before) {
          await repo.updateReview(tx, campaignId, {
            ...values,
            writtenBy: actor.userId,
            updatedAt: at,
          });
        } else {
          await repo.insertReview(tx, {
            id,
            campaignId,
            ...values,
            writtenBy: actor.userId,
            createdAt: at,
            updatedAt: at,
          });
        }
        await recordHistory(tx, {
          campaignId,
          entity: "review",
          entityId: id,
          action: before ? "updated" : "created",
          changes,
          changedBy: actor.userId,
          changedFor: actingFor(found),
          changedAt: at,
        });
      });
      const row = await repo.review(campaignId);
      return { review: row ? await presentReview(row) : null };
    },

    /**
     * Lessons from past campaigns: those shared with the platform, to anyone signed in, and
     * those of the viewer's own coalitions' campaigns. Only the campaign's title travels with
     * them, and its id to those who may open it.
     */
    async lessons(actor: Actor, query: z.output<typeof LessonsQuery>): Promise<LessonList> {
      const after = lessonCursor.decode(query.cursor);
      const viewer = { userId: actor.userId, platformAdmin: actor.isPlatformAdmin };
      const organizationIds = (await membershipsOf(actor.userId)).map((r) => r.organizationId);
      const links = await coalitions.linksOfOrganizations(organizationIds, actor.userId);
      const coalitionIds = [
        ...new Set(links.filter((l) => isInsideMembership(l)).map((l) => l.coalitionId)),
      ];
      const rows = await repo.lessonCandidates(
        { organizationIds, coalitionIds },
        query,
        after,
        query.limit + 1,
      );
      const { items, nextCursor } = lessonCursor.page(rows, query.limit, (r) => ({
        k: r.review.updatedAt.toISOString(),
        id: r.review.id,
      }));
      const standingOf = standingsFor(actor);
      const lessons: CampaignLesson[] = [];
      for (const { review, campaign, mine } of items) {
        const standing = mine ? await standingOf(campaign) : null;
        const shared = review.shared as LessonSharing;
        if (!canReadLessons(viewer, shared, standing)) continue;
        const opens = !!standing && canCampaign(standing, "campaign.read");
        lessons.push({
          id: review.id,
          campaign: { id: opens ? campaign.id : null, title: campaign.title },
          worked: review.worked,
          didNotWork: review.didNotWork,
          lessons: review.lessons,
          tactics: review.tactics as CampaignLesson["tactics"],
          issues: review.issues,
          shared,
          updatedAt: review.updatedAt.toISOString(),
        });
      }
      return { items: lessons, nextCursor };
    },
  };
}
export type OutcomesService = ReturnType<typeof createOutcomesService>;
