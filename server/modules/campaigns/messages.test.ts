import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CampaignHistory } from "../../../shared/campaigns/core.ts";
import {
  CampaignMessage,
  CampaignMessageList,
  CampaignStory,
  CampaignStoryList,
} from "../../../shared/campaigns/messages.ts";
import { NotificationPage } from "../../../shared/notifications.ts";
import type { SignedIn } from "../../test/actors.ts";
import { type TestApp, TestClock, backends, createTestApp } from "../../test/harness.ts";
import { notificationLine } from "../notifications/notification-text.ts";
import { call, expectProblem } from "../../test/org-helpers.ts";
import { type CampaignWorld, campaignWithEveryRole, text } from "./campaigns.fixtures.ts";

const day = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
/** Words only the story says: they must never leave the campaign's insiders. */
const secret = "Amal lost her brother in the strike on the market in Hodeidah";
const secretTitle = "The market strike survivor";
const secretBy = "Sister of a victim, Hodeidah";

describe.each(backends)("campaign messages and stories on %s", (backend) => {
  let t: TestApp;
  let w: CampaignWorld;
  const clock = new TestClock();
  const today = () => isoDay(clock.now());
  const daysFromNow = (n: number) => isoDay(new Date(clock.now().getTime() + n * day));

  beforeAll(async () => {
    t = await createTestApp(backend, { clock });
    w = await campaignWithEveryRole(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  const message = async (payload: Record<string, unknown> = {}) => {
    const made = await call(t, "POST", w.url("/messages"), {
      as: w.people.partner,
      payload: {
        audience: "Members of parliament",
        frame: "legal",
        text: text("Arms sales to the coalition break the Arms Trade Treaty."),
        ...payload,
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    return CampaignMessage.parse(made.json());
  };

  /** A story the partner organisation records; its consent covers internal use unless told. */
  const story = async (consent: Record<string, unknown> = {}, as = w.people.partner) => {
    const made = await call(t, "POST", w.url("/stories"), {
      as,
      payload: {
        recordedByOrganizationId: w.org.partner,
        title: secretTitle,
        text: { original: "en", texts: { en: secret } },
        consent: { by: secretBy, givenOn: daysFromNow(-30), ...consent },
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    return CampaignStory.parse(made.json());
  };

  const attach = (messageId: string, storyId: string, use: string, as = w.people.partner) =>
    call(t, "PUT", w.url(`/messages/${messageId}/stories/${storyId}`), {
      as,
      payload: { use },
    });

  const messages = async () =>
    CampaignMessageList.parse(
      (await call(t, "GET", w.url("/messages"), { as: w.people.observer })).json(),
    ).items;

  it("is read by those inside and does not exist for anyone else", async () => {
    const m = await message({ messengerOrganizationId: w.org.coLead });
    expect(m).toMatchObject({
      visibility: "internal", // private unless chosen public
      messenger: { organizationId: w.org.coLead, name: w.names.coLead },
      stories: [],
      flags: [],
    });
    const s = await story();
    expect(s.consent).toMatchObject({ uses: ["internal"], state: "in_force", until: null });
    for (const role of [
      "convener",
      "coLead",
      "partner",
      "partnerColleague",
      "observer",
      "suspended",
    ] as const) {
      for (const path of ["/messages", "/stories"]) {
        const read = await call(t, "GET", w.url(path), { as: w.people[role] });
        expect(read.statusCode, `${role} ${path}: ${read.body}`).toBe(200);
      }
    }
    const stories = CampaignStoryList.parse(
      (await call(t, "GET", w.url("/stories"), { as: w.people.observer })).json(),
    ).items;
    expect(stories.find((x) => x.id === s.id)?.text.texts.en).toBe(secret);

    const unknown = await call(
      t,
      "GET",
      "/api/v1/campaigns/00000000-0000-7000-8000-000000000000/stories",
      { as: w.people.outsider },
    );
    for (const path of ["/messages", "/stories"]) {
      const outsider = await call(t, "GET", w.url(path), { as: w.people.outsider });
      expectProblem(outsider, 404);
      expect(outsider.json().detail).toBe(unknown.json().detail);
      expect((await call(t, "GET", w.url(path))).statusCode).toBe(404);
      expect(outsider.body).not.toContain(secret);
    }
    const outsiderWrites = await call(t, "PATCH", w.url(`/messages/${m.id}`), {
      as: w.people.outsider,
      payload: { audience: "Anyone" },
    });
    expectProblem(outsiderWrites, 404);
    const outsiderWithdraws = await call(t, "POST", w.url(`/stories/${s.id}/withdraw`), {
      as: w.people.outsider,
    });
    expectProblem(outsiderWithdraws, 404);
    expect(outsiderWithdraws.json().detail).toBe("No such story.");
  });

  it("is written by those running the campaign, fronted only by one of its organisations", async () => {
    const observer = await call(t, "POST", w.url("/messages"), {
      as: w.people.observer,
      payload: { audience: "Press", frame: "humanitarian", text: text("Stop.") },
    });
    expectProblem(observer, 403);
    const stranger = await call(t, "POST", w.url("/messages"), {
      as: w.people.convener,
      payload: {
        audience: "Press",
        frame: "humanitarian",
        text: text("Stop."),
        messengerOrganizationId: w.org.outsider,
      },
    });
    expect(expectProblem(stranger, 422).errors?.[0]?.field).toBe("body.messengerOrganizationId");

    const m = await message();
    const changed = await call(t, "PATCH", w.url(`/messages/${m.id}`), {
      as: w.people.convener,
      payload: {
        frame: "faith",
        text: { original: "ar", texts: { ar: "بيع الأسلحة يقتل المدنيين", en: "Arms kill." } },
        messengerOrganizationId: w.org.observer,
      },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(CampaignMessage.parse(changed.json())).toMatchObject({
      frame: "faith",
      messenger: { organizationId: w.org.observer },
    });
    expectProblem(
      await call(t, "PATCH", w.url(`/messages/${m.id}`), {
        as: w.people.observer,
        payload: { frame: "legal" },
      }),
      403,
    );
    expectProblem(
      await call(t, "DELETE", w.url(`/messages/${m.id}`), { as: w.people.partnerColleague }),
      403,
    );
    const removed = await call(t, "DELETE", w.url(`/messages/${m.id}`), { as: w.people.coLead });
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await messages()).some((x) => x.id === m.id)).toBe(false);
    expectProblem(
      await call(t, "PATCH", w.url(`/messages/${m.id}`), {
        as: w.people.partner,
        payload: { frame: "legal" },
      }),
      404,
    );
  });

  it("refuses a story without consent to public use on a public message, saying why", async () => {
    const internalOnly = await story();
    const publicMessage = await message({ visibility: "public" });
    const refused = await attach(publicMessage.id, internalOnly.id, "public_anonymised");
    const problem = expectProblem(refused, 422);
    expect(problem.detail).toMatch(
      /anonymised public use.*consent was given for internal use only/,
    );
    expect(problem.errors?.[0]?.field).toBe("body.use");
    // Told "for internal use" on a public message is no way around it.
    expect(
      expectProblem(await attach(publicMessage.id, internalOnly.id, "internal"), 422).detail,
    ).toMatch(/public message/);
    // Consent to anonymised use does not cover being named.
    const anonymised = await story({ uses: ["internal", "public_anonymised"] });
    expectProblem(await attach(publicMessage.id, anonymised.id, "public_named"), 422);
    const told = await attach(publicMessage.id, anonymised.id, "public_anonymised");
    expect(told.statusCode, told.body).toBe(200);
    expect(CampaignMessage.parse(told.json())).toMatchObject({
      stories: [{ storyId: anonymised.id, use: "public_anonymised", problem: null }],
      flags: [],
    });
    // Consent to be named covers being told anonymised.
    const named = await story({ uses: ["public_named"] });
    expect((await attach(publicMessage.id, named.id, "public_anonymised")).statusCode).toBe(200);
    // Only those running the campaign attach stories.
    expectProblem(await attach(publicMessage.id, named.id, "public_named", w.people.observer), 403);
    expect(
      (await messages()).find((m) => m.id === publicMessage.id)?.stories.map((s) => s.storyId),
    ).toEqual(expect.arrayContaining([anonymised.id, named.id]));
  });

  it("refuses a story whose consent ran out, or is not yet given", async () => {
    const expired = await story({
      uses: ["public_named"],
      givenOn: daysFromNow(-400),
      until: daysFromNow(-1),
    });
    expect(expired.consent.state).toBe("expired");
    const m = await message({ visibility: "public" });
    const refused = expectProblem(await attach(m.id, expired.id, "public_named"), 422);
    expect(refused.detail).toMatch(new RegExp(`consent ran until ${daysFromNow(-1)}`));
    // Not even internally.
    const internal = await message();
    expectProblem(await attach(internal.id, expired.id, "internal"), 422);

    const future = await call(t, "POST", w.url("/stories"), {
      as: w.people.partner,
      payload: {
        recordedByOrganizationId: w.org.partner,
        title: "Not yet",
        text: text("Not yet told."),
        consent: { by: "A nurse", givenOn: daysFromNow(2) },
      },
    });
    expect(expectProblem(future, 422).errors?.[0]?.field).toBe("body.consent.givenOn");
    const backwards = await call(t, "POST", w.url("/stories"), {
      as: w.people.partner,
      payload: {
        recordedByOrganizationId: w.org.partner,
        title: "Backwards",
        text: text("Told."),
        consent: { by: "A nurse", givenOn: today(), until: daysFromNow(-1) },
      },
    });
    expectProblem(backwards, 400);
  });

  it("re-checks every story when a message is made public", async () => {
    const m = await message();
    const internalOnly = await story();
    const anonymised = await story({ uses: ["public_anonymised"] });
    expect((await attach(m.id, internalOnly.id, "internal")).statusCode).toBe(200);
    expect((await attach(m.id, anonymised.id, "public_anonymised")).statusCode).toBe(200);
    // An internal message may not claim a use the consent does not cover either.
    expectProblem(await attach(m.id, internalOnly.id, "public_named"), 422);

    const goPublic = () =>
      call(t, "PATCH", w.url(`/messages/${m.id}`), {
        as: w.people.partner,
        payload: { visibility: "public" },
      });
    const refused = expectProblem(await goPublic(), 422);
    expect(refused.errors).toEqual([
      {
        field: "body.visibility",
        message: `story ${internalOnly.id}: it is attached for internal use only`,
      },
    ]);
    expect((await messages()).find((x) => x.id === m.id)?.visibility).toBe("internal");
    const detached = await call(
      t,
      "DELETE",
      w.url(`/messages/${m.id}/stories/${internalOnly.id}`),
      {
        as: w.people.partner,
      },
    );
    expect(detached.statusCode, detached.body).toBe(200);
    expect(CampaignMessage.parse(detached.json()).stories.map((s) => s.storyId)).toEqual([
      anonymised.id,
    ]);
    const made = await goPublic();
    expect(made.statusCode, made.body).toBe(200);
    expect(CampaignMessage.parse(made.json()).visibility).toBe("public");
  });

  it("flags every message that tells a story once its consent is withdrawn", async () => {
    const s = await story({ uses: ["internal", "public_named"] });
    const publicOne = await message({ visibility: "public" });
    const internalOne = await message({ frame: "economic" });
    const untouched = await message({ frame: "rights_based" });
    expect((await attach(publicOne.id, s.id, "public_named")).statusCode).toBe(200);
    expect((await attach(internalOne.id, s.id, "internal")).statusCode).toBe(200);

    const withdrawn = await call(t, "POST", w.url(`/stories/${s.id}/withdraw`), {
      as: w.people.partner,
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const after = CampaignStory.parse(withdrawn.json());
    expect(after.consent.state).toBe("withdrawn");
    expect(after.consent.withdrawnAt).not.toBeNull();
    expect(after.messages.map((m) => [m.messageId, m.problem]).sort()).toEqual(
      [
        [publicOne.id, "withdrawn"],
        [internalOne.id, "withdrawn"],
      ].sort(),
    );

    const all = await messages();
    const flagsOf = (id: string) => all.find((m) => m.id === id)?.flags;
    expect(flagsOf(publicOne.id)).toEqual([{ storyId: s.id, problem: "withdrawn" }]);
    expect(flagsOf(internalOne.id)).toEqual([{ storyId: s.id, problem: "withdrawn" }]);
    expect(flagsOf(untouched.id)).toEqual([]);

    // Withdrawn is final: not again, not re-consented, not attached anew.
    expectProblem(
      await call(t, "POST", w.url(`/stories/${s.id}/withdraw`), { as: w.people.partner }),
      409,
    );
    expectProblem(
      await call(t, "PATCH", w.url(`/stories/${s.id}`), {
        as: w.people.partner,
        payload: { consent: { uses: ["public_named"] } },
      }),
      409,
    );
    expect(expectProblem(await attach(untouched.id, s.id, "internal"), 422).detail).toMatch(
      /withdrawn/,
    );
    // Taking the story out of the message clears its flag.
    await call(t, "DELETE", w.url(`/messages/${publicOne.id}/stories/${s.id}`), {
      as: w.people.partner,
    });
    expect((await messages()).find((m) => m.id === publicOne.id)?.flags).toEqual([]);
  });

  it("tells those running the campaign of a withdrawal that flags messages, without the story's words", async () => {
    const inbox = async (as: SignedIn) =>
      NotificationPage.parse(
        (await call(t, "GET", "/api/v1/me/notifications", { as })).json(),
      ).items.filter((n) => n.kind === "consent_withdrawn");
    const before = (await inbox(w.people.convener)).length;
    const untold = await story();
    await call(t, "POST", w.url(`/stories/${untold.id}/withdraw`), { as: w.people.partner });
    expect(await inbox(w.people.convener)).toHaveLength(before); // nothing flagged, nothing told

    const s = await story({ uses: ["public_anonymised"] });
    const m = await message({ visibility: "public" });
    expect((await attach(m.id, s.id, "public_anonymised")).statusCode).toBe(200);
    await call(t, "POST", w.url(`/stories/${s.id}/withdraw`), { as: w.people.partner });
    for (const runner of [w.people.convener, w.people.coLead]) {
      const told = await inbox(runner);
      expect(told).toHaveLength(before + 1);
      expect(told[0]).toMatchObject({
        link: `/campaigns/${w.campaignId}/messages`,
        data: { campaign: "Stop the arms transfers", organization: w.names.partner },
      });
      expect(JSON.stringify(told)).not.toMatch(/Amal|Hodeidah|market strike|Sister/);
    }
    // Not the one who withdrew it, nor those who do not run the campaign.
    for (const other of [w.people.partner, w.people.observer, w.people.partnerColleague]) {
      expect(await inbox(other)).toEqual([]);
    }
    expect(
      notificationLine("consent_withdrawn", (await inbox(w.people.convener))[0]!.data, "ar"),
    ).toMatch(/سحب الموافقة/);
  });

  it("flags a message whose story's consent is narrowed or runs out", async () => {
    const s = await story({ uses: ["public_named", "public_anonymised"], until: daysFromNow(3) });
    const m = await message({ visibility: "public" });
    expect((await attach(m.id, s.id, "public_named")).statusCode).toBe(200);
    const narrowed = await call(t, "PATCH", w.url(`/stories/${s.id}`), {
      as: w.people.partner,
      payload: { consent: { uses: ["public_anonymised"] } },
    });
    expect(narrowed.statusCode, narrowed.body).toBe(200);
    expect((await messages()).find((x) => x.id === m.id)?.flags).toEqual([
      { storyId: s.id, problem: "use_not_consented" },
    ]);
    expect((await attach(m.id, s.id, "public_anonymised")).statusCode).toBe(200);
    expect((await messages()).find((x) => x.id === m.id)?.flags).toEqual([]);

    clock.advance(4 * day);
    expect((await messages()).find((x) => x.id === m.id)?.flags).toEqual([
      { storyId: s.id, problem: "expired" },
    ]);
    clock.advance(-4 * day);
  });

  it("is recorded and withdrawn only by the organisation that collected the story", async () => {
    // Recording for an organisation one does not represent, or without representing any.
    for (const as of [w.people.convener, w.people.partnerColleague]) {
      const refused = await call(t, "POST", w.url("/stories"), {
        as,
        payload: {
          recordedByOrganizationId: w.org.partner,
          title: "Not mine",
          text: text("Not mine to tell."),
          consent: { by: "A driver", givenOn: today() },
        },
      });
      expectProblem(refused, 403);
    }
    // The observer organisation records its own.
    const own = await call(t, "POST", w.url("/stories"), {
      as: w.people.observer,
      payload: {
        recordedByOrganizationId: w.org.observer,
        title: "A clinic",
        text: text("The clinic ran out of power."),
        consent: { by: "A nurse", givenOn: today(), uses: ["public_anonymised"] },
      },
    });
    expect(own.statusCode, own.body).toBe(201);

    const s = await story();
    // Not even the convening side or the campaign's lead manages another's consent.
    for (const as of [
      w.people.convener,
      w.people.coLead,
      w.people.observer,
      w.people.partnerColleague,
    ]) {
      expectProblem(await call(t, "POST", w.url(`/stories/${s.id}/withdraw`), { as }), 403);
      expectProblem(
        await call(t, "PATCH", w.url(`/stories/${s.id}`), {
          as,
          payload: { consent: { uses: ["public_named"] } },
        }),
        403,
      );
    }
    const widened = await call(t, "PATCH", w.url(`/stories/${s.id}`), {
      as: w.people.partner,
      payload: { consent: { uses: ["internal", "public_named"], until: daysFromNow(365) } },
    });
    expect(widened.statusCode, widened.body).toBe(200);
    expect(CampaignStory.parse(widened.json()).consent).toMatchObject({
      uses: ["internal", "public_named"],
      until: daysFromNow(365),
    });
    const inverted = await call(t, "PATCH", w.url(`/stories/${s.id}`), {
      as: w.people.partner,
      payload: { consent: { until: daysFromNow(-365) } },
    });
    expect(expectProblem(inverted, 422).errors?.[0]?.field).toBe("body.consent.until");
    const ok = await call(t, "POST", w.url(`/stories/${s.id}/withdraw`), { as: w.people.partner });
    expect(ok.statusCode, ok.body).toBe(200);
    // A story id of another campaign is unknown here.
    const other = await call(t, "POST", "/api/v1/campaigns", {
      as: w.people.partner,
      payload: { organizationId: w.org.partner, coalitionId: w.coalitionId, title: text("Other") },
    });
    const elsewhere = await call(
      t,
      "POST",
      `/api/v1/campaigns/${other.json().id}/stories/${s.id}/withdraw`,
      { as: w.people.partner },
    );
    expect(expectProblem(elsewhere, 404).detail).toBe("No such story.");
  });

  it("keeps every change in the history without ever the story's words, and never shows stories publicly", async () => {
    const s = await story({ uses: ["public_anonymised"] });
    const m = await message({ visibility: "public" });
    await attach(m.id, s.id, "public_anonymised");
    await call(t, "PATCH", w.url(`/stories/${s.id}`), {
      as: w.people.partner,
      payload: {
        title: `${secretTitle} (revised)`,
        text: { original: "en", texts: { en: `${secret}, twice.` } },
        consent: { by: `${secretBy} (revised)`, uses: ["public_named"] },
      },
    });
    await call(t, "POST", w.url(`/stories/${s.id}/withdraw`), { as: w.people.partner });

    const history = await call(t, "GET", w.url("/history?limit=100"), { as: w.people.observer });
    const items = CampaignHistory.parse(history.json()).items;
    const ofStory = items.filter((h) => h.entityId === s.id);
    expect(ofStory.map((h) => h.action)).toEqual(["withdrawn", "updated", "created"]);
    expect(ofStory.every((h) => h.changedFor?.organizationId === w.org.partner)).toBe(true);
    const updated = ofStory[1]!;
    expect(Object.keys(updated.changes).sort()).toEqual(
      ["consentBy", "consentUses", "text", "title"].sort(),
    );
    expect(updated.changes.consentUses).toEqual({
      from: ["public_anonymised"],
      to: ["public_named"],
    });
    expect(updated.changes.text).toEqual({ from: null, to: null });
    expect(items.find((h) => h.entityId === m.id && h.action === "updated")?.changes).toEqual({
      [`stories.${s.id}`]: { from: null, to: "public_anonymised" },
    });
    for (const words of ["Amal", "Hodeidah", "market strike", "Sister of a victim"]) {
      expect(history.body).not.toContain(words);
    }

    const published = await call(t, "PATCH", w.url(), {
      as: w.people.partner,
      payload: {
        publishedParts: {
          goal: true,
          problem: true,
          objectives: true,
          outcomes: true,
          organizations: true,
        },
      },
    });
    expect(published.statusCode, published.body).toBe(200);
    const page = await call(t, "GET", `/api/v1/public/campaigns/${w.campaignId}`);
    expect(page.statusCode, page.body).toBe(200);
    for (const words of ["Amal", "Hodeidah", "market strike", "Sister of a victim"]) {
      expect(page.body).not.toContain(words);
    }
  });

  it("answers a message or story of another campaign, or none, as unknown", async () => {
    const m = await message();
    const s = await story();
    const other = await call(t, "POST", "/api/v1/campaigns", {
      as: w.people.partner,
      payload: { organizationId: w.org.partner, coalitionId: w.coalitionId, title: text("Other") },
    });
    const otherUrl = `/api/v1/campaigns/${other.json().id}`;
    const patched = await call(t, "PATCH", `${otherUrl}/messages/${m.id}`, {
      as: w.people.partner,
      payload: { frame: "legal" },
    });
    expect(expectProblem(patched, 404).detail).toBe("No such message.");
    const otherMessage = await call(t, "POST", `${otherUrl}/messages`, {
      as: w.people.partner,
      payload: { audience: "Press", frame: "legal", text: text("Other.") },
    });
    // A story of this campaign cannot be told in another campaign's message.
    const crossed = await call(
      t,
      "PUT",
      `${otherUrl}/messages/${otherMessage.json().id}/stories/${s.id}`,
      { as: w.people.partner, payload: { use: "internal" } },
    );
    expect(expectProblem(crossed, 404).detail).toBe("No such story.");
    const notTold = await call(t, "DELETE", w.url(`/messages/${m.id}/stories/${s.id}`), {
      as: w.people.partner,
    });
    expect(expectProblem(notTold, 404).detail).toBe("No such story.");
  });
});
