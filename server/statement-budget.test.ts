import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Proposal } from "../shared/proposals.ts";
import { useDiscussionWorld } from "./modules/discussions/discussion-fixtures.ts";
import type { SignedIn } from "./test/actors.ts";
import { backends, testOrigin } from "./test/harness.ts";
import { call } from "./test/org-helpers.ts";
import { type StatementCount, installStatementCounter } from "./test/statement-counter.ts";

/**
 * How many statements each action of the concurrency benchmark's mix sends to the database
 * (bench/concurrency.bench.ts, issue 16). Under load every statement waits again for PGlite's
 * queue or a pooled PostgreSQL connection, so these are budgets: a change that sends more must
 * say why here (the counts before and after issue 16 are in docs/PERFORMANCE.md). The world is
 * the discussions' fixture coalition with one open proposal, its thread and a comment, so each
 * count is the same on every run. STATEMENT_LOG=1 prints the statements and the counts.
 */
const budgets: Record<string, StatementCount> = {
  "session check": { statements: 1, waits: 1 },
  "directory search": { statements: 6, waits: 3 },
  "directory search with a facet": { statements: 5, waits: 2 },
  "coalition list": { statements: 4, waits: 4 },
  coalition: { statements: 5, waits: 5 },
  "coalition proposals": { statements: 3, waits: 3 },
  "coalition threads": { statements: 6, waits: 6 },
  proposal: { statements: 6, waits: 6 },
  "proposal thread": { statements: 8, waits: 8 },
  notifications: { statements: 3, waits: 3 },
  "mark notifications read": { statements: 3, waits: 3 },
  "post comment": { statements: 15, waits: 8 },
  "cast vote": { statements: 18, waits: 8 },
  "change vote": { statements: 18, waits: 8 },
};

describe.each(backends)("statements per action on %s", (backend) => {
  const w = useDiscussionWorld(backend);
  let counter: ReturnType<typeof installStatementCounter>;
  let proposalId: string;
  let threadId: string;
  const counts: Record<string, StatementCount> = {};

  beforeAll(async () => {
    counter = installStatementCounter();
    const { t, people, org, coalitionId } = w;
    const proposed = await call(t, "POST", `/api/v1/coalitions/${coalitionId}/proposals`, {
      as: people.convener,
      payload: {
        organizationId: org.convener,
        title: "Joint letter on access to the camps",
        closesAt: new Date(w.clock.now().getTime() + 86_400_000).toISOString(),
        rules: { kind: "consent" },
      },
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    proposalId = Proposal.parse(proposed.json()).id;
    // The thread is made when first opened; the benchmark's sessions open it while planning.
    const thread = await call(t, "GET", `/api/v1/proposals/${proposalId}/thread`, {
      as: people.partner,
    });
    expect(thread.statusCode, thread.body).toBe(200);
    threadId = (thread.json() as { id: string }).id;
    await w.comment(threadId, people.convener, org.convener, "Opening the discussion.");
  });
  afterAll(() => counter?.uninstall());

  async function count(
    action: string,
    as: SignedIn,
    method: "GET" | "POST" | "PUT",
    url: string,
    payload?: unknown,
    status = 200,
  ) {
    counts[action] = await counter.measure(async () => {
      const response = await call(w.t, method, url, {
        as,
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
      expect(response.statusCode, response.body).toBe(status);
    });
  }

  it("reads and writes within their budgets", async () => {
    const { people, org, coalitionId } = w;
    const member = people.partner;
    counts["session check"] = await counter.measure(async () => {
      const response = await w.t.app.inject({
        method: "GET",
        url: "/api/auth/get-session",
        headers: { cookie: member.cookie, origin: testOrigin },
      });
      expect(response.statusCode, response.body).toBe(200);
    });
    await count("directory search", member, "GET", "/api/v1/directory?q=access");
    await count(
      "directory search with a facet",
      member,
      "GET",
      "/api/v1/directory?q=access&type=ngo",
    );
    await count("coalition list", member, "GET", "/api/v1/coalitions");
    await count("coalition", member, "GET", `/api/v1/coalitions/${coalitionId}`);
    await count(
      "coalition proposals",
      member,
      "GET",
      `/api/v1/coalitions/${coalitionId}/proposals`,
    );
    await count("coalition threads", member, "GET", `/api/v1/coalitions/${coalitionId}/threads`);
    await count("proposal", member, "GET", `/api/v1/proposals/${proposalId}`);
    await count("proposal thread", member, "GET", `/api/v1/proposals/${proposalId}/thread`);
    await count("notifications", member, "GET", "/api/v1/me/notifications");
    await count("mark notifications read", member, "POST", "/api/v1/me/notifications/read", {
      all: true,
    });
    await count(
      "post comment",
      member,
      "POST",
      `/api/v1/threads/${threadId}/comments`,
      { organizationId: org.partner, text: "We can share what we saw at the crossing." },
      201,
    );
    const stance = `/api/v1/proposals/${proposalId}/stances/${org.partner}`;
    await count("cast vote", member, "PUT", stance, { ballot: { stance: "agree" } });
    await count("change vote", member, "PUT", stance, { ballot: { stance: "abstain" } });

    if (process.env.STATEMENT_LOG) console.log(backend, JSON.stringify(counts));
    expect(counts).toEqual(budgets);
  });
});
