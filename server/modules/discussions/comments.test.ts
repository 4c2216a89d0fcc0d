import { describe, expect, it } from "vitest";
import { Comment, RevisionList } from "../../../shared/discussions.ts";
import type { SignedIn } from "../../test/actors.ts";
import { backends } from "../../test/harness.ts";
import { call, expectProblem } from "../../test/org-helpers.ts";
import { eq } from "drizzle-orm";
import type { DomainEvents } from "../../events.ts";
import type { Actor } from "../auth/actor.ts";
import { minute, text, useDiscussionWorld } from "./discussion-fixtures.ts";
import { commentMentions } from "./discussions.table.ts";

describe.each(backends)("comments on %s", (backend) => {
  const w = useDiscussionWorld(backend);

  /** The organisations a comment mentions now, as stored. */
  const storedMentions = async (commentId: string) =>
    (
      await w.t.services.db
        .select({ organizationId: commentMentions.organizationId })
        .from(commentMentions)
        .where(eq(commentMentions.commentId, commentId))
    )
      .map((m) => m.organizationId)
      .sort();

  it("pages through comments oldest first", async () => {
    const thread = await w.openThread({});
    for (const n of [1, 2, 3])
      await w.comment(thread.id, w.people.partner, w.org.partner, `Point ${n}`);
    const first = await w.comments(thread.id, w.people.convener, "?limit=2");
    expect(first.items.map((c) => c.text)).toEqual(["Point 1", "Point 2"]);
    const rest = await w.comments(
      thread.id,
      w.people.convener,
      `?limit=2&cursor=${first.nextCursor}`,
    );
    expect(rest).toMatchObject({ items: [{ text: "Point 3" }], nextCursor: null });
  });

  it("renders Markdown to sanitised HTML", async () => {
    const thread = await w.openThread({});
    const written = await w.comment(
      thread.id,
      w.people.partner,
      w.org.partner,
      [
        "**Update** from the field <script>alert(1)</script>",
        "[report](javascript:alert(1)) and [site](https://example.org)",
        '<a href="https://x.org" onclick="alert(1)">raw</a> <b onmouseover="x()">bold</b>',
        "![camp map](https://tracker.example/pixel.png)",
      ].join("\n\n"),
    );
    const html = written.html ?? "";
    expect(html).toContain("<strong>Update</strong>");
    expect(html).not.toMatch(
      /<script|<img|<b[\s>]|<a href="https:\/\/x\.org"|javascript:|tracker\.example/i,
    );
    expect(html).toContain(
      '<a href="https://example.org" rel="nofollow noopener noreferrer">site</a>',
    );
    expect(html).toContain("camp map");
    expect(written.text).toContain("<script>");
  });

  it("marks and stores mentions of organisations inside the coalition, and refuses others", async () => {
    const thread = await w.openThread({});
    const written = await w.comment(
      thread.id,
      w.people.partner,
      w.org.partner,
      `Could @{${w.org.coLead}} brief us?`,
      [w.org.coLead, w.org.observer],
    );
    expect(written.html).toContain(
      `<span class="mention" data-organization-id="${w.org.coLead}">@Camp Committees</span>`,
    );
    expect(written.mentions.map((m) => m.name).sort()).toEqual(["Camp Committees", "UN Liaison"]);
    expect(await storedMentions(written.id)).toEqual([w.org.coLead, w.org.observer].sort());

    const outside = await w.postComment(thread.id, w.people.partner, {
      organizationId: w.org.partner,
      text: "Ask them",
      mentions: [w.org.coLead, w.org.outsider],
    });
    expect(expectProblem(outside, 422).errors).toEqual([
      { field: "body.mentions.1", message: "is not an organisation inside this coalition" },
    ]);
    const unlisted = await w.postComment(thread.id, w.people.partner, {
      organizationId: w.org.partner,
      text: `Ask @{${w.org.observer}}`,
      mentions: [],
    });
    expect(expectProblem(unlisted, 422).errors?.[0]?.field).toBe("body.text");
    expect((await w.comments(thread.id)).items).toHaveLength(1);
  });

  it("lets only the author edit, keeping every earlier text for members to read", async () => {
    const thread = await w.openThread({});
    const first = await w.comment(thread.id, w.people.partner, w.org.partner, "Meet on Tuesday.");
    const edit = (as: SignedIn, body: string) =>
      call(w.t, "PATCH", `/api/v1/comments/${first.id}`, { as, payload: { text: body } });
    expectProblem(await edit(w.people.convener, "Meet never."), 403);
    expectProblem(await edit(w.people.partnerColleague, "Meet never."), 403);
    expectProblem(await edit(w.people.outsider, "Meet never."), 404);
    expectProblem(
      await call(w.t, "PATCH", `/api/v1/comments/${first.id}`, {
        as: null,
        payload: { text: "x" },
      }),
      401,
    );
    w.clock.advance(minute);
    const edited = Comment.parse((await edit(w.people.partner, "Meet on **Wednesday**.")).json());
    expect(edited).toMatchObject({ revisionCount: 1, text: "Meet on **Wednesday**." });
    expect(edited.html).toContain("<strong>Wednesday</strong>");
    expect(edited.editedAt).not.toBeNull();
    await edit(w.people.partner, "Meet on Thursday.");

    const history = await call(w.t, "GET", `/api/v1/comments/${first.id}/revisions`, {
      as: w.people.observer,
    });
    expect(history.statusCode, history.body).toBe(200);
    expect(RevisionList.parse(history.json()).items.map((r) => [r.text, r.reason])).toEqual([
      ["Meet on Tuesday.", "edited"],
      ["Meet on **Wednesday**.", "edited"],
    ]);
    expectProblem(
      await call(w.t, "GET", `/api/v1/comments/${first.id}/revisions`, { as: w.people.outsider }),
      404,
    );
  });

  it("withdraws a comment for its author or the convener side, leaving a placeholder", async () => {
    const thread = await w.openThread({});
    const mine = await w.comment(
      thread.id,
      w.people.partner,
      w.org.partner,
      "Names of the families: …",
      [w.org.observer],
    );
    const theirs = await w.comment(thread.id, w.people.observer, w.org.observer, "Off-topic rant");
    const withdraw = (id: string, as: SignedIn) =>
      call(w.t, "DELETE", `/api/v1/comments/${id}`, { as });

    expectProblem(await withdraw(mine.id, w.people.observer), 403);
    expectProblem(await withdraw(mine.id, w.people.partnerColleague), 403);
    const byAuthor = Comment.parse((await withdraw(mine.id, w.people.partner)).json());
    expect(byAuthor).toMatchObject({
      text: null,
      html: null,
      mentions: [],
      withdrawn: { by: { organizationId: w.org.partner } },
    });
    expect(await storedMentions(mine.id)).toEqual([]);
    expectProblem(await withdraw(mine.id, w.people.partner), 409);
    expectProblem(
      await call(w.t, "PATCH", `/api/v1/comments/${mine.id}`, {
        as: w.people.partner,
        payload: { text: "Back" },
      }),
      409,
    );
    const byCoLead = Comment.parse((await withdraw(theirs.id, w.people.coLead)).json());
    expect(byCoLead.withdrawn?.by.organizationId).toBe(w.org.coLead);

    const listed = await w.comments(thread.id, w.people.bystander);
    expect(listed.items.map((c) => c.withdrawn !== null)).toEqual([true, true]);
    expect(JSON.stringify(listed)).not.toContain("families");
    // The withdrawn words stay on record for the convener side only.
    const revisions = (as: SignedIn) =>
      call(w.t, "GET", `/api/v1/comments/${mine.id}/revisions`, { as });
    expectProblem(await revisions(w.people.partner), 403);
    expectProblem(await revisions(w.people.bystander), 403);
    const kept = RevisionList.parse((await revisions(w.people.convener)).json());
    expect(kept.items).toMatchObject([{ text: "Names of the families: …", reason: "withdrawn" }]);
  });

  it("refuses a comment PostgreSQL could not store, changing nothing", async () => {
    const thread = await w.openThread({});
    const nul = await w.postComment(thread.id, w.people.partner, {
      organizationId: w.org.partner,
      text: "before\u0000after",
    });
    expect(nul.statusCode).toBeGreaterThanOrEqual(400);
    expect(nul.statusCode).toBeLessThan(500);
    const concern = await call(w.t, "POST", `/api/v1/coalitions/${w.coalitionId}/threads`, {
      as: w.people.partner,
      payload: {
        organizationId: w.org.partner,
        kind: "concern",
        title: "Nul\u0000title",
        concern: { problem: text("a\u0000b"), endGoal: text("c\ud800") },
      },
    });
    expect(concern.statusCode).toBeGreaterThanOrEqual(400);
    expect(concern.statusCode).toBeLessThan(500);
    for (const payload of [
      { organizationId: w.org.partner, text: "half a pair \udc00" },
      { organizationId: w.org.partner, text: "ok", mentions: ["not-an-id"] },
    ]) {
      expectProblem(await w.postComment(thread.id, w.people.partner, payload), 400);
    }
    const deep = await w.postComment(thread.id, w.people.partner, {
      organizationId: w.org.partner,
      text: "> ".repeat(5000),
    });
    expect(expectProblem(deep, 422).errors).toEqual([
      { field: "body.text", message: "nests quotes or lists too deeply" },
    ]);
    expect((await w.comments(thread.id)).items).toEqual([]);
  });

  it("tells whoever listens which organisations a comment newly mentions, in its transaction", async () => {
    const events: DomainEvents["comment.mentioned"][] = [];
    let failing = false;
    w.t.services.events.on("comment.mentioned", async (_tx, event) => {
      if (failing) throw new Error("the notifier is down");
      events.push(event);
    });
    const discussions = w.t.services.discussions;
    const partner: Actor = {
      userId: w.people.partner.userId,
      name: "partner",
      email: w.people.partner.email,
      isPlatformAdmin: false,
    };
    const thread = await w.openThread({});
    const written = await discussions.addComment(partner, thread.id, {
      organizationId: w.org.partner,
      text: `Over to @{${w.org.coLead}}`,
      mentions: [w.org.coLead],
    });
    await discussions.editComment(partner, written.id, {
      text: "Over to both of you",
      mentions: [w.org.coLead, w.org.observer],
    });
    const mentioned = (e: DomainEvents["comment.mentioned"]) =>
      e.mentioned.map((m) => m.organizationId);
    expect(events.map((e) => e.commentId)).toEqual([written.id, written.id]);
    expect(events.map(mentioned)).toEqual([[w.org.coLead], [w.org.observer]]);
    expect(events[0]).toMatchObject({
      coalitionId: w.coalitionId,
      link: `/threads/${thread.id}`,
      author: { organizationId: w.org.partner },
      byUserId: partner.userId,
    });

    failing = true;
    try {
      await expect(
        discussions.addComment(partner, thread.id, {
          organizationId: w.org.partner,
          text: "Lost",
          mentions: [w.org.coLead],
        }),
      ).rejects.toThrow("the notifier is down");
    } finally {
      failing = false;
    }
    expect((await w.comments(thread.id)).items.map((c) => c.text)).toEqual(["Over to both of you"]);
  });
});
