import { expect } from "vitest";
import type { SignedIn } from "./actors.ts";
import type { TestApp } from "./harness.ts";
import { fill } from "./bad-input-requests.ts";
import { type Ids, type Method, type WriteRoute, route } from "./bad-input-route.ts";

/*
 * Agreements and grants in the bad-input table: their routes, what they need made
 * (an agreement in force between the owner's organisation and the applicant, which the owner
 * also owns, and a record with consent shared under it), and an order in which each
 * well-formed request succeeds.
 */
const terms = {
  title: "Evidence for litigation",
  purpose: "Cases before the regional court.",
  dataCategories: ["incidents"],
  fields: ["occurredOn", "country"],
  onwardRule: "none",
  retentionDays: 365,
  consentRequired: "named_partners",
};

export const agreementWriteRoutes: WriteRoute[] = [
  route("POST", "/api/v1/agreements", {
    validBody: {
      ...terms,
      proposedBy: "{{organizationId}}",
      partyIds: ["{{applicantOrganizationId}}"],
    },
    textFields: ["title", "purpose", "onwardRule", "consentRequired", "proposedBy"],
  }),
  route("POST", "/api/v1/agreements/:id/versions", {
    validBody: { ...terms, retentionDays: 180, organizationId: "{{organizationId}}" },
    textFields: ["title", "purpose", "organizationId"],
  }),
  route("POST", "/api/v1/agreements/:id/accept", {
    validBody: { organizationId: "{{applicantOrganizationId}}" },
    textFields: ["organizationId"],
  }),
  route("POST", "/api/v1/agreements/:id/end", {
    validBody: { organizationId: "{{organizationId}}" },
    textFields: ["organizationId"],
  }),
  route("POST", "/api/v1/records/:id/grants", {
    validBody: {
      agreementId: "{{agreementId}}",
      toOrganizationId: "{{applicantOrganizationId}}",
      expiresAt: "2031-01-01T00:00:00Z",
      overrideReason: "Asked by the court, the person cannot be reached.",
    },
    textFields: ["agreementId", "toOrganizationId", "expiresAt", "overrideReason"],
    pathIds: { id: "grantRecordId" },
  }),
  route("POST", "/api/v1/organizations/:id/grants", {
    validBody: {
      agreementId: "{{agreementId}}",
      toOrganizationId: "{{applicantOrganizationId}}",
      filter: { kind: "incident", country: "YE", from: "2026-01-01" },
    },
    textFields: ["agreementId", "toOrganizationId"],
  }),
  route("POST", "/api/v1/grants/:id/revoke"),
];

/** Makes the agreement, the record and the grant the routes above refer to. */
export async function agreementWorld(t: TestApp, owner: SignedIn, ids: Ids) {
  const inject = async (method: "POST", url: string, payload: unknown, status = 201) => {
    const made = await t.app.inject({
      method,
      url,
      headers: owner.headers,
      payload: payload as object,
    });
    expect(made.statusCode, made.body).toBe(status);
    return made.json() as { id: string };
  };
  const body = (path: string) =>
    fill(agreementWriteRoutes.find((r) => r.path === path)?.validBody ?? {}, ids);
  ids.agreementId = (await inject("POST", "/api/v1/agreements", body("/api/v1/agreements"))).id;
  await inject(
    "POST",
    `/api/v1/agreements/${ids.agreementId}/accept`,
    body("/api/v1/agreements/:id/accept"),
    200,
  );
  ids.grantRecordId = (
    await inject("POST", "/api/v1/records", {
      kind: "incident",
      ownerOrganizationId: ids.organizationId,
      fields: { occurredOn: "2026-10-14", country: "YE", violationTypes: ["torture"] },
    })
  ).id;
  await inject(
    "POST",
    `/api/v1/records/${ids.grantRecordId}/consents`,
    { use: "named_partners", state: "given" },
    200,
  );
  ids.grantId = (
    await inject("POST", `/api/v1/records/${ids.grantRecordId}/grants`, {
      agreementId: ids.agreementId,
      toOrganizationId: ids.applicantOrganizationId,
    })
  ).id;
}

/** New terms, accepted again, shares under them, a revocation, and the end. */
export const agreementOrder = (find: (method: Method, path: string) => WriteRoute) =>
  (
    [
      ["POST", "/api/v1/agreements"],
      ["POST", "/api/v1/agreements/:id/versions"],
      ["POST", "/api/v1/agreements/:id/accept"],
      ["POST", "/api/v1/records/:id/grants"],
      ["POST", "/api/v1/organizations/:id/grants"],
      ["POST", "/api/v1/grants/:id/revoke"],
      ["POST", "/api/v1/agreements/:id/end"],
    ] as const
  ).map(([method, path]) => find(method, path));
