import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifications } from "../records/fields.ts";
import {
  type RecordAction,
  type RecordStanding,
  checkRecord,
  grantedFields,
  sightOf,
} from "./record.ts";

const actions: RecordAction[] = [
  "record.read",
  "record.edit",
  "record.share",
  "record.consent",
  "record.audit",
  "record.delete",
];
const orgs = ["owner-org", "partner-org", "other-org"];
const people = ["viewer", "someone"];
const coalitions = ["c1", "c2"];
const fieldKeys = ["narrative", "country", "violationTypes", "affected"];
const times = ["2026-01-01T00:00:00.000Z", "2026-06-01T00:00:00.000Z", "2027-01-01T00:00:00.000Z"];

/** Any standing: a viewer (or none) with any roles, coalitions and grants, on any record. */
const standing: fc.Arbitrary<RecordStanding> = fc.record({
  viewer: fc.option(fc.record({ userId: fc.constant("viewer"), platformAdmin: fc.boolean() }), {
    nil: null,
  }),
  organizations: fc.uniqueArray(
    fc.record({
      organizationId: fc.constantFrom(...orgs),
      role: fc.constantFrom("owner" as const, "admin" as const, "member" as const),
    }),
    { selector: (o) => o.organizationId, maxLength: 3 },
  ),
  coalitionIds: fc.subarray(coalitions),
  grants: fc.array(
    fc.record({
      organizationId: fc.constantFrom(...orgs),
      fields: fc.subarray(fieldKeys),
      files: fc.boolean(),
      expiresAt: fc.option(fc.constantFrom(...times), { nil: null }),
      revokedAt: fc.option(fc.constantFrom(...times), { nil: null }),
    }),
    { maxLength: 3 },
  ),
  now: fc.constant("2026-06-01T00:00:00.000Z"),
  record: fc.record({
    ownerOrganizationId: fc.constant("owner-org"),
    classification: fc.constantFrom(...classifications),
    coalitionIds: fc.subarray(coalitions),
    restrictedTo: fc.subarray(orgs),
    access: fc.record({
      readers: fc.oneof(fc.constant("everyone" as const), fc.subarray(people)),
      editors: fc.subarray(people),
    }),
    deleted: fc.boolean(),
  }),
});

/** A signed-out viewer has no organisations, coalitions or grants. */
const normalise = (s: RecordStanding): RecordStanding =>
  s.viewer ? s : { ...s, organizations: [], coalitionIds: [], grants: [] };

describe("the record policy", () => {
  it("gives a platform administrator nothing more than anyone", () => {
    fc.assert(
      fc.property(standing.map(normalise), (s) => {
        if (!s.viewer) return;
        const plain = { ...s, viewer: { ...s.viewer, platformAdmin: false } };
        const admin = { ...s, viewer: { ...s.viewer, platformAdmin: true } };
        expect(sightOf(admin)).toEqual(sightOf(plain));
        for (const a of actions) expect(checkRecord(admin, a)).toEqual(checkRecord(plain, a));
      }),
      { numRuns: 500 },
    );
  });

  it("refuses every action on a record the viewer may not read exactly as on an unknown one", () => {
    fc.assert(
      fc.property(standing.map(normalise), (s) => {
        if (sightOf(s).kind !== "none") return;
        for (const a of actions) {
          expect(checkRecord(s, a)).toEqual({
            allowed: false,
            refusal: "unknown",
            reason: "No such record.",
          });
        }
      }),
      { numRuns: 500 },
    );
  });

  it("shows a partner only the fields of its live grants, and a revoked or expired grant nothing", () => {
    fc.assert(
      fc.property(standing.map(normalise), (s) => {
        const sight = sightOf(s);
        if (sight.kind !== "fields") return;
        const mine = new Set(s.organizations.map((o) => o.organizationId));
        const live = s.grants.filter(
          (g) =>
            mine.has(g.organizationId) &&
            !g.revokedAt &&
            (g.expiresAt === null || g.expiresAt > s.now),
        );
        expect(live.length).toBeGreaterThan(0);
        for (const f of sight.fields) expect(live.flatMap((g) => g.fields)).toContain(f);
        // Files only when a live grant's agreement covers evidence.
        expect(sight.files).toBe(live.some((g) => g.files));
        // A partner sees content but may not change or share it.
        for (const a of actions.filter((x) => x !== "record.read")) {
          expect(checkRecord(s, a).allowed).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("lets the owner's owners and admins do everything with a record that is not deleted", () => {
    fc.assert(
      fc.property(standing, fc.constantFrom("owner" as const, "admin" as const), (s, role) => {
        const manager: RecordStanding = {
          ...s,
          viewer: { userId: "viewer", platformAdmin: false },
          organizations: [{ organizationId: "owner-org", role }],
          record: { ...s.record, deleted: false },
        };
        expect(sightOf(manager)).toEqual({ kind: "full" });
        for (const a of actions) expect(checkRecord(manager, a).allowed).toBe(true);
      }),
    );
  });

  it("hides a deleted record from everyone, and keeps a restricted one from its own people not named", () => {
    fc.assert(
      fc.property(standing, (s) => {
        expect(sightOf({ ...s, record: { ...s.record, deleted: true } })).toEqual({ kind: "none" });
      }),
    );
    const colleague: RecordStanding = {
      viewer: { userId: "viewer", platformAdmin: false },
      organizations: [{ organizationId: "owner-org", role: "member" }],
      coalitionIds: ["c1"],
      grants: [],
      now: times[1]!,
      record: {
        ownerOrganizationId: "owner-org",
        classification: "coalition",
        coalitionIds: ["c1"],
        restrictedTo: [],
        access: { readers: ["someone"], editors: [] },
        deleted: false,
      },
    };
    // Its coalition reads it, but the owner's own rule keeps it from a colleague not named.
    expect(sightOf(colleague)).toEqual({ kind: "none" });
    expect(
      sightOf({ ...colleague, organizations: [{ organizationId: "partner-org", role: "member" }] }),
    ).toEqual({
      kind: "full",
    });
  });

  it("counts a grant's fields once however many grants name them", () => {
    const s: RecordStanding = {
      viewer: { userId: "viewer", platformAdmin: false },
      organizations: [{ organizationId: "partner-org", role: "member" }],
      coalitionIds: [],
      grants: [
        {
          organizationId: "partner-org",
          fields: ["country", "narrative"],
          files: false,
          expiresAt: null,
          revokedAt: null,
        },
        {
          organizationId: "partner-org",
          fields: ["narrative"],
          files: false,
          expiresAt: times[2]!,
          revokedAt: null,
        },
        {
          organizationId: "partner-org",
          fields: ["affected"],
          files: true,
          expiresAt: times[0]!,
          revokedAt: null,
        },
      ],
      now: times[1]!,
      record: {
        ownerOrganizationId: "owner-org",
        classification: "restricted",
        coalitionIds: [],
        restrictedTo: [],
        access: { readers: "everyone", editors: [] },
        deleted: false,
      },
    };
    expect(grantedFields(s)).toEqual(["country", "narrative"]);
  });
});
