import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultDecisionRules } from "../../../shared/coalitions.ts";
import type { MatchResult, SavedNeed, SuggestionResult, Team } from "../../../shared/discovery.ts";
import { createOrganization, type SignedIn, signedInUser } from "../../test/actors.ts";
import { backends, createTestApp, type TestApp } from "../../test/harness.ts";
import { expectProblem } from "../../test/org-helpers.ts";

const text = (en: string) => ({ original: "en", texts: { en } });
const hiddenWork = { mission: "public", work: "members", posture: "members", contacts: "members" };
const openProfile = { mission: "public", work: "public", posture: "public", contacts: "members" };

describe.each(backends)("partner discovery on %s", (backend) => {
  let t: TestApp;
  let searcher: SignedIn;
  let others: SignedIn;
  let outsider: SignedIn;
  const org: Record<string, string> = {};

  const post = <T>(as: SignedIn, url: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: "POST", url, headers: as.headers, payload }).then((r) => ({
      status: r.statusCode,
      body: r.json() as T,
      raw: r,
    }));
  const get = <T>(as: SignedIn, url: string) =>
    t.app.inject({ method: "GET", url, headers: as.headers }).then((r) => ({
      status: r.statusCode,
      body: r.json() as T,
      raw: r,
    }));
  const need = {
    issues: ["arbitrary_detention"],
    capacities: ["media_communications", "grassroots_mobilisation", "litigation"],
    countries: ["ML"],
  };
  const forUs = () => ({ organizationId: org.sahel });
  const matches = async (body: Record<string, unknown> = {}) => {
    const r = await post<MatchResult>(searcher, "/api/v1/discovery/matches", {
      need,
      requester: forUs(),
      ...body,
    });
    expect(r.status, r.raw.body).toBe(200);
    return r.body;
  };
  const names = (result: MatchResult) => result.items.map((m) => m.organization.name);

  beforeAll(async () => {
    t = await createTestApp(backend);
    searcher = await signedInUser(t, "searcher");
    others = await signedInUser(t, "others");
    outsider = await signedInUser(t, "outsider");
    await createOrganization(t, outsider, { name: "Outsider Collective" });
    const make = (key: string, as: SignedIn, profile: Record<string, unknown>) =>
      createOrganization(t, as, {
        mission: text("Working for rights."),
        headquartersCountry: undefined,
        issues: [],
        capacities: [],
        countries: [],
        workingLanguages: ["fr"],
        visibility: openProfile as never,
        ...profile,
      }).then((id) => (org[key] = id));
    await make("sahel", searcher, {
      name: "Sahel Legal Aid",
      types: ["legal_aid", "human_rights"],
      level: "national",
      countries: ["ML"],
      issues: ["arbitrary_detention"],
      capacities: ["litigation"],
    });
    await make("faith", others, {
      name: "Faith Voices Mali",
      types: ["faith_based"],
      level: "local",
      countries: ["ML"],
      issues: ["arbitrary_detention"],
      capacities: ["media_communications", "grassroots_mobilisation"],
    });
    await make("press", others, {
      name: "Global Press Desk",
      types: ["media", "human_rights"],
      level: "international",
      countries: ["ML", "FR"],
      issues: ["freedom_of_expression"],
      capacities: ["media_communications"],
    });
    await make("quiet", others, {
      name: "Quiet Work Network",
      types: ["humanitarian"],
      level: "local",
      countries: ["ML"],
      issues: ["arbitrary_detention"],
      capacities: ["media_communications", "grassroots_mobilisation"],
      visibility: hiddenWork as never,
    });
    await make("optedOut", others, {
      name: "Opted Out Alliance",
      types: ["womens_rights"],
      level: "local",
      countries: ["ML"],
      issues: ["arbitrary_detention"],
      capacities: ["media_communications", "grassroots_mobilisation"],
      discoverable: false,
    });
    await make("unlisted", others, {
      name: "Unlisted Helpers",
      types: ["community_based"],
      level: "local",
      countries: ["ML"],
      issues: ["arbitrary_detention"],
      capacities: ["media_communications", "grassroots_mobilisation"],
      hiddenFromDirectory: true,
    });
    await make("geneva", others, {
      name: "Geneva Advocacy Office",
      types: ["human_rights"],
      level: "international",
      countries: ["CH"],
      issues: ["arbitrary_detention"],
      capacities: ["un_mechanisms"],
      postures: ["speaks_publicly"],
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("ranks complementary, local, differently framed partners first and explains why", async () => {
    const result = await matches();
    expect(names(result)[0]).toBe("Faith Voices Mali");
    expect(names(result).indexOf("Faith Voices Mali")).toBeLessThan(
      names(result).indexOf("Global Press Desk"),
    );
    const [first] = result.items;
    expect(first?.reasons).toMatchObject({
      brings: ["media_communications", "grassroots_mobilisation"],
      sharedIssues: ["arbitrary_detention"],
      sharedCountries: ["ML"],
      newTypes: ["faith_based"],
      localIn: ["ML"],
    });
    expect(first?.parts.complementarity).toBe(1);
    // Litigation is ours already, so it is not counted as missing.
    expect(result.requester.capacities).toEqual(["litigation"]);
    expect(result.items.every((m) => !m.reasons.brings.includes("litigation"))).toBe(true);
    const total = Object.values(first?.points ?? {}).reduce((a, b) => a + b, 0);
    expect(Math.abs(total - (first?.score ?? 0))).toBeLessThan(0.05);
    expect(names(result)).not.toContain("Sahel Legal Aid");
  });

  it("counts only what a candidate shows the searcher, and never lists opted-out or hidden ones", async () => {
    const result = await matches({ limit: 50 });
    expect(names(result)).not.toContain("Opted Out Alliance");
    expect(names(result)).not.toContain("Unlisted Helpers");
    const quiet = result.items.find((m) => m.organization.name === "Quiet Work Network");
    expect(quiet?.reasons.brings).toEqual([]);
    expect(quiet?.reasons.sharedCountries).toEqual([]);
    expect(quiet?.parts.complementarity).toBe(0);
    expect(quiet?.parts.commonGround).toBe(0);
    // The same profile shown openly would have ranked first.
    expect(names(result).indexOf("Quiet Work Network")).toBeGreaterThan(0);
  });

  it("opting out takes effect on the next search", async () => {
    const off = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/organizations/${org.faith}`,
      headers: others.headers,
      payload: { discoverable: false },
    });
    expect(off.statusCode, off.body).toBe(200);
    expect(names(await matches())).not.toContain("Faith Voices Mali");
    await t.app.inject({
      method: "PATCH",
      url: `/api/v1/organizations/${org.faith}`,
      headers: others.headers,
      payload: { discoverable: true },
    });
    expect(names(await matches())[0]).toBe("Faith Voices Mali");
  });

  it("applies required postures only to postures the searcher may see", async () => {
    const result = await matches({
      need: { ...need, postures: ["speaks_publicly"], posturesRequired: true },
    });
    expect(names(result)).toEqual(["Geneva Advocacy Office"]);
  });

  it("follows the weights of the search", async () => {
    const onlyTrust = {
      complementarity: 0,
      commonGround: 0,
      reach: 0,
      localLeadership: 0,
      fit: 0,
      trust: 1,
    };
    const coalition = await post<{ id: string }>(searcher, "/api/v1/coalitions", {
      organizationId: org.sahel,
      name: "Sahel Detention Watch",
      visibility: "unlisted",
      charter: {
        purpose: text("End arbitrary detention."),
        decisionRules: defaultDecisionRules,
        collaborationLevel: "coordination",
      },
    });
    expect(coalition.status, coalition.raw.body).toBe(201);
    const id = coalition.body.id;
    const invited = await post(searcher, `/api/v1/coalitions/${id}/invitations`, {
      organizationId: org.press,
    });
    expect(invited.status, invited.raw.body).toBe(201);
    const accepted = await post(others, `/api/v1/coalitions/${id}/members/${org.press}/accept`, {});
    expect(accepted.status, accepted.raw.body).toBe(200);

    const result = await matches({ weights: onlyTrust });
    expect(names(result)[0]).toBe("Global Press Desk");
    expect(result.items[0]?.reasons.sharedCoalitions).toBe(1);
    expect(result.weights.trust).toBe(1);

    // Searching for the coalition leaves its own members out.
    const forCoalition = await post<MatchResult>(searcher, "/api/v1/discovery/matches", {
      need,
      requester: { coalitionId: id },
    });
    expect(forCoalition.status, forCoalition.raw.body).toBe(200);
    expect(names(forCoalition.body)).not.toContain("Global Press Desk");
    expect(forCoalition.body.requester.types).toEqual(["human_rights", "legal_aid", "media"]);
  });

  it("builds the smallest team covering the need, with locks and removals", async () => {
    const teamNeed = {
      issues: ["arbitrary_detention"],
      capacities: ["media_communications", "grassroots_mobilisation", "un_mechanisms"],
      countries: ["ML"],
    };
    const built = await post<Team>(searcher, "/api/v1/discovery/team", {
      need: teamNeed,
      requester: forUs(),
    });
    expect(built.status, built.raw.body).toBe(200);
    const members = built.body.members.map((m) => m.organization.name).sort();
    expect(members).toEqual(["Faith Voices Mali", "Geneva Advocacy Office"]);
    expect(built.body.uncovered).toEqual({ capacities: [], places: [] });
    expect(built.body.alreadyCovered.places).toEqual(["ML"]);
    const faith = built.body.members.find((m) => m.organization.name === "Faith Voices Mali");
    expect(faith?.localLeader).toBe(true);
    expect(faith?.onlyOne.capacities.sort()).toEqual([
      "grassroots_mobilisation",
      "media_communications",
    ]);

    const without = await post<Team>(searcher, "/api/v1/discovery/team", {
      need: teamNeed,
      requester: forUs(),
      excluded: [org.faith],
      locked: [org.press],
    });
    expect(without.status, without.raw.body).toBe(200);
    const again = without.body.members.map((m) => m.organization.name);
    expect(again).toContain("Global Press Desk");
    expect(again).not.toContain("Faith Voices Mali");
    // Nobody visible offers grassroots mobilisation any more.
    expect(without.body.uncovered.capacities).toEqual(["grassroots_mobilisation"]);

    const hiddenLock = await post(searcher, "/api/v1/discovery/team", {
      need: teamNeed,
      requester: forUs(),
      locked: [org.optedOut],
    });
    expectProblem(hiddenLock.raw, 422);
  });

  it("suggests capacities that organisations on the same issue combine", async () => {
    const r = await post<SuggestionResult>(searcher, "/api/v1/discovery/suggestions", {
      issues: ["arbitrary_detention"],
      countries: ["ML"],
      requester: forUs(),
    });
    expect(r.status, r.raw.body).toBe(200);
    const keys = r.body.items.map((s) => s.capacity);
    expect(keys).toContain("media_communications");
    expect(keys).toContain("litigation");
    expect(r.body.items.find((s) => s.capacity === "litigation")?.alreadyHeld).toBe(true);
    // Hidden capacities do not teach anything either.
    expect(r.body.similarOrganizations).toBeGreaterThanOrEqual(2);
    expect(r.body.similarOrganizations).toBeLessThan(5);
  });

  it("drafts a need from our own profile", async () => {
    const r = await get<{ need: { issues: string[]; countries: string[]; capacities: string[] } }>(
      searcher,
      `/api/v1/discovery/draft?organizationId=${org.sahel}`,
    );
    expect(r.status, r.raw.body).toBe(200);
    expect(r.body.need.issues).toEqual(["arbitrary_detention"]);
    expect(r.body.need.countries).toEqual(["ML"]);
    expect(r.body.need.capacities).not.toContain("litigation");
    expect(r.body.need.capacities.length).toBeGreaterThan(0);
  });

  it("drafts a need from a few sentences in any of the four languages", async () => {
    type NeedOnly = {
      need: { issues: string[]; countries: string[]; capacities: string[] };
      named: string[];
    };
    const texts = [
      "We need partners for litigation and humanitarian access in Yemen",
      "Nous cherchons des partenaires pour le contentieux et l'accès humanitaire au Yémen",
      "Buscamos aliados para el litigio y el acceso humanitario en Yemen",
      "نبحث عن شركاء في التقاضي والوصول الإنساني في اليمن",
    ];
    for (const text of texts) {
      const r = await get<NeedOnly>(
        searcher,
        `/api/v1/discovery/draft?${new URLSearchParams({ organizationId: org.sahel ?? "", text })}`,
      );
      expect(r.status, r.raw.body).toBe(200);
      expect(r.body.need.issues, text).toEqual(["humanitarian_access"]);
      expect(r.body.need.capacities, text).toEqual(["litigation"]);
      expect(r.body.need.countries, text).toEqual(["YE"]);
      expect(r.body.named.sort(), text).toEqual(["capacities", "countries", "issues"]);
    }
    // A text naming no term keeps the profile's draft.
    const plain = await get<NeedOnly>(
      searcher,
      `/api/v1/discovery/draft?organizationId=${org.sahel}&text=${encodeURIComponent("hello")}`,
    );
    expect(plain.body.need.issues).toEqual(["arbitrary_detention"]);
    expect(plain.body.named).toEqual([]);
  });

  it("saves a need for the organisation's members only", async () => {
    const saved = await post<SavedNeed>(searcher, "/api/v1/discovery/needs", {
      title: "Voices for detainees in Mali",
      need,
      requester: forUs(),
    });
    expect(saved.status, saved.raw.body).toBe(201);
    expect(saved.body.requesterName).toBe("Sahel Legal Aid");
    const read = await get<SavedNeed>(searcher, `/api/v1/discovery/needs/${saved.body.id}`);
    expect(read.body.need.capacities).toEqual(need.capacities);
    const list = await get<{ items: SavedNeed[] }>(
      searcher,
      `/api/v1/discovery/needs?organizationId=${org.sahel}`,
    );
    expect(list.body.items.map((n) => n.id)).toContain(saved.body.id);
    const stranger = await get(outsider, `/api/v1/discovery/needs/${saved.body.id}`);
    expectProblem(stranger.raw, 404);
  });

  it("invites a team into a coalition the searcher convenes, skipping who is already in", async () => {
    const coalition = await post<{ id: string }>(searcher, "/api/v1/coalitions", {
      organizationId: org.sahel,
      name: "Mali Voices",
      charter: {
        purpose: text("Speak together for detainees."),
        decisionRules: defaultDecisionRules,
        collaborationLevel: "joint_action",
      },
    });
    const body = { coalitionId: coalition.body.id, organizationIds: [org.faith, org.geneva] };
    const first = await post<{ invited: string[]; skipped: string[] }>(
      searcher,
      "/api/v1/discovery/team/invitations",
      body,
    );
    expect(first.status, first.raw.body).toBe(200);
    expect(first.body).toEqual({ invited: [org.faith, org.geneva], skipped: [] });
    const second = await post(searcher, "/api/v1/discovery/team/invitations", body);
    expect(second.body).toEqual({ invited: [], skipped: [org.faith, org.geneva] });
    const notConvener = await post(others, "/api/v1/discovery/team/invitations", body);
    expectProblem(notConvener.raw, 403);
  });

  it("drafts what a coalition is missing from its charter's scope, not its members' other work", async () => {
    const charter = {
      purpose: text("End arbitrary detention in Mali."),
      decisionRules: {
        ...defaultDecisionRules,
        charter: { method: "convener", quorum: 0 },
      },
      collaborationLevel: "coordination",
    };
    const coalition = await post<{ id: string }>(searcher, "/api/v1/coalitions", {
      organizationId: org.sahel,
      name: "Detention Watch Mali",
      charter,
    });
    expect(coalition.status, coalition.raw.body).toBe(201);
    const id = coalition.body.id;
    // A member working on other issues elsewhere, offering media work.
    const invited = await post(searcher, `/api/v1/coalitions/${id}/invitations`, {
      organizationId: org.press,
      role: "member",
    });
    expect(invited.status, invited.raw.body).toBe(201);
    const accepted = await post(others, `/api/v1/coalitions/${id}/members/${org.press}/accept`, {});
    expect(accepted.status, accepted.raw.body).toBe(200);
    type Draft = {
      charterScope: string | null;
      need: { issues: string[]; countries: string[]; regions: string[]; capacities: string[] };
    };

    const before = await get<Draft>(searcher, `/api/v1/discovery/draft?coalitionId=${id}`);
    expect(before.status, before.raw.body).toBe(200);
    expect(before.body.charterScope).toBe("unset");
    expect(before.body.need).toMatchObject({ issues: [], countries: [], capacities: [] });

    const scoped = await t.app.inject({
      method: "PUT",
      url: `/api/v1/coalitions/${id}/charter`,
      headers: searcher.headers,
      payload: { ...charter, scopeTerms: { issues: ["arbitrary_detention"], countries: ["ML"] } },
    });
    expect(scoped.statusCode, scoped.body).toBe(200);
    const unknownTerm = await t.app.inject({
      method: "PUT",
      url: `/api/v1/coalitions/${id}/charter`,
      headers: searcher.headers,
      payload: { ...charter, scopeTerms: { issues: ["telepathy"], regions: ["mena"] } },
    });
    expectProblem(unknownTerm, 422);
    expect(unknownTerm.body).toContain("body.scopeTerms.issues");
    expect(unknownTerm.body).not.toContain("body.scopeTerms.regions");
    const unknownAtStart = await post(searcher, "/api/v1/coalitions", {
      organizationId: org.sahel,
      name: "Nowhere Coalition",
      charter: { ...charter, scopeTerms: { countries: ["XX"] } },
    });
    expectProblem(unknownAtStart.raw, 422);
    expect(unknownAtStart.raw.body).toContain("body.charter.scopeTerms.countries");
    const after = await get<Draft>(searcher, `/api/v1/discovery/draft?coalitionId=${id}`);
    expect(after.status, after.raw.body).toBe(200);
    expect(after.body.charterScope).toBe("set");
    expect(after.body.need.issues).toEqual(["arbitrary_detention"]);
    expect(after.body.need.countries).toEqual(["ML"]);
    expect(after.body.need.regions).toEqual([]);
    // Faith Voices works on detention and offers mobilisation; the members offer the rest.
    expect(after.body.need.capacities).toContain("grassroots_mobilisation");
    expect(after.body.need.capacities).not.toContain("litigation");
    expect(after.body.need.capacities).not.toContain("media_communications");
  });

  it("refuses unknown terms and other people's organisations", async () => {
    const unknown = await post(searcher, "/api/v1/discovery/matches", {
      need: { capacities: ["telepathy"] },
      requester: forUs(),
    });
    expectProblem(unknown.raw, 422);
    expect(JSON.stringify(unknown.body)).toContain("body.need.capacities");
    const notOurs = await post(outsider, "/api/v1/discovery/matches", {
      need,
      requester: forUs(),
    });
    expectProblem(notOurs.raw, 403);
  });
});
