import { PGlite } from "@electric-sql/pglite";
import { mkdirSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { buildApp } from "../server/app.ts";
import { openDatabase, pgliteExtensions } from "../server/db/client.ts";
import { createVerifiedUser } from "../server/modules/auth/users.ts";
import { freePort } from "../server/test/free-port.ts";
import { testConfig } from "../server/test/harness.ts";

/**
 * The real app on a free port with a fresh embedded database; mail goes to an outbox
 * directory exactly as on a laptop without SMTP.
 */
export async function startServer() {
  // The public URL must name the port the browser uses, for mailed links and origin checks.
  const port = await freePort();
  const config = testConfig({ port, publicUrl: `http://localhost:${port}` });
  const pglite = await freshPglite(config.dataDir);
  const database = await openDatabase({ pglite });
  await database.migrate();
  const app = await buildApp({ config, database, serveWeb: true });
  await app.listen({ host: "127.0.0.1", port });
  return {
    url: config.publicUrl,
    app,
    config,
    /** The embedded database, for a journey that looks at what the server keeps. */
    pglite,
    async createAdmin(email: string, password: string) {
      await createVerifiedUser(
        { db: app.services.db, auth: app.services.auth },
        { email, password, name: "Platform Admin", isPlatformAdmin: true },
      );
    },
    /**
     * The newest link mailed to an address that matches `matching`, read from the outbox files.
     * Account mail is sent after the answer (the auth job queue), so this waits for it to arrive.
     */
    async lastLinkTo(email: string, matching: RegExp, timeoutMs = 15_000): Promise<string> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const link = await newestLink(email);
        if (link && matching.test(link)) return link;
        if (Date.now() > deadline) {
          throw new Error(`no mail to ${email} with a link matching ${matching} (last: ${link})`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async close() {
      await app.close();
      await database.close();
    },
  };

  async function newestLink(email: string): Promise<string | null> {
    const files = (await readdir(config.outboxDir).catch(() => [] as string[]))
      .filter((f) => f.endsWith(".json"))
      .sort();
    for (const file of files.reverse()) {
      const mail = JSON.parse(await readFile(path.join(config.outboxDir, file), "utf8")) as {
        to: string;
        link?: string;
      };
      if (mail.to === email && mail.link) return mail.link;
    }
    return null;
  }
}
export type E2eServer = Awaited<ReturnType<typeof startServer>>;

/**
 * An embedded database in the server's data directory, as on a laptop. Under Vitest it starts
 * as a copy of the run's migrated template (e2e/global-setup.ts), so migrating finds nothing
 * left to do; a script run outside Vitest creates and migrates it from nothing.
 */
async function freshPglite(dataDir: string): Promise<PGlite> {
  const dir = path.join(dataDir, "pglite");
  mkdirSync(dir, { recursive: true });
  const template = process.env.VITEST ? (await import("vitest")).inject("pgliteTemplate") : null;
  return PGlite.create(dir, {
    extensions: pgliteExtensions,
    ...(template ? { loadDataDir: new Blob([await readFile(template)]) } : {}),
  });
}
