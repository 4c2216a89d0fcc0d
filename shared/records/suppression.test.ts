import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  suppress,
  type CountTable,
  type SuppressedTable,
  type TablePosition,
} from "./suppression.ts";

/**
 * What a reader sees, as the grid with totals: rows 0..R-1 and columns 0..C-1 are cells,
 * index R / C the totals; null where hidden.
 */
function shownGrid(result: SuppressedTable): (number | null)[][] {
  return [
    ...result.cells.map((row, r) => [...row, result.rowTotals[r] ?? null]),
    [...result.columnTotals, result.grandTotal],
  ];
}

function trueGrid(table: CountTable): number[][] {
  const rowTotals = table.counts.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = table.columns.map((_, c) =>
    table.counts.reduce((sum, row) => sum + (row[c] ?? 0), 0),
  );
  const grand = rowTotals.reduce((a, b) => a + b, 0);
  return [...table.counts.map((row, r) => [...row, rowTotals[r] ?? 0]), [...columnTotals, grand]];
}

/** Each line of the grid lists its entries with the total last. */
function gridLines(R: number, C: number): [number, number][][] {
  const rows = Array.from({ length: R + 1 }, (_, r) =>
    Array.from({ length: C + 1 }, (_, c): [number, number] => [r, c]),
  );
  const columns = Array.from({ length: C + 1 }, (_, c) =>
    Array.from({ length: R + 1 }, (_, r): [number, number] => [r, c]),
  );
  return [...rows, ...columns];
}

/**
 * The reader's equations over the hidden entries, from the shown values alone: each line
 * says (its hidden cells) − (its total, if hidden) = (a number the reader can compute).
 * Only the coefficients matter for whether a value is pinned down.
 */
function constraintMatrix(shown: (number | null)[][]) {
  const R = shown.length - 1;
  const C = (shown[0]?.length ?? 1) - 1;
  const unknowns: [number, number][] = [];
  shown.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null) unknowns.push([r, c]);
    }),
  );
  const indexOf = new Map(unknowns.map(([r, c], i) => [`${r},${c}`, i]));
  const matrix = gridLines(R, C).map((line) => {
    const coefficients = unknowns.map(() => 0n);
    line.forEach(([r, c], position) => {
      const i = indexOf.get(`${r},${c}`);
      if (i !== undefined) coefficients[i] = position === line.length - 1 ? -1n : 1n;
    });
    return coefficients;
  });
  return { unknowns, matrix };
}

function abs(n: bigint): bigint {
  return n < 0n ? -n : n;
}

function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Rank by exact fraction-free Gaussian elimination over the integers (no floats). */
function rank(rows: bigint[][]): number {
  const m = rows.map((row) => [...row]);
  const width = m[0]?.length ?? 0;
  let rankSoFar = 0;
  for (let column = 0; column < width && rankSoFar < m.length; column++) {
    const pivotRow = m.findIndex((row, i) => i >= rankSoFar && row[column] !== 0n);
    if (pivotRow === -1) continue;
    [m[rankSoFar], m[pivotRow]] = [m[pivotRow] as bigint[], m[rankSoFar] as bigint[]];
    const pivot = m[rankSoFar] as bigint[];
    const p = pivot[column] as bigint;
    for (let i = rankSoFar + 1; i < m.length; i++) {
      const row = m[i] as bigint[];
      const f = row[column] as bigint;
      if (f === 0n) continue;
      // row := p·row − f·pivot keeps integers; dividing by the row's gcd keeps them small.
      const next = row.map((value, j) => p * value - f * (pivot[j] as bigint));
      const divisor = next.reduce((g, value) => gcd(g, value), 0n) || 1n;
      m[i] = next.map((value) => value / divisor);
    }
    rankSoFar++;
  }
  return rankSoFar;
}

/** Hidden entries whose unit vector lies in the row space: their value is determined exactly. */
function recoverable(shown: (number | null)[][]): [number, number][] {
  const { unknowns, matrix } = constraintMatrix(shown);
  const base = rank(matrix);
  return unknowns.filter((_, i) => {
    const unit = unknowns.map((__, j) => (i === j ? 1n : 0n));
    return rank([...matrix, unit]) === base;
  });
}

function gridIndex(position: TablePosition, R: number, C: number): [number, number] {
  return [
    position.row === "total" ? R : position.row,
    position.column === "total" ? C : position.column,
  ];
}

function table(counts: number[][]): CountTable {
  return {
    rows: counts.map((_, r) => `row ${r}`),
    columns: (counts[0] ?? []).map((_, c) => `column ${c}`),
    counts,
  };
}

const tables = fc
  .record({ rowCount: fc.integer({ min: 1, max: 6 }), columnCount: fc.integer({ min: 1, max: 6 }) })
  .chain(({ rowCount, columnCount }) =>
    fc.array(
      fc.array(
        // Half the cells small, so suppression happens often.
        fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 30 })),
        { minLength: columnCount, maxLength: columnCount },
      ),
      { minLength: rowCount, maxLength: rowCount },
    ),
  )
  .map(table);
const thresholds = fc.integer({ min: 2, max: 6 });
const numRuns = Number(process.env.SUPPRESSION_RUNS ?? 1000);

describe("suppress: properties", () => {
  it("leaves no hidden cell or total that can be worked out exactly from what is shown", () => {
    fc.assert(
      fc.property(tables, thresholds, (input, k) => {
        expect(recoverable(shownGrid(suppress(input, k)))).toEqual([]);
      }),
      { numRuns },
    );
  });

  it("hides every non-zero cell and total below k, and shows the rest truthfully", () => {
    fc.assert(
      fc.property(tables, thresholds, (input, k) => {
        const truth = trueGrid(input);
        const shown = shownGrid(suppress(input, k));
        truth.forEach((row, r) =>
          row.forEach((value, c) => {
            const seen = shown[r]?.[c];
            if (value > 0 && value < k) expect(seen).toBeNull();
            if (seen !== null) expect(seen).toBe(value);
          }),
        );
      }),
      { numRuns },
    );
  });

  it("lists each hidden entry once, as primary exactly when non-zero and below k", () => {
    fc.assert(
      fc.property(tables, thresholds, (input, k) => {
        const result = suppress(input, k);
        const R = input.rows.length;
        const C = input.columns.length;
        const truth = trueGrid(input);
        const key = ([r, c]: [number, number]) => `${r},${c}`;
        const primary = result.primary.map((p) => gridIndex(p, R, C));
        const complementary = result.complementary.map((p) => gridIndex(p, R, C));
        const hidden = shownGrid(result).flatMap((row, r) =>
          row.flatMap((value, c) => (value === null ? [key([r, c])] : [])),
        );
        expect([...primary, ...complementary].map(key).sort()).toEqual(hidden.sort());
        for (const [r, c] of primary) {
          const value = truth[r]?.[c] ?? 0;
          expect(value > 0 && value < k).toBe(true);
        }
        for (const [r, c] of complementary) {
          const value = truth[r]?.[c] ?? 0;
          expect(value > 0 && value < k).toBe(false);
        }
      }),
      { numRuns },
    );
  });

  it("never lets a line with a shown total give away hidden cells adding up to less than k", () => {
    fc.assert(
      fc.property(tables, thresholds, (input, k) => {
        const truth = trueGrid(input);
        const shown = shownGrid(suppress(input, k));
        for (const line of gridLines(input.rows.length, input.columns.length)) {
          const total = line[line.length - 1] as [number, number];
          if (shown[total[0]]?.[total[1]] === null) continue;
          const hidden = line.filter(([r, c]) => shown[r]?.[c] === null);
          if (hidden.length === 0) continue;
          const hiddenSum = hidden.reduce((sum, [r, c]) => sum + (truth[r]?.[c] ?? 0), 0);
          expect(hiddenSum).toBeGreaterThanOrEqual(k);
        }
      }),
      { numRuns },
    );
  });

  it("changes nothing when suppression has nothing to hide, and gives the same answer twice", () => {
    fc.assert(
      fc.property(tables, thresholds, (input, k) => {
        expect(suppress(input, k)).toEqual(suppress(input, k));
        const result = suppress(input, 1);
        expect(shownGrid(result)).toEqual(trueGrid(input));
        expect(result.primary).toEqual([]);
        expect(result.complementary).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("suppress: examples", () => {
  it("hides one small cell in a 3 × 3 with three complements forming a rectangle", () => {
    const result = suppress(
      table([
        [20, 12, 9],
        [15, 3, 11],
        [8, 14, 30],
      ]),
    );
    // 3 is hidden; the smallest cell beside it in its row (11) and column (12) are hidden,
    // and the cell closing the rectangle (9), so each of the four has a partner in both lines.
    expect(result.cells).toEqual([
      [20, null, null],
      [15, null, null],
      [8, 14, 30],
    ]);
    expect(result.rowTotals).toEqual([41, 29, 52]);
    expect(result.columnTotals).toEqual([43, 29, 50]);
    expect(result.grandTotal).toBe(122);
    expect(result.primary).toEqual([{ row: 1, column: 1 }]);
    expect(recoverable(shownGrid(result))).toEqual([]);
  });

  it("would leak the cell if only the small cell were hidden (the check is not vacuous)", () => {
    const shown = [
      [20, 12, 9, 41],
      [15, null, 11, 29],
      [8, 14, 30, 52],
      [43, 29, 50, 122],
    ];
    expect(recoverable(shown)).toEqual([[1, 1]]);
    // Two hidden entries per line are not enough: two hidden rectangles joined by one hidden
    // cell (row 1, column 2) give that cell away, though every line has two or more hidden.
    const _ = 7;
    const bridged = [
      [null, null, _, _, _],
      [null, null, null, _, _],
      [_, _, null, null, _],
      [_, _, null, null, _],
      [_, _, _, _, _],
    ];
    expect(recoverable(bridged)).toEqual([[1, 2]]);
  });

  it("forces a complement in a row with a single small cell, and keeps its hidden pair at k or more", () => {
    const result = suppress(
      table([
        [2, 40, 7, 50],
        [25, 30, 35, 45],
      ]),
    );
    expect(result.cells[0]?.[0]).toBeNull();
    expect(result.cells[0]?.filter((cell) => cell === null).length).toBeGreaterThanOrEqual(2);
    expect(result.rowTotals).toEqual([99, 135]);
    expect(recoverable(shownGrid(result))).toEqual([]);
  });

  it("hides everything but the zeros when every count is small", () => {
    const result = suppress(
      table([
        [1, 2, 0],
        [3, 1, 0],
      ]),
      10,
    );
    expect(result.cells).toEqual([
      [null, null, 0],
      [null, null, 0],
    ]);
    expect(result.rowTotals).toEqual([null, null]);
    expect(result.columnTotals).toEqual([null, null, 0]);
    expect(result.grandTotal).toBeNull();
    expect(result.complementary).toEqual([]);
    expect(recoverable(shownGrid(result))).toEqual([]);
  });

  it("hides a small total and enough of the margin that the grand total cannot give it away", () => {
    const result = suppress(
      table([
        [1, 1, 20],
        [1, 0, 30],
        [0, 2, 25],
      ]),
    );
    expect(result.columnTotals[0]).toBeNull();
    expect(result.columnTotals.filter((total) => total === null).length).toBeGreaterThanOrEqual(2);
    expect(recoverable(shownGrid(result))).toEqual([]);
  });

  it("refuses ragged tables, negative or fractional counts, and a k below 1", () => {
    expect(() => suppress({ rows: ["a"], columns: ["x", "y"], counts: [[1]] })).toThrow(RangeError);
    expect(() => suppress(table([[-1]]))).toThrow(RangeError);
    expect(() => suppress(table([[1.5]]))).toThrow(RangeError);
    expect(() => suppress(table([[1]]), 0)).toThrow(RangeError);
  });

  it("answers an empty table with a zero grand total", () => {
    const result = suppress({ rows: [], columns: ["x"], counts: [] });
    expect(result.cells).toEqual([]);
    expect(result.columnTotals).toEqual([0]);
    expect(result.grandTotal).toBe(0);
  });
});
