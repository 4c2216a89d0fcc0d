import type { z } from "zod";
import {
  type CampaignStory,
  type StoryInput,
  type StoryPatch,
  storiesPerCampaign,
} from "../../../shared/campaigns/messages.ts";
import { pickText } from "../../../shared/locales.ts";
import type { Tx } from "../../db/client.ts";
import { Conflict, Invalid } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import type { InCampaign } from "./campaign-access.ts";
import { type CampaignPartDeps, createCampaignChange, partToChange } from "./campaign-part.ts";
import { type Changes, changesBetween } from "./history.ts";
import type { MessagesRepo, StoryRow } from "./messages.repo.ts";
import { type MessagesPresenter, noSuchCampaign, noSuchStory } from "./messages.presenter.ts";

/** Story fields whose values the history keeps: uses, dates and who answers for the consent. */
const storyFacts = [
  "recordedByOrganizationId",
  "consentUses",
  "consentGivenOn",
  "consentUntil",
  "withdrawnAt",
] as const;
/**
 * Story fields the history names without their values: what the story says and who told it
 * is for the campaign's own people, and the history outlives withdrawal.
 */
const storyWords = ["title", "text", "consentBy"] as const;

/** The history keeps that these fields changed, never what they said. */
function withheld(changes: Changes, fields: readonly string[]): Changes {
  const kept: Changes = { ...changes };
  for (const field of fields) if (field in kept) kept[field] = { from: null, to: null };
  return kept;
}

const consentNotYetGiven = () =>
  new Invalid("Consent is recorded once it has been given.", [
    { field: "body.consent.givenOn", message: "must not be in the future" },
  ]);

/**
 * The stories a campaign tells and the consent each was given with. The organisation that
 * collected a story records it and answers for its consent; a withdrawal is final, and those
 * running the campaign are told when a story their messages tell may no longer be told.
 */
export function createStoriesService(
  deps: CampaignPartDeps & { repo: MessagesRepo; presenter: MessagesPresenter },
) {
  const { access, coalitions, names, events, repo, presenter } = deps;
  const { today, readAll, presentStories, oneStory } = presenter;
  const change = createCampaignChange(deps);

  /**
   * Tells those running the campaign that a story its messages tell may no longer be told, in
   * the transaction that withdrew it. The story's title and words stay out of it: notifications
   * are mailed.
   */
  async function tellRunners(tx: Tx, found: InCampaign, story: StoryRow, actor: Actor) {
    const c = found.campaign;
    const running = c.coalitionId
      ? [
          ...new Set([
            ...(await coalitions.convenerSideIds(c.coalitionId, tx)),
            c.leadOrganizationId,
          ]),
        ]
      : [c.ownerOrganizationId ?? c.leadOrganizationId];
    const orgNames = await names.organizations([story.recordedByOrganizationId], tx);
    await events.emit(tx, "story.consentWithdrawn", {
      campaignId: c.id,
      campaignTitle: pickText(c.title, c.title.original),
      coalitionId: c.coalitionId,
      runningOrganizationIds: running,
      storyId: story.id,
      organizationName: orgNames.get(story.recordedByOrganizationId) ?? "",
      byUserId: actor.userId,
    });
  }

  /** A story of the campaign its recording organisation may change, locked for the change. */
  const storyToManage = (campaignId: string, storyId: string) =>
    partToChange({
      entity: "story",
      entityId: storyId,
      unknown: noSuchStory,
      check: ["campaign.read"],
      lock: (tx: Tx) => repo.lockStory(tx, campaignId, storyId),
      allow: (story: StoryRow) => [
        "story.manage",
        { recordedByOrganizationId: story.recordedByOrganizationId },
      ],
    });

  return {
    async listStories(actor: Actor | null, campaignId: string) {
      await access.authorize(actor, campaignId, {}, "campaign.read");
      const all = await readAll(campaignId);
      return { items: await presentStories(all.stories, all.links, all.messageById) };
    },

    async createStory(
      actor: Actor,
      campaignId: string,
      input: z.output<typeof StoryInput>,
    ): Promise<CampaignStory> {
      const id = newId();
      const part = partToChange({
        entity: "story",
        entityId: id,
        unknown: noSuchCampaign,
        check: ["story.record", { organizationId: input.recordedByOrganizationId }],
      });
      await change(actor, campaignId, part, async ({ tx, at, keep }) => {
        if (input.consent.givenOn > today()) throw consentNotYetGiven();
        if ((await repo.countStories(tx, campaignId)) >= storiesPerCampaign) {
          throw new Conflict(`A campaign keeps at most ${storiesPerCampaign} stories.`);
        }
        const row = {
          id,
          campaignId,
          title: input.title,
          text: input.text,
          recordedByOrganizationId: input.recordedByOrganizationId,
          consentBy: input.consent.by,
          consentUses: input.consent.uses,
          consentGivenOn: input.consent.givenOn,
          consentUntil: input.consent.until ?? null,
          withdrawnAt: null,
          createdBy: actor.userId,
          createdAt: at,
          updatedAt: at,
        };
        await repo.insertStory(tx, row);
        await keep({
          action: "created",
          changes: withheld(
            changesBetween<StoryRow>(null, row, [...storyFacts, ...storyWords]),
            storyWords,
          ),
          changedFor: input.recordedByOrganizationId,
        });
      });
      return oneStory(campaignId, id);
    },

    /** The recording organisation changes the story or its consent; a withdrawal is final. */
    async updateStory(
      actor: Actor,
      campaignId: string,
      storyId: string,
      patch: StoryPatch,
    ): Promise<CampaignStory> {
      const part = storyToManage(campaignId, storyId);
      await change(actor, campaignId, part, async ({ tx, row: story, at, keep }) => {
        if (story.withdrawnAt) {
          throw new Conflict(
            "This consent was withdrawn, and a withdrawal is final: record the story again if the person consents anew.",
          );
        }
        const consent = patch.consent ?? {};
        const next: Partial<StoryRow> = {};
        if (patch.title !== undefined) next.title = patch.title;
        if (patch.text !== undefined) next.text = patch.text;
        if (consent.by !== undefined) next.consentBy = consent.by;
        if (consent.uses !== undefined) next.consentUses = consent.uses;
        if (consent.givenOn !== undefined) next.consentGivenOn = consent.givenOn;
        if (consent.until !== undefined) next.consentUntil = consent.until;
        const after = { ...story, ...next };
        if (consent.givenOn !== undefined && consent.givenOn > today()) throw consentNotYetGiven();
        if (after.consentUntil !== null && after.consentUntil < after.consentGivenOn) {
          throw new Invalid("Consent cannot run out before it was given.", [
            {
              field: "body.consent.until",
              message: "must not be before the day consent was given",
            },
          ]);
        }
        const changes = changesBetween(story, after, [...storyFacts, ...storyWords]);
        if (!Object.keys(changes).length) return;
        await repo.updateStory(tx, storyId, { ...next, updatedAt: at });
        await keep({
          action: "updated",
          changes: withheld(changes, storyWords),
          changedFor: story.recordedByOrganizationId,
        });
      });
      return oneStory(campaignId, storyId);
    },

    /**
     * The person takes back their consent: the story may no longer be told, and every message
     * that tells it is flagged until those running the campaign change it.
     */
    async withdrawStory(actor: Actor, campaignId: string, storyId: string): Promise<CampaignStory> {
      const part = storyToManage(campaignId, storyId);
      await change(actor, campaignId, part, async ({ tx, found, row: story, at, keep }) => {
        if (story.withdrawnAt) throw new Conflict("This consent is already withdrawn.");
        await repo.updateStory(tx, storyId, { withdrawnAt: at, updatedAt: at });
        if (await repo.isTold(tx, storyId)) await tellRunners(tx, found, story, actor);
        await keep({
          action: "withdrawn",
          changes: { withdrawnAt: { from: null, to: at.toISOString() } },
          changedFor: story.recordedByOrganizationId,
        });
      });
      return oneStory(campaignId, storyId);
    },
  };
}
