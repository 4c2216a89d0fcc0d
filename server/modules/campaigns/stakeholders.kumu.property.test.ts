import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  allyPositions,
  positionValue,
  stakeholderRoles,
  stakeholderTypes,
} from "../../../shared/campaigns/catalogue.ts";
import { kumuElementColumns } from "../../../shared/campaigns/stakeholders.ts";
import { type ElementOut, elementsCsv, parseKumu, separatorOf } from "./stakeholders.kumu.ts";

/** Text as people write it in any of the four languages, trimmed, never empty. */
const words = (maxLength: number, forbidden = "") =>
  fc
    .string({ unit: "grapheme", minLength: 1, maxLength })
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && ![...forbidden].some((c) => s.includes(c)));
/** Text a spreadsheet or a CSV reader could trip on: separators, quotes, formulas, lines. */
const tricky = fc.constantFrom(
  "=SUM(A1:A2)",
  "+33 1 23 45",
  "-2",
  "@mention",
  "'=already escaped",
  'say "no"',
  "a, b; c\td",
  "line one\nline two",
  "وزارة الدفاع، مكتب التصدير",
  "Ministère de la Défense ; bureau",
);
const text = (maxLength: number, forbidden = "") =>
  fc.oneof(
    words(maxLength, forbidden),
    tricky.filter((s) => ![...forbidden].some((c) => s.includes(c))),
  );

const element: fc.Arbitrary<ElementOut> = fc.record({
  name: text(60),
  type: fc.constantFrom(...stakeholderTypes),
  notes: fc.option(text(300), { nil: null }),
  tags: fc.uniqueArray(text(30, "|"), { maxLength: 5 }),
  role: fc.constantFrom(...stakeholderRoles),
  position: fc.constantFrom(...allyPositions).map(positionValue),
  influence: fc.integer({ min: 1, max: 5 }),
  interest: fc.integer({ min: 1, max: 5 }),
});
const elements = fc.uniqueArray(element, { minLength: 1, maxLength: 8, selector: (e) => e.name });

/** What the import reads back from an exported row. */
const readBack = (e: ElementOut, index: number) => ({
  row: index + 2,
  label: e.name,
  type: e.type,
  role: e.role,
  position: allyPositions[e.position + 2],
  influence: e.influence,
  interest: e.interest,
  ...(e.tags.length ? { tags: e.tags } : {}),
  ...(e.notes ? { description: e.notes } : {}),
});

/** The same file as a spreadsheet set to another language would save it. */
function withSeparator(csv: string, delimiter: string) {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true });
  return Papa.unparse(parsed.data, { delimiter, newline: "\r\n" });
}

describe("Kumu's CSV, whatever the text and the separator", () => {
  it("reads back every element it wrote, exactly", () => {
    fc.assert(
      fc.property(elements, (rows) => {
        const parsed = parseKumu(elementsCsv(rows), undefined);
        expect(parsed.refused).toEqual([]);
        expect(parsed.elements).toEqual(rows.map(readBack));
      }),
      { numRuns: 150 },
    );
  });

  it("reads the same elements from a file saved with ';' or tabs between cells", () => {
    fc.assert(
      fc.property(elements, fc.constantFrom(";", "\t"), (rows, separator) => {
        const parsed = parseKumu(withSeparator(elementsCsv(rows), separator), undefined);
        expect(parsed.refused).toEqual([]);
        expect(parsed.elements).toEqual(rows.map(readBack));
      }),
      { numRuns: 150 },
    );
  });

  it("takes the separator from the header row, not from commas in the text", () => {
    const header = kumuElementColumns.join(";");
    const row = ["Ministry", "institution", "Licences, exports, and reviews, again", "", "target"];
    expect(separatorOf(`${header}\r\n${row.join(";")}`, kumuElementColumns)).toBe(";");
    expect(separatorOf(`Label,Type\r\nA;B;C;D,institution`, kumuElementColumns)).toBe(",");
    expect(separatorOf(`"Label"\t"Type"`, kumuElementColumns)).toBe("\t");
    // A file of labels alone: the commas are in the names, not between cells.
    const labels = parseKumu("Label\r\nMinistry, Defence\r\nCourt, Supreme\r\n", undefined);
    expect(labels.refused).toEqual([]);
    expect(labels.elements.map((e) => e.label)).toEqual(["Ministry, Defence", "Court, Supreme"]);
  });
});
