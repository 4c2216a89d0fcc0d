import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ReviewQueue, VerificationResult } from "../../../shared/admin.ts";
import { DirectoryResult } from "../../../shared/directory.ts";
import { createOrganization, type SignedIn, signedInUser } from "../../test/actors.ts";
import { backends, createTestApp, type TestApp, TestClock } from "../../test/harness.ts";
import { call, databaseState, expectProblem } from "../../test/org-helpers.ts";

describe.each(backends)("platform administration on %s", (backend) => {
  let t: TestApp;
  const clock = new TestClock(new Date("2031-05-04T10:30:00Z"));
  let platformAdmin: SignedIn;
  let owner: SignedIn;
  let someone: SignedIn;

  beforeAll(async () => {
    t = await createTestApp(backend, { clock });
    platformAdmin = await signedInUser(t, "Admin", { isPlatformAdmin: true });
    owner = await signedInUser(t, "owner");
    someone = await signedInUser(t, "someone");
  });
  afterAll(async () => {
    await t?.close();
  });

  const setVerified = (id: string, verified: boolean, as: SignedIn | null) =>
    call(t, "PUT", `/api/v1/admin/organizations/${id}/verification`, {
      as,
      payload: { verified },
    });
  const queue = async (verified?: "true" | "false") => {
    const response = await call(
      t,
      "GET",
      `/api/v1/admin/organizations${verified ? `?verified=${verified}` : ""}`,
      { as: platformAdmin },
    );
    expect(response.statusCode, response.body).toBe(200);
    return ReviewQueue.parse(response.json()).items;
  };
  const verifiedFacet = async () => {
    const response = await call(t, "GET", "/api/v1/directory");
    return Object.fromEntries(
      DirectoryResult.parse(response.json()).facets.verified.map((c) => [c.key, c.count]),
    );
  };

  it("lists unverified organisations for review, oldest first, hidden ones included", async () => {
    const first = await createOrganization(t, owner, { name: "First Rights Group" });
    const hidden = await createOrganization(t, owner, {
      name: "Quiet Shelter",
      hiddenFromDirectory: true,
    });
    const third = await createOrganization(t, owner, { name: "Third Legal Clinic" });
    const ours = [first, hidden, third];

    const items = await queue();

    expect(items.map((i) => i.id).filter((id) => ours.includes(id))).toEqual(ours);
    expect(items.every((i) => i.verifiedAt === null)).toBe(true);
    expect(items.find((i) => i.id === first)).toMatchObject({
      name: "First Rights Group",
      acronym: "SHLAN",
      headquartersCountry: "JO",
      verifiedAt: null,
    });
    const verified = await queue("true");
    expect(verified.map((i) => i.id)).not.toContain(first);
    expect(verified.every((i) => i.verifiedAt !== null)).toBe(true);
  });

  it("verifies an organisation: badge, verifier's name and time on the profile and in the directory", async () => {
    const id = await createOrganization(t, owner, { name: "Second Relief Fund" });
    const facetBefore = await verifiedFacet();

    const response = await setVerified(id, true, platformAdmin);

    expect(response.statusCode, response.body).toBe(200);
    expect(VerificationResult.parse(response.json())).toEqual({
      id,
      verified: true,
      verifiedAt: clock.now().toISOString(),
      verifiedBy: "Admin",
    });
    const profile = await call(t, "GET", `/api/v1/organizations/${id}`);
    expect(profile.json()).toMatchObject({
      verified: true,
      verifiedAt: clock.now().toISOString(),
      verifiedBy: "Admin",
    });
    const facetAfter = await verifiedFacet();
    expect(facetAfter.true).toBe((facetBefore.true ?? 0) + 1);
    expect(facetAfter.false ?? 0).toBe((facetBefore.false ?? 0) - 1);
    const onlyVerified = DirectoryResult.parse(
      (await call(t, "GET", "/api/v1/directory?verified=true&limit=100")).json(),
    );
    expect(onlyVerified.items.find((i) => i.id === id)).toMatchObject({ verified: true });
    expect((await queue()).map((i) => i.id)).not.toContain(id);
    expect((await queue("true")).find((i) => i.id === id)).toMatchObject({
      verifiedAt: clock.now().toISOString(),
    });
  });

  it("removes the badge when unverified", async () => {
    const id = await createOrganization(t, owner, { name: "Fourth Legal Clinic" });
    expect((await setVerified(id, true, platformAdmin)).statusCode).toBe(200);
    clock.advance(60_000);

    const response = await setVerified(id, false, platformAdmin);

    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      id,
      verified: false,
      verifiedAt: null,
      verifiedBy: null,
    });
    expect((await call(t, "GET", `/api/v1/organizations/${id}`)).json()).toMatchObject({
      verified: false,
      verifiedAt: null,
      verifiedBy: null,
    });
    expect((await queue()).map((i) => i.id)).toContain(id);
    expect((await queue("true")).map((i) => i.id)).not.toContain(id);
  });

  it("refuses anyone who is not a platform administrator, the organisation's owner included", async () => {
    const id = await createOrganization(t, owner, { name: "Fifth Media Lab" });
    const before = await databaseState(t);

    for (const as of [owner, someone]) {
      expect(expectProblem(await setVerified(id, true, as), 403).detail).toMatch(
        /platform administrators/,
      );
      expectProblem(await call(t, "GET", "/api/v1/admin/organizations", { as }), 403);
    }

    expect(await databaseState(t)).toEqual(before);
    expect((await call(t, "GET", `/api/v1/organizations/${id}`)).json()).toMatchObject({
      verified: false,
    });
  });

  it("asks anonymous callers to sign in", async () => {
    const id = await createOrganization(t, owner, { name: "Sixth Aid Network" });
    const before = await databaseState(t);

    expectProblem(await setVerified(id, true, null), 401);
    expectProblem(await call(t, "GET", "/api/v1/admin/organizations"), 401);

    expect(await databaseState(t)).toEqual(before);
  });

  it("answers 404 for an organisation that does not exist", async () => {
    const response = await setVerified("0190a7e4-5b1c-7c6e-9d2f-3a4b5c6d7e8f", true, platformAdmin);
    expect(expectProblem(response, 404).detail).toBe("No such organisation.");
  });
});
