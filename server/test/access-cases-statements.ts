import { expect } from "vitest";
import {
  type Case,
  type PrepareContext,
  coalitionUrl,
  convenerOnly,
  everyone,
  membersOf,
  secretCoalition,
  signedIn,
  text,
  unknownOutside,
} from "./access-policy.ts";
import { call } from "./org-helpers.ts";

/** A statement the convener drafted; opened for sign-on, published, and with a link as asked. */
async function statement(
  { t, world, owner }: PrepareContext,
  stage: "draft" | "open" | "published" = "draft",
) {
  const made = await call(t, "POST", coalitionUrl(world, "/statements"), {
    as: owner,
    payload: { title: text("Open the roads"), text: text("We call on all parties.") },
  });
  expect(made.statusCode, made.body).toBe(201);
  const { id, current } = made.json() as { id: string; current: { id: string } };
  if (stage !== "draft") {
    const opened = await call(t, "PATCH", `/api/v1/statements/${id}`, {
      as: owner,
      payload: { status: "open" },
    });
    expect(opened.statusCode, opened.body).toBe(200);
  }
  if (stage === "published") {
    const published = await call(t, "POST", `/api/v1/statements/${id}/publish`, { as: owner });
    expect(published.statusCode, published.body).toBe(200);
  }
  const link = await call(t, "POST", `/api/v1/statements/${id}/invitation`, { as: owner });
  expect(link.statusCode, link.body).toBe(201);
  return {
    statementId: id,
    versionId: current.id,
    token: (link.json() as { token: string }).token,
  };
}

const statementUrl = (w: { extra: Record<string, string> }, rest = "") =>
  `/api/v1/statements/${w.extra.statementId}${rest}`;

/** Joint statements: drafting, sign-on (inside and by link) and the public page. */
export const statementCases: Case[] = [
  {
    route: "POST /api/v1/coalitions/{id}/statements",
    coalition: "unlisted",
    request: (w) => ({
      method: "POST",
      url: coalitionUrl(w, "/statements"),
      payload: { title: text("Open the roads"), text: text("We call on all parties.") },
    }),
    expected: convenerOnly(201),
  },
  {
    route: "POST /api/v1/coalitions/{id}/statements",
    variant: "secret",
    coalition: "secret",
    request: (w) => ({
      method: "POST",
      url: coalitionUrl(w, "/statements"),
      payload: { title: text("Open the roads"), text: text("We call on all parties.") },
    }),
    expected: { ...convenerOnly(201), otherOrgMember: 404, platformAdmin: 404 },
  },
  {
    route: "GET /api/v1/coalitions/{id}/statements",
    coalition: "unlisted",
    prepare: (c) => statement(c),
    request: (w) => ({ method: "GET", url: coalitionUrl(w, "/statements") }),
    expected: membersOf(200),
  },
  {
    route: "GET /api/v1/coalitions/{id}/statements",
    variant: "secret",
    coalition: "secret",
    prepare: (c) => statement(c),
    request: (w) => ({ method: "GET", url: coalitionUrl(w, "/statements") }),
    expected: secretCoalition(200),
  },
  {
    route: "GET /api/v1/statements/{id}",
    coalition: "unlisted",
    prepare: (c) => statement(c),
    request: (w) => ({ method: "GET", url: statementUrl(w) }),
    expected: unknownOutside(membersOf(200), "read"),
  },
  {
    route: "GET /api/v1/statements/{id}/versions",
    coalition: "unlisted",
    prepare: (c) => statement(c),
    request: (w) => ({ method: "GET", url: statementUrl(w, "/versions") }),
    expected: unknownOutside(membersOf(200), "read"),
  },
  {
    route: "POST /api/v1/statements/{id}/versions",
    coalition: "unlisted",
    prepare: (c) => statement(c),
    request: (w) => ({
      method: "POST",
      url: statementUrl(w, "/versions"),
      payload: { title: text("Open the roads now"), text: text("Open them today.") },
    }),
    expected: unknownOutside(convenerOnly(200), "write"),
  },
  {
    route: "PATCH /api/v1/statements/{id}",
    coalition: "unlisted",
    prepare: (c) => statement(c),
    request: (w) => ({ method: "PATCH", url: statementUrl(w), payload: { status: "open" } }),
    expected: unknownOutside(convenerOnly(200), "write"),
  },
  {
    route: "POST /api/v1/statements/{id}/publish",
    coalition: "unlisted",
    prepare: (c) => statement(c, "open"),
    request: (w) => ({ method: "POST", url: statementUrl(w, "/publish") }),
    expected: unknownOutside(convenerOnly(200), "write"),
  },
  {
    route: "POST /api/v1/statements/{id}/answers",
    coalition: "unlisted",
    prepare: (c) => statement(c, "open"),
    request: (w) => ({
      method: "POST",
      url: statementUrl(w, "/answers"),
      payload: { organizationId: w.orgId, answer: "private", versionId: w.extra.versionId },
    }),
    // Only the organisation's representative answers for it; its other people are refused.
    expected: unknownOutside(convenerOnly(200), "write"),
  },
  {
    route: "POST /api/v1/statements/{id}/invitation",
    coalition: "unlisted",
    prepare: (c) => statement(c, "open"),
    request: (w) => ({ method: "POST", url: statementUrl(w, "/invitation") }),
    expected: unknownOutside(convenerOnly(201), "write"),
  },
  {
    route: "GET /api/v1/statement-invitations/{token}",
    coalition: "secret",
    prepare: (c) => statement(c, "open"),
    request: (w) => ({ method: "GET", url: `/api/v1/statement-invitations/${w.extra.token}` }),
    // The link is the invitation: whoever holds it reads the text, signed in.
    expected: signedIn(200),
  },
  {
    route: "POST /api/v1/statement-invitations/{token}/answers",
    coalition: "secret",
    prepare: (c) => statement(c, "open"),
    request: (w) => ({
      method: "POST",
      url: `/api/v1/statement-invitations/${w.extra.token}/answers`,
      payload: { organizationId: w.otherOrgId, answer: "public", versionId: w.extra.versionId },
    }),
    // Only the outside organisation's own owner answers for it.
    expected: { ...signedIn(403), otherOrgMember: 200 },
  },
  {
    route: "GET /api/v1/public/statements/{id}",
    coalition: "secret",
    prepare: (c) => statement(c, "published"),
    request: (w) => ({ method: "GET", url: `/api/v1/public/statements/${w.extra.statementId}` }),
    expected: everyone(200),
  },
];
