import Papa from "papaparse";
import { toCsv as unparse, unescapeCell } from "../../lib/csv.ts";
import {
  type AllyPosition,
  allyPositions,
  positionOf,
  stakeholderRoles,
  stakeholderTypes,
} from "../../../shared/campaigns/catalogue.ts";
import {
  type KumuRefusal,
  kumuConnectionColumns,
  kumuElementColumns,
  kumuLimits,
} from "../../../shared/campaigns/stakeholders.ts";

/*
 * Kumu's CSV format, in and out (https://docs.kumu.io/guides/import): elements with Label,
 * Type, Description and Tags ("|" between tags) plus the custom fields Role, Position,
 * Influence and Interest; connections with From, To and Type. Only the text is handled here;
 * the service matches labels to stakeholders and writes.
 */

export type ElementOut = {
  name: string;
  type: string;
  notes: string | null;
  tags: string[];
  role: string;
  position: number;
  influence: number;
  interest: number;
};

export function elementsCsv(rows: ElementOut[]): string {
  return unparse(
    kumuElementColumns,
    rows.map((r) => [
      r.name,
      r.type,
      r.notes ?? "",
      r.tags.join("|"),
      r.role,
      positionOf(r.position),
      r.influence,
      r.interest,
    ]),
  );
}

export function connectionsCsv(rows: { from: string; to: string; type: string }[]): string {
  return unparse(
    kumuConnectionColumns,
    rows.map((r) => [r.from, r.to, r.type]),
  );
}

/** The whole file cannot be read: no such column, too many rows. */
export class KumuFileError extends Error {
  constructor(
    readonly file: "elements" | "connections",
    message: string,
  ) {
    super(message);
  }
}

type Refuse = Omit<KumuRefusal, "file" | "row" | "label">;

/** One element row as read: absent or empty cells are undefined (the import keeps what is there). */
export type ElementIn = {
  row: number;
  label: string;
  type?: string;
  role?: string;
  position?: AllyPosition;
  influence?: number;
  interest?: number;
  tags?: string[];
  description?: string;
};
export type ConnectionIn = { row: number; from: string; to: string; type: string };

/**
 * The separator between cells, read from the header row alone: the one that splits it into
 * the most of the file's known column names. A French spreadsheet writes ";", and guessing
 * from the data splits a one-column file of labels at their commas. "|" is Kumu's between
 * tags, never between cells.
 */
export function separatorOf(text: string, columns: readonly string[]): string {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  const known = new Set(columns.map((c) => c.toLowerCase()));
  // A header of one column splits on nothing: neither may its rows ("Ministry, Defence").
  let best = "\u001f";
  let bestCount = 0;
  for (const separator of [",", ";", "\t"]) {
    if (!header.includes(separator)) continue;
    const count = header
      .split(separator)
      .filter((name) => known.has(name.trim().replace(/^"|"$/g, "").trim().toLowerCase())).length;
    if (count > bestCount) [best, bestCount] = [separator, count];
  }
  return best;
}

/** Reads a CSV with a header row; the header's names are matched without regard to case. */
function readCsv(file: "elements" | "connections", text: string, maxRows: number) {
  const body = text.replace(/^\uFEFF/, "");
  const columns = file === "elements" ? kumuElementColumns : kumuConnectionColumns;
  const parsed = Papa.parse<Record<string, string>>(body, {
    header: true,
    skipEmptyLines: "greedy",
    delimiter: separatorOf(body, columns),
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  if (parsed.data.length > maxRows) {
    throw new KumuFileError(file, `has more than ${maxRows} rows`);
  }
  const malformed = new Map<number, string>();
  for (const error of parsed.errors) {
    if (error.row === undefined) throw new KumuFileError(file, error.message);
    malformed.set(error.row, error.message);
  }
  return { rows: parsed.data, fields: new Set(parsed.meta.fields ?? []), malformed };
}

/** A cell, trimmed and un-escaped; undefined when empty or absent. */
const cell = (row: Record<string, string>, column: string): string | undefined => {
  const value = row[column.toLowerCase()];
  if (typeof value !== "string") return undefined;
  const trimmed = unescapeCell(value.trim()).trim();
  return trimmed === "" ? undefined : trimmed;
};

/** A code from a list, written as the code or as words ("Active ally", "active-ally"). */
const codeIn = <T extends string>(list: readonly T[], value: string): T | undefined => {
  const code = value.toLowerCase().replace(/[\s-]+/g, "_");
  return list.find((c) => c === code);
};

function parsePosition(value: string): AllyPosition | undefined {
  if (/^[+-]?\d$/.test(value)) {
    const n = Number(value);
    return n >= -2 && n <= 2 ? positionOf(n) : undefined;
  }
  return codeIn(allyPositions, value);
}

const parseLevel = (value: string) => (/^[1-5]$/.test(value) ? Number(value) : undefined);

export type ParsedKumu = {
  elements: ElementIn[];
  connections: ConnectionIn[];
  elementRows: number;
  connectionRows: number;
  refused: KumuRefusal[];
};

/**
 * Reads both files and checks every row on its own: what the rows say, not yet whether a
 * connection's ends exist (that needs the campaign's stakeholders: see planConnections).
 */
export function parseKumu(elementsText: string, connectionsText: string | undefined): ParsedKumu {
  const refused: KumuRefusal[] = [];
  const elementsFile = readCsv("elements", elementsText, kumuLimits.elements);
  if (!elementsFile.fields.has("label")) {
    throw new KumuFileError("elements", "has no Label column");
  }
  const elements: ElementIn[] = [];
  const seen = new Set<string>();
  elementsFile.rows.forEach((raw, index) => {
    const row = index + 2;
    const label = cell(raw, "Label") ?? "";
    const problems: Refuse[] = [];
    const malformed = elementsFile.malformed.get(index);
    if (malformed) problems.push({ column: null, reason: "malformed", message: malformed });
    if (!label) problems.push({ column: "Label", reason: "required", message: "is required" });
    else if (label.length > 200) {
      problems.push({ column: "Label", reason: "too_long", message: "is over 200 characters" });
    } else if (seen.has(label)) {
      problems.push({
        column: "Label",
        reason: "duplicate",
        message: "is already on an earlier row",
      });
    }
    const element: ElementIn = { row, label };
    const type = cell(raw, "Type");
    if (type !== undefined) {
      element.type = codeIn(stakeholderTypes, type);
      if (!element.type) problems.push(notInList("Type", stakeholderTypes));
    }
    const role = cell(raw, "Role");
    if (role !== undefined) {
      element.role = codeIn(stakeholderRoles, role);
      if (!element.role) problems.push(notInList("Role", stakeholderRoles));
    }
    const position = cell(raw, "Position");
    if (position !== undefined) {
      element.position = parsePosition(position);
      if (!element.position) problems.push(notInList("Position", allyPositions));
    }
    for (const [column, key] of [
      ["Influence", "influence"],
      ["Interest", "interest"],
    ] as const) {
      const value = cell(raw, column);
      if (value === undefined) continue;
      element[key] = parseLevel(value);
      if (element[key] === undefined) {
        problems.push({ column, reason: "out_of_range", message: "must be a whole number 1–5" });
      }
    }
    const description = cell(raw, "Description");
    if (description !== undefined) {
      element.description = description;
      if (description.length > 5000) {
        problems.push({
          column: "Description",
          reason: "too_long",
          message: "is over 5,000 characters",
        });
      }
    }
    const tags = cell(raw, "Tags");
    if (tags !== undefined) {
      element.tags = [
        ...new Set(
          tags
            .split("|")
            .map((t) => t.trim())
            .filter(Boolean),
        ),
      ];
      if (element.tags.length > 30 || element.tags.some((t) => t.length > 60)) {
        problems.push({
          column: "Tags",
          reason: "too_long",
          message: "at most 30 tags of at most 60 characters",
        });
      }
    }
    if (label) seen.add(label);
    if (problems.length) {
      for (const p of problems) refused.push({ file: "elements", row, label, ...p });
    } else {
      elements.push(element);
    }
  });

  const connections: ConnectionIn[] = [];
  let connectionRows = 0;
  if (connectionsText !== undefined && connectionsText.trim() !== "") {
    const file = readCsv("connections", connectionsText, kumuLimits.connections);
    for (const column of ["from", "to"]) {
      if (!file.fields.has(column)) {
        throw new KumuFileError(
          "connections",
          `has no ${column === "from" ? "From" : "To"} column`,
        );
      }
    }
    connectionRows = file.rows.length;
    file.rows.forEach((raw, index) => {
      const row = index + 2;
      const from = cell(raw, "From") ?? "";
      const to = cell(raw, "To") ?? "";
      const type = cell(raw, "Type") ?? "";
      const problems: Refuse[] = [];
      const malformed = file.malformed.get(index);
      if (malformed) problems.push({ column: null, reason: "malformed", message: malformed });
      if (!from) problems.push({ column: "From", reason: "required", message: "is required" });
      if (!to) problems.push({ column: "To", reason: "required", message: "is required" });
      if (from && from === to) {
        problems.push({ column: "To", reason: "same_label", message: "is the same as From" });
      }
      if (type.length > 100) {
        problems.push({ column: "Type", reason: "too_long", message: "is over 100 characters" });
      }
      const label = `${from} → ${to}`;
      if (problems.length) {
        for (const p of problems) refused.push({ file: "connections", row, label, ...p });
      } else {
        connections.push({ row, from, to, type });
      }
    });
  }
  return {
    elements,
    connections,
    elementRows: elementsFile.rows.length,
    connectionRows,
    refused,
  };
}

function notInList(column: string, list: readonly string[]): Refuse {
  return { column, reason: "not_in_list", message: `must be one of ${list.join(", ")}` };
}
