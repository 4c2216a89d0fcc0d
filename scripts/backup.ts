/**
 * Backs up and restores a Common Ground on PostgreSQL: the database (pg_dump's custom format),
 * the file store (the local directory or the S3 bucket) and the keys kept in DATA_DIR (the
 * audit log's signing key, and the auth secret when AUTH_SECRET is not set). It reads the same
 * environment as the app (DATABASE_URL, DATA_DIR, FILE_STORE, S3_*).
 *
 *   npx tsx scripts/backup.ts backup  <dir>   # while the app runs
 *   npx tsx scripts/backup.ts restore <dir>   # into an empty database, before the app starts
 *
 * A restore refuses a database that already has tables, and ends by comparing every table's
 * row count and every file with the backup's manifest.
 */
import {
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFile, mkdir, readFile, readdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { type Config, type FileStoreConfig, loadConfig } from "../server/config.ts";

type Manifest = {
  createdAt: string;
  tables: Record<string, number>;
  files: Record<string, string>;
  keys: string[];
};

const keyFiles = ["audit-signing-key.pem", "auth-secret"];

const say = (line: string) => process.stdout.write(`${line}\n`);

async function main() {
  const [command, dir] = process.argv.slice(2);
  if ((command !== "backup" && command !== "restore") || !dir) {
    say("usage: npx tsx scripts/backup.ts backup|restore <dir>");
    process.exit(2);
  }
  const config = loadConfig();
  if (!config.databaseUrl) {
    say(
      "DATABASE_URL is not set. With the embedded database (PGlite), stop the app and copy " +
        `the whole data directory (${config.dataDir}) instead: it holds the database, files and keys.`,
    );
    process.exit(2);
  }
  const started = Date.now();
  const target = path.resolve(dir);
  const manifest =
    command === "backup" ? await backup(config, target) : await restore(config, target);
  const rows = Object.values(manifest.tables).reduce((sum, n) => sum + n, 0);
  say(
    `${command === "backup" ? "Backed up" : "Restored and checked"} ${Object.keys(manifest.tables).length} tables ` +
      `(${rows} rows), ${Object.keys(manifest.files).length} files and ${manifest.keys.length} keys ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
}

async function backup(config: Config, dir: string): Promise<Manifest> {
  const url = config.databaseUrl as string;
  await mkdir(path.join(dir, "keys"), { recursive: true });
  // The dump and the manifest's row counts see one snapshot, however busy the app is.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let tables: Record<string, number>;
  try {
    await client.query("begin isolation level repeatable read read only");
    const { rows } = await client.query<{ id: string }>("select pg_export_snapshot() as id");
    const dump = path.join(dir, "database.dump");
    run("pg_dump", [
      "--format=custom",
      "--no-owner",
      "--no-acl",
      `--snapshot=${rows[0]?.id}`,
      "--file",
      dump,
      url,
    ]);
    tables = await tableCounts(client);
    await client.query("commit");
  } finally {
    await client.end();
  }
  // Files after the dump: they are named by their content and never change, so this leaves
  // out only a file deleted in between (a logo replaced meanwhile).
  const files = await copyFiles(config.fileStore, { from: "store", dir: path.join(dir, "files") });
  const keys: string[] = [];
  for (const name of keyFiles) {
    const file = path.join(config.dataDir, name);
    if (await exists(file)) {
      await copyFile(file, path.join(dir, "keys", name));
      keys.push(name);
    }
  }
  const manifest: Manifest = { createdAt: new Date().toISOString(), tables, files, keys };
  await writeFile(path.join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

async function restore(config: Config, dir: string): Promise<Manifest> {
  const url = config.databaseUrl as string;
  const manifest = JSON.parse(await readFile(path.join(dir, "manifest.json"), "utf8")) as Manifest;
  const existing = await countsAt(url);
  if (Object.keys(existing).length > 0) {
    throw new Error("The database already has tables: restore into a new, empty database.");
  }
  run("pg_restore", [
    "--no-owner",
    "--no-acl",
    "--exit-on-error",
    "--single-transaction",
    "--dbname",
    url,
    path.join(dir, "database.dump"),
  ]);
  const files = await copyFiles(config.fileStore, { from: "backup", dir: path.join(dir, "files") });
  await mkdir(config.dataDir, { recursive: true });
  for (const name of manifest.keys) {
    const file = path.join(config.dataDir, name);
    // A key already there is kept: it may be this instance's own, and is never overwritten.
    if (!(await exists(file))) await copyFile(path.join(dir, "keys", name), file);
  }

  const tables = await countsAt(url);
  const problems: string[] = [];
  for (const [table, count] of Object.entries(manifest.tables)) {
    if (tables[table] !== count)
      problems.push(`${table}: ${tables[table]} rows, backup has ${count}`);
  }
  for (const [file, hash] of Object.entries(manifest.files)) {
    if (files[file] !== hash) problems.push(`${file}: not restored intact`);
  }
  if (problems.length)
    throw new Error(`The restore does not match the backup:\n  ${problems.join("\n  ")}`);
  return manifest;
}

/** Rows per table of the app (its own schema and the migrations' record). */
async function tableCounts(client: pg.Client): Promise<Record<string, number>> {
  const { rows } = await client.query<{ schema: string; name: string }>(
    `select table_schema as schema, table_name as name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema in ('public', 'drizzle')
      order by 1, 2`,
  );
  const counts: Record<string, number> = {};
  for (const { schema, name } of rows) {
    const result = await client.query<{ n: string }>(
      `select count(*) as n from ${quote(schema)}.${quote(name)}`,
    );
    counts[`${schema}.${name}`] = Number(result.rows[0]?.n ?? 0);
  }
  return counts;
}

async function countsAt(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await tableCounts(client);
  } finally {
    await client.end();
  }
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Copies every file between the store and a directory in the backup, as `<kind>/<name>`;
 * answers the SHA-256 of each file copied.
 */
async function copyFiles(
  store: FileStoreConfig,
  how: { from: "store" | "backup"; dir: string },
): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
  const local = async (root: string, each: (key: string, bytes: Buffer) => Promise<void>) => {
    for (const kind of await readdir(root).catch(() => [] as string[])) {
      for (const name of await readdir(path.join(root, kind))) {
        await each(`${kind}/${name}`, await readFile(path.join(root, kind, name)));
      }
    }
  };
  const toDir = async (root: string, key: string, bytes: Buffer) => {
    await mkdir(path.dirname(path.join(root, key)), { recursive: true });
    await writeFile(path.join(root, key), bytes);
  };

  if (store.kind === "local") {
    const [from, to] = how.from === "store" ? [store.root, how.dir] : [how.dir, store.root];
    await local(from, async (key, bytes) => {
      await toDir(to, key, bytes);
      hashes[key] = sha(await readFile(path.join(to, key)));
    });
    return hashes;
  }

  const client = new S3Client({
    endpoint: store.endpoint,
    region: store.region,
    forcePathStyle: store.forcePathStyle,
    credentials: { accessKeyId: store.accessKeyId, secretAccessKey: store.secretAccessKey },
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const fetchObject = async (key: string) => {
    const object = await client.send(new GetObjectCommand({ Bucket: store.bucket, Key: key }));
    return Buffer.from((await object.Body?.transformToByteArray()) ?? []);
  };
  if (how.from === "store") {
    let token: string | undefined;
    do {
      const page = await client.send(
        new ListObjectsV2Command({ Bucket: store.bucket, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) {
        if (!object.Key) continue;
        const bytes = await fetchObject(object.Key);
        await toDir(how.dir, object.Key, bytes);
        hashes[object.Key] = sha(bytes);
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return hashes;
  }
  await local(how.dir, async (key, bytes) => {
    await client.send(new PutObjectCommand({ Bucket: store.bucket, Key: key, Body: bytes }));
    hashes[key] = sha(await fetchObject(key));
  });
  return hashes;
}

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`${command} could not run: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} failed:\n${result.stderr}`);
  return result.stdout;
}

async function exists(file: string) {
  return stat(file).then(
    () => true,
    () => false,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
