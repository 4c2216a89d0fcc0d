import { eq } from "drizzle-orm";
import * as c from "../../shared/crypto/index.ts";
import { demoKeysPassphrase } from "./demo-confidential.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "../../server/modules/auth/auth.table.ts";
import {
  organizationMembers,
  organizations,
} from "../../server/modules/organizations/organizations.table.ts";
import type { Services } from "../../server/app.ts";
import { type TestApp, backends, createTestApp, testOrigin } from "../../server/test/harness.ts";
import { databaseState } from "../../server/test/org-helpers.ts";
import { directoryEntries } from "../../server/modules/directory/directory.table.ts";
import { createApiClient } from "../../shared/api-client.ts";
import { DirectoryResult } from "../../shared/directory.ts";
import { injectFetch } from "../api-as.ts";
import { proposalKinds } from "../../shared/decisions/index.ts";
import {
  coalitionCharters,
  coalitionMembers,
  coalitionRepresentatives,
  coalitions,
} from "../../server/modules/coalitions/coalitions.table.ts";
import { proposals } from "../../server/modules/proposals/proposals.table.ts";
import { actionItems, meetings } from "../../server/modules/meetings/meetings.table.ts";
import {
  commentMentions,
  discussionThreads,
} from "../../server/modules/discussions/discussions.table.ts";
import { campaignActivities } from "../../server/modules/campaigns/workplan.table.ts";
import {
  campaignObjectives,
  objectiveProgress,
} from "../../server/modules/campaigns/objectives.table.ts";
import { campaignOutcomes } from "../../server/modules/campaigns/outcomes.table.ts";
import { campaignPledges } from "../../server/modules/campaigns/resources.table.ts";
import {
  campaignStakeholders,
  stakeholderMoves,
} from "../../server/modules/campaigns/stakeholders.table.ts";
import { campaignStories } from "../../server/modules/campaigns/messages.table.ts";
import { riskAssessments, riskRatings } from "../../server/modules/statements/risk.table.ts";
import { coalitionPlans } from "./demo-coalitions-data.ts";
import { demoAdmin, demoOrgs, demoPeople } from "./demo-data.ts";
import { type DemoResult, demoIsLoaded, seedDemo } from "./demo.ts";

const regions = ["africa", "americas", "asia", "europe", "oceania"];

describe.each(backends)("the demo dataset on %s", (backend) => {
  let t: TestApp;
  let result: DemoResult;
  let loadedBefore: boolean;

  beforeAll(async () => {
    t = await createTestApp(backend);
    loadedBefore = await demoIsLoaded(t.services.db);
    result = await seedDemo(t.services);
  });
  afterAll(async () => {
    await t?.close();
  });

  const allOrgs = () => t.services.db.select().from(organizations);
  const keysOf = async (vocabulary: "org_type" | "level" | "size_band" | "posture") =>
    (await t.services.taxonomies.all())[vocabulary].map((term) => term.key);

  it("counts as loaded only once seeded", async () => {
    expect(loadedBefore).toBe(false);
    expect(await demoIsLoaded(t.services.db)).toBe(true);
  });

  it("reports what it loaded and how to sign in", async () => {
    expect(result.organizationCount).toBe((await allOrgs()).length);
    expect(result.signIns.map((s) => s.email)).toEqual([
      demoAdmin.email,
      ...Object.values(demoPeople).map((p) => p.email),
    ]);
    for (const signIn of result.signIns) {
      expect(signIn.password.length).toBeGreaterThanOrEqual(10);
      expect(signIn.description).not.toBe("");
    }
  });

  it("has at least 60 organisations in at least 20 countries and every region", async () => {
    const rows = await allOrgs();
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect(new Set(rows.flatMap((r) => r.countries)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(rows.flatMap((r) => r.regions))).toEqual(new Set(regions));
  });

  it("uses every organisation type, level, size band and posture", async () => {
    const rows = await allOrgs();
    for (const key of await keysOf("org_type")) expect(rows.flatMap((r) => r.types)).toContain(key);
    for (const key of await keysOf("level")) expect(rows.map((r) => r.level)).toContain(key);
    for (const key of await keysOf("size_band")) expect(rows.map((r) => r.sizeBand)).toContain(key);
    for (const key of await keysOf("posture"))
      expect(rows.flatMap((r) => r.postures)).toContain(key);
  });

  it("writes profiles in several languages, with translations", async () => {
    const rows = await allOrgs();
    const originals = new Set(rows.map((r) => r.mission?.original));
    expect(originals.size).toBeGreaterThanOrEqual(2);
    for (const language of ["en", "fr", "es", "ar"]) expect(originals).toContain(language);
    const translated = rows.filter((r) => Object.keys(r.mission?.texts ?? {}).length > 1);
    expect(translated.length).toBeGreaterThan(10);
  });

  it("varies visibility, and hides a few organisations from the directory", async () => {
    const rows = await allOrgs();
    const hidden = rows.filter((r) => r.hiddenFromDirectory);
    expect(hidden.length).toBeGreaterThanOrEqual(1);
    expect(rows.some((r) => r.visibility.work === "signed_in")).toBe(true);
    expect(rows.some((r) => r.visibility.posture === "public")).toBe(true);

    const api = createApiClient({
      baseUrl: testOrigin,
      fetch: injectFetch(t.app),
      headers: { origin: testOrigin },
    });
    const directory = DirectoryResult.parse(
      await api.GET("/api/v1/directory", { params: { query: { limit: 100 } } }),
    );
    expect(directory.total).toBe(rows.length - hidden.length);
    const listed = new Set(directory.items.map((i) => i.id));
    for (const org of hidden) expect(listed.has(org.id)).toBe(false);
  });

  it("verifies a few organisations, by the demo administrator", async () => {
    const [admin] = await t.services.db
      .select()
      .from(users)
      .where(eq(users.email, demoAdmin.email));
    expect(admin?.isPlatformAdmin).toBe(true);
    const verified = (await allOrgs()).filter((r) => r.verifiedAt !== null);
    expect(verified.length).toBe(demoOrgs.filter((o) => o.verified).length);
    expect(verified.length).toBeGreaterThan(0);
    for (const org of verified) expect(org.verifiedBy).toBe(admin?.id);
  });

  it("gives every organisation an owner, and the demo people several roles", async () => {
    const members = await t.services.db.select().from(organizationMembers);
    for (const org of await allOrgs()) {
      expect(members.some((m) => m.organizationId === org.id && m.role === "owner")).toBe(true);
    }
    const roles = new Set(members.map((m) => m.role));
    expect(roles).toEqual(new Set(["owner", "admin", "member"]));
    const people = await t.services.db.select().from(users);
    expect(new Set(people.map((p) => p.locale))).toEqual(new Set(["en", "fr", "es", "ar"]));
    for (const person of people.filter((p) => !p.isPlatformAdmin)) {
      expect(members.filter((m) => m.userId === person.id).length).toBeGreaterThan(1);
    }
  });

  it("lets a demo person sign in with the printed password", async () => {
    const signIn = result.signIns.find((s) => s.email === demoPeople.amina.email);
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: { origin: testOrigin, "content-type": "application/json" },
      payload: { email: signIn?.email, password: signIn?.password },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["set-cookie"]).toBeDefined();
  });

  it("has coalitions of every visibility and collaboration level, with members in every role and state", async () => {
    const db = t.services.db;
    const rows = await db.select().from(coalitions);
    expect(result.coalitionCount).toBe(rows.length);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(new Set(rows.map((r) => r.visibility))).toEqual(
      new Set(["public", "unlisted", "secret"]),
    );
    const charters = await db.select().from(coalitionCharters);
    const inForce = rows.map(
      (r) =>
        charters.find((c) => c.coalitionId === r.id && c.version === r.charterVersion)?.charter,
    );
    expect(new Set(inForce.map((c) => c?.collaborationLevel))).toEqual(
      new Set(["information_sharing", "coordination", "joint_action"]),
    );
    // Charters changed both ways: by an adopted amendment and by the convener.
    const amended = charters.filter((c) => c.version > 1);
    expect(amended.some((c) => c.proposalId)).toBe(true);
    expect(amended.some((c) => !c.proposalId)).toBe(true);

    const members = await db.select().from(coalitionMembers);
    expect(new Set(members.map((m) => m.role))).toEqual(
      new Set(["convener", "co_lead", "member", "observer"]),
    );
    for (const status of ["active", "invited", "applied", "suspended"]) {
      expect(members.map((m) => m.status)).toContain(status);
    }
    expect(members.some((m) => !m.namedPublicly)).toBe(true);

    const focalPoints = inForce.flatMap((c) => c?.focalPoints ?? []);
    const orgIds = new Set((await allOrgs()).map((o) => o.id));
    expect(focalPoints.length).toBeGreaterThan(0);
    for (const fp of focalPoints) expect(orgIds.has(fp.organizationId)).toBe(true);
    // Organisations with several people name more than one representative somewhere.
    const reps = await db.select().from(coalitionRepresentatives);
    const perMembership = new Map<string, number>();
    for (const r of reps) {
      const key = `${r.coalitionId}/${r.organizationId}`;
      perMembership.set(key, (perMembership.get(key) ?? 0) + 1);
    }
    expect([...perMembership.values()].some((n) => n > 1)).toBe(true);
  });

  it("has open and closed proposals of every kind, with outcomes recorded", async () => {
    const rows = await t.services.db.select().from(proposals);
    for (const kind of proposalKinds) {
      expect(
        rows.map((r) => r.rules.kind),
        kind,
      ).toContain(kind);
    }
    const open = rows.filter((r) => r.status === "open");
    const closed = rows.filter((r) => r.status === "closed");
    expect(open.length).toBeGreaterThanOrEqual(5);
    expect(closed.length).toBeGreaterThanOrEqual(5);
    const outcomes = new Set(closed.map((r) => r.result?.outcome));
    for (const outcome of ["adopted", "rejected", "blocked"]) expect(outcomes).toContain(outcome);
    expect(closed.filter((r) => r.outcomeStatement).length).toBeGreaterThanOrEqual(4);
    expect(open.some((r) => r.hiddenResults)).toBe(true);
    expect(open.some((r) => r.anonymous)).toBe(true);
    expect(rows.map((r) => r.subject)).toEqual(expect.arrayContaining(["charter", "admission"]));
  });

  it("has past, upcoming and cancelled meetings, overdue action items and discussions with a concern", async () => {
    const db = t.services.db;
    const now = Date.now();
    const meetingRows = await db.select().from(meetings);
    expect(meetingRows.some((m) => m.startsAt.getTime() < now && m.minutes)).toBe(true);
    expect(meetingRows.some((m) => m.startsAt.getTime() > now)).toBe(true);
    expect(meetingRows.some((m) => m.status === "cancelled")).toBe(true);
    expect(new Set(meetingRows.map((m) => m.timeZone)).size).toBeGreaterThanOrEqual(4);

    const items = await db.select().from(actionItems);
    expect(new Set(items.map((i) => i.status))).toEqual(new Set(["open", "in_progress", "done"]));
    const today = new Date().toISOString().slice(0, 10);
    expect(items.some((i) => i.dueDate < today && i.status !== "done")).toBe(true);

    const threads = await db.select().from(discussionThreads);
    expect(threads.some((th) => th.kind === "concern" && th.concernStatus === "resolved")).toBe(
      true,
    );
    expect((await db.select().from(commentMentions)).length).toBeGreaterThan(0);
  });

  it("has a joint campaign with measured objectives, twenty stakeholders who moved, complementary roles, pledges, a consented story and outcomes", async () => {
    const { campaignId } = result.campaign;
    const of = <T extends { campaignId: unknown }>(table: T) =>
      t.services.db
        .select()
        .from(table as never)
        .where(eq(table.campaignId as never, campaignId)) as Promise<Record<string, unknown>[]>;
    const objectives = await of(campaignObjectives);
    expect(objectives.length).toBeGreaterThanOrEqual(3);
    const readings = await t.services.db.select().from(objectiveProgress);
    for (const objective of objectives) {
      expect(readings.filter((r) => r.objectiveId === objective.id).length).toBeGreaterThan(0);
    }
    const stakeholders = await of(campaignStakeholders);
    expect(stakeholders).toHaveLength(20);
    const moves = await t.services.db.select().from(stakeholderMoves);
    expect(new Set(moves.map((m) => m.stakeholderId)).size).toBeGreaterThanOrEqual(5);
    const roles = new Set((await of(campaignActivities)).map((a) => a.role));
    for (const role of ["documentation", "analysis", "litigation", "funding"]) {
      expect(roles).toContain(role);
    }
    const pledges = await of(campaignPledges);
    expect(new Set(pledges.map((p) => p.kind))).toEqual(
      new Set(["money", "staff_days", "in_kind"]),
    );
    const [story] = await of(campaignStories);
    expect(story?.consentUses).toContain("public_anonymised");
    expect((await of(campaignOutcomes)).length).toBeGreaterThanOrEqual(2);
  });

  it("has the campaign's statement published with three public signatories, two private supporters, its risk assessment and who fronts it", async () => {
    const { statementId, assessmentId, proposalId } = result.statement;
    const page = await t.app.inject({ url: `/api/v1/public/statements/${statementId}` });
    expect(page.statusCode, page.body).toBe(200);
    const published = page.json() as {
      signatories: { name: string }[];
      privateSupporters: number | null;
      messengers: { name: string }[];
    };
    expect(published.signatories).toHaveLength(3);
    expect(published.messengers).toHaveLength(3);
    // Two private supporters: fewer than three, so never counted in public.
    expect(published.privateSupporters).toBeNull();
    expect(page.body).not.toContain("Levant");
    expect(page.body).not.toContain("Maan");
    const [assessment] = await t.services.db
      .select()
      .from(riskAssessments)
      .where(eq(riskAssessments.id, assessmentId));
    expect(assessment?.decidedByProposalId).toBe(proposalId);
    const ratings = await t.services.db
      .select()
      .from(riskRatings)
      .where(eq(riskRatings.assessmentId, assessmentId));
    expect(new Set(ratings.map((r) => r.organizationId)).size).toBe(6);
    // The humanitarian office's access risk is above the charter's threshold of 12.
    expect(ratings.some((r) => r.category === "access" && r.likelihood * r.impact > 12)).toBe(true);
  });

  it("has the Yemen monitoring group's 200 incidents, an agreement in force with the litigator, a shared record it reads only in part, and that read in the audit", async () => {
    const { organizationId, litigatorId, agreementId, sharedRecordId, recordIds } = result.records;
    expect(new Set(recordIds).size).toBe(200);
    const amina = await signInAs(t, demoPeople.amina);
    const claire = await signInAs(t, demoPeople.claire);
    const agreement = await amina.GET("/api/v1/agreements/{id}", {
      params: { path: { id: agreementId } },
    });
    expect(agreement.status).toBe("in_force");
    expect(agreement.parties.map((p) => p.organizationId).sort()).toEqual(
      [organizationId, litigatorId].sort(),
    );
    const own = await amina.GET("/api/v1/records/{id}", {
      params: { path: { id: sharedRecordId } },
    });
    expect(own.sight).toBe("full");
    expect(own.fields).toHaveProperty("coordinates");
    const shared = await claire.GET("/api/v1/records/{id}", {
      params: { path: { id: sharedRecordId } },
    });
    expect(shared.sight).toBe("fields");
    expect(shared.fields).toHaveProperty("violationTypes");
    // No names and no exact places, as the exchange's rule says: absent, not blank.
    expect(shared.fields).not.toHaveProperty("coordinates");
    expect(shared.fields).not.toHaveProperty("placeText");
    const audit = await amina.GET("/api/v1/records/{id}/audit", {
      params: { path: { id: sharedRecordId }, query: {} },
    });
    const reads = audit.entries.filter(
      (e) => e.action === "record.read" && e.actorOrganizationId === litigatorId,
    );
    expect(reads.length).toBeGreaterThan(0);
    const statistics = await amina.GET("/api/v1/records/statistics", {
      params: { query: { organizationId } },
    });
    // Most have consent to statistics: the counts are there, small cells hidden.
    expect(statistics.grandTotal).toBeGreaterThan(150);
  });

  it("has Maan's encrypted testimonies, which its owner and (for the shared one) the litigator open with the demo passphrase", async () => {
    await c.loadSodium();
    const { organizationId, litigatorId } = result.records;
    const { recordIds, sharedRecordId } = result.confidential;
    /** What a browser does to unlock: unwrap the person's keys, open their organisation's seal. */
    const unlock = async (as: Awaited<ReturnType<typeof signInAs>>, orgId: string) => {
      const mine = (await as.GET("/api/v1/me/keys", {})).keys!;
      const person = c.unwrapWithPassphrase(mine.passphrase, demoKeysPassphrase, mine.userId, {
        boxPublic: mine.boxPublicKey,
        signPublic: mine.signPublicKey,
      });
      const org = await as.GET("/api/v1/organizations/{id}/keys", {
        params: { path: { id: orgId } },
      });
      const epoch = org.epochs.at(-1)!;
      const opened = c.openEpochSeal(org.member!.seal!.sealed, person, {
        identityPublic: org.identityPublicKey!,
        epochPublic: epoch.publicKey,
      });
      return { org, opened };
    };
    const amina = await signInAs(t, demoPeople.amina);
    const maan = await unlock(amina, organizationId);
    const list = await amina.GET("/api/v1/confidential-records", {
      params: { query: { organizationId } },
    });
    expect(list.items.map((i) => i.id).sort()).toEqual([...recordIds].sort());
    for (const item of list.items) {
      const key = c.unwrapContentKey(item.key!, maan.opened.epochSecret, {
        recordId: item.id,
        ownerOrganizationId: organizationId,
        epoch: item.key!.epoch,
      });
      const content = c.openRecord(item.sealed!, key, {
        recordId: item.id,
        version: item.version,
        ownerOrganizationId: organizationId,
      }) as { kind: string; fields: { country: string } };
      expect(content).toMatchObject({ kind: "incident", fields: { country: "YE" } });
    }
    const claire = await signInAs(t, demoPeople.claire);
    const bureau = await unlock(claire, litigatorId);
    const shared = await claire.GET("/api/v1/confidential-records/{id}", {
      params: { path: { id: sharedRecordId } },
    });
    const share = shared.shares![0]!;
    const opened = c.openShare(
      share,
      {
        ownerIdentityPublic: maan.org.identityPublicKey!,
        recipientEpoch: {
          epoch: 1,
          publicKey: bureau.opened.epochPublic,
          secretKey: bureau.opened.epochSecret,
        },
      },
      {
        ownerOrganizationId: organizationId,
        toOrganizationId: litigatorId,
        recordId: sharedRecordId,
      },
    );
    // The agreement's fields only: the narrative travels, the place does not.
    expect(opened.content).toMatchObject({ kind: "incident", fields: { country: "YE" } });
    expect((opened.content as { fields: object }).fields).toHaveProperty("narrative");
    expect((opened.content as { fields: object }).fields).not.toHaveProperty("placeText");
  });

  it("refuses a second load and leaves the first as it was", async () => {
    const before = await databaseState(t);
    await expect(seedDemo(t.services)).rejects.toThrow();
    expect(await databaseState(t)).toEqual(before);
  });
});

describe.each(backends)("a demo load that fails midway on %s", (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("leaves nothing behind, so the next start loads it again", async () => {
    const before = await databaseState(t);
    const lastThread = coalitionPlans.flatMap((plan) => plan.threads ?? []).length;
    let threads = 0;
    const { discussions } = t.services;
    // The last step of the last coalition fails, after everything else has been written.
    const failing: Services = {
      ...t.services,
      discussions: {
        ...discussions,
        async createThread(...args: Parameters<typeof discussions.createThread>) {
          threads += 1;
          if (threads === lastThread) throw new Error("the disk is full");
          return discussions.createThread(...args);
        },
      },
    };
    await expect(seedDemo(failing)).rejects.toThrow("the disk is full");
    expect(threads).toBe(lastThread);
    const after = apartFromDirectory(await databaseState(t));
    expect(after).toEqual(apartFromDirectory(before));
    const entries = await t.services.db.select().from(directoryEntries);
    expect(entries.length).toBe(demoOrgs.length);
    for (const entry of entries) expect(entry.removed).toBe(true);
    expect(await demoIsLoaded(t.services.db)).toBe(false);

    await seedDemo(t.services);
    expect(await demoIsLoaded(t.services.db)).toBe(true);
  });
});

/** The directory keeps a tombstone per deleted organisation, so other processes drop it too. */
function apartFromDirectory(state: Record<string, unknown>) {
  const { directory_entries: _entries, directory_state: _version, ...rest } = state;
  return rest;
}

/** The typed API client signed in as a demo person, through the app itself. */
async function signInAs(t: TestApp, person: { email: string; password: string }) {
  const response = await t.app.inject({
    method: "POST",
    url: "/api/auth/sign-in/email",
    headers: { origin: testOrigin, "content-type": "application/json" },
    payload: { email: person.email, password: person.password },
  });
  expect(response.statusCode, response.body).toBe(200);
  const cookie = [response.headers["set-cookie"]]
    .flat()
    .map((c) => String(c).split(";")[0])
    .join("; ");
  return createApiClient({
    baseUrl: testOrigin,
    fetch: injectFetch(t.app),
    headers: { cookie, origin: testOrigin },
  });
}
