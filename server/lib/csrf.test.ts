import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type SignedIn,
  createOrganization,
  sampleOrganization,
  signedInUser,
} from "../test/actors.ts";
import { type TestApp, backends, createTestApp, testOrigin } from "../test/harness.ts";
import { databaseState, expectProblem } from "../test/org-helpers.ts";
import { organizations } from "../modules/organizations/organizations.table.ts";

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
