import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ConsentEvent,
  type RecordView,
  allFields,
  blurPoint,
  classifications,
  consentStands,
  consentUses,
  fieldsOf,
  placePrecisions,
  recordKinds,
  viewUnder,
} from "./fields.ts";

const envelopeKeys = [
  "id",
  "kind",
  "ownerOrganizationId",
  "classification",
  "version",
  "createdAt",
  "updatedAt",
  "fields",
];

/** A record of any kind holding any fields (its own and stray ones), with any values. */
const record: fc.Arbitrary<RecordView> = fc
  .record({
    kind: fc.constantFrom(...recordKinds),
    classification: fc.constantFrom(...classifications),
    fields: fc.dictionary(
      fc.oneof(fc.constantFrom(...allFields), fc.string({ maxLength: 12 })),
      fc.oneof(
        fc.string(),
        fc.integer(),
        fc.array(fc.string(), { maxLength: 3 }),
        fc.constant(null),
      ),
      { maxKeys: 20 },
    ),
  })
  .map(({ kind, classification, fields }) => ({
    id: "00000000-0000-7000-8000-000000000001",
    kind,
    ownerOrganizationId: "00000000-0000-7000-8000-000000000002",
    classification,
    version: 1,
    createdAt: "2026-12-01T00:00:00.000Z",
    updatedAt: "2026-12-01T00:00:00.000Z",
    fields,
  }));
const allowed = fc.array(fc.oneof(fc.constantFrom(...allFields), fc.string({ maxLength: 12 })), {
  maxLength: 15,
});

describe("a grantee's view of a record", () => {
  it("never holds a field outside its agreement, nor one the record's kind does not have", () => {
    fc.assert(
      fc.property(record, allowed, (r, fields) => {
        const view = viewUnder(r, fields);
        expect(Object.keys(view).sort()).toEqual([...envelopeKeys].sort());
        for (const key of Object.keys(view.fields)) {
          expect(fields).toContain(key);
          expect(fieldsOf[r.kind] as readonly string[]).toContain(key);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("holds every allowed field the record has, with its value unchanged, and no blank for the rest", () => {
    fc.assert(
      fc.property(record, allowed, (r, fields) => {
        const view = viewUnder(r, fields);
        for (const key of fieldsOf[r.kind]) {
          const shown = fields.includes(key) && key in r.fields && r.fields[key] !== undefined;
          expect(key in view.fields, key).toBe(shown);
          if (shown) expect(view.fields[key]).toEqual(r.fields[key]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("narrows, never widens: a view of a view under the same agreement is the same view", () => {
    fc.assert(
      fc.property(record, allowed, allowed, (r, a, b) => {
        const once = viewUnder(r, a);
        expect(viewUnder(once, a)).toEqual(once);
        // Onward sharing under a second agreement sees at most what both allow.
        const onward = viewUnder(once, b);
        for (const key of Object.keys(onward.fields)) {
          expect(a).toContain(key);
          expect(b).toContain(key);
        }
      }),
    );
  });
});

describe("a place shown less precisely", () => {
  const point = fc.record({
    lat: fc.double({ min: -89, max: 89, noNaN: true }),
    lon: fc.double({ min: -179, max: 179, noNaN: true }),
  });

  it("stays within its grid cell, and blurring again changes nothing", () => {
    fc.assert(
      fc.property(point, fc.constantFrom(...placePrecisions), (p, precision) => {
        const blurred = blurPoint(p, precision);
        const step = precision === "exact" ? 0 : precision === "1km" ? 0.01 : 0.1;
        expect(Math.abs(blurred.lat - p.lat)).toBeLessThanOrEqual(step / 2 + 1e-9);
        expect(Math.abs(blurred.lon - p.lon)).toBeLessThanOrEqual(step / 2 + 1e-9);
        expect(blurPoint(blurred, precision)).toEqual(blurred);
      }),
      { numRuns: 500 },
    );
  });

  it("gives two nearby houses in one cell the same place", () => {
    expect(blurPoint({ lat: 15.3521, lon: 44.2071 }, "1km")).toEqual(
      blurPoint({ lat: 15.3549, lon: 44.2002 }, "1km"),
    );
    expect(blurPoint({ lat: 15.3521, lon: 44.2071 }, "10km")).toEqual({ lat: 15.35, lon: 44.25 });
  });
});

describe("consent for a use", () => {
  const event: fc.Arbitrary<ConsentEvent> = fc.record({
    use: fc.constantFrom(...consentUses),
    state: fc.constantFrom("given" as const, "refused" as const, "withdrawn" as const),
    at: fc
      .integer({ min: 0, max: 1000 })
      .map((n) => new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString()),
  });

  it("stands only when the latest event for that use gave it", () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 12 }), fc.constantFrom(...consentUses), (h, use) => {
        const mine = h.filter((e) => e.use === use);
        const latest = mine.reduce<ConsentEvent | undefined>(
          (a, e) => (!a || e.at >= a.at ? e : a),
          undefined,
        );
        expect(consentStands(h, use)).toBe(latest?.state === "given");
      }),
    );
  });

  it("is never given by default, and a withdrawal ends it", () => {
    expect(consentStands([], "statistics")).toBe(false);
    const given: ConsentEvent = {
      use: "named_partners",
      state: "given",
      at: "2026-01-01T00:00:00Z",
    };
    expect(consentStands([given], "named_partners")).toBe(true);
    expect(consentStands([given], "public_advocacy")).toBe(false);
    expect(
      consentStands(
        [given, { use: "named_partners", state: "withdrawn", at: "2026-02-01T00:00:00Z" }],
        "named_partners",
      ),
    ).toBe(false);
  });
});
