/**
 * Cost of the in-memory facet index alone (server/modules/directory/facet-index.ts):
 * loading N synthetic entries, then counting every facet over all of them and over a third.
 *
 *   node --expose-gc --import tsx bench/facet-index.bench.ts [--entries 100000] [--runs 50]
 */
import { parseArgs } from "node:util";
import { type EntryRow, FacetIndex } from "../server/modules/directory/facet-index.ts";

const { values } = parseArgs({
  options: {
    entries: { type: "string", default: "100000" },
    runs: { type: "string", default: "50" },
  },
});
const n = Number(values.entries);
const runs = Number(values.runs);
let state = 20261125;
const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (count: number, prefix: string, max: number) => [
  ...new Set(Array.from({ length: count }, () => `${prefix}${Math.floor(random() ** 2 * max)}`)),
];

const rows: EntryRow[] = Array.from({ length: n }, (_, i) => ({
  seq: i + 1,
  version: i + 1,
  removed: false,
  work_visibility: random() < 0.9 ? "public" : "signed_in",
  verified: random() < 0.1,
  types: pick(2, "t", 16),
  level: pick(1, "l", 4)[0] ?? "l0",
  regions: pick(2, "r", 5),
  countries: pick(3, "c", 250),
  issues: pick(4, "i", 47),
  capacities: pick(4, "k", 18),
  languages: pick(2, "g", 68),
}));

const time = (f: () => void) => {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    f();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms`;
};

const heap = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const heapBefore = heap();
// Rows are applied directly, as a first load would, without a database.
const index = new FacetIndex(() => Promise.reject(new Error("no database in this benchmark")));
const loadStarted = performance.now();
index.apply(rows, n);
const loadMs = performance.now() - loadStarted;
const indexMb = heap() - heapBefore;
const third = rows.filter((_, i) => i % 3 === 0).map((r) => r.seq);
console.log(
  `${n} entries, Node ${process.version}; load ${loadMs.toFixed(0)} ms, index ${indexMb.toFixed(0)} MB of heap${"gc" in globalThis ? "" : " (run with node --expose-gc for an exact figure)"}`,
);
console.log(`all entries, no filter:       ${time(() => index.summarize(null, {}, ["public"]))}`);
console.log(
  `all entries, two filters:     ${time(() => index.summarize(null, { region: ["r1"], type: ["t0"] }, ["public"]))}`,
);
console.log(
  `${third.length} listed matches:     ${time(() => index.summarize(third, {}, ["public", "signed_in"]))}`,
);
