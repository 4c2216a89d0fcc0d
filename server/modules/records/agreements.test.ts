import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditPage } from "../../../shared/audit/api.ts";
import { NotificationPage } from "../../../shared/notifications.ts";
import { RecordList, RecordView } from "../../../shared/records/api.ts";
import {
  AgreementList,
  AgreementView,
  GrantList,
  GrantView,
} from "../../../shared/records/agreements-api.ts";
import { type SignedIn, signedInUser } from "../../test/actors.ts";
import { type TestApp, TestClock, backends, createTestApp } from "../../test/harness.ts";
import { addMember, call, expectProblem, pngBytes } from "../../test/org-helpers.ts";
import {
  type RecordWorld,
  incidentFields,
  recordIncident,
  recordWorld,
} from "./records.fixtures.ts";

const day = 86_400_000;

describe.each(backends)("agreements and grants (%s)", (backend) => {
  let t: TestApp;
  let w: RecordWorld;
  let ownerAdmin: SignedIn;
  const clock = new TestClock(new Date("2027-01-10T09:00:00Z"));
  beforeAll(async () => {
    t = await createTestApp(backend, { clock });
    w = await recordWorld(t);
    ownerAdmin = await signedInUser(t, "owner-admin");
    await addMember(t, w.ownerOrg, ownerAdmin.userId, "admin");
  });
  afterAll(() => t.close());

  const terms = (over: Record<string, unknown> = {}) => ({
    title: "Evidence for strategic litigation",
    purpose: "Cases before the regional court.",
    dataCategories: ["incidents"],
    fields: ["occurredOn", "country", "violationTypes"],
    onwardRule: "none",
    retentionDays: 365,
    ...over,
  });

  /** An agreement between the owner and the litigator, accepted by both (in force). */
  async function agreement(over: Record<string, unknown> = {}) {
    const made = await call(t, "POST", "/api/v1/agreements", {
      as: w.owner,
      payload: { ...terms(over), proposedBy: w.ownerOrg, partyIds: [w.litigatorOrg] },
    });
    expect(made.statusCode, made.body).toBe(201);
    const id = AgreementView.parse(made.json()).id;
    const accepted = await call(t, "POST", `/api/v1/agreements/${id}/accept`, {
      as: w.litigator,
      payload: { organizationId: w.litigatorOrg },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(AgreementView.parse(accepted.json()).status).toBe("in_force");
    return id;
  }

  /** An incident whose subject consented to sharing with named partners. */
  async function consentedIncident(body: Record<string, unknown> = {}) {
    const record = await recordIncident(t, w.owner, w.ownerOrg, body);
    const given = await call(t, "POST", `/api/v1/records/${record.id}/consents`, {
      as: w.owner,
      payload: { use: "named_partners", state: "given" },
    });
    expect(given.statusCode, given.body).toBe(200);
    return record;
  }

  async function grant(recordId: string, agreementId: string, extra: Record<string, unknown> = {}) {
    const made = await call(t, "POST", `/api/v1/records/${recordId}/grants`, {
      as: w.owner,
      payload: { agreementId, toOrganizationId: w.litigatorOrg, ...extra },
    });
    expect(made.statusCode, made.body).toBe(201);
    return GrantView.parse(made.json());
  }

  const read = (id: string, as: SignedIn) => call(t, "GET", `/api/v1/records/${id}`, { as });

  it("lets a partner read the attachments only under an agreement that covers evidence, and never add one", async () => {
    const upload = async (recordId: string, as: SignedIn) =>
      call(t, "POST", `/api/v1/records/${recordId}/files?name=gate.png&type=image%2Fpng`, {
        as,
        payload: pngBytes,
        headers: { "content-type": "application/octet-stream" },
      });
    const withEvidence = await agreement({ dataCategories: ["incidents", "evidence"] });
    const fieldsOnly = await agreement();
    for (const [agreementId, readsFiles] of [
      [withEvidence, true],
      [fieldsOnly, false],
    ] as const) {
      const record = await consentedIncident();
      const added = await upload(record.id, w.owner);
      expect(added.statusCode, added.body).toBe(201);
      const fileId = (added.json() as { id: string }).id;
      await grant(record.id, agreementId);
      const seen = RecordView.parse((await read(record.id, w.litigator)).json());
      expect(seen.sight).toBe("fields");
      expect(seen.may.files).toBe(readsFiles);
      const listed = await call(t, "GET", `/api/v1/records/${record.id}/files`, {
        as: w.litigator,
      });
      const download = await call(t, "GET", `/api/v1/records/${record.id}/files/${fileId}`, {
        as: w.litigator,
      });
      if (readsFiles) {
        expect(listed.statusCode, listed.body).toBe(200);
        expect(download.statusCode).toBe(200);
        expect(download.rawPayload.equals(pngBytes)).toBe(true);
      } else {
        // Refused exactly as a record that does not exist.
        expectProblem(listed, 404);
        expectProblem(download, 404);
      }
      // Adding evidence stays with the owner's editors: the partner knows the record, so 403.
      expectProblem(await upload(record.id, w.litigator), 403);
    }
  });

  it("is proposed until every party accepts, shown only to its parties, and keeps its versions", async () => {
    const made = await call(t, "POST", "/api/v1/agreements", {
      as: w.owner,
      payload: { ...terms(), proposedBy: w.ownerOrg, partyIds: [w.litigatorOrg] },
    });
    expect(made.statusCode, made.body).toBe(201);
    const proposed = AgreementView.parse(made.json());
    expect(proposed.status).toBe("proposed");
    expect(proposed.terms.consentRequired).toBe("named_partners");
    expect(proposed.parties.find((p) => p.organizationId === w.ownerOrg)?.accepted).toBe(true);
    expect(proposed.may).toEqual({ accept: false, end: true, amend: true });

    const theirs = AgreementView.parse(
      (await call(t, "GET", `/api/v1/agreements/${proposed.id}`, { as: w.litigator })).json(),
    );
    expect(theirs.may.accept).toBe(true);
    const listed = AgreementList.parse(
      (await call(t, "GET", "/api/v1/agreements", { as: w.litigator })).json(),
    );
    expect(listed.items.map((a) => a.id)).toContain(proposed.id);

    // Someone who is not a party does not learn it exists.
    const hidden = await call(t, "GET", `/api/v1/agreements/${proposed.id}`, {
      as: w.people.partner,
    });
    const unknown = await call(
      t,
      "GET",
      "/api/v1/agreements/00000000-0000-7000-8000-000000000000",
      {
        as: w.people.partner,
      },
    );
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().detail).toBe(unknown.json().detail);
    // The litigator may not accept for the owner, nor a plain member for their organisation.
    expectProblem(
      await call(t, "POST", `/api/v1/agreements/${proposed.id}/accept`, {
        as: w.colleague,
        payload: { organizationId: w.ownerOrg },
      }),
      403,
    );

    await call(t, "POST", `/api/v1/agreements/${proposed.id}/accept`, {
      as: w.litigator,
      payload: { organizationId: w.litigatorOrg },
    });
    const amended = await call(t, "POST", `/api/v1/agreements/${proposed.id}/versions`, {
      as: w.litigator,
      payload: { ...terms({ fields: ["country"] }), organizationId: w.litigatorOrg },
    });
    expect(amended.statusCode, amended.body).toBe(200);
    const v2 = AgreementView.parse(amended.json());
    expect(v2.version).toBe(2);
    expect(v2.status).toBe("proposed");
    expect(v2.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(v2.parties.find((p) => p.organizationId === w.ownerOrg)?.accepted).toBe(false);

    const bad = await call(t, "POST", "/api/v1/agreements", {
      as: w.owner,
      payload: { ...terms({ fields: [] }), proposedBy: w.ownerOrg, partyIds: [w.litigatorOrg] },
    });
    expectProblem(bad, 400);
    const alone = await call(t, "POST", "/api/v1/agreements", {
      as: w.owner,
      payload: { ...terms(), proposedBy: w.ownerOrg, partyIds: [w.ownerOrg] },
    });
    expectProblem(alone, 422);
  });

  it("shows the grantee only the agreement's fields (the rest absent), and revokes at once", async () => {
    const agreementId = await agreement();
    const record = await consentedIncident();
    expectProblem(await read(record.id, w.litigator), 404);
    const made = await grant(record.id, agreementId);
    expect(made.live).toBe(true);

    const seen = RecordView.parse((await read(record.id, w.litigator)).json());
    expect(seen.sight).toBe("fields");
    expect(Object.keys(seen.fields).sort()).toEqual(["country", "occurredOn", "violationTypes"]);
    expect("narrative" in seen.fields).toBe(false);
    expect(seen.may.share).toBe(false);

    const listed = GrantList.parse(
      (await call(t, "GET", `/api/v1/records/${record.id}/grants`, { as: w.owner })).json(),
    );
    expect(listed.items.map((g) => g.id)).toEqual([made.id]);
    expectProblem(
      await call(t, "GET", `/api/v1/records/${record.id}/grants`, { as: w.litigator }),
      403,
    );
    // Only the granting organisation revokes; the grantee knows of it, so it is refused, not hidden.
    expectProblem(
      await call(t, "POST", `/api/v1/grants/${made.id}/revoke`, { as: w.litigator }),
      403,
    );

    const revoked = await call(t, "POST", `/api/v1/grants/${made.id}/revoke`, { as: w.owner });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(GrantView.parse(revoked.json())).toMatchObject({ live: false, endReason: "revoked" });
    expectProblem(await read(record.id, w.litigator), 404);

    const audit = AuditPage.parse(
      (await call(t, "GET", `/api/v1/records/${record.id}/audit`, { as: w.owner })).json(),
    );
    const actions = audit.entries.map((e) => e.action);
    expect(actions).toContain("grant.create");
    expect(actions).toContain("grant.revoke");
    expect(actions.filter((a) => a === "record.read")).toHaveLength(1);
  });

  it("refuses a grant without consent unless a reason is given, audits and tells the owner's managers", async () => {
    const agreementId = await agreement();
    const record = await recordIncident(t, w.owner, w.ownerOrg);
    const refused = await call(t, "POST", `/api/v1/records/${record.id}/grants`, {
      as: w.owner,
      payload: { agreementId, toOrganizationId: w.litigatorOrg },
    });
    expectProblem(refused, 409);
    expect(
      (await call(t, "GET", `/api/v1/records/${record.id}/grants`, { as: w.owner })).json().items,
    ).toEqual([]);

    const made = await grant(record.id, agreementId, {
      overrideReason: "The person is detained and cannot be asked; the court needs it now.",
    });
    expect(made.overrideReason).toMatch(/detained/);
    expect((await read(record.id, w.litigator)).statusCode).toBe(200);

    const audit = AuditPage.parse(
      (await call(t, "GET", `/api/v1/records/${record.id}/audit`, { as: w.owner })).json(),
    );
    expect(audit.entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(["grant.create", "grant.override"]),
    );
    const told = NotificationPage.parse(
      (await call(t, "GET", "/api/v1/me/notifications", { as: ownerAdmin })).json(),
    );
    const notice = told.items.find((n) => n.kind === "consent_override");
    expect(notice).toMatchObject({
      link: `/records/${record.id}`,
      data: { organization: "Strategic Litigation Centre", owner: "Access Watch" },
    });
    // The one who overrode is not told of their own act.
    const self = NotificationPage.parse(
      (await call(t, "GET", "/api/v1/me/notifications", { as: w.owner })).json(),
    );
    expect(self.items.some((n) => n.kind === "consent_override")).toBe(false);
  });

  it("ends a grant when the consent it needs is withdrawn", async () => {
    const agreementId = await agreement();
    const record = await consentedIncident();
    await grant(record.id, agreementId);
    expect((await read(record.id, w.litigator)).statusCode).toBe(200);
    const withdrawn = await call(t, "POST", `/api/v1/records/${record.id}/consents`, {
      as: w.owner,
      payload: { use: "named_partners", state: "withdrawn" },
    });
    expect(withdrawn.statusCode).toBe(200);
    expectProblem(await read(record.id, w.litigator), 404);
    const [ended] = GrantList.parse(
      (await call(t, "GET", `/api/v1/records/${record.id}/grants`, { as: w.owner })).json(),
    ).items;
    expect(ended).toMatchObject({ live: false, endReason: "consent_withdrawn" });
  });

  it("reaches every matching record with consent through a saved filter, in lists too", async () => {
    const agreementId = await agreement({ fields: ["country", "occurredOn"] });
    const inMali = await consentedIncident({ fields: incidentFields({ country: "ML" }) });
    const noConsent = await recordIncident(t, w.owner, w.ownerOrg, {
      fields: incidentFields({ country: "ML" }),
    });
    const elsewhere = await consentedIncident({ fields: incidentFields({ country: "NE" }) });
    const made = await call(t, "POST", `/api/v1/organizations/${w.ownerOrg}/grants`, {
      as: w.owner,
      payload: { agreementId, toOrganizationId: w.litigatorOrg, filter: { country: "ML" } },
    });
    expect(made.statusCode, made.body).toBe(201);
    expectProblem(
      await call(t, "POST", `/api/v1/organizations/${w.ownerOrg}/grants`, {
        as: w.colleague,
        payload: { agreementId, toOrganizationId: w.litigatorOrg, filter: {} },
      }),
      403,
    );

    const listed = RecordList.parse(
      (
        await call(t, "GET", `/api/v1/records?organizationId=${w.ownerOrg}`, { as: w.litigator })
      ).json(),
    );
    const ids = listed.items.map((r) => r.id);
    expect(ids).toContain(inMali.id);
    expect(ids).not.toContain(noConsent.id);
    expect(ids).not.toContain(elsewhere.id);
    const shown = listed.items.find((r) => r.id === inMali.id);
    expect(Object.keys(shown?.fields ?? {}).sort()).toEqual(["country", "occurredOn"]);

    const given = GrantList.parse(
      (await call(t, "GET", `/api/v1/organizations/${w.ownerOrg}/grants`, { as: w.owner })).json(),
    );
    expect(given.items.some((g) => g.id === GrantView.parse(made.json()).id)).toBe(true);
    const received = GrantList.parse(
      (
        await call(t, "GET", `/api/v1/organizations/${w.litigatorOrg}/grants`, { as: w.litigator })
      ).json(),
    );
    expect(received.items.some((g) => g.filter?.country === "ML")).toBe(true);
  });

  it("ends every grant when a party ends the agreement", async () => {
    const agreementId = await agreement();
    const record = await consentedIncident();
    await grant(record.id, agreementId);
    const ended = await call(t, "POST", `/api/v1/agreements/${agreementId}/end`, {
      as: w.litigator,
      payload: { organizationId: w.litigatorOrg },
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(AgreementView.parse(ended.json())).toMatchObject({
      status: "ended",
      may: { accept: false, end: false, amend: false },
    });
    expectProblem(await read(record.id, w.litigator), 404);
    const [grantNow] = GrantList.parse(
      (await call(t, "GET", `/api/v1/records/${record.id}/grants`, { as: w.owner })).json(),
    ).items;
    expect(grantNow?.endReason).toBe("agreement_ended");
    // Nothing more is shared under it.
    expectProblem(
      await call(t, "POST", `/api/v1/records/${record.id}/grants`, {
        as: w.owner,
        payload: { agreementId, toOrganizationId: w.litigatorOrg },
      }),
      409,
    );
  });

  it("lets a grantee share onward only as the agreement says, and ends onward grants with theirs", async () => {
    const none = await agreement();
    const record = await consentedIncident();
    await grant(record.id, none);
    expectProblem(
      await call(t, "POST", `/api/v1/records/${record.id}/grants`, {
        as: w.litigator,
        payload: { agreementId: none, toOrganizationId: w.org.partner },
      }),
      403,
    );

    const ask = await agreement({ onwardRule: "owner_consent" });
    await grant(record.id, ask);
    expectProblem(
      await call(t, "POST", `/api/v1/records/${record.id}/grants`, {
        as: w.litigator,
        payload: { agreementId: ask, toOrganizationId: w.org.partner },
      }),
      409,
    );

    const within = await agreement({
      onwardRule: "within_coalition",
      onwardCoalitionId: w.coalitionId,
    });
    const parent = await grant(record.id, within);
    expectProblem(
      await call(t, "POST", `/api/v1/records/${record.id}/grants`, {
        as: w.litigator,
        payload: { agreementId: within, toOrganizationId: w.org.outsider },
      }),
      422,
    );
    const onward = await call(t, "POST", `/api/v1/records/${record.id}/grants`, {
      as: w.litigator,
      payload: { agreementId: within, toOrganizationId: w.org.partner },
    });
    expect(onward.statusCode, onward.body).toBe(201);
    expect(GrantView.parse(onward.json()).parentGrantId).toBe(parent.id);
    expect(RecordView.parse((await read(record.id, w.people.partner)).json()).sight).toBe("fields");

    await call(t, "POST", `/api/v1/grants/${parent.id}/revoke`, { as: w.owner });
    expectProblem(await read(record.id, w.people.partner), 404);
  });

  it("ends grants whose agreement's retention has passed, in the scheduled job", async () => {
    const shortLived = await agreement({ retentionDays: 30 });
    const record = await consentedIncident();
    const made = await grant(record.id, shortLived);
    clock.advance(29 * day);
    await t.services.grants.endPastRetention();
    expect((await read(record.id, w.litigator)).statusCode).toBe(200);
    clock.advance(2 * day);
    await t.app.scheduler.runOnce();
    expectProblem(await read(record.id, w.litigator), 404);
    const [after] = GrantList.parse(
      (await call(t, "GET", `/api/v1/records/${record.id}/grants`, { as: w.owner })).json(),
    ).items.filter((g) => g.id === made.id);
    expect(after?.endReason).toBe("retention");
    expect((await t.services.auditLog.verify()).ok).toBe(true);
  });
});
