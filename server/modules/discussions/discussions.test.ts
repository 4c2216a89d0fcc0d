import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { Thread } from "../../../shared/discussions.ts";
import { Proposal } from "../../../shared/proposals.ts";
import { rowsOf } from "../../db/client.ts";
import type { SignedIn } from "../../test/actors.ts";
import { backends } from "../../test/harness.ts";
import { call, expectProblem } from "../../test/org-helpers.ts";
import { minute, text, useDiscussionWorld } from "./discussion-fixtures.ts";

describe.each(backends)("discussion threads on %s", (backend) => {
  const w = useDiscussionWorld(backend);

  it("opens a discussion with its first comment and lists threads by latest activity", async () => {
    const first = await w.openThread({ comment: { text: "Who has been to the camps lately?" } });
    expect(first).toMatchObject({
      kind: "discussion",
      proposalId: null,
      commentCount: 1,
      openedBy: { organizationId: w.org.partner, name: "Faith Relief" },
      concern: null,
    });
    w.clock.advance(minute);
    const second = await w.openThread(
      { organizationId: w.org.observer, title: "Agenda for the next call" },
      w.people.observer,
    );
    expect(second.openedBy).toEqual({ organizationId: w.org.observer, name: "UN Liaison" });
    w.clock.advance(minute);
    await w.comment(first.id, w.people.coLead, w.org.coLead, "We were there on Monday.");

    const listed = await w.threads(w.people.partnerColleague);
    const ids = listed.items.map((i) => i.id);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    expect(listed.items.find((i) => i.id === first.id)).toMatchObject({
      commentCount: 2,
      status: null,
    });

    const pageOne = await w.threads(w.people.convener, "?limit=1");
    expect(pageOne.items).toHaveLength(1);
    expect(pageOne.nextCursor).not.toBeNull();
    const pageTwo = await w.threads(w.people.convener, `?limit=1&cursor=${pageOne.nextCursor}`);
    expect(pageTwo.items[0]?.id).not.toBe(pageOne.items[0]?.id);
    const bad = await call(w.t, "GET", `/api/v1/coalitions/${w.coalitionId}/threads?cursor=abc`, {
      as: w.people.convener,
    });
    expect(expectProblem(bad, 422).errors).toContainEqual(
      expect.objectContaining({ field: "querystring.cursor" }),
    );
  });

  it("gives each proposal one thread, readable before its first comment and made once", async () => {
    const put = await call(w.t, "POST", `/api/v1/coalitions/${w.coalitionId}/proposals`, {
      as: w.people.convener,
      payload: {
        organizationId: w.org.convener,
        title: "Joint letter on access",
        rules: { kind: "consent" },
        closesAt: new Date(w.clock.now().getTime() + 86_400_000).toISOString(),
      },
    });
    expect(put.statusCode, put.body).toBe(201);
    const proposal = Proposal.parse(put.json());
    const read = await call(w.t, "GET", `/api/v1/proposals/${proposal.id}/thread`, {
      as: w.people.partnerColleague,
    });
    expect(read.statusCode, read.body).toBe(200);
    const thread = Thread.parse(read.json());
    expect(thread).toMatchObject({
      id: proposal.id,
      proposalId: proposal.id,
      title: "Joint letter on access",
      commentCount: 0,
      openedBy: { organizationId: w.org.convener },
    });
    expect((await w.comments(thread.id)).items).toEqual([]);
    const stored = async () =>
      rowsOf<{ n: number }>(
        await w.t.services.db.execute(
          sql`select count(*)::int as n from discussion_threads where proposal_id = ${proposal.id}`,
        ),
      )[0]?.n;
    expect(await stored()).toBe(0);

    const both = await Promise.all([
      w.postComment(thread.id, w.people.partner, { organizationId: w.org.partner, text: "Agree." }),
      w.postComment(thread.id, w.people.coLead, {
        organizationId: w.org.coLead,
        text: "One change.",
      }),
    ]);
    expect(both.map((r) => r.statusCode)).toEqual([201, 201]);
    expect(await stored()).toBe(1);
    const after = Thread.parse(
      (await call(w.t, "GET", `/api/v1/threads/${proposal.id}`, { as: w.people.convener })).json(),
    );
    expect(after.commentCount).toBe(2);
    expect((await w.comments(thread.id)).items).toHaveLength(2);
    expect(
      (await w.threads(w.people.observer)).items.find((i) => i.id === proposal.id),
    ).toBeDefined();

    expectProblem(
      await call(w.t, "GET", `/api/v1/proposals/${proposal.id}/thread`, { as: w.people.outsider }),
      404,
    );
    expectProblem(
      await call(w.t, "GET", `/api/v1/proposals/${proposal.id}/thread`, { as: null }),
      404,
    );
    const rename = await call(w.t, "PATCH", `/api/v1/threads/${proposal.id}`, {
      as: w.people.convener,
      payload: { organizationId: w.org.convener, title: "Renamed" },
    });
    expect(expectProblem(rename, 422).errors?.[0]?.field).toBe("body.title");
  });

  it("shows a concern only to its raiser, its participants and the convener side", async () => {
    const concern = await w.raiseConcern([w.org.observer]);
    expect(concern.concern).toMatchObject({
      status: "open",
      participants: [{ organizationId: w.org.observer, name: "UN Liaison" }],
      resolution: null,
    });
    await w.comment(
      concern.id,
      w.people.observer,
      w.org.observer,
      "We can help behind closed doors.",
    );
    const read = (as: SignedIn) => call(w.t, "GET", `/api/v1/threads/${concern.id}`, { as });
    for (const as of [
      w.people.partner,
      w.people.partnerColleague,
      w.people.observer,
      w.people.convener,
      w.people.coLead,
    ]) {
      expect((await read(as)).statusCode).toBe(200);
      expect((await w.threads(as, "?kind=concern")).items.map((i) => i.id)).toContain(concern.id);
    }
    // Inside the coalition but not named: the concern does not exist for them.
    expectProblem(await read(w.people.bystander), 404);
    expect((await w.threads(w.people.bystander)).items.map((i) => i.id)).not.toContain(concern.id);
    expect(JSON.stringify(await w.threads(w.people.bystander))).not.toContain("endanger");
    expectProblem(
      await call(w.t, "GET", `/api/v1/threads/${concern.id}/comments`, { as: w.people.bystander }),
      404,
    );
    expectProblem(
      await w.postComment(concern.id, w.people.bystander, {
        organizationId: w.org.bystander,
        text: "Hi",
      }),
      404,
    );
    const [first] = (await w.comments(concern.id)).items;
    expectProblem(
      await call(w.t, "GET", `/api/v1/comments/${first?.id}/revisions`, { as: w.people.bystander }),
      404,
    );
    expectProblem(await read(w.people.outsider), 404);

    const mentionsBystander = await w.postComment(concern.id, w.people.partner, {
      organizationId: w.org.partner,
      text: "Should we ask them?",
      mentions: [w.org.bystander],
    });
    expect(expectProblem(mentionsBystander, 422).errors).toEqual([
      { field: "body.mentions.0", message: "does not take part in this concern" },
    ]);

    const outsideParticipant = await call(
      w.t,
      "POST",
      `/api/v1/coalitions/${w.coalitionId}/threads`,
      {
        as: w.people.partner,
        payload: {
          organizationId: w.org.partner,
          kind: "concern",
          title: "Another concern",
          concern: { problem: text("x"), endGoal: text("y"), participants: [w.org.outsider] },
        },
      },
    );
    expect(expectProblem(outsideParticipant, 422).errors?.[0]?.field).toBe(
      "body.concern.participants.0",
    );
    const noFields = await call(w.t, "POST", `/api/v1/coalitions/${w.coalitionId}/threads`, {
      as: w.people.partner,
      payload: { organizationId: w.org.partner, kind: "concern", title: "Missing fields" },
    });
    expectProblem(noFields, 400);

    // Naming the bystander later lets them in.
    const named = await call(w.t, "PATCH", `/api/v1/threads/${concern.id}`, {
      as: w.people.partner,
      payload: { organizationId: w.org.partner, participants: [w.org.observer, w.org.bystander] },
    });
    expect(named.statusCode, named.body).toBe(200);
    expect((await read(w.people.bystander)).statusCode).toBe(200);
  });

  it("is resolved by the raising organisation or the convener side, and can be reopened", async () => {
    const concern = await w.raiseConcern([w.org.observer]);
    const patch = (as: SignedIn, payload: Record<string, unknown>) =>
      call(w.t, "PATCH", `/api/v1/threads/${concern.id}`, { as, payload });
    const resolve = {
      status: "resolved",
      resolution: text("The statement names no agency; the convener speaks alone."),
    };
    expectProblem(
      await patch(w.people.observer, { organizationId: w.org.observer, ...resolve }),
      403,
    );
    expectProblem(
      await patch(w.people.bystander, { organizationId: w.org.bystander, ...resolve }),
      404,
    );
    expectProblem(
      await patch(w.people.partnerColleague, { organizationId: w.org.partner, ...resolve }),
      403,
    );
    expectProblem(
      await patch(w.people.partner, { organizationId: w.org.partner, status: "resolved" }),
      400,
    );

    w.clock.advance(minute);
    const resolved = Thread.parse(
      (await patch(w.people.partner, { organizationId: w.org.partner, ...resolve })).json(),
    );
    expect(resolved.concern).toMatchObject({
      status: "resolved",
      resolution: {
        text: resolve.resolution,
        resolvedBy: { organizationId: w.org.partner, person: { userId: w.people.partner.userId } },
        resolvedAt: w.clock.now().toISOString(),
      },
    });
    expect(
      (await w.threads(w.people.partner, "?kind=concern")).items.find((i) => i.id === concern.id)
        ?.status,
    ).toBe("resolved");

    const reopened = Thread.parse(
      (await patch(w.people.coLead, { organizationId: w.org.coLead, status: "open" })).json(),
    );
    expect(reopened.concern).toMatchObject({ status: "open", resolution: null });
    const byConvener = Thread.parse(
      (
        await patch(w.people.convener, {
          organizationId: w.org.convener,
          ...resolve,
          endGoal: text("Both."),
        })
      ).json(),
    );
    expect(byConvener.concern).toMatchObject({
      status: "resolved",
      endGoal: text("Both."),
      problem: text("A joint denunciation would cost us access to the camps."),
      resolution: { resolvedBy: { organizationId: w.org.convener } },
    });

    const discussion = await w.openThread({});
    const misplaced = await call(w.t, "PATCH", `/api/v1/threads/${discussion.id}`, {
      as: w.people.partner,
      payload: { organizationId: w.org.partner, ...resolve },
    });
    expect(
      expectProblem(misplaced, 422)
        .errors?.map((e) => e.field)
        .sort(),
    ).toEqual(["body.resolution", "body.status"]);
    const renamed = await call(w.t, "PATCH", `/api/v1/threads/${discussion.id}`, {
      as: w.people.partner,
      payload: { organizationId: w.org.partner, title: "Access, renamed" },
    });
    expect(Thread.parse(renamed.json()).title).toBe("Access, renamed");
    expectProblem(
      await call(w.t, "PATCH", `/api/v1/threads/${discussion.id}`, {
        as: w.people.bystander,
        payload: { organizationId: w.org.bystander, title: "Mine now" },
      }),
      403,
    );
  });

  it("refuses each role what it may not do", async () => {
    const thread = await w.openThread({});
    const asOrg = (orgId: string) => ({ organizationId: orgId, text: "A word." });
    // Writing needs a session (401); a thread does not exist for anyone not inside (404), as
    // an unknown id does not; the coalition's own lists refuse outsiders (403), and a secret
    // coalition does not exist for them.
    expectProblem(await w.postComment(thread.id, null, asOrg(w.org.partner)), 401);
    expectProblem(await call(w.t, "GET", `/api/v1/threads/${thread.id}`, { as: null }), 404);
    expectProblem(
      await call(w.t, "GET", `/api/v1/threads/${thread.id}`, { as: w.people.outsider }),
      404,
    );
    expectProblem(await w.postComment(thread.id, w.people.outsider, asOrg(w.org.outsider)), 404);
    expectProblem(
      await call(w.t, "GET", `/api/v1/coalitions/${w.coalitionId}/threads`, {
        as: w.people.outsider,
      }),
      403,
    );
    const secret = await w.openThread(
      { organizationId: w.org.convener },
      w.people.convener,
      w.secretCoalitionId,
    );
    for (const as of [w.people.outsider, null]) {
      expectProblem(await call(w.t, "GET", `/api/v1/threads/${secret.id}`, { as }), 404);
      expectProblem(
        await call(w.t, "GET", `/api/v1/coalitions/${w.secretCoalitionId}/threads`, { as }),
        404,
      );
    }
    // A suspended member reads but does not w.comment or open w.threads.
    expect(
      (await call(w.t, "GET", `/api/v1/threads/${thread.id}`, { as: w.people.suspended }))
        .statusCode,
    ).toBe(200);
    expectProblem(await w.postComment(thread.id, w.people.suspended, asOrg(w.org.suspended)), 403);
    expectProblem(
      await call(w.t, "POST", `/api/v1/coalitions/${w.coalitionId}/threads`, {
        as: w.people.suspended,
        payload: { organizationId: w.org.suspended, title: "Let us back in" },
      }),
      403,
    );
    // A colleague who does not represent the organisation reads but does not w.comment.
    expect((await w.comments(thread.id, w.people.partnerColleague)).items).toEqual([]);
    expectProblem(
      await w.postComment(thread.id, w.people.partnerColleague, asOrg(w.org.partner)),
      403,
    );
    // Nobody speaks for an organisation they do not represent; observers do w.comment.
    expectProblem(await w.postComment(thread.id, w.people.partner, asOrg(w.org.coLead)), 403);
    expect(
      (await w.postComment(thread.id, w.people.observer, asOrg(w.org.observer))).statusCode,
    ).toBe(201);
    expectProblem(
      await call(w.t, "GET", `/api/v1/threads/${crypto.randomUUID()}`, { as: w.people.convener }),
      404,
    );
  });
});
