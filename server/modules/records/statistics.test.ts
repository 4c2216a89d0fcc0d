import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Statistics } from "../../../shared/records/statistics-api.ts";
import { type TestApp, backends, createTestApp } from "../../test/harness.ts";
import { call, expectProblem } from "../../test/org-helpers.ts";
import {
  type RecordWorld,
  incidentFields,
  recordIncident,
  recordWorld,
} from "./records.fixtures.ts";

describe.each(backends)("incident statistics (%s)", (backend) => {
  let t: TestApp;
  let w: RecordWorld;
  beforeAll(async () => {
    t = await createTestApp(backend);
    w = await recordWorld(t);
    // month, violation type, how many, whether consent to statistics was recorded
    const plan: [string, string, number, boolean][] = [
      ["2026-10-03", "arbitrary_detention", 6, true],
      ["2026-10-09", "torture", 5, true],
      ["2026-11-12", "arbitrary_detention", 7, true],
      ["2026-11-20", "torture", 2, true],
      ["2026-10-21", "arbitrary_detention", 3, false],
    ];
    for (const [day, violation, count, consented] of plan) {
      for (let i = 0; i < count; i++) {
        const record = await recordIncident(t, w.owner, w.ownerOrg, {
          fields: incidentFields({ occurredOn: day, violationTypes: [violation] }),
          classification: "coalition",
          coalitionIds: [w.coalitionId],
        });
        if (!consented) continue;
        const given = await call(t, "POST", `/api/v1/records/${record.id}/consents`, {
          as: w.owner,
          payload: { use: "statistics", state: "given" },
        });
        expect(given.statusCode, given.body).toBe(200);
      }
    }
  });
  afterAll(() => t.close());

  const stats = async (as: RecordWorld["owner"] | null, query = "") => {
    const response = await call(
      t,
      "GET",
      `/api/v1/records/statistics?organizationId=${w.ownerOrg}${query}`,
      { as },
    );
    expect(response.statusCode, response.body).toBe(200);
    return Statistics.parse(response.json());
  };

  it("counts only consented incidents, and hides a small cell with enough others that totals cannot give it away", async () => {
    const table = await stats(w.owner);
    expect(table.rows).toEqual(["2026-10", "2026-11"]);
    expect(table.columns).toEqual(["arbitrary_detention", "torture"]);
    expect(table.cells[1]![1]).toBeNull();
    expect(table.primary).toContainEqual({ row: 1, column: 1 });
    // November's total would give the 2 away if shown beside the 7: one of them is hidden too.
    expect(table.rowTotals[1] === null || table.cells[1]![0] === null).toBe(true);
    expect(table.columnTotals[1] === null || table.cells[0]![1] === null).toBe(true);
  });

  it("counts for a member of the coalition the records are shared with, and for nobody else", async () => {
    // By country nothing is small: 6 + 7 detentions (the three without consent are not
    // counted) and 5 + 2 cases of torture.
    const partner = await stats(w.people.partner, "&rows=country");
    expect(partner.cells).toEqual([[13, 7]]);
    expect(partner.grandTotal).toBe(20);
    expect(await stats(w.owner, "&rows=country")).toEqual(partner);
    const outsider = await stats(w.people.outsider);
    expect(outsider.rows).toEqual([]);
    expect(outsider.grandTotal).toBe(0);
    const anonymous = await stats(null);
    expect(anonymous.rows).toEqual([]);
  });

  it("gives the same table as CSV, with hidden cells named and never counted", async () => {
    const response = await call(
      t,
      "GET",
      `/api/v1/records/statistics.csv?organizationId=${w.ownerOrg}&rows=month`,
      { as: w.owner },
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toMatch(/^attachment/);
    const parsed = Papa.parse<string[]>(response.body.replace(/^\uFEFF/, ""), {
      skipEmptyLines: true,
    });
    expect(parsed.data[0]).toEqual(["month", "arbitrary_detention", "torture", "total"]);
    const table = await stats(w.owner);
    const shown = (n: number | null) => (n === null ? "suppressed" : String(n));
    expect(parsed.data.slice(1)).toEqual([
      ...table.rows.map((row, r) => [
        row,
        ...table.cells[r]!.map(shown),
        shown(table.rowTotals[r]!),
      ]),
      ["total", ...table.columnTotals.map(shown), shown(table.grandTotal)],
    ]);
    expect(parsed.data[2]).toContain("suppressed");
    expect(parsed.data.flat()).not.toContain("2");
  });

  it("refuses a threshold below three and an unknown grouping", async () => {
    expectProblem(await call(t, "GET", "/api/v1/records/statistics?k=2", { as: w.owner }), 400);
    expectProblem(
      await call(t, "GET", "/api/v1/records/statistics?rows=city", { as: w.owner }),
      400,
    );
  });
});
