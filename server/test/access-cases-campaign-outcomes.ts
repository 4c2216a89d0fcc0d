import { expect } from "vitest";
import type { Case, PrepareContext, World } from "./access-policy.ts";
import { signedIn, text } from "./access-policy.ts";
import {
  campaignIn,
  campaignReaders,
  campaignRunners,
  campaignSpeakers,
  campaignUrl,
} from "./campaign-access-kit.ts";
import { call } from "./org-helpers.ts";

const outcome = (organizationId: string) => ({
  organizationId,
  observedOn: "2026-03-01",
  change: text("Two export licences were suspended."),
  contribution: text("Our analysis was cited."),
  significance: "some",
});
const review = (shared?: "coalition" | "platform") => ({
  worked: text("Litigation with media."),
  didNotWork: text("Private diplomacy."),
  lessons: text("Start the case early."),
  tactics: ["litigation"],
  issues: ["civil_political"],
  ...(shared ? { shared } : {}),
});

/** A campaign with an outcome the target organisation logged. */
async function withOutcome(c: PrepareContext) {
  const campaignId = await campaignIn(c);
  const made = await call(c.t, "POST", `/api/v1/campaigns/${campaignId}/outcomes`, {
    as: c.owner,
    payload: outcome(c.world.orgId),
  });
  expect(made.statusCode, made.body).toBe(201);
  return { campaignId, outcomeId: (made.json() as { id: string }).id };
}

/** A closed campaign, with its review when asked. */
async function closed(c: PrepareContext, withReview?: "coalition" | "platform") {
  const campaignId = await campaignIn(c);
  const close = await call(c.t, "PATCH", `/api/v1/campaigns/${campaignId}`, {
    as: c.owner,
    payload: { status: "closed" },
  });
  expect(close.statusCode, close.body).toBe(200);
  if (withReview) {
    const written = await call(c.t, "PUT", `/api/v1/campaigns/${campaignId}/review`, {
      as: c.owner,
      payload: review(withReview),
    });
    expect(written.statusCode, written.body).toBe(200);
  }
  return { campaignId };
}

const outcomeUrl = (w: World) => campaignUrl(w, `/outcomes/${w.extra.outcomeId}`);

/** The campaign's outcomes routes: see campaign-access-kit.ts for the world they meet. */
export const outcomeCases: Case[] = [
  {
    route: "GET /api/v1/campaigns/{id}/outcomes",
    coalition: "unlisted",
    prepare: withOutcome,
    request: (w) => ({ method: "GET", url: campaignUrl(w, "/outcomes") }),
    expected: campaignReaders(200),
  },
  {
    route: "POST /api/v1/campaigns/{id}/outcomes",
    coalition: "unlisted",
    prepare: async (c) => ({ campaignId: await campaignIn(c) }),
    request: (w) => ({
      method: "POST",
      url: campaignUrl(w, "/outcomes"),
      payload: outcome(w.orgId),
    }),
    // For the target organisation: its representative (the owner) alone.
    expected: campaignSpeakers(201),
  },
  {
    route: "PATCH /api/v1/campaigns/{id}/outcomes/{outcomeId}",
    coalition: "unlisted",
    prepare: withOutcome,
    request: (w) => ({
      method: "PATCH",
      url: outcomeUrl(w),
      payload: { significance: "significant" },
    }),
    expected: campaignRunners(200),
  },
  {
    route: "DELETE /api/v1/campaigns/{id}/outcomes/{outcomeId}",
    coalition: "unlisted",
    prepare: withOutcome,
    request: (w) => ({ method: "DELETE", url: outcomeUrl(w) }),
    expected: campaignRunners(204),
  },
  {
    route: "GET /api/v1/campaigns/{id}/review",
    coalition: "unlisted",
    prepare: (c) => closed(c, "coalition"),
    request: (w) => ({ method: "GET", url: campaignUrl(w, "/review") }),
    expected: campaignReaders(200),
  },
  {
    route: "PUT /api/v1/campaigns/{id}/review",
    coalition: "unlisted",
    prepare: (c) => closed(c),
    request: (w) => ({ method: "PUT", url: campaignUrl(w, "/review"), payload: review() }),
    expected: campaignRunners(200),
  },
  {
    route: "PUT /api/v1/campaigns/{id}/review",
    variant: "campaign not closed",
    coalition: "unlisted",
    prepare: async (c) => ({ campaignId: await campaignIn(c) }),
    request: (w) => ({ method: "PUT", url: campaignUrl(w, "/review"), payload: review() }),
    // Those who may write it are told to close the campaign first; the rest as before.
    expected: campaignRunners(409),
  },
  {
    route: "GET /api/v1/campaign-lessons",
    coalition: "unlisted",
    prepare: (c) => closed(c, "platform"),
    request: () => ({ method: "GET", url: "/api/v1/campaign-lessons?tactic=litigation" }),
    // Lessons shared with the platform are for anyone signed in.
    expected: signedIn(200),
  },
  {
    route: "GET /api/v1/campaigns/{id}/dashboard",
    coalition: "unlisted",
    prepare: withOutcome,
    request: (w) => ({ method: "GET", url: campaignUrl(w, "/dashboard") }),
    expected: campaignReaders(200),
  },
  {
    route: "GET /api/v1/campaigns/{id}/dashboard",
    variant: "secret",
    coalition: "secret",
    prepare: async (c) => ({ campaignId: await campaignIn(c) }),
    request: (w) => ({ method: "GET", url: campaignUrl(w, "/dashboard") }),
    expected: campaignReaders(200),
  },
];
