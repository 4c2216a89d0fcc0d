import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvitedStatement, PublicStatement, Statement } from "../../../shared/statements/api.ts";
import { type SignedIn, createOrganization, signedInUser } from "../../test/actors.ts";
import { type TestApp, backends, createTestApp } from "../../test/harness.ts";
import { call, expectProblem } from "../../test/org-helpers.ts";
import { coalitionWithEveryRole } from "../meetings/meetings.fixtures.ts";

const text = (en: string, fr?: string) => ({
  original: "en",
  texts: { en, ...(fr ? { fr } : {}) },
});
const unknownId = "00000000-0000-7000-8000-000000000000";

type World = Awaited<ReturnType<typeof coalitionWithEveryRole>> & {
  extra: { person: SignedIn; org: string; name: string }[];
};

/** The coalition of every role, with four more active members to sign. */
async function world(t: TestApp, visibility: "public" | "secret" = "public"): Promise<World> {
  const w = await coalitionWithEveryRole(t, { visibility });
  const extra = [];
  for (const name of ["Taiz Legal Aid", "Aden Women Union", "Hodeidah Monitors", "Marib Voices"]) {
    const person = await signedInUser(t, name.toLowerCase().replaceAll(" ", "-"));
    const org = await createOrganization(t, person, { name });
    const invited = await call(t, "POST", `/api/v1/coalitions/${w.coalitionId}/invitations`, {
      as: w.people.convener,
      payload: { organizationId: org },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const accepted = await call(
      t,
      "POST",
      `/api/v1/coalitions/${w.coalitionId}/members/${org}/accept`,
      { as: person },
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
    extra.push({ person, org, name });
  }
  return { ...w, extra };
}

async function draft(t: TestApp, w: World, body: Record<string, unknown> = {}) {
  const made = await call(t, "POST", `/api/v1/coalitions/${w.coalitionId}/statements`, {
    as: w.people.convener,
    payload: {
      title: text("End the siege of Taiz", "Lever le siège de Taïz"),
      text: text(
        "We call on all parties to **open the roads**.",
        "Nous appelons à ouvrir les routes.",
      ),
      ...body,
    },
  });
  expect(made.statusCode, made.body).toBe(201);
  return Statement.parse(made.json());
}

async function open(t: TestApp, w: World, id: string) {
  const opened = await call(t, "PATCH", `/api/v1/statements/${id}`, {
    as: w.people.convener,
    payload: { status: "open" },
  });
  expect(opened.statusCode, opened.body).toBe(200);
  return Statement.parse(opened.json());
}

async function answer(
  t: TestApp,
  as: SignedIn,
  statement: { id: string; current: { id: string } },
  organizationId: string,
  given: "public" | "private" | "decline",
  declineReason?: string,
) {
  const answered = await call(t, "POST", `/api/v1/statements/${statement.id}/answers`, {
    as,
    payload: {
      organizationId,
      answer: given,
      versionId: statement.current.id,
      ...(declineReason ? { declineReason } : {}),
    },
  });
  expect(answered.statusCode, answered.body).toBe(200);
  return Statement.parse(answered.json());
}

describe.each(backends)("joint statements on %s", (backend) => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp(backend);
    w = await world(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("is drafted by the convening side, read inside, and does not exist for anyone else", async () => {
    const s = await draft(t, w);
    expect(s.status).toBe("draft");
    expect(s.current.number).toBe(1);
    expect(s.current.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(s.threadId).not.toBeNull();
    expect(s.permissions.draft).toBe(true);

    const byPartner = await call(t, "POST", `/api/v1/coalitions/${w.coalitionId}/statements`, {
      as: w.people.partner,
      payload: { title: text("Mine"), text: text("Mine.") },
    });
    expectProblem(byPartner, 403);

    const partner = Statement.parse(
      (await call(t, "GET", `/api/v1/statements/${s.id}`, { as: w.people.partner })).json(),
    );
    expect(partner.permissions).toEqual({
      draft: false,
      readAnswers: false,
      answerFor: [w.org.partner],
    });
    expect(partner.answers).toBeNull();

    const unknown = await call(t, "GET", `/api/v1/statements/${unknownId}`, {
      as: w.people.outsider,
    });
    for (const who of [w.people.outsider, null]) {
      const hidden = await call(t, "GET", `/api/v1/statements/${s.id}`, { as: who });
      expectProblem(hidden, 404);
      expect(hidden.json().detail).toBe(unknown.json().detail);
    }
    const write = await call(t, "POST", `/api/v1/statements/${s.id}/answers`, {
      as: w.people.outsider,
      payload: { organizationId: w.org.outsider, answer: "public", versionId: s.current.id },
    });
    expectProblem(write, 404);
  });

  it("binds each answer to its version: a new version asks signers to confirm again, and a stale answer is refused", async () => {
    const s = await open(t, w, (await draft(t, w)).id);
    const signed = await answer(t, w.people.partner, s, w.org.partner, "public");
    expect(signed.mine).toMatchObject([
      { answer: "public", versionNumber: 1, confirmAgain: false },
    ]);

    const v2 = await call(t, "POST", `/api/v1/statements/${s.id}/versions`, {
      as: w.people.convener,
      payload: { title: text("End the siege of Taiz now"), text: text("Open the roads today.") },
    });
    expect(v2.statusCode, v2.body).toBe(200);
    const second = Statement.parse(v2.json());
    expect(second.current.number).toBe(2);
    expect(second.current.hash).not.toBe(s.current.hash);
    expect(second.answers?.find((a) => a.organizationId === w.org.partner)?.confirmAgain).toBe(
      true,
    );

    const stale = await call(t, "POST", `/api/v1/statements/${s.id}/answers`, {
      as: w.people.coLead,
      payload: { organizationId: w.org.coLead, answer: "public", versionId: s.current.id },
    });
    expectProblem(stale, 409);

    const same = await call(t, "POST", `/api/v1/statements/${s.id}/versions`, {
      as: w.people.convener,
      payload: { title: text("End the siege of Taiz now"), text: text("Open the roads today.") },
    });
    expectProblem(same, 409);

    const versions = await call(t, "GET", `/api/v1/statements/${s.id}/versions`, {
      as: w.people.observer,
    });
    expect(versions.json().items.map((v: { number: number }) => v.number)).toEqual([1, 2]);

    // The partner's colleague is no representative: no voice for the organisation.
    const colleague = await call(t, "POST", `/api/v1/statements/${s.id}/answers`, {
      as: w.people.partnerColleague,
      payload: { organizationId: w.org.partner, answer: "public", versionId: second.current.id },
    });
    expectProblem(colleague, 403);
  });

  it("publishes only signatures of the published version, never names private supporters, and counts them only from three", async () => {
    const s = await open(t, w, (await draft(t, w, { showPrivateCount: true })).id);
    await answer(t, w.people.partner, s, w.org.partner, "public");
    await answer(t, w.people.coLead, s, w.org.coLead, "public");
    await answer(t, w.extra[0]!.person, s, w.extra[0]!.org, "private");
    await answer(t, w.extra[1]!.person, s, w.extra[1]!.org, "private");
    const declined = await answer(
      t,
      w.extra[2]!.person,
      s,
      w.extra[2]!.org,
      "decline",
      "Our staff are in Taiz.",
    );
    // Two private supporters: too few to be counted, even inside.
    expect(declined.privateSupporters).toBeNull();

    const toConvener = Statement.parse(
      (await call(t, "GET", `/api/v1/statements/${s.id}`, { as: w.people.convener })).json(),
    );
    expect(toConvener.answers?.find((a) => a.answer === "decline")?.declineReason).toBe(
      "Our staff are in Taiz.",
    );
    expect(toConvener.notYet?.map((o) => o.organizationId)).toContain(w.org.observer);
    const toMember = await call(t, "GET", `/api/v1/statements/${s.id}`, { as: w.people.observer });
    expect(toMember.body).not.toContain("Our staff are in Taiz.");
    for (const hidden of [w.extra[0]!, w.extra[1]!, w.extra[2]!]) {
      expect(toMember.body).not.toContain(hidden.org);
      expect(toMember.body).not.toContain(hidden.name);
    }

    const published = await call(t, "POST", `/api/v1/statements/${s.id}/publish`, {
      as: w.people.convener,
    });
    expect(published.statusCode, published.body).toBe(200);
    const page = PublicStatement.parse(
      (await call(t, "GET", `/api/v1/public/statements/${s.id}`)).json(),
    );
    expect(page.signatories.map((o) => o.name).sort()).toEqual(
      [w.names.coLead, w.names.partner].sort(),
    );
    expect(page.privateSupporters).toBeNull();
    expect(page.coalition?.name).toBe("Access Coalition");

    // A third private supporter after publishing: now counted, still not named.
    await answer(
      t,
      w.extra[3]!.person,
      Statement.parse(published.json()),
      w.extra[3]!.org,
      "private",
    );
    const html = await call(t, "GET", `/p/statements/${s.id}?lang=fr`);
    expect(html.statusCode).toBe(200);
    expect(html.headers["content-type"]).toMatch(/^text\/html/);
    expect(html.body).toContain(`og:title" content="Lever le siège de Taïz"`);
    expect(html.body).toContain("et 3 organisations qui la soutiennent en privé");
    expect(html.body).toContain(w.names.partner);
    for (const hidden of [w.extra[0]!, w.extra[1]!, w.extra[2]!, w.extra[3]!]) {
      expect(html.body).not.toContain(hidden.name);
      expect(html.body).not.toContain(hidden.org);
    }
    expect(html.body).toContain("<strong>open the roads</strong>");

    const feed = await call(t, "GET", `/p/coalitions/${w.coalitionId}/statements.atom`);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers["content-type"]).toMatch(/^application\/atom\+xml/);
    expect(feed.body).toContain(`/p/statements/${s.id}`);
    expect(feed.body).not.toContain(w.extra[0]!.name);

    const noVersionAfter = await call(t, "POST", `/api/v1/statements/${s.id}/versions`, {
      as: w.people.convener,
      payload: { title: text("Changed"), text: text("Changed.") },
    });
    expectProblem(noVersionAfter, 409);
  });

  it("keeps the private count off the public page unless the coalition chose it", async () => {
    const s = await open(t, w, (await draft(t, w)).id);
    for (const e of w.extra.slice(0, 3)) await answer(t, e.person, s, e.org, "private");
    const inside = Statement.parse(
      (await call(t, "GET", `/api/v1/statements/${s.id}`, { as: w.people.partner })).json(),
    );
    expect(inside.privateSupporters).toBe(3);
    const published = await call(t, "POST", `/api/v1/statements/${s.id}/publish`, {
      as: w.people.convener,
    });
    expect(published.statusCode, published.body).toBe(200);
    const page = PublicStatement.parse(
      (await call(t, "GET", `/api/v1/public/statements/${s.id}`)).json(),
    );
    expect(page.privateSupporters).toBeNull();
    expect(page.signatories).toEqual([]);
  });

  it("is not public before it is published, nor after it is withdrawn", async () => {
    const s = await open(t, w, (await draft(t, w)).id);
    const unknown = await call(t, "GET", `/api/v1/public/statements/${unknownId}`);
    const before = await call(t, "GET", `/api/v1/public/statements/${s.id}`);
    expectProblem(before, 404);
    expect(before.json().detail).toBe(unknown.json().detail);
    expect((await call(t, "GET", `/p/statements/${s.id}`)).statusCode).toBe(404);
    await call(t, "POST", `/api/v1/statements/${s.id}/publish`, { as: w.people.convener });
    const withdrawn = await call(t, "PATCH", `/api/v1/statements/${s.id}`, {
      as: w.people.convener,
      payload: { status: "withdrawn" },
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expectProblem(await call(t, "GET", `/api/v1/public/statements/${s.id}`), 404);
    const late = await call(t, "POST", `/api/v1/statements/${s.id}/answers`, {
      as: w.people.partner,
      payload: { organizationId: w.org.partner, answer: "public", versionId: s.current.id },
    });
    expectProblem(late, 409);
  });

  it("refuses answers after the sign-on deadline", async () => {
    const s = await draft(t, w, { signOnClosesAt: new Date(Date.now() + 60_000).toISOString() });
    await open(t, w, s.id);
    const closed = await call(t, "PATCH", `/api/v1/statements/${s.id}`, {
      as: w.people.convener,
      payload: { signOnClosesAt: new Date(Date.now() - 1000).toISOString() },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const late = await call(t, "POST", `/api/v1/statements/${s.id}/answers`, {
      as: w.people.partner,
      payload: { organizationId: w.org.partner, answer: "public", versionId: s.current.id },
    });
    expectProblem(late, 409);
  });

  it("lets organisations outside sign on by invitation link, and shows them nothing else", async () => {
    const s = await open(t, w, (await draft(t, w)).id);
    await answer(t, w.extra[0]!.person, s, w.extra[0]!.org, "private");
    const refused = await call(t, "POST", `/api/v1/statements/${s.id}/invitation`, {
      as: w.people.partner,
    });
    expectProblem(refused, 403);
    const link = await call(t, "POST", `/api/v1/statements/${s.id}/invitation`, {
      as: w.people.convener,
    });
    expect(link.statusCode, link.body).toBe(201);
    const { token, url } = link.json() as { token: string; url: string };
    expect(url).toContain(token);

    const seen = InvitedStatement.parse(
      (
        await call(t, "GET", `/api/v1/statement-invitations/${token}`, { as: w.people.outsider })
      ).json(),
    );
    expect(seen.answerFor).toEqual([{ organizationId: w.org.outsider, name: w.names.outsider }]);
    const raw = await call(t, "GET", `/api/v1/statement-invitations/${token}`, {
      as: w.people.outsider,
    });
    expect(raw.body).not.toContain(w.extra[0]!.org);

    const signed = await call(t, "POST", `/api/v1/statement-invitations/${token}/answers`, {
      as: w.people.outsider,
      payload: { organizationId: w.org.outsider, answer: "public", versionId: s.current.id },
    });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(InvitedStatement.parse(signed.json()).mine).toMatchObject([
      { answer: "public", outside: true },
    ]);

    // A member answers inside the coalition, not through the link.
    const member = await call(t, "POST", `/api/v1/statement-invitations/${token}/answers`, {
      as: w.people.partner,
      payload: { organizationId: w.org.partner, answer: "public", versionId: s.current.id },
    });
    expectProblem(member, 403);
    const forged = await call(t, "GET", `/api/v1/statement-invitations/${"x".repeat(32)}`, {
      as: w.people.outsider,
    });
    expectProblem(forged, 404);

    // A new link replaces the old one.
    await call(t, "POST", `/api/v1/statements/${s.id}/invitation`, { as: w.people.convener });
    expectProblem(
      await call(t, "GET", `/api/v1/statement-invitations/${token}`, { as: w.people.outsider }),
      404,
    );
  });

  it("publishes a secret coalition's statement without naming it, and gives it no feed", async () => {
    const secret = await world(t, "secret");
    const s = await open(t, secret, (await draft(t, secret)).id);
    await answer(t, secret.people.partner, s, secret.org.partner, "public");
    const published = await call(t, "POST", `/api/v1/statements/${s.id}/publish`, {
      as: secret.people.convener,
    });
    expect(published.statusCode, published.body).toBe(200);
    const page = PublicStatement.parse(
      (await call(t, "GET", `/api/v1/public/statements/${s.id}`)).json(),
    );
    expect(page.coalition).toBeNull();
    const html = await call(t, "GET", `/p/statements/${s.id}`);
    expect(html.body).not.toContain("Access Coalition");
    expect(
      (await call(t, "GET", `/p/coalitions/${secret.coalitionId}/statements.atom`)).statusCode,
    ).toBe(404);
  });

  it("refuses bad input with a problem and changes nothing", async () => {
    const tooDeep = await call(t, "POST", `/api/v1/coalitions/${w.coalitionId}/statements`, {
      as: w.people.convener,
      payload: { title: text("Deep"), text: text(`${"> ".repeat(200)}deep`) },
    });
    expectProblem(tooDeep, 422);
    const notOurs = await call(t, "POST", `/api/v1/coalitions/${w.coalitionId}/statements`, {
      as: w.people.convener,
      payload: { title: text("Campaign"), text: text("Text."), campaignId: unknownId },
    });
    expectProblem(notOurs, 422);
    const reasonOnSign = await call(t, "POST", `/api/v1/statements/${unknownId}/answers`, {
      as: w.people.partner,
      payload: {
        organizationId: w.org.partner,
        answer: "public",
        versionId: unknownId,
        declineReason: "no",
      },
    });
    expectProblem(reasonOnSign, 400);
  });
});
