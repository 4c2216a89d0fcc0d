import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Charter,
  Coalition,
  type DecisionRule,
  defaultDecisionRules,
} from "../../../shared/coalitions.ts";
import { Proposal } from "../../../shared/proposals.ts";
import { createOrganization, type SignedIn, signedInUser } from "../../test/actors.ts";
import { backends, createTestApp, type TestApp } from "../../test/harness.ts";
import { call, databaseState, expectProblem } from "../../test/org-helpers.ts";

const text = (en: string) => ({ original: "en", texts: { en } });

/**
 * A proposal on a kind of decision the charter has a rule for (a joint statement, spending,
 * the charter, a removal) is decided by that rule: the form cannot choose another, and where
 * the charter leaves the choice open, the proposal must make it.
 */
describe.each(backends)("proposals under the charter's rules on %s", (backend) => {
  let t: TestApp;
  let convener: SignedIn;
  let convenerOrg: string;

  beforeAll(async () => {
    t = await createTestApp(backend);
    convener = await signedInUser(t, "convener");
    convenerOrg = await createOrganization(t, convener, { name: "Press Freedom Forum" });
  });
  afterAll(async () => {
    await t?.close();
  });

  async function coalitionWith(rules: Partial<Charter["decisionRules"]>) {
    const response = await call(t, "POST", "/api/v1/coalitions", {
      as: convener,
      payload: {
        organizationId: convenerOrg,
        name: "Journalists' Safety Coalition",
        charter: {
          purpose: text("Keep journalists safe."),
          decisionRules: { ...defaultDecisionRules, ...rules },
          collaborationLevel: "joint_action",
        },
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return Coalition.parse(response.json()).id;
  }
  const propose = (coalitionId: string, payload: Record<string, unknown>) =>
    call(t, "POST", `/api/v1/coalitions/${coalitionId}/proposals`, {
      as: convener,
      payload: {
        organizationId: convenerOrg,
        title: "Sign the statement on the detained reporters",
        closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        ...payload,
      },
    });

  it("decides a joint statement by the charter's rule for statements, whatever the form sends", async () => {
    const statements: DecisionRule = { method: "consensus", quorum: 0.5 };
    const id = await coalitionWith({ statements });
    const made = await propose(id, { subject: "statement" });
    expect(made.statusCode, made.body).toBe(201);
    expect(Proposal.parse(made.json())).toMatchObject({
      subject: "statement",
      rules: { kind: "consensus", quorum: 0.5 },
    });

    const before = await databaseState(t);
    const own = await propose(id, { subject: "statement", rules: { kind: "majority" } });
    expect(expectProblem(own, 422).errors).toEqual([
      { field: "body.rules", message: "the charter's rule applies: leave rules out" },
    ]);
    expect(await databaseState(t)).toEqual(before);
  });

  it("decides spending by a supermajority when the charter says so", async () => {
    const spending: DecisionRule = {
      method: "supermajority",
      quorum: 0,
      threshold: { numerator: 3, denominator: 4, of: "eligible" },
    };
    const id = await coalitionWith({ spending });
    const made = await propose(id, { subject: "spending" });
    expect(Proposal.parse(made.json()).rules).toEqual({
      kind: "supermajority",
      quorum: 0,
      threshold: { ratio: 0.75, of: "eligible" },
    });
  });

  it("refuses a proposal on what the charter leaves to the convener", async () => {
    const id = await coalitionWith({ statements: { method: "convener", quorum: 0 } });
    expectProblem(await propose(id, { subject: "statement" }), 409);
  });

  it("lets the proposal choose where the charter leaves the method open, and requires it to", async () => {
    const id = await coalitionWith({ statements: { method: "open", quorum: 0 } });
    const without = await propose(id, { subject: "statement" });
    expect(expectProblem(without, 422).errors).toEqual([
      { field: "body.rules", message: "is required: the charter leaves the method open" },
    ]);
    const chosen = await propose(id, {
      subject: "statement",
      rules: { kind: "sense_check", quorum: 0 },
    });
    expect(chosen.statusCode, chosen.body).toBe(201);
    expect(Proposal.parse(chosen.json()).rules.kind).toBe("sense_check");
  });

  it("still needs its own rules for a general proposal", async () => {
    const id = await coalitionWith({});
    expectProblem(await propose(id, { subject: "general" }), 400);
    const made = await propose(id, { rules: { kind: "consent" } });
    expect(made.statusCode, made.body).toBe(201);
  });
});
