import type { z } from "zod";
import type { StoryUse } from "../../../shared/campaigns/catalogue.ts";
import {
  type ConsentProblem,
  type StoryConsent,
  consentProblem,
  consentState,
  isPublicUse,
} from "../../../shared/campaigns/consent.ts";
import {
  type CampaignMessage,
  type CampaignStory,
  type MessageInput,
  type MessagePatch,
  type MessageStoryInput,
  type StoryInput,
  type StoryPatch,
  messagesPerCampaign,
  storiesPerCampaign,
} from "../../../shared/campaigns/messages.ts";
import { pickText } from "../../../shared/locales.ts";
import { insideStatuses } from "../../../shared/policy/index.ts";
import type { Tx } from "../../db/client.ts";
import { Conflict, Invalid, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import type { InCampaign } from "./campaign-access.ts";
import type { CampaignPartDeps } from "./campaign-part.ts";
import type { CampaignRow } from "./campaigns.repo.ts";
import { type Changes, changesBetween, recordHistory } from "./history.ts";
import {
  type LinkRow,
  type MessageRow,
  type StoryRow,
  createMessagesRepo,
} from "./messages.repo.ts";

const noSuchCampaign = "No such campaign.";
const noSuchMessage = "No such message.";
const noSuchStory = "No such story.";

const messageFields = [
  "audience",
  "frame",
  "text",
  "messengerOrganizationId",
  "visibility",
] as const;
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

const useNames: Record<StoryUse, string> = {
  internal: "internal use",
  public_named: "public use with their name",
  public_anonymised: "anonymised public use",
};

/** Why a story may not be told for a use, in a sentence an API client can show. */
function whyNot(story: StoryRow, problem: ConsentProblem): string {
  switch (problem) {
    case "withdrawn":
      return "its consent was withdrawn";
    case "expired":
      return `its consent ran until ${story.consentUntil}`;
    case "not_yet_given":
      return `its consent is given only from ${story.consentGivenOn}`;
    case "use_not_consented":
      return `consent was given for ${story.consentUses.map((u) => useNames[u as StoryUse]).join(" and ")} only`;
  }
}

/** The history keeps that these fields changed, never what they said. */
function withheld(changes: Changes, fields: readonly string[]): Changes {
  const kept: Changes = { ...changes };
  for (const field of fields) if (field in kept) kept[field] = { from: null, to: null };
  return kept;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A story row's consent, as the consent rule reads it. */
const consentOf = (story: StoryRow): StoryConsent => ({
  ...story,
  consentUses: story.consentUses as StoryUse[],
});

/**
 * A campaign's messages and stories. Those running the campaign write messages and choose
 * which stories they tell; the organisation that collected a story answers for its consent.
 * A story is told only for a use its consent covers (shared/campaigns/consent.ts): checked
 * when it is attached and when its message is made public, and on every read, so a message
 * whose story was withdrawn or ran out is flagged until someone changes it.
 */
export function createMessagesService(deps: CampaignPartDeps) {
  const { database, access, coalitions, names, clock, events } = deps;
  const repo = createMessagesRepo(database.db);
  const today = () => clock.now().toISOString().slice(0, 10);

  /** The organisations taking part: the coalition's members inside, or the owner. */
  async function organizationIdsOf(row: CampaignRow, tx?: Tx): Promise<string[]> {
    if (!row.coalitionId) return row.ownerOrganizationId ? [row.ownerOrganizationId] : [];
    const members = await coalitions.members(row.coalitionId, { statuses: insideStatuses }, tx);
    return members.map((m) => m.organizationId);
  }

  /** Who acted for which organisation in a change: the lead when the viewer speaks for it. */
  function actingFor(found: InCampaign) {
    const speaking = found.standing.organizations.filter((o) => o.speaks || o.runs);
    return (
      speaking.find((o) => o.organizationId === found.campaign.leadOrganizationId)
        ?.organizationId ??
      speaking[0]?.organizationId ??
      null
    );
  }

  async function checkMessenger(row: CampaignRow, organizationId: string | null, tx: Tx) {
    if (organizationId === null) return;
    if (!(await organizationIdsOf(row, tx)).includes(organizationId)) {
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

  /** Messages with their stories and flags, as of today. */
  async function presentMessages(
    rows: MessageRow[],
    links: LinkRow[],
    stories: Map<string, StoryRow>,
    tx?: Tx,
  ): Promise<CampaignMessage[]> {
    const day = today();
    const orgNames = await names.organizations(
      rows.flatMap((m) => (m.messengerOrganizationId ? [m.messengerOrganizationId] : [])),
      tx,
    );
    return rows.map((m) => {
      const told = links
        .filter((l) => l.messageId === m.id)
        .flatMap((l) => {
          const story = stories.get(l.storyId);
          if (!story) return [];
          const use = l.use as StoryUse;
          return [
            {
              storyId: story.id,
              title: story.title,
              use,
              problem: consentProblem(consentOf(story), use, day),
            },
          ];
        });
      return {
        id: m.id,
        audience: m.audience,
        frame: m.frame as CampaignMessage["frame"],
        text: m.text,
        messenger: m.messengerOrganizationId
          ? {
              organizationId: m.messengerOrganizationId,
              name: orgNames.get(m.messengerOrganizationId) ?? "",
            }
          : null,
        visibility: m.visibility as CampaignMessage["visibility"],
        stories: told,
        flags: told.flatMap((s) => (s.problem ? [{ storyId: s.storyId, problem: s.problem }] : [])),
        createdAt: m.createdAt.toISOString(),
        updatedAt: m.updatedAt.toISOString(),
      };
    });
  }

  async function presentStories(
    rows: StoryRow[],
    links: LinkRow[],
    messages: Map<string, MessageRow>,
    tx?: Tx,
  ): Promise<CampaignStory[]> {
    const day = today();
    const orgNames = await names.organizations(
      rows.map((s) => s.recordedByOrganizationId),
      tx,
    );
    return rows.map((s) => ({
      id: s.id,
      title: s.title,
      text: s.text,
      recordedBy: {
        organizationId: s.recordedByOrganizationId,
        name: orgNames.get(s.recordedByOrganizationId) ?? "",
      },
      consent: {
        by: s.consentBy,
        uses: s.consentUses as StoryUse[],
        givenOn: s.consentGivenOn,
        until: s.consentUntil,
        withdrawnAt: iso(s.withdrawnAt),
        state: consentState(consentOf(s), day),
      },
      messages: links
        .filter((l) => l.storyId === s.id)
        .flatMap((l) => {
          const m = messages.get(l.messageId);
          if (!m) return [];
          const use = l.use as StoryUse;
          return [
            {
              messageId: m.id,
              audience: m.audience,
              visibility: m.visibility as CampaignMessage["visibility"],
              use,
              problem: consentProblem(consentOf(s), use, day),
            },
          ];
        }),
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    }));
  }

  /** Everything the campaign's messages and stories are, read together. */
  async function readAll(campaignId: string, tx?: Tx) {
    const [messages, stories, links] = await Promise.all([
      repo.messages(campaignId, tx),
      repo.stories(campaignId, tx),
      repo.links(campaignId, tx),
    ]);
    return {
      messages,
      stories,
      links,
      messageById: new Map(messages.map((m) => [m.id, m])),
      storyById: new Map(stories.map((s) => [s.id, s])),
    };
  }

  async function oneMessage(campaignId: string, messageId: string): Promise<CampaignMessage> {
    const all = await readAll(campaignId);
    const row = all.messageById.get(messageId);
    if (!row) throw new NotFound(noSuchMessage);
    const [message] = await presentMessages([row], all.links, all.storyById);
    return message!;
  }

  async function oneStory(campaignId: string, storyId: string): Promise<CampaignStory> {
    const all = await readAll(campaignId);
    const row = all.storyById.get(storyId);
    if (!row) throw new NotFound(noSuchStory);
    const [story] = await presentStories([row], all.links, all.messageById);
    return story!;
  }

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
  async function storyToManage(actor: Actor, campaignId: string, storyId: string, tx: Tx) {
    const found = await access.authorize(
      actor,
      campaignId,
      { unknown: noSuchStory, tx },
      "campaign.read",
    );
    const story = await repo.lockStory(tx, campaignId, storyId);
    if (!story) throw new NotFound(noSuchStory);
    access.also(found, noSuchStory, "story.manage", {
      recordedByOrganizationId: story.recordedByOrganizationId,
    });
    return { found, story };
  }

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
      await database.db.transaction(async (tx) => {
        const found = await access.authorize(actor, campaignId, { tx }, "campaign.run");
        await checkMessenger(found.campaign, input.messengerOrganizationId ?? null, tx);
        if ((await repo.countMessages(tx, campaignId)) >= messagesPerCampaign) {
          throw new Conflict(`A campaign keeps at most ${messagesPerCampaign} messages.`);
        }
        const at = clock.now();
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
        await recordHistory(tx, {
          campaignId,
          entity: "message",
          entityId: id,
          action: "created",
          changes: changesBetween<MessageRow>(null, row, messageFields),
          changedBy: actor.userId,
          changedFor: actingFor(found),
          changedAt: at,
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
      await database.db.transaction(async (tx) => {
        const found = await access.authorize(
          actor,
          campaignId,
          { unknown: noSuchMessage, tx },
          "campaign.run",
        );
        const row = await repo.lockMessage(tx, campaignId, messageId);
        if (!row) throw new NotFound(noSuchMessage);
        const next: Partial<MessageRow> = {};
        for (const key of messageFields) {
          if (patch[key] !== undefined) (next as Record<string, unknown>)[key] = patch[key];
        }
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
        const at = clock.now();
        await repo.updateMessage(tx, messageId, { ...next, updatedAt: at });
        await recordHistory(tx, {
          campaignId,
          entity: "message",
          entityId: messageId,
          action: "updated",
          changes,
          changedBy: actor.userId,
          changedFor: actingFor(found),
          changedAt: at,
        });
      });
      return oneMessage(campaignId, messageId);
    },

    async deleteMessage(actor: Actor, campaignId: string, messageId: string) {
      await database.db.transaction(async (tx) => {
        const found = await access.authorize(
          actor,
          campaignId,
          { unknown: noSuchMessage, tx },
          "campaign.run",
        );
        const row = await repo.lockMessage(tx, campaignId, messageId);
        if (!row) throw new NotFound(noSuchMessage);
        await repo.deleteMessage(tx, messageId);
        await recordHistory(tx, {
          campaignId,
          entity: "message",
          entityId: messageId,
          action: "deleted",
          changes: changesBetween<MessageRow>(row, {}, messageFields),
          changedBy: actor.userId,
          changedFor: actingFor(found),
          changedAt: clock.now(),
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
      await database.db.transaction(async (tx) => {
        const found = await access.authorize(
          actor,
          campaignId,
          { unknown: noSuchMessage, tx },
          "campaign.run",
        );
        const message = await repo.lockMessage(tx, campaignId, messageId);
        if (!message) throw new NotFound(noSuchMessage);
        const story = await repo.lockStory(tx, campaignId, storyId);
        if (!story) throw new NotFound(noSuchStory);
        checkUse(story, input.use, message.visibility, today());
        const before = await repo.storiesOf(tx, messageId);
        const was = before.find((l) => l.story.id === storyId)?.use ?? null;
        if (was === input.use) return;
        await repo.putLink(tx, { messageId, storyId, use: input.use });
        await recordHistory(tx, {
          campaignId,
          entity: "message",
          entityId: messageId,
          action: "updated",
          changes: { [`stories.${storyId}`]: { from: was, to: input.use } },
          changedBy: actor.userId,
          changedFor: actingFor(found),
          changedAt: clock.now(),
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
      await database.db.transaction(async (tx) => {
        const found = await access.authorize(
          actor,
          campaignId,
          { unknown: noSuchMessage, tx },
          "campaign.run",
        );
        const message = await repo.lockMessage(tx, campaignId, messageId);
        if (!message) throw new NotFound(noSuchMessage);
        const was = (await repo.storiesOf(tx, messageId)).find((l) => l.story.id === storyId);
        if (!was || !(await repo.deleteLink(tx, messageId, storyId))) {
          throw new NotFound(noSuchStory);
        }
        await recordHistory(tx, {
          campaignId,
          entity: "message",
          entityId: messageId,
          action: "updated",
          changes: { [`stories.${storyId}`]: { from: was.use, to: null } },
          changedBy: actor.userId,
          changedFor: actingFor(found),
          changedAt: clock.now(),
        });
      });
      return oneMessage(campaignId, messageId);
    },

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
      await database.db.transaction(async (tx) => {
        await access.authorize(actor, campaignId, { unknown: noSuchCampaign, tx }, "story.record", {
          organizationId: input.recordedByOrganizationId,
        });
        if (input.consent.givenOn > today()) {
          throw new Invalid("Consent is recorded once it has been given.", [
            { field: "body.consent.givenOn", message: "must not be in the future" },
          ]);
        }
        if ((await repo.countStories(tx, campaignId)) >= storiesPerCampaign) {
          throw new Conflict(`A campaign keeps at most ${storiesPerCampaign} stories.`);
        }
        const at = clock.now();
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
        await recordHistory(tx, {
          campaignId,
          entity: "story",
          entityId: id,
          action: "created",
          changes: withheld(
            changesBetween<StoryRow>(null, row, [...storyFacts, ...storyWords]),
            storyWords,
          ),
          changedBy: actor.userId,
          changedFor: input.recordedByOrganizationId,
          changedAt: at,
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
      await database.db.transaction(async (tx) => {
        const { story } = await storyToManage(actor, campaignId, storyId, tx);
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
        if (consent.givenOn !== undefined && consent.givenOn > today()) {
          throw new Invalid("Consent is recorded once it has been given.", [
            { field: "body.consent.givenOn", message: "must not be in the future" },
          ]);
        }
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
        const at = clock.now();
        await repo.updateStory(tx, storyId, { ...next, updatedAt: at });
        await recordHistory(tx, {
          campaignId,
          entity: "story",
          entityId: storyId,
          action: "updated",
          changes: withheld(changes, storyWords),
          changedBy: actor.userId,
          changedFor: story.recordedByOrganizationId,
          changedAt: at,
        });
      });
      return oneStory(campaignId, storyId);
    },

    /**
     * The person takes back their consent: the story may no longer be told, and every message
     * that tells it is flagged until those running the campaign change it.
     */
    async withdrawStory(actor: Actor, campaignId: string, storyId: string): Promise<CampaignStory> {
      await database.db.transaction(async (tx) => {
        const { found, story } = await storyToManage(actor, campaignId, storyId, tx);
        if (story.withdrawnAt) throw new Conflict("This consent is already withdrawn.");
        const at = clock.now();
        await repo.updateStory(tx, storyId, { withdrawnAt: at, updatedAt: at });
        if (await repo.isTold(tx, storyId)) await tellRunners(tx, found, story, actor);
        await recordHistory(tx, {
          campaignId,
          entity: "story",
          entityId: storyId,
          action: "withdrawn",
          changes: { withdrawnAt: { from: null, to: at.toISOString() } },
          changedBy: actor.userId,
          changedFor: story.recordedByOrganizationId,
          changedAt: at,
        });
      });
      return oneStory(campaignId, storyId);
    },
  };
}
export type MessagesService = ReturnType<typeof createMessagesService>;
