import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RecordList, RecordView } from "../../../shared/records/api.ts";
import { AgreementView } from "../../../shared/records/agreements-api.ts";
import { allFields } from "../../../shared/records/fields.ts";
import { type TestApp, backends, createTestApp } from "../../test/harness.ts";
import { call } from "../../test/org-helpers.ts";
import { type RecordWorld, recordIncident, recordWorld } from "./records.fixtures.ts";

const fieldSubset = fc.subarray([...allFields], { minLength: 1 });

/*
 * Whatever fields its agreements allow, and whether a record reaches the grantee by a grant of
 * its own or by a saved filter, the grantee's view holds only fields its agreements name:
 * exactly those the record has, no other key, read one by one or in a list.
 */
describe.each(backends)("a grantee's view of a record on %s", (backend) => {
  let t: TestApp;
  let w: RecordWorld;
  beforeAll(async () => {
    t = await createTestApp(backend);
    w = await recordWorld(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function agreementAllowing(fields: string[]) {
    const made = await call(t, "POST", "/api/v1/agreements", {
      as: w.owner,
      payload: {
        title: "Minimum data",
        purpose: "Litigation.",
        dataCategories: ["incidents"],
        fields,
        onwardRule: "none",
        retentionDays: 30,
        consentRequired: null,
        proposedBy: w.ownerOrg,
        partyIds: [w.litigatorOrg],
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    const id = AgreementView.parse(made.json()).id;
    const accepted = await call(t, "POST", `/api/v1/agreements/${id}/accept`, {
      as: w.litigator,
      payload: { organizationId: w.litigatorOrg },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    return id;
  }

  it("never holds a field outside its agreements", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ fields: fieldSubset, byFilter: fc.boolean() }), {
          minLength: 1,
          maxLength: 2,
        }),
        async (grants) => {
          // A country of its own, so that a saved filter reaches this record and no earlier one.
          const n = run++;
          const country = String.fromCharCode(65 + (Math.floor(n / 26) % 26), 65 + (n % 26));
          const record = await recordIncident(t, w.owner, w.ownerOrg, {
            fields: {
              occurredOn: "2026-10-14",
              country,
              placeText: "Market road",
              violationTypes: ["torture"],
              narrative: { original: "en", texts: { en: "Taken at a checkpoint." } },
              sourceReliability: "B",
            },
          });
          for (const g of grants) {
            const agreementId = await agreementAllowing(g.fields);
            const made = g.byFilter
              ? await call(t, "POST", `/api/v1/organizations/${w.ownerOrg}/grants`, {
                  as: w.owner,
                  payload: {
                    agreementId,
                    toOrganizationId: w.litigatorOrg,
                    filter: { country },
                  },
                })
              : await call(t, "POST", `/api/v1/records/${record.id}/grants`, {
                  as: w.owner,
                  payload: { agreementId, toOrganizationId: w.litigatorOrg },
                });
            expect(made.statusCode, made.body).toBe(201);
          }
          const allowed = new Set(grants.flatMap((g) => g.fields));
          const expected = Object.keys(record.fields)
            .filter((k) => allowed.has(k as (typeof allFields)[number]))
            .sort();

          const read = await call(t, "GET", `/api/v1/records/${record.id}`, { as: w.litigator });
          if (!expected.length) {
            // Nothing of the record is allowed: only its envelope, with no content at all.
            expect([200, 404]).toContain(read.statusCode);
          } else {
            expect(read.statusCode, read.body).toBe(200);
          }
          if (read.statusCode === 200) {
            const seen = RecordView.parse(read.json());
            expect(Object.keys(seen.fields).sort()).toEqual(expected);
          }
          const listed = RecordList.parse(
            (
              await call(t, "GET", `/api/v1/records?organizationId=${w.ownerOrg}&limit=100`, {
                as: w.litigator,
              })
            ).json(),
          );
          const inList = listed.items.find((r) => r.id === record.id);
          if (inList) expect(Object.keys(inList.fields).sort()).toEqual(expected);
        },
      ),
      { numRuns: 12 },
    );
  });
});
