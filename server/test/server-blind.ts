import type { PGlite } from "@electric-sql/pglite";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { expect } from "vitest";
import { type Db, rowsOf } from "../db/client.ts";

/*
 * What a seized server holds, searched for what it must not: the database dumped the way an
 * operator (or whoever takes the machine) would dump it, and the file store read byte by byte.
 * Used after the API-level confidential test and after the browser journey (issue 15). Every
 * search carries a control that the server does keep in clear, so a clean result means the
 * search itself works.
 */

/** `pg_dump` of a PostgreSQL database, data only. */
export function pgDump(url: string): Buffer {
  return execFileSync("pg_dump", ["--no-owner", "--data-only", url], {
    maxBuffer: 512 * 1024 * 1024,
  });
}

/** PGlite's whole data directory, as its dump gives it (long values may be compressed here). */
export async function pgliteDump(pglite: PGlite): Promise<Buffer> {
  return Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer());
}

/** Every row of every table as text: what a dump shows once values are decompressed. */
export async function everyRowAsText(db: Db): Promise<Buffer> {
  const tables = rowsOf<{ name: string }>(
    await db.execute(
      sql`select quote_ident(table_schema) || '.' || quote_ident(table_name) as name
          from information_schema.tables where table_schema not in ('pg_catalog','information_schema')
          and table_type = 'BASE TABLE'`,
    ),
  );
  const rows: string[] = [];
  for (const { name } of tables) {
    const all = rowsOf<{ row: string }>(
      await db.execute(sql.raw(`select t::text as row from ${name} t`)),
    );
    rows.push(...all.map((r) => r.row));
  }
  return Buffer.from(rows.join("\n"));
}

/** Every file under the store's root, concatenated. */
export function fileStoreBytes(root: string): { files: number; bytes: Buffer } {
  const under = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? under(full) : [full];
    });
  const files = under(root);
  return { files: files.length, bytes: Buffer.concat(files.map((f) => readFileSync(f))) };
}

/** Runs of 24 bytes taken every `step` bytes of a file: any one found is a leak of it. */
export function byteWindows(bytes: Uint8Array, step = 4096): Buffer[] {
  const windows: Buffer[] = [];
  for (let at = 0; at + 24 <= bytes.length; at += step)
    windows.push(Buffer.from(bytes.subarray(at, at + 24)));
  return windows;
}

/**
 * The haystack holds the control (when one is given) and none of the needles. The message
 * names the haystack and the start of the needle found, never the whole secret.
 */
export function expectBlind(
  haystack: Buffer,
  needles: readonly (string | Buffer)[],
  what: string,
  control?: string | Buffer,
) {
  if (control !== undefined)
    expect(haystack.includes(Buffer.from(control)), `${what} holds the control`).toBe(true);
  for (const needle of needles) {
    const bytes = Buffer.from(needle);
    expect(haystack.includes(bytes), `${what} holds "${bytes.toString("hex").slice(0, 24)}…"`).toBe(
      false,
    );
  }
}
