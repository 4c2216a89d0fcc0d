import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, backends, createTestApp } from "../../test/harness.ts";
import type { SignedIn } from "../../test/actors.ts";
import { ConfidentialList } from "../../../shared/records/confidential-api.ts";
import { call, expectProblem } from "../../test/org-helpers.ts";
import { type ConfidentialWorld, confidentialWorld } from "./confidential.fixtures.ts";

describe.each(backends)("confidential counts contributed to statistics (%s)", (backend) => {
  let t: TestApp;
  let c: ConfidentialWorld;
  let w: ConfidentialWorld["w"];
  beforeAll(async () => {
    t = await createTestApp(backend);
    c = await confidentialWorld(t);
    w = c.w;
  });
  afterAll(() => t.close());
  const made: ConfidentialWorld["made"] = (...a) => c.made(...a);

  it("adds the counts an owner's browser contributes to statistics, for the audience it chose", async () => {
    const url = `/api/v1/organizations/${w.ownerOrg}/records/confidential-counts`;
    const counts = [
      { month: "2026-03", country: "YE", violationType: "abduction", count: 12 },
      { month: "2026-04", country: "YE", violationType: "abduction", count: 9 },
    ];
    const stats = async (as: SignedIn) => {
      const got = await call(
        t,
        "GET",
        `/api/v1/records/statistics?organizationId=${w.ownerOrg}&violationType=abduction`,
        { as },
      );
      expect(got.statusCode, got.body).toBe(200);
      return got.json() as { rows: string[]; grandTotal: number | null };
    };
    // The list tells those who record consent whether consent to statistics stands: what the
    // owner's browser counts. The colleague, a reader, is not told.
    const record = await made({ readerIds: [w.colleague.userId] });
    const listed = async (as: SignedIn) =>
      ConfidentialList.parse(
        (
          await call(t, "GET", `/api/v1/confidential-records?organizationId=${w.ownerOrg}`, {
            as,
          })
        ).json(),
      ).items.find((i) => i.id === record.id);
    expect((await listed(w.owner))?.statisticsConsent).toBe(false);
    for (const state of ["given", "withdrawn", "given"] as const) {
      const given = await call(t, "POST", `/api/v1/confidential-records/${record.id}/consents`, {
        as: w.owner,
        payload: { use: "statistics", state },
      });
      expect(given.statusCode, given.body).toBe(200);
      expect((await listed(w.owner))?.statisticsConsent).toBe(state === "given");
    }
    expect(await listed(w.colleague)).toBeDefined();
    expect((await listed(w.colleague))?.statisticsConsent).toBeUndefined();

    const before = await stats(w.owner);
    // A repeated cell is refused, and changes nothing.
    const repeated = await call(t, "PUT", url, {
      as: w.owner,
      payload: { counts: [counts[0], counts[0]] },
    });
    expectProblem(repeated, 422);
    expect(await stats(w.owner)).toEqual(before);
    // Only the owner's managers contribute; to outsiders the organisation's counts are unknown.
    expectProblem(await call(t, "PUT", url, { as: w.colleague, payload: { counts } }), 403);
    expectProblem(await call(t, "PUT", url, { as: w.litigator, payload: { counts } }), 404);
    const contributed = await call(t, "PUT", url, { as: w.owner, payload: { counts } });
    expect(contributed.statusCode, contributed.body).toBe(200);
    expect(contributed.json().contribution).toMatchObject({
      audience: "organization",
      cells: 2,
      total: 21,
    });
    const mine = await stats(w.owner);
    expect(mine.rows).toEqual(expect.arrayContaining(["2026-03", "2026-04"]));
    expect(mine.grandTotal).toBe((before.grandTotal ?? 0) + 21);
    // Meant for the organisation's own people: a partner's statistics do not hold them.
    expect((await stats(w.litigator)).rows).not.toContain("2026-03");
    const everyone = await call(t, "PUT", url, {
      as: w.owner,
      payload: { audience: "everyone", counts },
    });
    expect(everyone.statusCode, everyone.body).toBe(200);
    expect((await stats(w.litigator)).rows).toEqual(["2026-03", "2026-04"]);
  });
});
