import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Network } from "../../../shared/discovery.ts";
import { defaultDecisionRules } from "../../../shared/coalitions.ts";
import { type OrganizationInput, defaultFieldVisibility } from "../../../shared/organizations.ts";
import { createOrganization, type SignedIn, signedInUser } from "../../test/actors.ts";
import { backends, createTestApp, type TestApp } from "../../test/harness.ts";
import { call, expectProblem } from "../../test/org-helpers.ts";
import { buildGraph, cliqueLimit, linksPerMember } from "./network-graph.ts";

const text = (en: string) => ({ original: "en", texts: { en } });

describe.each(backends)("the network view on %s", (backend) => {
  let t: TestApp;
  /** Owns most organisations below; inside the public coalitions through them. */
  let builder: SignedIn;
  /** Owns an organisation inside a secret coalition. */
  let insider: SignedIn;
  /** Owns an organisation in no coalition. */
  let outsider: SignedIn;
  const org: Record<string, string> = {};
  let secretId: string;

  async function coalition(
    as: SignedIn,
    convener: string,
    members: string[],
    payload: Record<string, unknown>,
  ) {
    const created = await call(t, "POST", "/api/v1/coalitions", {
      as,
      payload: {
        organizationId: convener,
        name: `Coalition ${Object.keys(org).length}-${members.length}`,
        charter: {
          purpose: text("Work together."),
          decisionRules: defaultDecisionRules,
          collaborationLevel: "coordination",
        },
        ...payload,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = (created.json() as { id: string }).id;
    for (const member of members) {
      const invited = await call(t, "POST", `/api/v1/coalitions/${id}/invitations`, {
        as,
        payload: { organizationId: member },
      });
      expect(invited.statusCode, invited.body).toBe(201);
      const accepted = await call(t, "POST", `/api/v1/coalitions/${id}/members/${member}/accept`, {
        as: builder,
      });
      expect(accepted.statusCode, accepted.body).toBe(200);
    }
    return id;
  }

  const make = async (key: string, as: SignedIn, overrides: Partial<OrganizationInput> = {}) => {
    org[key] = await createOrganization(t, as, { name: `Org ${key}`, ...overrides });
    return org[key] as string;
  };

  async function network(as: SignedIn | null, query = "") {
    const response = await call(t, "GET", `/api/v1/discovery/network${query}`, { as });
    expect(response.statusCode, response.body).toBe(200);
    return { body: Network.parse(response.json()), raw: response.body };
  }
  const ids = (n: Network) => n.nodes.map((x) => x.id);
  const edge = (n: Network, a: string, b: string) =>
    n.edges.find((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));

  beforeAll(async () => {
    t = await createTestApp(backend);
    builder = await signedInUser(t, "builder");
    insider = await signedInUser(t, "insider");
    outsider = await signedInUser(t, "outsider");
    await make("a", builder);
    await make("b", builder, { issues: ["right_to_food"], countries: ["SN"] });
    await make("c", builder);
    await make("hidden", builder, { hiddenFromDirectory: true });
    await make("undiscoverable", builder, { discoverable: false });
    await make("shy", builder);
    await make("private", builder, {
      issues: ["right_to_health"],
      countries: ["SN"],
      visibility: { ...defaultFieldVisibility, work: "members" },
    });
    await make("inside", insider);
    await make("out", outsider, { issues: ["torture"], countries: ["FR"] });

    const open = await coalition(
      builder,
      org.a as string,
      [org.b, org.hidden, org.undiscoverable, org.shy, org.private] as string[],
      { visibility: "public", memberListVisibility: "public" },
    );
    const hide = await call(t, "PATCH", `/api/v1/coalitions/${open}/members/${org.shy}`, {
      as: builder,
      payload: { namedPublicly: false },
    });
    expect(hide.statusCode, hide.body).toBe(200);
    secretId = await coalition(insider, org.inside as string, [org.c as string], {
      visibility: "secret",
    });

    // Two groups joined only through "bridge".
    const left = ["x1", "x2", "x3"];
    const right = ["y1", "y2", "y3"];
    for (const key of [...left, ...right, "bridge"]) {
      await make(key, builder, { issues: ["death_penalty"] });
    }
    for (const side of [left, right]) {
      const [first, ...rest] = side.map((k) => org[k] as string) as [string, ...string[]];
      await coalition(builder, first, [...rest, org.bridge as string], {
        visibility: "public",
        memberListVisibility: "public",
      });
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it("is for signed-in people only", async () => {
    expectProblem(await call(t, "GET", "/api/v1/discovery/network", { as: null }), 401);
  });

  it("centres only on one of my organisations: others' are 403, hidden or unknown 404", async () => {
    const path = (id: string) => `/api/v1/discovery/network?organizationId=${id}`;
    expectProblem(await call(t, "GET", path(org.a as string), { as: outsider }), 403);
    expectProblem(await call(t, "GET", path(org.hidden as string), { as: outsider }), 404);
    expectProblem(
      await call(t, "GET", path("0190a000-0000-7000-8000-000000000000"), { as: outsider }),
      404,
    );
    const mine = await network(outsider, `?organizationId=${org.out}`);
    expect(mine.body.nodes.find((n) => n.id === org.out)).toMatchObject({ mine: true });
  });

  it("shows outsiders only public coalitions' named, discoverable members", async () => {
    const { body, raw } = await network(outsider);
    expect(ids(body)).toEqual(expect.arrayContaining([org.a, org.b, org.out]));
    expect(edge(body, org.a as string, org.b as string)).toMatchObject({ weight: 1 });
    expect(body.nodes.find((n) => n.id === org.a)).toMatchObject({
      name: "Org a",
      mine: false,
      coalitions: 1,
    });
    expect(body.nodes.find((n) => n.id === org.out)).toMatchObject({ mine: true, coalitions: 0 });
    // The secret coalition's link, the member not named publicly, the hidden and the
    // undiscoverable organisation are nowhere in the answer.
    for (const key of ["c", "inside", "shy", "hidden", "undiscoverable"]) {
      expect(raw, key).not.toContain(org[key]);
      expect(raw, key).not.toContain(`Org ${key}"`);
    }
    expect(raw).not.toContain(secretId);
  });

  it("shows a secret coalition's links to those inside it", async () => {
    const { body } = await network(insider);
    expect(ids(body)).toEqual(expect.arrayContaining([org.inside, org.c, org.a, org.b]));
    expect(edge(body, org.inside as string, org.c as string)).toMatchObject({ weight: 1 });
    expect(body.nodes.find((n) => n.id === org.inside)).toMatchObject({ mine: true });
    // Inside the secret coalition is not inside the public one: its unnamed member stays unnamed.
    expect(ids(body)).not.toContain(org.shy);
  });

  it("names the unnamed member to those inside, but never a hidden or undiscoverable one", async () => {
    const { body, raw } = await network(builder);
    expect(ids(body)).toContain(org.shy);
    expect(edge(body, org.a as string, org.shy as string)).toMatchObject({ weight: 1 });
    expect(raw).not.toContain(org.hidden);
    expect(raw).not.toContain(org.undiscoverable);
  });

  it("filters by issue (with narrower terms) and region, on what the searcher may see", async () => {
    const economic = await network(outsider, "?issue=economic_social");
    // "private" works on the right to health in Senegal, but shows it to its members only.
    expect(ids(economic.body).sort()).toEqual([org.b, org.out].sort());
    const food = await network(outsider, "?issue=right_to_food");
    expect(ids(food.body).sort()).toEqual([org.b, org.out].sort());
    const africa = await network(outsider, "?region=africa");
    expect(ids(africa.body).sort()).toEqual([org.b, org.out].sort());
    const asia = await network(outsider, "?region=asia&issue=civil_political");
    expect(ids(asia.body)).toContain(org.a);
    expect(ids(asia.body)).not.toContain(org.b);
    expect(ids(asia.body)).not.toContain(org.private);
    // Its own members see what it shows them.
    const own = await network(builder, "?issue=right_to_health&region=africa");
    expect(ids(own.body)).toContain(org.private);
    expectProblem(
      await call(t, "GET", "/api/v1/discovery/network?issue=no_such_issue", { as: outsider }),
      422,
    );
  });

  it("marks the organisation joining two separate groups as the bridge", async () => {
    const { body } = await network(outsider, "?issue=death_penalty");
    const bridge = body.nodes.find((n) => n.id === org.bridge);
    expect(bridge).toMatchObject({ bridge: true, coalitions: 2 });
    expect(body.nodes.filter((n) => n.bridge).map((n) => n.id)).toEqual([org.bridge]);
    for (const n of body.nodes) {
      if (n.id !== org.bridge) expect(n.betweenness).toBeLessThan(bridge?.betweenness ?? 0);
    }
    // 3×3 pairs of the 8 nodes' 28 go through it: its normalised betweenness is 9/21.
    expect(bridge?.betweenness).toBeCloseTo(9 / 21, 5);
    expect(edge(body, org.x1 as string, org.y1 as string)).toBeUndefined();
  });
});

describe("the network graph", () => {
  it("keeps my organisations and says so when it truncates", () => {
    const nodes = Array.from({ length: 30 }, (_, i) => `n${String(i).padStart(2, "0")}`);
    const result = buildGraph({
      nodes,
      coalitions: [nodes.slice(0, 20), ["n25", "n29"]],
      keep: new Set(["n29"]),
      limit: 10,
    });
    expect(result.truncated).toBe(true);
    expect(result.nodes).toHaveLength(10);
    expect(result.nodes.map((n) => n.id)).toContain("n29");
  });

  it("centres truncation on the chosen organisation", () => {
    const chain = Array.from({ length: 20 }, (_, i) => `c${String(i).padStart(2, "0")}`);
    const result = buildGraph({
      nodes: chain,
      coalitions: chain.slice(1).map((id, i) => [chain[i] as string, id]),
      keep: new Set(),
      centre: "c19",
      limit: 10,
    });
    expect(result.nodes.map((n) => n.id).sort()).toEqual(chain.slice(10));
  });

  it("bounds the links a big coalition draws", () => {
    const members = Array.from({ length: 1000 }, (_, i) => `m${i}`);
    const result = buildGraph({
      nodes: members,
      coalitions: [members],
      keep: new Set(),
      limit: 2000,
    });
    expect(1000).toBeGreaterThan(cliqueLimit);
    expect(result.edges).toHaveLength(1000 * linksPerMember);
    expect(result.coalitions).toBe(1);
    expect(result.nodes.every((n) => !n.bridge)).toBe(true);
  });
});
