import { allFields } from "../../../shared/records/fields.ts";
import type { RecordSummary } from "../../../shared/records/api.ts";
import { toCsv } from "../../lib/csv.ts";

/*
 * Records as CSV: one row per record, one column per field the exported records hold. Nested
 * values are spread over dotted columns (adminArea.pcode, narrative.texts.fr), lists of words
 * joined with "|", and lists of objects (people affected, referrals) kept as JSON in one cell.
 * A field no exported record has gets no column, so a partner's export shows no column its
 * agreement withholds.
 */

type Cell = string | number | null;

function flatten(prefix: string, value: unknown, into: Map<string, Cell>) {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    const words = value.every((v) => typeof v === "string" || typeof v === "number");
    into.set(prefix, words ? value.join("|") : JSON.stringify(value));
  } else if (typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) flatten(`${prefix}.${key}`, inner, into);
  } else {
    into.set(prefix, typeof value === "number" ? value : String(value));
  }
}

const envelope = [
  "id",
  "kind",
  "ownerOrganizationId",
  "ownerName",
  "classification",
  "version",
  "createdAt",
  "updatedAt",
] as const;

const fieldOrder = new Map<string, number>(allFields.map((f, i) => [f, i]));
const byCatalogue = (a: string, b: string) => {
  const order = (column: string) => fieldOrder.get(column.split(".")[0]!) ?? allFields.length;
  return order(a) - order(b) || a.localeCompare(b);
};

export function recordsCsv(records: readonly RecordSummary[]): string {
  const rows = records.map((record) => {
    const cells = new Map<string, Cell>();
    for (const [key, value] of Object.entries(record.fields)) flatten(key, value, cells);
    return { record, cells };
  });
  const columns = [...new Set(rows.flatMap((r) => [...r.cells.keys()]))].sort(byCatalogue);
  return toCsv(
    [...envelope, ...columns],
    rows.map(({ record, cells }) => [
      ...envelope.map((key) => record[key]),
      ...columns.map((column) => cells.get(column) ?? null),
    ]),
  );
}
