import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MatchResult, Team } from "../../../shared/discovery.ts";
import { createOrganization, type SignedIn, signedInUser } from "../../test/actors.ts";
import { backends, createTestApp, type TestApp } from "../../test/harness.ts";
import { expectProblem } from "../../test/org-helpers.ts";

const text = (en: string) => ({ original: "en", texts: { en } });
const openProfile = { mission: "public", work: "public", posture: "public", contacts: "members" };

/**
 * Issue 11: for a Yemen arms-transfer need the team builder covered "litigation" with a Haiti
 * pre-trial detention clinic, left out a Geneva litigator on international crimes who works
 * on Yemen in Arabic, and said everything was covered. Regions: Yemen sat under "Asia" only.
 */
describe.each(backends)("team fit and humanitarian regions in discovery on %s", (backend) => {
  let t: TestApp;
  let searcher: SignedIn;
  let others: SignedIn;
  const org: Record<string, string> = {};
  const post = <T>(url: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: "POST", url, headers: searcher.headers, payload }).then((r) => ({
      status: r.statusCode,
      body: r.json() as T,
      raw: r,
    }));
  const yemenArms = {
    issues: ["arms_transfers", "international_crimes"],
    capacities: ["litigation"],
    countries: ["YE"],
    languages: ["ar"],
  };

  beforeAll(async () => {
    t = await createTestApp(backend);
    searcher = await signedInUser(t, "searcher");
    others = await signedInUser(t, "others");
    const make = (key: string, as: SignedIn, profile: Record<string, unknown>) =>
      createOrganization(t, as, {
        mission: text("Working for rights."),
        issues: [],
        capacities: [],
        countries: [],
        workingLanguages: ["en"],
        visibility: openProfile as never,
        ...profile,
      }).then((id) => (org[key] = id));
    await make("yemen", searcher, {
      name: "Aden Arms Monitor",
      types: ["human_rights"],
      level: "national",
      countries: ["YE"],
      issues: ["arms_transfers"],
      capacities: ["documentation"],
      workingLanguages: ["ar"],
    });
    await make("haiti", others, {
      name: "Port-au-Prince Pre-trial Detention Clinic",
      types: ["legal_aid"],
      level: "local",
      countries: ["HT"],
      issues: ["arbitrary_detention"],
      capacities: ["litigation"],
      workingLanguages: ["fr"],
    });
    await make("geneva", others, {
      name: "Geneva International Crimes Litigators",
      types: ["human_rights"],
      level: "international",
      countries: ["CH", "YE", "SY"],
      issues: ["international_crimes"],
      capacities: ["litigation"],
      workingLanguages: ["ar", "en", "fr"],
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("covers litigation with the litigator who fits the need, not the Haiti clinic", async () => {
    const r = await post<Team>("/api/v1/discovery/team", {
      need: yemenArms,
      requester: { organizationId: org.yemen },
    });
    expect(r.status, r.raw.body).toBe(200);
    expect(r.body.members.map((m) => m.organization.name)).toEqual([
      "Geneva International Crimes Litigators",
    ]);
    expect(r.body.members[0]?.fit).toBe("strong");
    expect(r.body.weak).toEqual({ capacities: [], places: [] });
  });

  it("says litigation is covered only weakly when the litigator is removed", async () => {
    const r = await post<Team>("/api/v1/discovery/team", {
      need: yemenArms,
      requester: { organizationId: org.yemen },
      excluded: [org.geneva],
    });
    expect(r.status, r.raw.body).toBe(200);
    expect(r.body.members.map((m) => [m.organization.name, m.fit])).toEqual([
      ["Port-au-Prince Pre-trial Detention Clinic", "none"],
    ]);
    expect(r.body.weak).toEqual({ capacities: ["litigation"], places: [] });
    expect(r.body.uncovered).toEqual({ capacities: [], places: [] });
  });

  it("matches a need for the Middle East and North Africa by country", async () => {
    const r = await post<MatchResult>("/api/v1/discovery/matches", {
      need: { capacities: ["litigation"], regions: ["mena"] },
      requester: { organizationId: org.yemen },
    });
    expect(r.status, r.raw.body).toBe(200);
    const geneva = r.body.items.find((m) => m.organization.id === org.geneva);
    expect(geneva?.reasons.sharedRegions).toEqual(["mena"]);
    const haiti = r.body.items.find((m) => m.organization.id === org.haiti);
    expect(haiti?.reasons.sharedRegions).toEqual([]);
    expect(r.body.items[0]?.organization.id).toBe(org.geneva);
  });

  it("refuses a region that is neither an M49 region nor a humanitarian grouping", async () => {
    const r = await post("/api/v1/discovery/matches", {
      need: { capacities: ["litigation"], regions: ["levant"] },
      requester: { organizationId: org.yemen },
    });
    expect(expectProblem(r.raw, 422).errors?.[0]?.field).toBe("body.need.regions");
  });
});
