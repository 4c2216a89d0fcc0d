import Papa from "papaparse";

/*
 * How every CSV the app writes is written (Kumu exports, records, statistics): one rule for
 * spreadsheet formulas and one for the encoding, so that no export is safer than another.
 */

/**
 * A cell a spreadsheet would run as a formula (= + - @, tab, carriage return) gets a leading
 * apostrophe. Cells that already start with apostrophes before such a character get one more,
 * so that reading strips exactly one and every text comes back as it was.
 */
const formulaLike = /^'*[=+\-@\t\r]/;
const escapedFormula = /^'+[=+\-@\t\r]/;
export const unescapeCell = (value: string) =>
  escapedFormula.test(value) ? value.slice(1) : value;

/** Excel reads a CSV as UTF-8 (Arabic names included) only when it starts with a byte-order mark. */
const bom = "\uFEFF";

/** A CSV with a header row, CRLF line ends, formulas escaped and a byte-order mark. */
export const toCsv = (fields: readonly string[], data: (string | number | null)[][]) =>
  bom +
  Papa.unparse({ fields: [...fields], data }, { escapeFormulae: formulaLike, newline: "\r\n" });
