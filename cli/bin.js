#!/usr/bin/env node
// The `common-ground` command. The TypeScript sources run from one bundle (built here with
// esbuild, again whenever a source is newer), not through tsx at run time: tsx's loader runs
// in a second V8 isolate for the life of the process, which cost about 100 MB (issue 16). If
// the bundle cannot be built (esbuild missing, a read-only install), tsx runs the sources.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from "node:fs";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import v8 from "node:v8";

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), "..");
const bundleDir = path.join(root, ".tmp", "server");
const entries = ["main", "create-database"];

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** The bundles' folder when they are current or could be built; null to run through tsx. */
async function serverBundle() {
  if (process.env.COMMON_GROUND_TSX === "1") return null;
  try {
    const sources = Math.max(
      statSync(here).mtimeMs,
      ...["cli", "server", "shared"].map((d) => newestSource(path.join(root, d))),
    );
    const built = entries.map((e) => path.join(bundleDir, `${e}.mjs`));
    if (built.every((f) => existsSync(f) && statSync(f).mtimeMs > sources)) return bundleDir;
    const { build, stop } = await import("esbuild");
    const result = await build({
      entryPoints: entries.map((e) => path.join(root, "cli", `${e}.ts`)),
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      // Packages load from node_modules as before; only our sources are bundled.
      packages: "external",
      write: false,
      outdir: bundleDir,
      outExtension: { ".js": ".mjs" },
      logLevel: "error",
      plugins: [
        {
          // Sources find files next to themselves (migrations, the web build) from
          // import.meta.url; in the bundle each keeps its own file's address.
          name: "own-file-url",
          setup(b) {
            b.onLoad({ filter: /\.ts$/ }, (args) => ({
              contents: readFileSync(args.path, "utf8").replaceAll(
                "import.meta.url",
                JSON.stringify(pathToFileURL(args.path).href),
              ),
              loader: "ts",
            }));
          },
        },
      ],
    });
    // esbuild's service is a child process that would otherwise live as long as this one.
    await stop();
    mkdirSync(bundleDir, { recursive: true });
    for (const file of result.outputFiles) {
      // Written aside and renamed, so a process starting meanwhile never reads half a file.
      const partial = `${file.path}.${process.pid}`;
      writeFileSync(partial, file.contents);
      renameSync(partial, file.path);
    }
    return bundleDir;
  } catch (error) {
    process.emitWarning(`Running the sources through tsx: no server bundle (${error.message})`);
    return null;
  }
}

const bundled = await serverBundle();
const [command, ...rest] = process.argv.slice(2);

/** Runs one step of the start in a child process; ends this one if the step fails. */
function step(...args) {
  const child = spawnSync(process.execPath, [here, ...args], {
    stdio: "inherit",
    env: { ...process.env, COMMON_GROUND_STEP: "1" },
  });
  if (child.status !== 0) process.exit(child.status ?? 1);
}

// Before `start` (and `prepare`), the steps that need the most memory run in child
// processes that exit, so that memory is returned before the server opens the database:
// the embedded database's creation, then `prepare` (the web build, the migrations and the
// demo data). This process waits for them having loaded nothing but this file.
const asked = (flag) => rest.includes(flag);
if (
  (command === "start" || command === "prepare") &&
  !process.env.COMMON_GROUND_STEP &&
  !asked("--help") &&
  !asked("-h")
) {
  step("create-database");
  if (command === "start") step("prepare", ...rest);
}

// PGlite is a WebAssembly build of PostgreSQL. V8 compiles its functions first with a
// baseline compiler (Liftoff), then again, optimised, those called often. Creating the
// database peaks lower and takes about half the time without the optimised copies, and
// is done once; the server keeps them, as SQL ran markedly slower without them
// (docs/PERFORMANCE.md, "Memory footprint (issue 16): results").
if (command === "create-database") v8.setFlagsFromString("--liftoff-only");

const entry = command === "create-database" ? "create-database" : "main";
if (bundled) {
  await import(pathToFileURL(path.join(bundled, `${entry}.mjs`)).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(`./${entry}.ts`);
}
