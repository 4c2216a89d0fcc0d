/**
 * The app as a person runs it, for benchmarks that measure the whole process (memory, pages
 * over a slow link): `node cli/bin.js start` as a child process on a fresh data directory, so
 * the first start migrates and loads the demo data. PostgreSQL mode makes a fresh database on
 * the server `BENCH_DATABASE_URL` names and drops it at the end.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { freePort } from "../server/test/free-port.ts";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export type Mode = "pglite" | "postgres";

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the app; `ready` resolves once /readyz answers (migrated, demo loaded). */
export async function startAppProcess(mode: Mode, env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "cg-bench-app-"));
  const port = await freePort();
  const url = `http://localhost:${port}`;
  let databaseUrl: string | undefined;
  let dropDatabase = async () => {};
  if (mode === "postgres") {
    const server = process.env.BENCH_DATABASE_URL;
    if (!server) throw new Error("PostgreSQL mode needs BENCH_DATABASE_URL");
    const name = `cg_bench_app_${Date.now()}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const target = new URL(server);
    target.pathname = `/${name}`;
    databaseUrl = target.toString();
    dropDatabase = async () => {
      const again = new pg.Client({ connectionString: server });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    };
  }
  const startedAt = Date.now();
  const child: ChildProcess = spawn(process.execPath, ["cli/bin.js", "start", "--no-build"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      AUTH_SECRET: "benchmark-secret-0123456789abcdef0123456789",
      DATA_DIR: dataDir,
      PORT: String(port),
      PUBLIC_URL: url,
      LOG_LEVEL: "warn",
      RATE_LIMIT: "false",
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });

  async function ready(): Promise<number> {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}`);
      const ok = await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return Date.now() - startedAt;
      await sleep(250);
    }
  }

  /** Signs a demo person in through the real route; answers the session cookie. */
  async function signIn(email: string, password = "common-ground-demo"): Promise<string> {
    const answer = await fetch(`${url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { origin: url, "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    });
    if (!answer.ok) throw new Error(`sign-in failed: ${answer.status} ${await answer.text()}`);
    return answer.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
  }

  async function stop() {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
    await dropDatabase();
    rmSync(dataDir, { recursive: true, force: true });
  }

  return { url, pid: child.pid!, child, ready, signIn, stop };
}
