import type { StoryUse } from "../../../shared/campaigns/catalogue.ts";
import {
  type ConsentProblem,
  type StoryConsent,
  consentProblem,
  consentState,
} from "../../../shared/campaigns/consent.ts";
import type { CampaignMessage, CampaignStory } from "../../../shared/campaigns/messages.ts";
import type { Tx } from "../../db/client.ts";
import { NotFound } from "../../lib/errors.ts";
import type { CampaignPartDeps } from "./campaign-part.ts";
import type { LinkRow, MessageRow, MessagesRepo, StoryRow } from "./messages.repo.ts";

export const noSuchCampaign = "No such campaign.";
export const noSuchMessage = "No such message.";
export const noSuchStory = "No such story.";

export const useNames: Record<StoryUse, string> = {
  internal: "internal use",
  public_named: "public use with their name",
  public_anonymised: "anonymised public use",
};

/** Why a story may not be told for a use, in a sentence an API client can show. */
export function whyNot(story: StoryRow, problem: ConsentProblem): string {
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

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A story row's consent, as the consent rule reads it. */
export const consentOf = (story: StoryRow): StoryConsent => ({
  ...story,
  consentUses: story.consentUses as StoryUse[],
});

/**
 * Messages and stories as the API shows them, each with the other, and the consent of every
 * story checked as of today (so a flag appears the day consent runs out).
 */
export function createMessagesPresenter(
  deps: Pick<CampaignPartDeps, "names" | "clock"> & { repo: MessagesRepo },
) {
  const { names, clock, repo } = deps;
  const today = () => clock.now().toISOString().slice(0, 10);

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

  return { today, presentMessages, presentStories, readAll, oneMessage, oneStory };
}
export type MessagesPresenter = ReturnType<typeof createMessagesPresenter>;
