import type { z } from "zod";
import type {
  CampaignLesson,
  CampaignReview,
  CampaignReviewAnswer,
  LessonList,
  LessonsQuery,
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
import { Conflict, Invalid } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import type { InCoalition } from "../coalitions/coalitions.module.ts";
import type { TaxonomiesService } from "../taxonomies/taxonomies.service.ts";
import { type InCampaign, factsOf } from "./campaign-access.ts";
import type { CampaignPartDeps } from "./campaign-part.ts";
import type { CampaignRow } from "./campaigns.repo.ts";
import { changesBetween, recordHistory } from "./history.ts";
import type { OutcomesRepo, ReviewRow } from "./outcomes.repo.ts";

const lessonCursor = cursorFor(Keysets.instant);
const reviewFields = ["worked", "didNotWork", "lessons", "tactics", "issues", "shared"] as const;

/** Who acted for which organisation in a change: one the viewer runs the campaign for. */
export const runningFor = (found: InCampaign) => {
  const speaking = found.standing.organizations.filter((o) => o.speaks || o.runs);
  return (
    speaking.find((o) => o.organizationId === found.campaign.leadOrganizationId)?.organizationId ??
    speaking.find((o) => o.runs)?.organizationId ??
    speaking[0]?.organizationId ??
    null
  );
};

/**
 * The after-action review written at close, and its lessons, which later coalitions find by
 * tactic and issue once they are shared with them.
 */
export function createReviewService(
  deps: CampaignPartDeps & {
    taxonomies: Pick<TaxonomiesService, "unknownKeys">;
    repo: OutcomesRepo;
  },
) {
  const { database, access, campaigns, coalitions, membershipsOf, names, clock } = deps;
  const { taxonomies, repo } = deps;

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
      // Not a createCampaignChange: there may be no review yet to lock (it is written or
      // rewritten), and what must be closed is the campaign, locked in its place.
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
          changedFor: runningFor(found),
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
