/**
 * Network view benchmark: in headless Chromium (playwright-core), the time from navigation
 * to a drawn graph on /network, and the longest main-thread task while it loads and lays out,
 * with about `--count` generated organisations in clustered public coalitions
 * (bench/generate-network.ts) on the embedded database.
 * Usage: npx vite build && npx tsx bench/network-view.bench.ts [--count 2000] [--runs 7]
 *        [--profile page.cpuprofile]
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { seedDemo } from "../cli/seed/demo.ts";
import { launchBrowser, signIn } from "../e2e/browser.ts";
import { startServer } from "../e2e/server.ts";
import { rowsOf } from "../server/db/client.ts";
import { generateNetwork } from "./generate-network.ts";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "2000" },
    runs: { type: "string", default: "7" },
    /** Write a DevTools CPU profile of the page during the last run to this file. */
    profile: { type: "string" },
  },
});
const runs = Number(values.runs);

const server = await startServer();
const demo = await seedDemo(server.app.services);
const reader = demo.signIns.find((s) => s.email.startsWith("james@"));
if (!reader) throw new Error("demo sign-in james missing");
const { db } = server.app.services;
const [user] = rowsOf<{ id: string }>(
  await db.execute(sql`select id from users where email = ${reader.email}`),
);
const own = rowsOf<{ id: string }>(
  await db.execute(
    sql`select organization_id as id from organization_members where user_id = ${user?.id ?? ""}`,
  ),
).map((r) => r.id);
const existing = Number(
  rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from organizations`))[0]
    ?.n ?? 0,
);
const report = await generateNetwork(
  // generateOrganizations reads only `db` of the database.
  { db } as unknown as Parameters<typeof generateNetwork>[0],
  { count: Math.max(Number(values.count) - existing, 0), createdBy: user?.id ?? "", include: own },
);

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;

const browser = await launchBrowser();
const drawn: number[] = [];
const laidOut: number[] = [];
const longest: number[] = [];
const api: number[] = [];
let shown = { nodes: 0, edges: 0 };
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: "longtask", buffered: true });
  });
  const page = await context.newPage();
  await signIn(page, server.url, reader.email, reader.password);
  for (let run = 0; run <= runs; run++) {
    await page.goto(`${server.url}/dashboard`);
    await page.waitForLoadState("networkidle");
    const profiling = values.profile && run === runs ? await context.newCDPSession(page) : null;
    if (profiling) {
      await profiling.send("Profiler.enable");
      await profiling.send("Profiler.start");
    }
    const started = Date.now();
    await page.goto(`${server.url}/network`);
    await page.locator("[data-drawn]").waitFor({ state: "attached", timeout: 120_000 });
    const toDrawn = Date.now() - started;
    await page.locator("[data-laid-out]").waitFor({ state: "attached", timeout: 120_000 });
    const toLaidOut = Date.now() - started;
    if (profiling && values.profile) {
      const { profile } = await profiling.send("Profiler.stop");
      writeFileSync(values.profile, JSON.stringify(profile));
    }
    const measured = await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      const fetch = performance
        .getEntriesByType("resource")
        .find((e) => e.name.includes("/api/v1/discovery/network"));
      const canvas = document.querySelector("[data-testid=network-canvas]");
      return {
        longest: Math.max(0, ...w.longTasks),
        api: fetch ? fetch.duration : NaN,
        label: canvas?.getAttribute("aria-label") ?? "",
      };
    });
    const numbers = measured.label.match(/\d[\d,]*/g)?.map((n) => Number(n.replace(/,/g, "")));
    shown = { nodes: numbers?.[0] ?? 0, edges: numbers?.[1] ?? 0 };
    // The first run warms the server's index and the browser's caches; it is not counted.
    if (run === 0) continue;
    drawn.push(toDrawn);
    laidOut.push(toLaidOut);
    longest.push(measured.longest);
    api.push(measured.api);
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

const summary = (label: string, list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  console.log(
    `${label.padEnd(34)} median ${quantile(sorted, 0.5).toFixed(0).padStart(6)} ms   p95 ${quantile(sorted, 0.95).toFixed(0).padStart(6)} ms`,
  );
};
console.log(
  `machine: ${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, headless Chromium (software WebGL)`,
);
console.log(
  `data: ${existing + report.organizations} organisations, ${report.coalitions} generated coalitions, ${report.memberships} memberships; drawn ${shown.nodes} nodes and ${shown.edges} links; ${runs} runs after one warm-up`,
);
summary("navigation → graph drawn", drawn);
summary("navigation → layout finished", laidOut);
summary("longest main-thread task", longest);
summary("GET /api/v1/discovery/network", api);
