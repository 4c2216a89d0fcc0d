import Papa from "papaparse";
import {
  IncidentFields,
  type RecordImportRefusal,
  importLimits,
} from "../../../shared/records/api.ts";
import { type RecordContent, fieldsOf } from "../../../shared/records/fields.ts";
import { unescapeCell } from "../../lib/csv.ts";
import { Invalid } from "../../lib/errors.ts";

/*
 * Incidents from CSV, in the columns the export writes (records-export.ts): dotted columns
 * for nested values (adminArea.pcode, coordinates.lat, narrative.texts.fr), "|" between the
 * words of a list, JSON for the people affected. Each row is checked on its own by the same
 * schema as a form; a refusal names the line, the column and why.
 */

const incidentFields = new Set<string>(fieldsOf.incident);
const listColumns = new Set(["violationTypes"]);
const jsonColumns = new Set(["affected"]);
const numberColumns = new Set(["coordinates.lat", "coordinates.lon", "informationCredibility"]);

/** A column the import reads: a field of an incident, or a dotted part of one. */
const isFieldColumn = (column: string) => incidentFields.has(column.split(".")[0]!);

function setPath(target: Record<string, unknown>, path: string[], value: unknown) {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== "object" || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path.at(-1)!] = value;
}

type Converted = { value: unknown } | { error: string };

function convert(column: string, text: string): Converted {
  if (listColumns.has(column)) return { value: text.split("|").map((w) => w.trim()) };
  if (numberColumns.has(column)) {
    const n = Number(text.replace(",", "."));
    return Number.isFinite(n) ? { value: n } : { error: "must be a number" };
  }
  if (jsonColumns.has(column)) {
    try {
      return { value: JSON.parse(text) };
    } catch {
      return { error: "must be JSON, as the export writes it" };
    }
  }
  return { value: text };
}

export type ParsedIncidents = {
  rows: number;
  accepted: RecordContent[];
  refused: RecordImportRefusal[];
  ignoredColumns: string[];
};

export function parseIncidentsCsv(csv: string): ParsedIncidents {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim(),
  });
  const columns = parsed.meta.fields ?? [];
  if (!columns.includes("occurredOn"))
    throw new Invalid("The file has no occurredOn column: is it a CSV of incidents?", [
      { field: "body.csv", message: "must have a header row with the incident columns" },
    ]);
  if (parsed.data.length > importLimits.rows)
    throw new Invalid(`The file has more than ${importLimits.rows} rows.`, [
      { field: "body.csv", message: `must have at most ${importLimits.rows} rows` },
    ]);
  const malformed = new Map<number, string>();
  for (const error of parsed.errors)
    if (error.row !== undefined) malformed.set(error.row, error.message);

  const accepted: RecordContent[] = [];
  const refused: RecordImportRefusal[] = [];
  parsed.data.forEach((row, index) => {
    const line = index + 2;
    const broken = malformed.get(index);
    if (broken) {
      refused.push({ line, column: null, message: broken });
      return;
    }
    const fields: Record<string, unknown> = {};
    const errors: RecordImportRefusal[] = [];
    for (const column of columns.filter(isFieldColumn)) {
      const raw = row[column];
      const text = typeof raw === "string" ? unescapeCell(raw.trim()).trim() : "";
      if (!text) continue;
      const converted = convert(column, text);
      if ("error" in converted) errors.push({ line, column, message: converted.error });
      else setPath(fields, column.split("."), converted.value);
    }
    const checked = IncidentFields.safeParse(fields);
    if (errors.length) refused.push(...errors);
    else if (!checked.success)
      refused.push(
        ...checked.error.issues.map((issue) => ({
          line,
          column: issue.path.length ? issue.path.map(String).join(".") : null,
          message: issue.message,
        })),
      );
    else accepted.push(checked.data as RecordContent);
  });
  return {
    rows: parsed.data.length,
    accepted,
    refused,
    ignoredColumns: columns.filter((c) => !isFieldColumn(c)),
  };
}
