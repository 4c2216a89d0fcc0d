import { expect } from "vitest";
import type { Case, PrepareContext } from "./access-policy.ts";
import { text } from "./access-policy.ts";
import {
  campaignIn,
  campaignReaders,
  campaignRunners,
  campaignSpeakers,
  campaignUrl,
} from "./campaign-access-kit.ts";
import { call } from "./org-helpers.ts";

/**
 * A campaign with an internal message and a story the target organisation recorded, with
 * consent to every use: attaching it is refused by access only, never by consent.
 */
async function withMessageAndStory(c: PrepareContext) {
  const campaignId = await campaignIn(c);
  const message = await call(c.t, "POST", `/api/v1/campaigns/${campaignId}/messages`, {
    as: c.owner,
    payload: { audience: "Members of parliament", frame: "legal", text: text("Stop the sales.") },
  });
  expect(message.statusCode, message.body).toBe(201);
  const story = await call(c.t, "POST", `/api/v1/campaigns/${campaignId}/stories`, {
    as: c.owner,
    payload: {
      recordedByOrganizationId: c.world.orgId,
      title: "The market",
      text: text("The market was struck."),
      consent: {
        by: "A shopkeeper",
        uses: ["internal", "public_named", "public_anonymised"],
        givenOn: "2026-01-01",
      },
    },
  });
  expect(story.statusCode, story.body).toBe(201);
  return {
    campaignId,
    messageId: (message.json() as { id: string }).id,
    storyId: (story.json() as { id: string }).id,
  };
}

/** …and the story told in the message. */
async function withStoryTold(c: PrepareContext) {
  const ids = await withMessageAndStory(c);
  const told = await call(
    c.t,
    "PUT",
    `/api/v1/campaigns/${ids.campaignId}/messages/${ids.messageId}/stories/${ids.storyId}`,
    { as: c.owner, payload: { use: "internal" } },
  );
  expect(told.statusCode, told.body).toBe(200);
  return ids;
}

const messageUrl = (w: Parameters<typeof campaignUrl>[0], rest = "") =>
  campaignUrl(w, `/messages/${w.extra.messageId}${rest}`);
const storyUrl = (w: Parameters<typeof campaignUrl>[0], rest = "") =>
  campaignUrl(w, `/stories/${w.extra.storyId}${rest}`);

/** The campaign's messages routes: see campaign-access-kit.ts for the world they meet. */
export const messageCases: Case[] = [
  {
    route: "GET /api/v1/campaigns/{id}/messages",
    coalition: "unlisted",
    prepare: withStoryTold,
    request: (w) => ({ method: "GET", url: campaignUrl(w, "/messages") }),
    expected: campaignReaders(200),
  },
  {
    route: "POST /api/v1/campaigns/{id}/messages",
    coalition: "unlisted",
    prepare: async (c) => ({ campaignId: await campaignIn(c) }),
    request: (w) => ({
      method: "POST",
      url: campaignUrl(w, "/messages"),
      payload: {
        audience: "Faith leaders",
        frame: "faith",
        text: text("Protect the neighbour."),
        messengerOrganizationId: w.orgId,
      },
    }),
    expected: campaignRunners(201),
  },
  {
    route: "PATCH /api/v1/campaigns/{id}/messages/{messageId}",
    coalition: "unlisted",
    prepare: withMessageAndStory,
    request: (w) => ({
      method: "PATCH",
      url: messageUrl(w),
      payload: { visibility: "public" },
    }),
    expected: campaignRunners(200),
  },
  {
    route: "DELETE /api/v1/campaigns/{id}/messages/{messageId}",
    coalition: "unlisted",
    prepare: withMessageAndStory,
    request: (w) => ({ method: "DELETE", url: messageUrl(w) }),
    expected: campaignRunners(204),
  },
  {
    route: "PUT /api/v1/campaigns/{id}/messages/{messageId}/stories/{storyId}",
    coalition: "unlisted",
    prepare: withMessageAndStory,
    request: (w) => ({
      method: "PUT",
      url: messageUrl(w, `/stories/${w.extra.storyId}`),
      payload: { use: "public_anonymised" },
    }),
    expected: campaignRunners(200),
  },
  {
    route: "DELETE /api/v1/campaigns/{id}/messages/{messageId}/stories/{storyId}",
    coalition: "unlisted",
    prepare: withStoryTold,
    request: (w) => ({ method: "DELETE", url: messageUrl(w, `/stories/${w.extra.storyId}`) }),
    expected: campaignRunners(200),
  },
  {
    route: "GET /api/v1/campaigns/{id}/stories",
    coalition: "unlisted",
    prepare: withStoryTold,
    request: (w) => ({ method: "GET", url: campaignUrl(w, "/stories") }),
    expected: campaignReaders(200),
  },
  {
    route: "GET /api/v1/campaigns/{id}/stories",
    variant: "secret",
    coalition: "secret",
    prepare: withStoryTold,
    request: (w) => ({ method: "GET", url: campaignUrl(w, "/stories") }),
    expected: campaignReaders(200),
  },
  {
    route: "POST /api/v1/campaigns/{id}/stories",
    coalition: "unlisted",
    prepare: async (c) => ({ campaignId: await campaignIn(c) }),
    request: (w) => ({
      method: "POST",
      url: campaignUrl(w, "/stories"),
      payload: {
        recordedByOrganizationId: w.orgId,
        title: "The clinic",
        text: text("The clinic lost power."),
        consent: { by: "A nurse", givenOn: "2026-02-01" },
      },
    }),
    // Recorded for the target organisation: by its representative only.
    expected: campaignSpeakers(201),
  },
  {
    route: "PATCH /api/v1/campaigns/{id}/stories/{storyId}",
    coalition: "unlisted",
    prepare: withStoryTold,
    request: (w) => ({
      method: "PATCH",
      url: storyUrl(w),
      payload: { consent: { uses: ["internal"], until: "2030-12-31" } },
    }),
    // The recording organisation's representative only.
    expected: campaignSpeakers(200),
  },
  {
    route: "POST /api/v1/campaigns/{id}/stories/{storyId}/withdraw",
    coalition: "unlisted",
    prepare: withStoryTold,
    request: (w) => ({ method: "POST", url: storyUrl(w, "/withdraw") }),
    expected: campaignSpeakers(200),
  },
];
