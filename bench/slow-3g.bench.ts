/**
 * Pages over a slow link (issue 16): the landing, directory, coalition, proposal and public
 * statement pages loaded in headless Chromium at 375 px over a slow 3G link (400 kbps each way
 * shared by all connections, 400 ms round trip, made by bench/slow-link-proxy.ts; browser HTTP
 * cache empty at the first visit), in English and Arabic. For each load:
 * first contentful paint (the browser's paint timing), when the page's main content is usable
 * (its heading is in the main landmark, nothing in it is still loading, and the page's own
 * content is there: a result on the directory; the server's first view counts, since it can be
 * read and its links followed), when the app has taken the page over (everything works), the
 * number of requests and the bytes sent. Each app page is then loaded again in the same browser
 * once the service worker is in charge: the repeat visit.
 *
 *   npx tsx bench/slow-3g.bench.ts [--runs 3] [--only directory] [pglite|postgres]
 *
 * The app runs as a person runs it (bench/app-process.ts) with the demo data. Results go to
 * bench/results/slow-3g.json and .md.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, CDPSession, Page } from "playwright-core";
import { launchBrowser } from "../e2e/browser.ts";
import { type Mode, root, startAppProcess } from "./app-process.ts";
import { startSlowLink } from "./slow-link-proxy.ts";

const args = process.argv.slice(2);
const mode = (args.find((a) => a === "pglite" || a === "postgres") ?? "pglite") as Mode;
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const onlyAt = args.indexOf("--only");
/** One page by name ("landing", "directory", …), for a quick look while working. */
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;

/** 400 kbps each way, 400 ms round trip: the profile the measurements used. */
const slow3g = { latencyMs: 400, bitsPerSecond: 400_000 };

type Target = {
  name: string;
  path: string;
  signedIn: boolean;
  /** Beyond a heading and no loader in the main landmark: what the page must show. */
  content?: string;
};

type Load = {
  fcp: number | null;
  usable: number | null;
  /** When the app has taken the page over from the server's first view (everything works). */
  app: number | null;
  requests: number;
  bytes: number;
};

/** One load of the page in `page`: its paint, when it is usable, when the app has it. */
async function measure(page: Page, cdp: CDPSession, url: string, target: Target): Promise<Load> {
  let requests = 0;
  let bytes = 0;
  const onRequest = () => requests++;
  const onFinished = (event: { encodedDataLength: number }) => {
    bytes += event.encodedDataLength;
  };
  cdp.on("Network.requestWillBeSent", onRequest);
  cdp.on("Network.loadingFinished", onFinished);
  const started = Date.now();
  await page.goto(`${url}${target.path}`, { waitUntil: "commit" });
  let usable: number | null = null;
  let app: number | null = null;
  const deadline = started + 60_000;
  while (Date.now() < deadline) {
    if (usable !== null) {
      const taken = await page
        .evaluate(() => document.documentElement.dataset.app === "ready")
        .catch(() => false);
      if (taken) {
        app = Date.now() - started;
        break;
      }
      await page.waitForTimeout(50);
      continue;
    }
    const ready = await page
      .evaluate((content) => {
        const main = document.querySelector("main");
        if (!main?.querySelector("h1")) return false;
        if (main.querySelector('[role="status"][aria-label], .mantine-Loader-root')) return false;
        return content ? main.querySelector(content) !== null : true;
      }, target.content ?? null)
      .catch(() => false);
    if (ready) {
      usable = Date.now() - started;
      // The public statement is a page of its own: there is no app to take it over.
      if (target.path.startsWith("/p/")) break;
      continue;
    }
    await page.waitForTimeout(50);
  }
  const fcp = await page.evaluate(
    () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
  );
  cdp.off("Network.requestWillBeSent", onRequest);
  cdp.off("Network.loadingFinished", onFinished);
  return { fcp, usable, app, requests, bytes };
}

/**
 * A first visit in a new browser profile (nothing cached), then, for the app's pages, a repeat
 * visit in the same browser once its service worker is in charge, with what the browser and
 * the worker kept, as a person coming back would have.
 */
async function visit(
  browser: Browser,
  url: string,
  target: Target,
  locale: "en" | "ar",
  cookie: string,
): Promise<{ first: Load; repeat: Load | null }> {
  const context = await browser.newContext({
    viewport: { width: 375, height: 800 },
    locale: locale === "ar" ? "ar" : "en-GB",
  });
  if (locale !== "en")
    await context.addInitScript((l) => localStorage.setItem("cg.locale", l), locale);
  if (target.signedIn) {
    await context.addCookies(
      cookie.split("; ").map((pair) => {
        const [name = "", ...value] = pair.split("=");
        return { name, value: value.join("="), url };
      }),
    );
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  try {
    const first = await measure(page, cdp, url, target);
    if (target.path.startsWith("/p/")) return { first, repeat: null };
    const controlled = await page
      .waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
        timeout: 60_000,
      })
      .then(() => true)
      .catch(() => false);
    return { first, repeat: controlled ? await measure(page, cdp, url, target) : null };
  } finally {
    await context.close();
  }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

async function main() {
  const app = await startAppProcess(mode);
  let browser: Browser | null = null;
  let link: Awaited<ReturnType<typeof startSlowLink>> | null = null;
  try {
    await app.ready();
    const cookie = await app.signIn("james@demo.common-ground.org");
    const get = async <T>(route: string): Promise<T> => {
      const answer = await fetch(`${app.url}${route}`, { headers: { cookie } });
      if (!answer.ok) throw new Error(`${route}: ${answer.status}`);
      return (await answer.json()) as T;
    };
    // A coalition James is inside, one of its proposals, and a published statement.
    const coalitions = await get<{ items: { id: string }[] }>("/api/v1/coalitions");
    let proposalId: string | undefined;
    let statementId: string | undefined;
    let coalitionId: string | undefined;
    for (const c of coalitions.items) {
      const proposals = await get<{ items: { id: string }[] }>(
        `/api/v1/coalitions/${c.id}/proposals`,
      ).catch(() => ({ items: [] }));
      const statements = await get<{ items: { id: string; status: string }[] }>(
        `/api/v1/coalitions/${c.id}/statements`,
      ).catch(() => ({ items: [] }));
      const published = statements.items.find((s) => s.status === "published");
      if (proposals.items[0] && !proposalId) {
        proposalId = proposals.items[0].id;
        coalitionId = c.id;
      }
      if (published && !statementId) statementId = published.id;
      if (proposalId && statementId) break;
    }
    if (!coalitionId || !proposalId || !statementId)
      throw new Error("the demo data has no coalition with a proposal, or no published statement");
    const targets: Target[] = [
      { name: "landing", path: "/", signedIn: false },
      { name: "directory", path: "/directory", signedIn: false, content: "article" },
      { name: "coalition", path: `/coalitions/${coalitionId}`, signedIn: true },
      { name: "proposal", path: `/proposals/${proposalId}`, signedIn: true },
      { name: "public statement", path: `/p/statements/${statementId}`, signedIn: false },
    ];

    // The browser reaches the app through the slow link; the set-up above went direct.
    link = await startSlowLink(new URL(app.url), slow3g);
    browser = await launchBrowser();
    type Row = {
      page: string;
      locale: string;
      visit: "first" | "repeat";
      fcp: number[];
      usable: number[];
      app: number[];
      requests: number;
      bytes: number;
      failed: number;
    };
    const rows: Row[] = [];
    const row = (target: Target, locale: string, visit: Row["visit"], loads: Load[]): Row => ({
      page: target.name,
      locale,
      visit,
      fcp: loads.flatMap((l) => (l.fcp === null ? [] : [l.fcp])),
      usable: loads.flatMap((l) => (l.usable === null ? [] : [l.usable])),
      app: loads.flatMap((l) => (l.app === null ? [] : [l.app])),
      requests: Math.max(...loads.map((l) => l.requests)),
      bytes: Math.max(...loads.map((l) => l.bytes)),
      failed: loads.filter((l) => l.usable === null).length,
    });
    for (const target of targets.filter((t) => !only || t.name === only)) {
      for (const locale of ["en", "ar"] as const) {
        const visits = [];
        for (let i = 0; i < runs; i++)
          visits.push(await visit(browser, link.url, target, locale, cookie));
        rows.push(
          row(
            target,
            locale,
            "first",
            visits.map((v) => v.first),
          ),
        );
        const repeats = visits.flatMap((v) => (v.repeat ? [v.repeat] : []));
        if (repeats.length) rows.push(row(target, locale, "repeat", repeats));
      }
    }
    for (const r of rows)
      console.log(
        `${r.page} ${r.locale} ${r.visit}: FCP median ${percentile(r.fcp, 50).toFixed(0)} ms, usable median ${percentile(r.usable, 50).toFixed(0)} ms, app median ${percentile(r.app, 50).toFixed(0)} ms, ${r.requests} requests, ${Math.round(r.bytes / 1024)} KiB`,
      );
    const s = (ms: number) => (Number.isNaN(ms) ? "n/a" : `${(ms / 1000).toFixed(1)} s`);
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`;
    const md = [
      `# Pages over slow 3G (${new Date().toISOString().slice(0, 10)}, ${mode})`,
      "",
      `Machine: ${machine}. Chromium at 375 px, 400 kbps each way, 400 ms round trip, a new browser profile for each first visit; demo data; ${runs} loads each. "Usable": the main landmark has its heading and content (the server's first view counts). "App": the app has taken the page over. "Repeat": the same page again once the service worker is in charge.`,
      "",
      "| Page | Language | Visit | FCP median | FCP p95 | Usable median | Usable p95 | App median | App p95 | Requests | KiB | Never usable |",
      "|---|---|---|---|---|---|---|---|---|---|---|---|",
      ...rows.map(
        (r) =>
          `| ${r.page} | ${r.locale} | ${r.visit} | ${s(percentile(r.fcp, 50))} | ${s(percentile(r.fcp, 95))} | ${s(percentile(r.usable, 50))} | ${s(percentile(r.usable, 95))} | ${s(percentile(r.app, 50))} | ${s(percentile(r.app, 95))} | ${r.requests} | ${Math.round(r.bytes / 1024)} | ${r.failed} |`,
      ),
      "",
    ].join("\n");
    const out = path.join(root, "bench/results/slow-3g");
    writeFileSync(`${out}.json`, `${JSON.stringify({ mode, machine, runs, rows }, null, 2)}\n`);
    writeFileSync(`${out}.md`, md);
    console.log(md);
  } finally {
    await browser?.close();
    await link?.stop();
    await app.stop();
  }
}

await main();
