import { Command } from "commander";
import type { FastifyInstance } from "fastify";
import { buildApp, createServices } from "../server/app.ts";
import { type Config, ConfigError, loadConfig } from "../server/config.ts";
import { type Database, openDatabase } from "../server/db/client.ts";
import { ApiError } from "../shared/api-client.ts";
import { createAdmin, verifyOrganization } from "./admin.ts";
import { verifyAudit } from "./audit.ts";
import { demoIsLoaded, seedDemo } from "./seed/demo.ts";
import { ensureWebBuild } from "./web-build.ts";

const say = (message: string) => process.stdout.write(`${message}\n`);

async function open() {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    poolSize: config.databasePoolSize,
    dataDir: config.dataDir,
  });
  await database.migrate();
  return { config, database };
}

type Services = ReturnType<typeof createServices>;

/** Services without an HTTP server, for commands that work on the data directly. */
async function withServices<T>(run: (s: Services) => Promise<T>): Promise<T> {
  const { config, database } = await open();
  try {
    return await run(createServices({ config: { ...config, logLevel: "silent" }, database }));
  } finally {
    await database.close();
  }
}

/** The whole app in-process, without listening, for commands that act through the API. */
async function withApp<T>(run: (app: FastifyInstance, config: Config) => Promise<T>): Promise<T> {
  const { config, database } = await open();
  const app = await buildApp({
    config: { ...config, logLevel: "silent" },
    database,
    backgroundJobs: false,
  });
  try {
    await app.ready();
    return await run(app, config);
  } finally {
    await app.close();
    await database.close();
  }
}

const program = new Command("common-ground").description(
  "Common Ground: partners, coalitions and decisions for human rights and humanitarian organisations",
);

/** Loads the demo data unless it is there already; answers the sign-ins when it loaded it. */
async function loadDemoOnce(config: Config, database: Database, services: Services) {
  if (!config.demoData) return null;
  // Several processes starting on one new database load the demo data once between them.
  return database.exclusively("common-ground:demo", async () => {
    if (await demoIsLoaded(services.db)) return null;
    say("Loading the demo dataset…");
    return seedDemo(services);
  });
}

function sayDemoSignIns(demo: Awaited<ReturnType<typeof seedDemo>> | null) {
  if (!demo) return;
  say("Demo sign-ins (demo data only; change or delete them before real use):");
  for (const s of demo.signIns) say(`  ${s.email.padEnd(32)} ${s.password}   ${s.description}`);
}

program
  .command("prepare")
  .description(
    "Build the web app if needed, migrate the database and load the demo data on first start, then exit",
  )
  .option("--no-build", "do not build the web app even if it is missing or stale")
  .action(async (options: { build: boolean }) => {
    if (options.build) await ensureWebBuild(say);
    const { config, database } = await open();
    try {
      const services = createServices({ config: { ...config, logLevel: "silent" }, database });
      sayDemoSignIns(await loadDemoOnce(config, database, services));
    } finally {
      await database.close();
    }
  });

program
  .command("start")
  .description("Migrate the database, load demo data on first start, and serve the app")
  .option("--no-build", "do not build the web app even if it is missing or stale")
  .action(async (options: { build: boolean }) => {
    // `common-ground start` (cli/bin.js) has run `prepare` in a child process already, so
    // these find nothing left to do; they remain for `npx tsx cli/main.ts start`.
    if (options.build) await ensureWebBuild(say);
    const { config, database } = await open();
    const app = await buildApp({ config, database, serveWeb: true });
    const demo = await loadDemoOnce(config, database, app.services);
    const stop = async () => {
      await app.close();
      await database.close();
      process.exit(0);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    await app.listen({ host: config.host, port: config.port });
    // In the background: requests are served meanwhile, and a search waits for the same load.
    app.services.discovery.warm().then(
      (size) => app.log.info({ organizations: size }, "discovery index loaded"),
      (error: unknown) => app.log.warn({ err: error }, "discovery index not loaded at start"),
    );
    say("");
    say(`Common Ground is running at ${config.publicUrl}`);
    say(
      `Database: ${database.kind === "pglite" ? `embedded PGlite in ${config.dataDir}` : "PostgreSQL"}`,
    );
    if (!config.smtpUrl)
      say(`Emails are written to ${config.outboxDir} (set SMTP_URL to send them)`);
    sayDemoSignIns(demo);
  });

program
  .command("migrate")
  .description("Apply pending database migrations")
  .action(async () => {
    const { database } = await open();
    await database.close();
    say("Migrations applied.");
  });

program
  .command("seed")
  .description("Load data")
  .option("--demo", "load the fictional demo dataset")
  .action(async (options: { demo?: boolean }) => {
    if (!options.demo) {
      say("Nothing to load: pass --demo.");
      process.exitCode = 1;
      return;
    }
    await withServices(async (services) => {
      if (await demoIsLoaded(services.db)) {
        say("The demo dataset is already loaded.");
        return;
      }
      const result = await seedDemo(services);
      say(
        `Loaded ${result.organizationCount} organisations and ${result.coalitionCount} coalitions. Demo sign-ins:`,
      );
      for (const s of result.signIns)
        say(`  ${s.email.padEnd(32)} ${s.password}   ${s.description}`);
    });
  });

const audit = program.command("audit").description("The append-only audit log");

audit
  .command("verify")
  .description("Check every entry of the audit log, and that it still extends a checkpoint")
  .option("--checkpoint <file>", "a checkpoint (JSON) an organisation downloaded earlier")
  .option("--public-key <file>", "the instance's Ed25519 public key (PEM), to check the checkpoint")
  .action(async (options: { checkpoint?: string; publicKey?: string }) => {
    const whole = await withServices(({ db, auditCheckpoints }) =>
      verifyAudit(db, auditCheckpoints, options, say),
    );
    if (!whole) process.exitCode = 1;
  });

audit
  .command("checkpoint")
  .description("Print the latest signed checkpoint (JSON), for an organisation to keep")
  .action(async () => {
    await withServices(async ({ auditCheckpoints }) => {
      await auditCheckpoints.signIfNew();
      const latest = await auditCheckpoints.latest();
      say(latest ? JSON.stringify(latest) : "The audit log is empty: nothing to sign yet.");
    });
  });

audit
  .command("public-key")
  .description("Print the instance's public key (PEM) that checkpoints are signed with")
  .action(async () => {
    await withServices(async ({ auditCheckpoints }) => {
      say((await auditCheckpoints.keyOf()).publicPem.trim());
    });
  });

const admin = program.command("admin").description("Platform administration");

admin
  .command("create")
  .description("Create a platform administrator, or promote an existing user")
  .requiredOption("--email <email>")
  .option("--name <name>", "display name", "Platform administrator")
  .option("--password <password>", "password for a new user (at least 10 characters)")
  .action(async (options: { email: string; name: string; password?: string }) => {
    const done = await withServices(({ db, auth }) => createAdmin({ db, auth }, options, say));
    if (!done) process.exitCode = 1;
  });

admin
  .command("verify-org")
  .description("Mark an organisation as verified (by id, name or acronym)")
  .argument("<organisation>")
  .requiredOption("--by <email>", "the platform administrator recording the verification")
  .action(async (which: string, options: { by: string }) => {
    const done = await withApp((app, config) =>
      verifyOrganization(app, { which, by: options.by, publicUrl: config.publicUrl }, say),
    );
    if (!done) process.exitCode = 1;
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  if (error instanceof ApiError) {
    process.stderr.write(`Refused (${error.status}): ${error.message}\n`);
    process.exit(1);
  }
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
