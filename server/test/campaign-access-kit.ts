import { expect } from "vitest";
import {
  type Expected,
  type PrepareContext,
  type World,
  convenerOnly,
  membersOf,
  text,
  unknownOutside,
} from "./access-policy.ts";
import { call } from "./org-helpers.ts";

/**
 * What the campaign rows of the access table share. The target organisation convenes the
 * coalition and leads the campaign; its owner represents it, its member and admin are inside
 * (their organisation is) without representing it, and everyone else is outside.
 */

/** A campaign of the world's coalition, led by the target organisation. */
export async function campaignIn({ t, world, owner }: PrepareContext) {
  const made = await call(t, "POST", "/api/v1/campaigns", {
    as: owner,
    payload: {
      organizationId: world.orgId,
      coalitionId: world.coalitionId,
      title: text("Stop the transfers"),
    },
  });
  expect(made.statusCode, made.body).toBe(201);
  return (made.json() as { id: string }).id;
}

export const campaignUrl = (w: World, rest = "") =>
  `/api/v1/campaigns/${w.extra.campaignId}${rest}`;

/** Read by everyone inside; for everyone else the campaign does not exist. */
export const campaignReaders = (status: number): Expected =>
  unknownOutside(membersOf(status), "read");
/** Done by the lead organisation's representative (here also the convener); unknown outside. */
export const campaignRunners = (status: number): Expected =>
  unknownOutside(convenerOnly(status), "write");
/** Done for an organisation by its representative: the owner, for the target organisation. */
export const campaignSpeakers = campaignRunners;
