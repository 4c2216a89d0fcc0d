import type { z } from "zod";
import type { StoryUse } from "../../../shared/campaigns/catalogue.ts";
import { consentProblem, isPublicUse } from "../../../shared/campaigns/consent.ts";
import {
  type CampaignMessage,
  type MessageInput,
  type MessagePatch,
  type MessageStoryInput,
  messagesPerCampaign,
} from "../../../shared/campaigns/messages.ts";
import type { Tx } from "../../db/client.ts";
import { Conflict, Invalid, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import {
  type CampaignPartDeps,
  actingFor,
  createCampaignChange,
  organizationsTakingPart,
  partToChange,
} from "./campaign-part.ts";
import type { CampaignRow } from "./campaigns.repo.ts";
import { changesBetween, patchOf } from "./history.ts";
import { type MessageRow, type StoryRow, createMessagesRepo } from "./messages.repo.ts";
import {
  consentOf,
  createMessagesPresenter,
  noSuchCampaign,
  noSuchMessage,
  noSuchStory,
  useNames,
  whyNot,
} from "./messages.presenter.ts";
import { createStoriesService } from "./messages-stories.service.ts";

const messageFields = [
  "audience",
  "frame",
  "text",
  "messengerOrganizationId",
  "visibility",
] as const;

/**
 * A campaign's messages and stories. Those running the campaign write messages and choose
 * which stories they tell; the organisation that collected a story answers for its consent
 * (messages-stories.service.ts). A story is told only for a use its consent covers
 * (shared/campaigns/consent.ts): checked when it is attached and when its message is made
 * public, and on every read, so a message whose story was withdrawn or ran out is flagged
 * until someone changes it.
 */
export function createMessagesService(deps: CampaignPartDeps) {
  const { database, access, coalitions, names, clock } = deps;
  const repo = createMessagesRepo(database.db);
  const presenter = createMessagesPresenter({ names, clock, repo });
  const { today, readAll, presentMessages, oneMessage } = presenter;
  const change = createCampaignChange(deps);

  async function checkMessenger(row: CampaignRow, organizationId: string | null, tx: Tx) {
    if (organizationId === null) return;
    if (!(await organizationsTakingPart(coalitions, row, tx)).includes(organizationId)) {
      throw new Invalid("The messenger must be one of the campaign's organisations.", [
        { field: "body.messengerOrganizationId", message: "does not take part in this campaign" },
      ]);
    }
  }

  /** Refuses a story for a use on a message its consent does not cover, saying why. */
  function checkUse(story: StoryRow, use: StoryUse, visibility: string, day: string) {
    if (visibility === "public" && !isPublicUse(use)) {
      throw new Invalid(
        "A public message tells its stories publicly: choose public use with the person's name or anonymised.",
        [
          {
            field: "body.use",
            message: "must be public_named or public_anonymised on a public message",
          },
        ],
      );
    }
    const problem = consentProblem(consentOf(story), use, day);
    if (problem) {
      throw new Invalid(
        `This story cannot be told for ${useNames[use]}: ${whyNot(story, problem)}.`,
        [{ field: "body.use", message: `is not covered by the story's consent (${problem})` }],
      );
    }
  }

  /** A message of the campaign, locked for a change by those running it. */
  const messageToChange = (campaignId: string, messageId: string) =>
    partToChange({
      entity: "message",
      entityId: messageId,
      unknown: noSuchMessage,
      check: ["campaign.run"],
      lock: (tx: Tx) => repo.lockMessage(tx, campaignId, messageId),
    });

  return {
    async listMessages(actor: Actor | null, campaignId: string) {
      await access.authorize(actor, campaignId, {}, "campaign.read");
      const all = await readAll(campaignId);
      return { items: await presentMessages(all.messages, all.links, all.storyById) };
    },

    async createMessage(
      actor: Actor,
      campaignId: string,
      input: z.output<typeof MessageInput>,
    ): Promise<CampaignMessage> {
      const id = newId();
      const part = partToChange({
        entity: "message",
        entityId: id,
        unknown: noSuchCampaign,
        check: ["campaign.run"],
      });
      await change(actor, campaignId, part, async ({ tx, found, at, keep }) => {
        await checkMessenger(found.campaign, input.messengerOrganizationId ?? null, tx);
        if ((await repo.countMessages(tx, campaignId)) >= messagesPerCampaign) {
          throw new Conflict(`A campaign keeps at most ${messagesPerCampaign} messages.`);
        }
        const row = {
          id,
          campaignId,
          audience: input.audience,
          frame: input.frame,
          text: input.text,
          messengerOrganizationId: input.messengerOrganizationId ?? null,
          visibility: input.visibility,
          createdAt: at,
          updatedAt: at,
        };
        await repo.insertMessage(tx, row);
        await keep({
          action: "created",
          changes: changesBetween<MessageRow>(null, row, messageFields),
          changedFor: actingFor(found),
        });
      });
      return oneMessage(campaignId, id);
    },

    async updateMessage(
      actor: Actor,
      campaignId: string,
      messageId: string,
      patch: MessagePatch,
    ): Promise<CampaignMessage> {
      const part = messageToChange(campaignId, messageId);
      await change(actor, campaignId, part, async ({ tx, found, row, at, keep }) => {
        const next = patchOf<MessageRow>(patch, messageFields);
        if (next.messengerOrganizationId) {
          await checkMessenger(found.campaign, next.messengerOrganizationId, tx);
        }
        if (next.visibility === "public" && row.visibility !== "public") {
          // Going public: every story the message tells must have consent to be told publicly.
          const day = today();
          const refused = (await repo.storiesOf(tx, messageId)).flatMap(({ use, story }) => {
            const u = use as StoryUse;
            if (!isPublicUse(u)) return [{ story, reason: "it is attached for internal use only" }];
            const problem = consentProblem(consentOf(story), u, day);
            return problem ? [{ story, reason: whyNot(story, problem) }] : [];
          });
          if (refused.length) {
            throw new Invalid(
              `The message cannot be made public: ${refused.length === 1 ? "one of its stories" : `${refused.length} of its stories`} may not be told publicly (detach them or attach them for a use their consent covers).`,
              refused.map(({ story, reason }) => ({
                field: "body.visibility",
                message: `story ${story.id}: ${reason}`,
              })),
            );
          }
        }
        const changes = changesBetween(row, { ...row, ...next }, messageFields);
        if (!Object.keys(changes).length) return;
        await repo.updateMessage(tx, messageId, { ...next, updatedAt: at });
        await keep({ action: "updated", changes, changedFor: actingFor(found) });
      });
      return oneMessage(campaignId, messageId);
    },

    async deleteMessage(actor: Actor, campaignId: string, messageId: string) {
      const part = messageToChange(campaignId, messageId);
      await change(actor, campaignId, part, async ({ tx, found, row, keep }) => {
        await repo.deleteMessage(tx, messageId);
        await keep({
          action: "deleted",
          changes: changesBetween<MessageRow>(row, {}, messageFields),
          changedFor: actingFor(found),
        });
      });
    },

    /** Attaches a story to a message for a use, or changes the use: only with consent to it. */
    async attachStory(
      actor: Actor,
      campaignId: string,
      messageId: string,
      storyId: string,
      input: MessageStoryInput,
    ): Promise<CampaignMessage> {
      const part = messageToChange(campaignId, messageId);
      await change(actor, campaignId, part, async ({ tx, found, row: message, keep }) => {
        const story = await repo.lockStory(tx, campaignId, storyId);
        if (!story) throw new NotFound(noSuchStory);
        checkUse(story, input.use, message.visibility, today());
        const before = await repo.storiesOf(tx, messageId);
        const was = before.find((l) => l.story.id === storyId)?.use ?? null;
        if (was === input.use) return;
        await repo.putLink(tx, { messageId, storyId, use: input.use });
        await keep({
          action: "updated",
          changes: { [`stories.${storyId}`]: { from: was, to: input.use } },
          changedFor: actingFor(found),
        });
      });
      return oneMessage(campaignId, messageId);
    },

    async detachStory(
      actor: Actor,
      campaignId: string,
      messageId: string,
      storyId: string,
    ): Promise<CampaignMessage> {
      const part = messageToChange(campaignId, messageId);
      await change(actor, campaignId, part, async ({ tx, found, keep }) => {
        const was = (await repo.storiesOf(tx, messageId)).find((l) => l.story.id === storyId);
        if (!was || !(await repo.deleteLink(tx, messageId, storyId))) {
          throw new NotFound(noSuchStory);
        }
        await keep({
          action: "updated",
          changes: { [`stories.${storyId}`]: { from: was.use, to: null } },
          changedFor: actingFor(found),
        });
      });
      return oneMessage(campaignId, messageId);
    },

    ...createStoriesService({ ...deps, repo, presenter }),
  };
}
export type MessagesService = ReturnType<typeof createMessagesService>;
