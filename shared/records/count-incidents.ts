import type { ConfidentialCountsInput } from "./statistics-api.ts";
import { IncidentFields } from "./api.ts";
import type { RecordContent, RecordKind } from "./fields.ts";

/** The area a statistics row names: the area's name, then its P-code in brackets when known. */
export function statisticsArea(area: { name: string; pcode?: string } | undefined): string {
  if (!area) return "";
  return area.pcode ? `${area.name} (${area.pcode})` : area.name;
}

export type Countable = {
  kind: RecordKind;
  fields: RecordContent;
  /** Whether consent to statistics stands for the record. */
  statisticsConsent?: boolean;
};

type Cell = ConfidentialCountsInput["counts"][number];

/**
 * The counts an owner contributes for its confidential incidents, computed where they are
 * read (the browser): each incident whose consent to statistics stands counts once in each
 * of its violation types, by month, country and area, as readable incidents are counted on
 * the server. An incident whose fields do not validate is left out, never guessed at.
 */
export function countIncidents(records: readonly Countable[]): Cell[] {
  const cells = new Map<string, Cell>();
  for (const record of records) {
    if (record.kind !== "incident" || record.statisticsConsent !== true) continue;
    const parsed = IncidentFields.safeParse(record.fields);
    if (!parsed.success) continue;
    const { occurredOn, country, adminArea, violationTypes } = parsed.data;
    const month = occurredOn.slice(0, 7);
    const area = statisticsArea(adminArea);
    for (const violationType of new Set(violationTypes)) {
      const key = [month, country, area, violationType].join("\u0000");
      const cell = cells.get(key);
      if (cell) cell.count += 1;
      else cells.set(key, { month, country, area, violationType, count: 1 });
    }
  }
  // In a stable order, so the same records always make the same contribution.
  return [...cells.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, cell]) => cell);
}
