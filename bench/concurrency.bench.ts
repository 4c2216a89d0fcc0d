/**
 * Many signed-in people at once (issue 16): `node cli/bin.js start` on a fresh data directory
 * with the demo data, then N sessions that each browse in a loop for a fixed time: directory
 * searches with different queries, the coalition list, a coalition's pages, proposals and
 * their comments, notifications, and writes (comments, stances cast and changed, notifications
 * marked read). Each session waits a random "reading time" between pages (`--think`, a mean in
 * ms; 0 makes every session a closed loop, like a load generator's connection). A page's API
 * calls go out together, as the web app sends them.
 *
 * Sessions: the five demo people sign in several times each (separate sessions, as on several
 * devices), within the per-address sign-in budget; the rest are people who sign up and confirm
 * their address through the link the app writes to its outbox. Demo people belong to
 * organisations and coalitions, so they write; the others read what a signed-in person outside
 * any coalition can see.
 *
 *   npx tsx bench/concurrency.bench.ts [pglite|postgres] [--sessions 50] [--seconds 60]
 *     [--think 1000] [--label name]
 *
 * PostgreSQL mode needs BENCH_DATABASE_URL (a server URL; a fresh database is made on it and
 * dropped). Results: bench/results/concurrency-<mode>[-<label>].json and .md. Latency is
 * measured by the client, from sending a request to the last byte of the answer.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Mode, root, sleep, startAppProcess } from "./app-process.ts";

const args = process.argv.slice(2);
const mode = (args.find((a) => a === "pglite" || a === "postgres") ?? "pglite") as Mode;
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const sessionCount = Number(option("sessions") ?? (mode === "postgres" ? 200 : 50));
const loadSeconds = Number(option("seconds") ?? 60);
const thinkMs = Number(option("think") ?? 1000);
const label = option("label");

/** Sessions per demo person: the sign-in budget is 10 password checks per address in 15 min. */
const sessionsPerPerson = 8;
const people = ["james", "claire", "lucia", "amina", "priya"];

/** Directory searches people type: names, issues and places, in the four languages. */
const searches = [
  "women",
  "femmes",
  "mujeres",
  "النساء",
  "protection",
  "litigation",
  "contentieux",
  "humanitarian access",
  "shleter",
  "detention",
  "refugees",
  "réfugiés",
  "derechos humanos",
  "حقوق",
  "climate",
  "children",
  "Yemen",
  "Mali",
  "health",
  "peace",
  "legal aid",
  "journalists",
];
const facetSearches = [
  "issue=womens_rights",
  "region=africa",
  "type=ngo",
  "verified=true",
  "sort=name",
  "",
];

type Target = { url: string; method?: string; body?: unknown; expect?: number[] };
type Vote = {
  proposalId: string;
  organizationId: string;
  rules: { kind: string; options?: string[]; slots?: string[] };
};
type Plan = {
  coalitions: string[];
  proposals: string[];
  votes: Vote[];
  comments: { threadId: string; organizationId: string }[];
};
type Session = { id: number; who: string; cookie: string; plan: Plan; writer: boolean };
type Sample = {
  session: number;
  action: string;
  url: string;
  ms: number;
  status: number;
  at: number;
};

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)]!;
const percentile = (values: number[], p: number) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

/** A ballot of the proposal's kind, different from time to time so stances also change. */
function ballotFor(rules: Vote["rules"]): unknown {
  switch (rules.kind) {
    case "consent":
      return { stance: pick(["agree", "abstain"]) };
    case "consensus":
      return { stance: pick(["agree", "abstain", "disagree"]) };
    case "majority":
    case "supermajority":
      return { stance: pick(["yes", "no", "abstain"]) };
    case "sense_check":
      return { stance: pick(["agree", "unsure", "disagree"]) };
    case "ranked_choice":
      return { ranking: [...(rules.options ?? [])].sort(() => Math.random() - 0.5) };
    case "time_poll":
      return {
        answers: Object.fromEntries(
          (rules.slots ?? []).map((s) => [s, pick(["yes", "if_need_be", "no"])]),
        ),
      };
    default:
      throw new Error(`no ballot for ${rules.kind}`);
  }
}

async function main() {
  const outbox = mkdtempSync(path.join(os.tmpdir(), "cg-bench-outbox-"));
  const app = await startAppProcess(mode, { OUTBOX_DIR: outbox });
  const url = app.url;

  async function call(cookie: string, target: Target) {
    const t0 = performance.now();
    let status: number;
    try {
      const answer = await fetch(`${url}${target.url}`, {
        method: target.method ?? "GET",
        headers: {
          cookie,
          origin: url,
          ...(target.body === undefined ? {} : { "content-type": "application/json" }),
        },
        body: target.body === undefined ? null : JSON.stringify(target.body),
      });
      await answer.arrayBuffer();
      status = answer.status;
    } catch {
      status = 0; // no answer at all
    }
    return { ms: performance.now() - t0, status };
  }

  async function json<T>(cookie: string, route: string): Promise<T> {
    const answer = await fetch(`${url}${route}`, { headers: { cookie, origin: url } });
    if (!answer.ok) throw new Error(`${route}: ${answer.status} ${await answer.text()}`);
    return (await answer.json()) as T;
  }

  /** Someone new: signs up, then opens the confirmation link from the outbox, which signs in. */
  async function signUp(n: number): Promise<string> {
    const email = `reader-${n}@bench.example.org`;
    const answer = await fetch(`${url}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { origin: url, "content-type": "application/json" },
      body: JSON.stringify({ email, password: "bench-reader-password", name: `Reader ${n}` }),
    });
    if (!answer.ok) throw new Error(`sign-up failed: ${answer.status} ${await answer.text()}`);
    for (let tries = 0; tries < 200; tries++) {
      for (const file of readdirSync(outbox).filter((f) => f.endsWith(".json"))) {
        let mail: { to?: string; link?: string };
        try {
          mail = JSON.parse(readFileSync(path.join(outbox, file), "utf8")) as typeof mail;
        } catch {
          continue; // still being written
        }
        if (mail.to !== email || !mail.link?.includes("verify-email")) continue;
        const confirmed = await fetch(mail.link, { redirect: "manual" });
        const cookie = confirmed.headers
          .getSetCookie()
          .map((c) => c.split(";")[0])
          .join("; ");
        if (!cookie) throw new Error(`no session after confirming ${email}`);
        return cookie;
      }
      await sleep(50);
    }
    throw new Error(`no confirmation mail for ${email}`);
  }

  /** What a person can open and do: their coalitions, proposals, stances and threads. */
  async function planFor(cookie: string): Promise<Plan> {
    type Coalition = { id: string; inside: boolean; visibility: string };
    const list = await json<{ items: Coalition[] }>(cookie, "/api/v1/coalitions");
    const inside = list.items.filter((c) => c.inside).map((c) => c.id);
    const plan: Plan = {
      coalitions: inside.length > 0 ? inside : list.items.map((c) => c.id),
      proposals: [],
      votes: [],
      comments: [],
    };
    for (const coalition of inside) {
      const proposals = await json<{ items: { id: string; status: string }[] }>(
        cookie,
        `/api/v1/coalitions/${coalition}/proposals`,
      );
      for (const summary of proposals.items) {
        plan.proposals.push(summary.id);
        const proposal = await json<{
          status: string;
          rules: Vote["rules"];
          permissions: { stanceFor: string[] };
        }>(cookie, `/api/v1/proposals/${summary.id}`);
        if (proposal.status === "open")
          for (const organizationId of proposal.permissions.stanceFor)
            plan.votes.push({ proposalId: summary.id, organizationId, rules: proposal.rules });
        const thread = await json<{ id: string; permissions: { commentFor: string[] } }>(
          cookie,
          `/api/v1/proposals/${summary.id}/thread`,
        );
        for (const organizationId of thread.permissions.commentFor)
          plan.comments.push({ threadId: thread.id, organizationId });
      }
    }
    return plan;
  }

  /** One page view: the API calls a page makes when it opens, or one write. */
  function visit(s: Session): { action: string; targets: Target[] } {
    const { plan } = s;
    const weighted: [string, number][] = s.writer
      ? [
          ["directory", 25],
          ["coalitions", 10],
          ["coalition", 20],
          ["proposal", plan.proposals.length > 0 ? 15 : 0],
          ["notifications", 15],
          ["comment", plan.comments.length > 0 ? 7 : 0],
          ["vote", plan.votes.length > 0 ? 8 : 0],
        ]
      : [
          ["directory", 40],
          ["coalitions", 20],
          ["coalition", 20],
          ["notifications", 20],
        ];
    let roll = Math.random() * weighted.reduce((sum, [, w]) => sum + w, 0);
    const action = weighted.find(([, w]) => (roll -= w) < 0)?.[0] ?? "directory";
    switch (action) {
      case "directory": {
        const q = Math.random() < 0.75 ? `q=${encodeURIComponent(pick(searches))}` : "";
        const facet = Math.random() < 0.4 ? pick(facetSearches) : "";
        const query = [q, facet].filter(Boolean).join("&");
        return { action, targets: [{ url: `/api/v1/directory${query ? `?${query}` : ""}` }] };
      }
      case "coalitions":
        return { action, targets: [{ url: "/api/v1/coalitions" }] };
      case "coalition": {
        const id = pick(plan.coalitions);
        return {
          action,
          targets: s.writer
            ? [
                { url: `/api/v1/coalitions/${id}` },
                { url: `/api/v1/coalitions/${id}/proposals` },
                { url: `/api/v1/coalitions/${id}/threads` },
              ]
            : [{ url: `/api/v1/coalitions/${id}` }],
        };
      }
      case "proposal": {
        const id = pick(plan.proposals);
        return {
          action,
          targets: [{ url: `/api/v1/proposals/${id}` }, { url: `/api/v1/proposals/${id}/thread` }],
        };
      }
      case "notifications":
        return {
          action,
          targets:
            Math.random() < 0.2
              ? [{ url: "/api/v1/me/notifications/read", method: "POST", body: { all: true } }]
              : [{ url: "/api/v1/me/notifications" }],
        };
      case "comment": {
        const c = pick(plan.comments);
        return {
          action,
          targets: [
            {
              url: `/api/v1/threads/${c.threadId}/comments`,
              method: "POST",
              body: {
                organizationId: c.organizationId,
                text: `A comment from session ${s.id} at ${new Date().toISOString()}.`,
              },
              expect: [201],
            },
          ],
        };
      }
      default: {
        const v = pick(plan.votes);
        return {
          action,
          targets: [
            {
              url: `/api/v1/proposals/${v.proposalId}/stances/${v.organizationId}`,
              method: "PUT",
              body: { ballot: ballotFor(v.rules) },
            },
          ],
        };
      }
    }
  }

  /** The app's Prometheus metrics; each scrape also restarts the event-loop delay histogram. */
  const metrics = async () => {
    const text = await fetch(`${url}/metrics`).then((r) => r.text());
    return (name: string) =>
      Number(new RegExp(`^${name} ([0-9.e+-]+)$`, "m").exec(text)?.[1] ?? Number.NaN);
  };

  try {
    const readyMs = await app.ready();
    console.log(
      `ready after ${(readyMs / 1000).toFixed(1)} s; signing in ${sessionCount} sessions`,
    );

    const sessions: Session[] = [];
    const plans = new Map<string, Plan>();
    const writers = Math.min(sessionCount, people.length * sessionsPerPerson);
    for (let i = 0; i < writers; i++) {
      const who = people[i % people.length]!;
      const cookie = await app.signIn(`${who}@demo.common-ground.org`);
      if (!plans.has(who)) plans.set(who, await planFor(cookie));
      sessions.push({ id: i, who, cookie, plan: plans.get(who)!, writer: true });
    }
    for (let i = writers; i < sessionCount; i += 10) {
      const batch = Array.from({ length: Math.min(10, sessionCount - i) }, (_, k) => i + k);
      const cookies = await Promise.all(batch.map((n) => signUp(n)));
      for (const [k, cookie] of cookies.entries()) {
        if (!plans.has("reader")) plans.set("reader", await planFor(cookie));
        sessions.push({
          id: i + k,
          who: "reader",
          cookie,
          plan: plans.get("reader")!,
          writer: false,
        });
      }
    }
    for (const [who, plan] of plans)
      console.log(
        `${who}: ${plan.coalitions.length} coalitions, ${plan.proposals.length} proposals, ${plan.votes.length} stances, ${plan.comments.length} threads to comment in`,
      );

    await sleep(2000);
    const cpuBefore = (await metrics())("process_cpu_seconds_total");
    const samples: Sample[] = [];
    const started = performance.now();
    const until = started + loadSeconds * 1000;
    await Promise.all(
      sessions.map(async (s) => {
        // Sessions arrive over the first think time rather than all in the same instant.
        await sleep(Math.random() * thinkMs);
        while (performance.now() < until) {
          const { action, targets } = visit(s);
          const results = await Promise.all(targets.map((t) => call(s.cookie, t)));
          for (const [k, r] of results.entries()) {
            const t = targets[k]!;
            const ok = (t.expect ?? [200]).includes(r.status);
            samples.push({
              session: s.id,
              action,
              url: t.url.replace(/[0-9a-f-]{36}/g, ":id").replace(/\?.*/, ""),
              ms: r.ms,
              status: ok ? 0 : r.status,
              at: performance.now() - started,
            });
          }
          if (thinkMs > 0) await sleep(thinkMs * (0.5 + Math.random()));
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    const after = await metrics();
    const lag = {
      p99Ms: after("nodejs_eventloop_lag_p99_seconds") * 1000,
      maxMs: after("nodejs_eventloop_lag_max_seconds") * 1000,
      meanMs: after("nodejs_eventloop_lag_mean_seconds") * 1000,
    };
    const cpuSeconds = after("process_cpu_seconds_total") - cpuBefore;

    const all = samples.map((x) => x.ms);
    const errors = samples.filter((x) => x.status !== 0);
    const errorKinds = new Map<string, number>();
    for (const e of errors) {
      const key = `${e.status} ${e.url}`;
      errorKinds.set(key, (errorKinds.get(key) ?? 0) + 1);
    }
    const stats = (ms: number[]) => ({
      requests: ms.length,
      medianMs: percentile(ms, 50),
      p95Ms: percentile(ms, 95),
      p99Ms: percentile(ms, 99),
      maxMs: Math.max(0, ...ms),
    });
    const byAction = Object.fromEntries(
      [...new Set(samples.map((x) => x.action))]
        .sort()
        .map((a) => [a, stats(samples.filter((x) => x.action === a).map((x) => x.ms))]),
    );
    const perSession = sessions.map((s) =>
      samples.filter((x) => x.session === s.id).map((x) => x.ms),
    );
    const sessionP99 = perSession.filter((ms) => ms.length > 0).map((ms) => percentile(ms, 99));
    const sessionRequests = perSession.map((ms) => ms.length);
    const result = {
      mode,
      label: label ?? null,
      date: new Date().toISOString(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(2)} at the end`,
      sessions: sessionCount,
      writers,
      seconds: loadSeconds,
      thinkMs,
      ...stats(all),
      requestsPerSecond: all.length / elapsed,
      errors: errors.length,
      errorKinds: Object.fromEntries(errorKinds),
      fairness: {
        sessionP99: {
          min: Math.min(...sessionP99),
          median: percentile(sessionP99, 50),
          max: Math.max(...sessionP99),
        },
        sessionRequests: {
          min: Math.min(...sessionRequests),
          median: percentile(sessionRequests, 50),
          max: Math.max(...sessionRequests),
        },
      },
      app: { cpuSecondsPerSecond: cpuSeconds / elapsed, eventLoopLag: lag },
      byAction,
    };
    const r = (n: number) => Math.round(n);
    const md = [
      `# Concurrency, ${mode}${label ? ` (${label})` : ""} (${result.date.slice(0, 10)})`,
      "",
      `Machine: ${result.machine}. Demo data, first start on a fresh data directory.`,
      `${sessionCount} signed-in sessions (${writers} of demo people who write, ${sessionCount - writers} readers) for ${loadSeconds} s, ${thinkMs > 0 ? `${thinkMs} ms mean between pages` : "no pause between pages"}.`,
      "",
      `Requests: ${result.requests} (${result.requestsPerSecond.toFixed(0)}/s); errors: ${result.errors}${errors.length ? ` (${[...errorKinds].map(([k, n]) => `${k}: ${n}`).join(", ")})` : ""}.`,
      `Latency: median ${r(result.medianMs)} ms, p95 ${r(result.p95Ms)} ms, p99 ${r(result.p99Ms)} ms, max ${r(result.maxMs)} ms.`,
      `Fairness: per-session p99 from ${r(result.fairness.sessionP99.min)} to ${r(result.fairness.sessionP99.max)} ms (median ${r(result.fairness.sessionP99.median)}); requests per session ${result.fairness.sessionRequests.min} to ${result.fairness.sessionRequests.max}.`,
      `App: ${result.app.cpuSecondsPerSecond.toFixed(2)} CPU s/s; event-loop delay p99 ${r(lag.p99Ms)} ms, max ${r(lag.maxMs)} ms.`,
      "",
      "| Action | Requests | Median (ms) | p95 (ms) | p99 (ms) | Max (ms) |",
      "|---|---|---|---|---|---|",
      ...Object.entries(byAction).map(
        ([a, s]) =>
          `| ${a} | ${s.requests} | ${r(s.medianMs)} | ${r(s.p95Ms)} | ${r(s.p99Ms)} | ${r(s.maxMs)} |`,
      ),
      "",
    ].join("\n");
    const out = path.join(root, "bench/results", `concurrency-${mode}${label ? `-${label}` : ""}`);
    writeFileSync(`${out}.json`, `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(`${out}.md`, md);
    console.log(md);
  } finally {
    await app.stop();
    rmSync(outbox, { recursive: true, force: true });
  }
}

await main();
