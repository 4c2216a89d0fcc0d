/*
 * Small-cell suppression for incident statistics (issue 14): a count table with row, column
 * and grand totals, where no count below k can be read or worked out from what is shown.
 *
 * The rule, as stated beside the table:
 * - Primary: a cell or total that is non-zero and below k is hidden. A zero is shown: it
 *   says that nothing was recorded, which exposes nobody, and hiding zeros would hide
 *   almost every table.
 * - Complementary: more entries are hidden until (a) no hidden entry can be worked out
 *   exactly by adding and subtracting shown cells and totals, and (b) in every row and
 *   column whose total is shown, the hidden entries add up to at least k, so the combined
 *   count a line gives away is not itself a small cell. Complements are the smallest shown
 *   non-zero cells; a total is hidden only when no cell will do, and a zero only as a last
 *   resort.
 *
 * How (a) is reached: think of the table with its totals as a grid of (rows + 1) lines by
 * (columns + 1) lines, each line summing to its total. Hidden entries are edges between
 * their row line and column line. A hidden entry can be worked out exactly if and only if
 * it lies on no cycle of hidden entries (it is a bridge of that graph): along a cycle one
 * can add 1 and subtract 1 alternately and every line sum stays the same. So complements
 * are added until every hidden entry lies on a cycle. The tests check the result
 * independently, by exact rational elimination over the system of shown totals.
 *
 * What this protects against: exact recovery of any hidden entry by linear arithmetic on
 * the shown cells and totals, and a line revealing that its hidden cells together are few.
 * What it does not: bounds. Counts are non-negative integers, so a hidden entry can be
 * narrowed to an interval (never above its line's total minus the shown cells), and a
 * reader who knows this rule knows a primary cell is between 1 and k − 1. In unlucky
 * tables such reasoning (an integer or linear-programming attack) can narrow an interval
 * further than the line rule suggests; the tests prove that exact recovery by linear
 * arithmetic is impossible, not that every interval is wide. Nor does it protect counts
 * across several published tables that share cells (different filters, months published
 * one after another): differencing two tables is outside one table's reach.
 */

/** A position in the table with its totals: "total" names the totals row or column. */
export type TablePosition = { row: number | "total"; column: number | "total" };

export type CountTable = { rows: string[]; columns: string[]; counts: number[][] };

export type SuppressedTable = {
  rows: string[];
  columns: string[];
  k: number;
  /** Each cell's count, or null where it is hidden. */
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  grandTotal: number | null;
  /** Hidden because non-zero and below k. */
  primary: TablePosition[];
  /** Hidden so that the primary ones cannot be worked out. */
  complementary: TablePosition[];
};

export const defaultSuppressionThreshold = 5;

/** The grid with totals: rows 0..R-1 and columns 0..C-1 are cells, index R / C the totals. */
type Grid = { values: number[][]; hidden: boolean[][]; rowCount: number; columnCount: number };

/** A line of the grid: its entries in order, the last being the line's total. */
type Line = [row: number, column: number][];

export function suppress(
  table: CountTable,
  k: number = defaultSuppressionThreshold,
): SuppressedTable {
  validate(table, k);
  const grid = withTotals(table);
  const { values, hidden, rowCount: R, columnCount: C } = grid;

  const primary: TablePosition[] = [];
  for (let r = 0; r <= R; r++) {
    for (let c = 0; c <= C; c++) {
      const value = entry(values, r, c);
      if (value > 0 && value < k) {
        setEntry(hidden, r, c, true);
        primary.push(positionOf(grid, r, c));
      }
    }
  }

  const complementary: TablePosition[] = [];
  const hide = (r: number, c: number) => {
    setEntry(hidden, r, c, true);
    complementary.push(positionOf(grid, r, c));
  };

  // Each round hides one more entry, so this ends: at worst everything is hidden, and the
  // whole grid (at least 2 × 2 once anything is non-zero) has every entry on a cycle.
  for (;;) {
    const lineFix = firstLineShortfall(grid, k);
    if (lineFix) {
      hide(...lineFix);
      continue;
    }
    const bridgeFix = firstBridgeFix(grid);
    if (bridgeFix) {
      hide(...bridgeFix);
      continue;
    }
    break;
  }

  const shown = (r: number, c: number) => (entry(hidden, r, c) ? null : entry(values, r, c));
  return {
    rows: [...table.rows],
    columns: [...table.columns],
    k,
    cells: range(R).map((r) => range(C).map((c) => shown(r, c))),
    rowTotals: range(R).map((r) => shown(r, C)),
    columnTotals: range(C).map((c) => shown(R, c)),
    grandTotal: shown(R, C),
    primary,
    complementary,
  };
}

function validate(table: CountTable, k: number) {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer: ${k}`);
  if (table.counts.length !== table.rows.length) {
    throw new RangeError("counts must have one row per row label");
  }
  for (const row of table.counts) {
    if (row.length !== table.columns.length) {
      throw new RangeError("counts must have one column per column label");
    }
    for (const count of row) {
      if (!Number.isSafeInteger(count) || count < 0) {
        throw new RangeError(`counts must be non-negative integers: ${count}`);
      }
    }
  }
}

function withTotals(table: CountTable): Grid {
  const R = table.rows.length;
  const C = table.columns.length;
  const values = range(R + 1).map(() => range(C + 1).map(() => 0));
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const count = entry(table.counts, r, c);
      setEntry(values, r, c, count);
      setEntry(values, r, C, entry(values, r, C) + count);
      setEntry(values, R, c, entry(values, R, c) + count);
      setEntry(values, R, C, entry(values, R, C) + count);
    }
  }
  const hidden = range(R + 1).map(() => range(C + 1).map(() => false));
  return { values, hidden, rowCount: R, columnCount: C };
}

function lines(grid: Grid): Line[] {
  const { rowCount: R, columnCount: C } = grid;
  return [
    ...range(R + 1).map((r) => range(C + 1).map((c): [number, number] => [r, c])),
    ...range(C + 1).map((c) => range(R + 1).map((r): [number, number] => [r, c])),
  ];
}

/**
 * The first line with a hidden entry that is the only hidden one in its line (its line sum
 * gives it away), or whose shown total leaves its hidden entries adding up to less than k;
 * answers the entry to hide next in that line.
 */
function firstLineShortfall(grid: Grid, k: number): [number, number] | undefined {
  const { values, hidden } = grid;
  for (const line of lines(grid)) {
    const hiddenEntries = line.filter(([r, c]) => entry(hidden, r, c));
    if (hiddenEntries.length === 0) continue;
    const total = line[line.length - 1] as [number, number];
    const totalShown = !entry(hidden, ...total);
    const hiddenSum = hiddenEntries.reduce((sum, [r, c]) => sum + entry(values, r, c), 0);
    const alone = hiddenEntries.length === 1;
    const tooFew = totalShown && hiddenSum < k;
    if (!alone && !tooFew) continue;
    const candidates = line.filter(([r, c]) => !entry(hidden, r, c));
    // A shown total of at least k leaves a non-zero shown entry whenever the hidden sum is short.
    const choice = bestComplement(grid, candidates);
    if (choice) return choice;
  }
  return undefined;
}

/**
 * A hidden entry that lies on no cycle of hidden entries can be worked out exactly; hiding
 * one shown entry joining the two sides the bridge separates puts it on a cycle.
 */
function firstBridgeFix(grid: Grid): [number, number] | undefined {
  const { hidden, rowCount: R, columnCount: C } = grid;
  const edges: [number, number][] = [];
  for (let r = 0; r <= R; r++) {
    for (let c = 0; c <= C; c++) if (entry(hidden, r, c)) edges.push([r, c]);
  }
  for (const bridge of edges) {
    const side = reachable(edges, bridge, R);
    // Vertices: row line r is r, column line c is R + 1 + c.
    if (side.has(R + 1 + bridge[1])) continue;
    const candidates: [number, number][] = [];
    for (let r = 0; r <= R; r++) {
      for (let c = 0; c <= C; c++) {
        if (entry(hidden, r, c)) continue;
        if (side.has(r) !== side.has(R + 1 + c)) candidates.push([r, c]);
      }
    }
    const choice = bestComplement(grid, candidates);
    if (choice) return choice;
  }
  return undefined;
}

/** Vertices reachable from the bridge's row line over hidden entries other than the bridge. */
function reachable(edges: [number, number][], bridge: [number, number], R: number): Set<number> {
  const seen = new Set<number>([bridge[0]]);
  const queue = [bridge[0]];
  for (let vertex = queue.pop(); vertex !== undefined; vertex = queue.pop()) {
    for (const edge of edges) {
      if (edge === bridge) continue;
      const [a, b] = [edge[0], R + 1 + edge[1]];
      const next = a === vertex ? b : b === vertex ? a : undefined;
      if (next !== undefined && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** Prefer cells to totals (totals are what readers use most), non-zero, then the smallest. */
function bestComplement(grid: Grid, candidates: [number, number][]): [number, number] | undefined {
  const { values, rowCount: R, columnCount: C } = grid;
  const rank = ([r, c]: [number, number]) => {
    const value = entry(values, r, c);
    const kind = r === R && c === C ? 2 : r === R || c === C ? 1 : 0;
    return [value === 0 ? 1 : 0, kind, value, r, c];
  };
  let best: [number, number] | undefined;
  for (const candidate of candidates) {
    if (!best || compareTuples(rank(candidate), rank(best)) < 0) best = candidate;
  }
  return best;
}

function compareTuples(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function positionOf(grid: Grid, r: number, c: number): TablePosition {
  return {
    row: r === grid.rowCount ? "total" : r,
    column: c === grid.columnCount ? "total" : c,
  };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

// Indices here always come from the grid's own bounds, so a missing entry is a bug.
function entry<T>(grid: T[][], r: number, c: number): T {
  const value = grid[r]?.[c];
  if (value === undefined) throw new RangeError(`no entry at ${r}, ${c}`);
  return value;
}

function setEntry<T>(grid: T[][], r: number, c: number, value: T) {
  const row = grid[r];
  if (!row || c >= row.length) throw new RangeError(`no entry at ${r}, ${c}`);
  row[c] = value;
}
