import { PGlite } from "@electric-sql/pglite";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openDatabase, pgliteExtensions } from "../db/client.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string | null;
  }
}

/**
 * Migrates one database per run: a PGlite data directory dumped to a file that every test file
 * loads (about a second), and, when TEST_DATABASE_URL is set, a PostgreSQL template database
 * that every test file clones.
 */
export default async function setup(project: TestProject) {
  const file = await migratedPgliteTemplate();
  project.provide("pgliteTemplate", file);

  const url = process.env.TEST_DATABASE_URL;
  let template: string | null = null;
  if (url) {
    template = `cg_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${template}`);
    await admin.query(`create database ${template}`);
    await admin.end();
    const migrated = await openDatabase({ databaseUrl: withDatabase(url, template) });
    await migrated.migrate();
    await migrated.close();
  }
  project.provide("postgresTemplate", template);

  return async () => {
    rmSync(file, { force: true });
    if (url && template) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`drop database if exists ${template} with (force)`);
      await admin.end();
    }
  };
}

/** A freshly migrated PGlite data directory, dumped to a file under .tmp; answers its path. */
export async function migratedPgliteTemplate(): Promise<string> {
  const dir = path.resolve(".tmp");
  mkdirSync(dir, { recursive: true });
  const client = await PGlite.create({ extensions: pgliteExtensions });
  const database = await openDatabase({ pglite: client });
  await database.migrate();
  const dump = await client.dumpDataDir("none");
  const file = path.join(dir, `pglite-template-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await client.close();
  return file;
}

export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}
