import { expect } from "vitest";
import { RecordView } from "../../../shared/records/api.ts";
import { type SignedIn, createOrganization, signedInUser } from "../../test/actors.ts";
import type { TestApp } from "../../test/harness.ts";
import { addMember, call } from "../../test/org-helpers.ts";
import { coalitionWithEveryRole } from "../meetings/meetings.fixtures.ts";

/** An incident's fields as a monitor would record them. */
export const incidentFields = (overrides: Record<string, unknown> = {}) => ({
  occurredOn: "2026-10-14",
  country: "YE",
  adminArea: { name: "Taiz", pcode: "YE15" },
  placeText: "Market road, north of the old city",
  coordinates: { lat: 13.5795, lon: 44.0209, precision: "1km" },
  violationTypes: ["arbitrary_detention", "torture"],
  perpetratorCategory: "non_state_armed_group",
  affected: [{ sex: "male", ageBand: "18-59", count: 3 }],
  sourceType: "witness",
  sourceReliability: "B",
  informationCredibility: 2,
  narrative: { original: "en", texts: { en: "Three men were taken at a checkpoint." } },
  ...overrides,
});

/**
 * The coalition of every role (Access Watch convenes), where Access Watch keeps records: its
 * owner, a colleague who is a plain member, and a litigator outside the coalition that
 * agreements and grants are made with.
 */
export async function recordWorld(t: TestApp) {
  const w = await coalitionWithEveryRole(t);
  const owner = w.people.convener;
  const ownerOrg = w.org.convener;
  const colleague = await signedInUser(t, "monitor-colleague");
  await addMember(t, ownerOrg, colleague.userId, "member");
  const litigator = await signedInUser(t, "litigator");
  const litigatorOrg = await createOrganization(t, litigator, {
    name: "Strategic Litigation Centre",
  });
  return { ...w, owner, ownerOrg, colleague, litigator, litigatorOrg };
}
export type RecordWorld = Awaited<ReturnType<typeof recordWorld>>;

/** Records an incident as `as` for `organizationId`; the body may override anything. */
export async function recordIncident(
  t: TestApp,
  as: SignedIn,
  organizationId: string,
  body: Record<string, unknown> = {},
) {
  const made = await call(t, "POST", "/api/v1/records", {
    as,
    payload: {
      kind: "incident",
      ownerOrganizationId: organizationId,
      fields: incidentFields(),
      ...body,
    },
  });
  expect(made.statusCode, made.body).toBe(201);
  return RecordView.parse(made.json());
}
