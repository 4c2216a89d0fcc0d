/**
 * Writes shared/api-schema.ts from the OpenAPI document the current server code publishes.
 * Run it with `npm run api:types` after changing a route or a Zod schema in shared/.
 */
import { PGlite } from "@electric-sql/pglite";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildApp } from "../server/app.ts";
import { openDatabase, pgliteExtensions } from "../server/db/client.ts";
import { apiSchemaFile, renderApiSchema } from "./api-types.ts";

/** The document as `GET /api/openapi.json` serves it, from an app built over a throwaway database. */
async function currentOpenApiDocument(): Promise<object> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "cg-api-types-"));
  // Routes and their schemas do not depend on the data, so an empty in-memory database will do.
  const database = await openDatabase({
    pglite: await PGlite.create({ extensions: pgliteExtensions }),
  });
  const app = await buildApp({
    config: {
      env: "development",
      host: "127.0.0.1",
      port: 0,
      publicUrl: "http://localhost:3000",
      dataDir,
      databaseUrl: undefined,
      databasePoolSize: 10,
      authSecret: randomBytes(32).toString("hex"),
      smtpUrl: undefined,
      mailFrom: "Common Ground <no-reply@common-ground.local>",
      outboxDir: path.join(dataDir, "outbox"),
      logLevel: "silent",
      demoData: false,
      trustProxy: false,
      rateLimit: false,
      jobIntervalMs: 30_000,
      fileStore: { kind: "local", root: path.join(dataDir, "files") },
    },
    database,
    backgroundJobs: false,
  });
  try {
    await app.ready();
    return app.swagger();
  } finally {
    await app.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const text = await renderApiSchema(await currentOpenApiDocument());
writeFileSync(apiSchemaFile, text);
process.stdout.write(`Wrote ${path.relative(process.cwd(), apiSchemaFile)}\n`);
