import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type SignedIn,
  createOrganization,
  sampleOrganization,
  signedInUser,
  testPassword,
} from "../test/actors.ts";
import { type TestApp, backends, createTestApp, testOrigin } from "../test/harness.ts";
import { databaseState, expectProblem } from "../test/org-helpers.ts";
import { organizations } from "../modules/organizations/organizations.table.ts";
import { users } from "../modules/auth/auth.table.ts";

const evil = "https://evil.example";

describe.each(backends)("cross-site request guard on %s", (backend) => {
  let t: TestApp;
  let owner: SignedIn;
  let organizationId: string;

  beforeAll(async () => {
    t = await createTestApp(backend);
    owner = await signedInUser(t, "owner");
    organizationId = await createOrganization(t, owner);
  });
  afterAll(async () => {
    await t.close();
  });

  /** A write carrying the owner's session cookie and exactly the given browser headers. */
  function write(
    headers: Record<string, string>,
    request: { method?: "POST" | "PATCH"; url?: string; payload?: unknown } = {},
  ) {
    return t.app.inject({
      method: request.method ?? "POST",
      url: request.url ?? "/api/v1/organizations",
      headers: { cookie: owner.cookie, ...headers },
      payload: (request.payload ?? sampleOrganization({ name: "Forged Coalition" })) as object,
    });
  }

  async function organizationCount() {
    const [row] = await t.services.db.select({ n: count() }).from(organizations);
    return row?.n;
  }

  it("refuses a cookie-authenticated write from another origin and writes nothing", async () => {
    const before = await databaseState(t);
    const response = await write({ origin: evil });
    const problem = expectProblem(response, 403);
    expect(problem.detail).toBe("Cross-site request refused.");
    expect(await databaseState(t)).toEqual(before);
  });

  it("refuses a write with no Origin when the browser says it is cross-site", async () => {
    const before = await organizationCount();
    const response = await write({ "sec-fetch-site": "cross-site" });
    expect(expectProblem(response, 403).detail).toBe("Cross-site request refused.");
    expect(await organizationCount()).toBe(before);
  });

  it("refuses a write from a sibling site with no Origin", async () => {
    const before = await organizationCount();
    const response = await write({ "sec-fetch-site": "same-site" });
    expectProblem(response, 403);
    expect(await organizationCount()).toBe(before);
  });

  it.each([
    // Typed in the address bar or sent by another app: not a page of ours, so not same-origin.
    ["a request the user started outside any page", "none"],
    ["a fetch-site value the browser never sends", "same-origin-ish"],
    ["an empty fetch-site", " "],
  ])("refuses a write with no Origin from %s", async (_label, fetchSite) => {
    const before = await databaseState(t);
    const response = await write({ "sec-fetch-site": fetchSite });
    expectProblem(response, 403);
    expect(await databaseState(t)).toEqual(before);
  });

  it("refuses a cookie-authenticated write that says nothing about where it comes from", async () => {
    const before = await organizationCount();
    const response = await write({});
    expect(expectProblem(response, 403).detail).toBe(
      "A cookie-authenticated write must send an Origin header.",
    );
    expect(await organizationCount()).toBe(before);
  });

  it.each([
    ["an origin that merely starts like ours", `${testOrigin}.evil.example`],
    ["our host on another scheme", "https://localhost:3000"],
    ["our host on another port", "http://localhost:3001"],
    ["an opaque origin", "null"],
  ])("refuses %s", async (_label, origin) => {
    const before = await organizationCount();
    expectProblem(await write({ origin }), 403);
    expect(await organizationCount()).toBe(before);
  });

  it("refuses a cross-site profile change before reading its body", async () => {
    const before = await databaseState(t);
    const response = await write(
      { origin: evil, "content-type": "application/json" },
      {
        method: "PATCH",
        url: `/api/v1/organizations/${organizationId}`,
        payload: { name: "Defaced" },
      },
    );
    expectProblem(response, 403);
    expect(await databaseState(t)).toEqual(before);
  });

  it("allows a write from our own origin", async () => {
    const before = await organizationCount();
    const response = await write({ origin: testOrigin });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ name: "Forged Coalition", myRole: "owner" });
    expect(await organizationCount()).toBe((before ?? 0) + 1);
  });

  it("allows a same-origin write from a browser that sends no Origin", async () => {
    const before = await organizationCount();
    const response = await write({ "sec-fetch-site": "same-origin" });
    expect(response.statusCode, response.body).toBe(201);
    expect(await organizationCount()).toBe((before ?? 0) + 1);
  });

  it("lets another origin read, since reads change nothing", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: `/api/v1/organizations/${organizationId}`,
      headers: { cookie: owner.cookie, origin: evil, "sec-fetch-site": "cross-site" },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ id: organizationId, myRole: "owner" });
  });

  it("refuses a same-origin fetch-site when the Origin says otherwise", async () => {
    const before = await organizationCount();
    expectProblem(await write({ origin: evil, "sec-fetch-site": "same-origin" }), 403);
    expect(await organizationCount()).toBe(before);
  });

  it("leaves requests without a cookie to authentication, which refuses them", async () => {
    const before = await organizationCount();
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/organizations",
      headers: { origin: evil },
      payload: sampleOrganization(),
    });
    expectProblem(response, 401);
    expect(await organizationCount()).toBe(before);
  });
});

/**
 * Better Auth guards its own endpoints (the guard above covers /api/v1 only): a write that
 * carries the session cookie must come with our Origin, and a sign-in from another origin is
 * refused too, so nobody can be signed into someone else's account by a hostile page.
 */
describe.each(backends)("cross-site writes to Better Auth on %s", (backend) => {
  let t: TestApp;
  let person: SignedIn;

  beforeAll(async () => {
    t = await createTestApp(backend);
    person = await signedInUser(t, "renamed");
  });
  afterAll(async () => {
    await t.close();
  });

  async function nameOf(userId: string) {
    const [row] = await t.services.db
      .select({ name: users.name })
      .from(users)
      .where(eq(users.id, userId));
    return row?.name;
  }

  function rename(headers: Record<string, string>) {
    return t.app.inject({
      method: "POST",
      url: "/api/auth/update-user",
      headers: { cookie: person.cookie, "content-type": "application/json", ...headers },
      payload: { name: "Forged Name" },
    });
  }

  it.each([
    ["another origin", { origin: evil }],
    ["another origin claiming same-origin", { origin: evil, "sec-fetch-site": "same-origin" }],
    ["an opaque origin", { origin: "null" }],
    ["no Origin and a cross-site browser", { "sec-fetch-site": "cross-site" }],
    ["no Origin from outside any page", { "sec-fetch-site": "none" }],
    ["nothing about where it comes from", {}],
  ])("refuses a cookie-authenticated account change from %s", async (_label, headers) => {
    const response = await rename(headers as Record<string, string>);
    expect(response.statusCode, response.body).toBe(403);
    expect(await nameOf(person.userId)).toBe("renamed");
  });

  it("accepts the same change from our own origin, so the refusals above are about origin", async () => {
    const response = await rename({ origin: testOrigin });
    expect(response.statusCode, response.body).toBe(200);
    expect(await nameOf(person.userId)).toBe("Forged Name");
  });

  it("refuses a sign-in posted from another origin", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: { origin: evil, "content-type": "application/json" },
      payload: { email: person.email, password: testPassword },
    });
    expect(response.statusCode, response.body).toBe(403);
    expect(response.cookies.map((c) => c.name)).not.toContain("cg.session_token");
  });

  it("refuses a sign-in form submitted by a cross-site navigation", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: {
        "content-type": "application/json",
        "sec-fetch-site": "cross-site",
        "sec-fetch-mode": "navigate",
        "sec-fetch-dest": "document",
      },
      payload: { email: person.email, password: testPassword },
    });
    expect(response.statusCode, response.body).toBe(403);
    expect(response.cookies.map((c) => c.name)).not.toContain("cg.session_token");
  });
});
