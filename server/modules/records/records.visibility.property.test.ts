import { inArray } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sightOf } from "../../../shared/policy/record.ts";
import { RecordList } from "../../../shared/records/api.ts";
import { classifications } from "../../../shared/records/fields.ts";
import { newId } from "../../lib/ids.ts";
import type { SignedIn } from "../../test/actors.ts";
import { type TestApp, createTestApp } from "../../test/harness.ts";
import { call } from "../../test/org-helpers.ts";
import { listViewerOf, standingOf } from "./record-standing.ts";
import { type RecordWorld, incidentFields, recordWorld } from "./records.fixtures.ts";
import type { RecordRow } from "./records.repo.ts";
import { recordContents, records } from "./records.table.ts";

/*
 * The list's SQL (`visibleTo` in records.repo.ts) and the record policy (`sightOf`) are two
 * writings of one rule. Whatever records exist, however they are shared, every viewer's list,
 * read page by page, holds exactly the records the policy lets them see, and reading each
 * record by its id agrees (200 or 404). Grants under agreements are left to their own tests.
 */
describe("which records a viewer sees (pglite)", () => {
  let t: TestApp;
  let w: RecordWorld;
  let viewers: [string, SignedIn | null][];
  const anotherCoalition = newId();

  beforeAll(async () => {
    t = await createTestApp("pglite");
    w = await recordWorld(t);
    viewers = [
      ["owner", w.owner],
      ["colleague", w.colleague],
      ["coalition partner", w.people.partner],
      ["partner's colleague", w.people.partnerColleague],
      ["suspended member", w.people.suspended],
      ["outsider", w.people.outsider],
      ["litigator", w.litigator],
      ["nobody", null],
    ];
  });
  afterAll(async () => {
    await t?.close();
  });

  /** One record of the random world: its owner, how it is shared, and whether it was deleted. */
  const recordShape = () => {
    const people = [w.colleague, w.people.partner, w.people.partnerColleague, w.litigator].map(
      (p) => p.userId,
    );
    const some = <T>(values: T[]) => fc.subarray(values);
    return fc.record({
      owner: fc.constantFrom(w.ownerOrg, w.org.partner, w.litigatorOrg),
      classification: fc.constantFrom(...classifications),
      coalitionIds: some([w.coalitionId, anotherCoalition]),
      restrictedTo: some([w.ownerOrg, w.org.partner, w.org.outsider, w.litigatorOrg]),
      readersAll: fc.boolean(),
      readerIds: some(people),
      editorIds: some(people),
      deleted: fc.nat(4).map((n) => n === 0),
      // Few distinct instants, so that pages break between records changed at the same time.
      updatedSecond: fc.nat(3),
    });
  };

  it("lists exactly the records the policy lets each viewer see, and reading each agrees", async () => {
    let made: string[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.array(recordShape(), { maxLength: 8 }),
        fc.integer({ min: 1, max: 4 }),
        async (shapes, limit) => {
          if (made.length) await t.services.db.delete(records).where(inArray(records.id, made));
          const rows: RecordRow[] = shapes.map((s) => {
            const at = new Date(Date.UTC(2026, 0, 1, 0, 0, s.updatedSecond));
            return {
              id: newId(),
              ownerOrganizationId: s.owner,
              kind: "incident",
              classification: s.classification,
              coalitionIds: s.coalitionIds,
              restrictedTo: s.restrictedTo,
              readersAll: s.readersAll,
              readerIds: s.readerIds,
              editorIds: s.editorIds,
              version: 1,
              occurredOn: "2026-10-14",
              country: "YE",
              violationTypes: ["torture"],
              createdBy: w.owner.userId,
              createdAt: at,
              updatedAt: at,
              deletedAt: s.deleted ? at : null,
              keyEpoch: null,
              contentKey: null,
            };
          });
          made = rows.map((r) => r.id);
          if (rows.length) {
            await t.services.db.insert(records).values(rows);
            await t.services.db.insert(recordContents).values(
              rows.map((r) => ({
                recordId: r.id,
                version: 1,
                fields: r.deletedAt ? {} : incidentFields(),
                editedBy: w.owner.userId,
                editedAt: r.createdAt,
              })),
            );
          }

          for (const [label, viewer] of viewers) {
            // Only the user id and platform rights decide; name and email are not read.
            const actor = viewer
              ? { userId: viewer.userId, name: label, email: viewer.email, isPlatformAdmin: false }
              : null;
            const facts = await t.services.recordViewerOf(actor);
            const expected = rows
              .filter((r) => sightOf(standingOf(facts, r, [], [])).kind !== "none")
              .map((r) => r.id)
              .sort();

            // The service drops what the policy hides, so a list too wide would still look
            // right through the API: the SQL is asked on its own as well.
            const selected = await t.services.recordsRepo.listVisible(
              listViewerOf(facts),
              {},
              null,
              100,
            );
            expect(selected.map((r) => r.id).sort(), `${label}: the SQL`).toEqual(expected);

            const listed: string[] = [];
            let cursor: string | null = null;
            for (let page = 0; page <= rows.length + 1; page++) {
              const query: string = `limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
              const response = await call(t, "GET", `/api/v1/records?${query}`, { as: viewer });
              expect(response.statusCode, response.body).toBe(200);
              const body = RecordList.parse(response.json());
              expect(body.items.length).toBeLessThanOrEqual(limit);
              listed.push(...body.items.map((item) => item.id));
              cursor = body.nextCursor;
              if (!cursor) break;
            }
            expect(cursor, `${label}: the pages end`).toBeNull();
            expect(new Set(listed).size, `${label}: no record twice`).toBe(listed.length);
            expect([...listed].sort(), `${label}'s list`).toEqual(expected);

            for (const r of rows) {
              const read = await call(t, "GET", `/api/v1/records/${r.id}`, { as: viewer });
              expect(read.statusCode, `${label} reads ${r.id}`).toBe(
                expected.includes(r.id) ? 200 : 404,
              );
            }
          }
        },
      ),
      { numRuns: 20 },
    );
  });
});
