import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyNeed } from "../../../shared/discovery.ts";
import { Statement } from "../../../shared/statements/api.ts";
import type { SignedIn } from "../../test/actors.ts";
import { type TestApp, backends, createTestApp } from "../../test/harness.ts";
import { call } from "../../test/org-helpers.ts";
import { campaignWithEveryRole } from "../campaigns/campaigns.fixtures.ts";

const text = (en: string) => ({ original: "en", texts: { en } });

/*
 * Private support never leaks. An organisation supports a statement privately; every read the
 * API offers (each GET route, filled in with the coalition, the campaign the statement belongs
 * to and the supporter's own id, and discovery's searches) answers members, outsiders and
 * strangers exactly as before, apart from the statement's own routes, which are tested to
 * name no private supporter in statements.test.ts.
 */
describe.each(backends)("private support on %s", (backend) => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof campaignWithEveryRole>>;
  let urls: string[];

  beforeAll(async () => {
    t = await createTestApp(backend);
    w = await campaignWithEveryRole(t);
    const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const fill: Record<string, string[]> = {
      "/api/v1/coalitions/": [w.coalitionId],
      "/api/v1/campaigns/": [w.campaignId],
      "/api/v1/public/campaigns/": [w.campaignId],
      "/api/v1/organizations/": [w.org.observer, w.org.coLead],
    };
    urls = Object.entries(doc.paths)
      .filter(([path, ops]) => path.startsWith("/api/v1/") && "get" in ops)
      .map(([path]) => path)
      .filter((path) => !/statement/.test(path))
      .flatMap((path) => {
        const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        if (!params.length) return [path];
        if (params.length > 1 || params[0] !== "id") {
          return params.every((p) => p === "id" || p === "organizationId")
            ? [path.replace("{id}", w.coalitionId).replace("{organizationId}", w.org.observer)]
            : [];
        }
        const prefix = Object.keys(fill).find((p) => path.startsWith(p));
        return prefix ? fill[prefix]!.map((id) => path.replace("{id}", id)) : [];
      });
  });
  afterAll(async () => {
    await t?.close();
  });

  async function everything(viewers: (SignedIn | null)[]) {
    const seen: Record<string, string> = {};
    for (const [n, viewer] of viewers.entries()) {
      for (const url of urls) {
        const response = await call(t, "GET", url, { as: viewer });
        // An export says when it was made: the only part of an answer that may change.
        const body = response.body.replace(/"exportedAt":"[^"]*"/, '"exportedAt":"…"');
        seen[`${n} GET ${url}`] = `${response.statusCode} ${body}`;
      }
      if (viewer) {
        const matches = await call(t, "POST", "/api/v1/discovery/matches", {
          as: viewer,
          payload: {
            need: { ...emptyNeed(), countries: ["YE"] },
            requester: { coalitionId: w.coalitionId },
          },
        });
        seen[`${n} POST matches`] = `${matches.statusCode} ${matches.body}`;
      }
    }
    return seen;
  }

  it("changes no answer of any other route", async () => {
    expect(urls.length).toBeGreaterThan(40);
    const made = await call(t, "POST", `/api/v1/coalitions/${w.coalitionId}/statements`, {
      as: w.people.convener,
      payload: {
        title: text("Stop the transfers"),
        text: text("Arms must not reach the parties."),
        campaignId: w.campaignId,
        showPrivateCount: true,
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    const s = Statement.parse(made.json());
    const opened = await call(t, "PATCH", `/api/v1/statements/${s.id}`, {
      as: w.people.convener,
      payload: { status: "open" },
    });
    expect(opened.statusCode, opened.body).toBe(200);

    const viewers = [w.people.partner, w.people.coLead, w.people.outsider, w.people.observer, null];
    const before = await everything(viewers);
    // The observer's organisation supports it privately, and so does the co-lead.
    for (const [who, org] of [
      [w.people.observer, w.org.observer],
      [w.people.coLead, w.org.coLead],
    ] as const) {
      const answered = await call(t, "POST", `/api/v1/statements/${s.id}/answers`, {
        as: who,
        payload: { organizationId: org, answer: "private", versionId: s.current.id },
      });
      expect(answered.statusCode, answered.body).toBe(200);
    }
    const after = await everything(viewers);
    expect(Object.keys(after).length).toBe(Object.keys(before).length);
    for (const key of Object.keys(before)) expect(after[key], key).toBe(before[key]);
  });
});
