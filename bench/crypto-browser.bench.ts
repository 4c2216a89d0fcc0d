/**
 * End-to-end encryption in the browser (issue 15): shared/crypto bundled with esbuild, served
 * from 127.0.0.1 under the app's script policy plus 'wasm-unsafe-eval' (libsodium is
 * WebAssembly), and timed in headless Chromium (playwright-core, the system's Chromium):
 * 1. unlocking: a person's keys unwrapped under the default Argon2id parameters (64 MiB,
 *    3 passes), then their seal of the organisation's epoch opened and checked;
 * 2. listing 1,000 confidential records: the server's JSON answer parsed, each record's
 *    content key opened from its seal to the epoch key, its fields (about 1.5 KB of JSON)
 *    decrypted, and the list sorted by date into rows (title, date, country);
 * 3. a 100 MiB attachment encrypted from a Blob through `encryptingStream` (64 KiB chunks),
 *    the output read and dropped as an upload would send it; also with `sha256Stream` in
 *    front, as the page hashes the plaintext while it encrypts.
 * Everything untimed (making keys, sealing the records, filling the Blob) happens in the page
 * first. Prints Markdown; --json FILE also writes the raw figures.
 *
 *   npm run bench:crypto -- [--runs 9] [--records 1000] [--mib 100] [--json FILE]
 */
import { writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { launchBrowser } from "../e2e/browser.ts";
import { calibrate, loadAverage, statsOf, type Stats } from "./coalition-http.ts";

type CryptoModule = typeof import("../shared/crypto/index.ts");
type BenchWindow = {
  cg: CryptoModule;
  cgReady: Promise<unknown>;
  /** When libsodium was ready, in ms since navigation started. */
  cgReadyAt: number;
  bench: Record<string, unknown>;
};
type UnlockInput = {
  wrapped: ReturnType<CryptoModule["wrapWithPassphrase"]>;
  publics: { boxPublic: string; signPublic: string };
  seal: string;
  expected: { identityPublic: string; epochPublic: string };
};

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "9" },
    records: { type: "string", default: "1000" },
    mib: { type: "string", default: "100" },
    json: { type: "string" },
  },
  strict: true,
});
const count = (name: "runs" | "records" | "mib") => {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`bad number for --${name}`);
  return value;
};
const runs = count("runs");
const recordCount = count("records");
const mib = count("mib");
const log = (message: string) => process.stderr.write(`${message}\n`);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The page's one script: shared/crypto on `window.cg`, loaded. */
async function bundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import * as cg from "./shared/crypto/index.ts";
        window.cg = cg;
        window.cgReady = cg.loadSodium().then(() => { window.cgReadyAt = performance.now(); });`,
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
    logLevel: "warning",
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error("esbuild wrote nothing");
  return file.text;
}

function serve(script: string) {
  const policy =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; object-src 'none'";
  const server = createServer((request, response) => {
    const js = request.url === "/crypto.js";
    response.writeHead(200, {
      "content-type": js ? "text/javascript" : "text/html; charset=utf-8",
      "content-security-policy": policy,
    });
    response.end(
      js
        ? script
        : `<!doctype html><title>crypto bench</title><script type="module" src="/crypto.js"></script>`,
    );
  });
  return new Promise<{ url: string; close: () => void }>((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
        close: () => server.close(),
      }),
    ),
  );
}

async function main() {
  log("Bundling shared/crypto...");
  const script = await bundle();
  const site = await serve(script);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    // tsx names functions with esbuild's __name helper; the page has none.
    await context.addInitScript({ content: "window.__name = (f) => f;" });
    const openPage = async () => {
      const opened = await context.newPage();
      opened.on("pageerror", (error) => log(`page error: ${error.message}`));
      await opened.goto(site.url);
      await opened.waitForFunction(() => "cgReady" in window);
      await opened.evaluate(() => (window as unknown as BenchWindow).cgReady);
      return opened;
    };
    const page = await openPage();

    log("Preparing keys, records and the attachment in the page...");
    const prepared = await page.evaluate(
      ({ recordCount, mib }) => {
        const w = window as unknown as BenchWindow;
        const cg = w.cg;
        const person = cg.makePersonKeys();
        const wrapped = cg.wrapWithPassphrase(person, "a long passphrase for the bench", "user-1");
        const identity = cg.makeOrganizationIdentity();
        const epoch = cg.makeEpoch({
          organizationId: "org-1",
          epoch: 1,
          identitySecret: identity.secretKey,
        });
        const seal = cg.sealEpochToMember({
          epochSecret: epoch.secretKey,
          identitySecret: identity.secretKey,
          memberBoxPublic: person.boxPublic,
        });
        const words =
          "witness reported armed men entering the village at dawn and detaining three".split(" ");
        const text = (n: number, i: number) =>
          Array.from({ length: n }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(" ");
        const rows = [];
        for (let i = 0; i < recordCount; i++) {
          const fields = {
            kind: "incident",
            title: `Incident ${i}: ${text(8, i)}`,
            occurredOn: new Date(Date.UTC(2020, 0, 1) + ((i * 7919) % 2190) * 86400000)
              .toISOString()
              .slice(0, 10),
            country: ["YE", "ML", "SY", "SD", "CO", "MM"][i % 6],
            place: {
              name: `District ${i % 40}`,
              latitude: 15 + (i % 10) / 10,
              longitude: 44 + (i % 7) / 10,
            },
            violationTypes: ["arbitrary_detention", "torture"].slice(0, 1 + (i % 2)),
            description: text(160, i),
            people: Array.from({ length: 3 }, (_, k) => ({
              name: `Person ${i}-${k}`,
              role: "victim",
              age: 20 + k,
            })),
            sources: [{ kind: "testimony", reliability: "high", note: text(20, i + 1) }],
          };
          const key = cg.newContentKey();
          const binding = { recordId: `rec-${i}`, version: 1, ownerOrganizationId: "org-1" };
          rows.push({
            id: binding.recordId,
            version: 1,
            ownerOrganizationId: "org-1",
            keyEpoch: 1,
            sealedKey: cg.sealKeyTo(key, epoch.publicKey),
            sealed: cg.sealRecord(fields, key, binding),
          });
        }
        const listJson = JSON.stringify({ items: rows });
        const plainBytes = JSON.stringify(
          cg.openRecord(rows[0]!.sealed, cg.openSealedKey(rows[0]!.sealedKey, epoch), {
            recordId: "rec-0",
            version: 1,
            ownerOrganizationId: "org-1",
          }),
        ).length;
        const piece = new Uint8Array(1024 * 1024);
        for (let at = 0; at < piece.length; at += 65536)
          crypto.getRandomValues(piece.subarray(at, at + 65536));
        const blob = new Blob(Array.from({ length: mib }, () => piece));
        const unlockInput: UnlockInput = {
          wrapped,
          publics: cg.publicKeysToWire(person),
          seal,
          expected: {
            identityPublic: cg.b64(identity.publicKey),
            epochPublic: cg.b64(epoch.publicKey),
          },
        };
        w.bench = { listJson, blob, expected: unlockInput.expected };
        return { listBytes: listJson.length, plainBytes, blobBytes: blob.size, unlockInput };
      },
      { recordCount, mib },
    );

    const { unlockInput, ...sizes } = prepared;
    if (
      unlockInput.wrapped.kdf.alg !== "argon2id13" ||
      unlockInput.wrapped.kdf.memLimit !== 64 * 1024 * 1024 ||
      unlockInput.wrapped.kdf.opsLimit !== 3
    ) {
      throw new Error(`not the default parameters: ${JSON.stringify(unlockInput.wrapped.kdf)}`);
    }
    /** Unwraps and opens the seal in `on`; the epoch secret stays in the page for the list. */
    const unlock = (on: typeof page) =>
      on.evaluate((input) => {
        const { cg, bench } = window as unknown as BenchWindow;
        const started = performance.now();
        const keys = cg.unwrapWithPassphrase(
          input.wrapped,
          "a long passphrase for the bench",
          "user-1",
          input.publics,
        );
        const opened = cg.openEpochSeal(input.seal, keys, input.expected);
        const ms = performance.now() - started;
        if (bench) bench.epochSecret = opened.epochSecret;
        return ms;
      }, unlockInput);

    /** A fresh page, as when a person opens the app and unlocks once: libsodium's WebAssembly
     * not yet warmed up. Returns when libsodium was ready after navigation, and the unlock. */
    const coldUnlock = async () => {
      const fresh = await openPage();
      const readyAt = await fresh.evaluate(() => (window as unknown as BenchWindow).cgReadyAt);
      const ms = await unlock(fresh);
      await fresh.close();
      return { readyAt, ms };
    };

    const list = () =>
      page.evaluate(() => {
        const { cg, bench } = window as unknown as BenchWindow;
        const b = bench as {
          listJson: string;
          expected: { epochPublic: string };
          epochSecret: Uint8Array;
        };
        const started = performance.now();
        const epochKeys = { publicKey: b.expected.epochPublic, secretKey: b.epochSecret };
        type Row = { id: string; version: number; ownerOrganizationId: string; sealedKey: string };
        const { items } = JSON.parse(b.listJson) as {
          items: (Row & { sealed: { nonce: string; ciphertext: string } })[];
        };
        const shown = items
          .map((item) => {
            const key = cg.openSealedKey(item.sealedKey, epochKeys);
            const binding = {
              recordId: item.id,
              version: item.version,
              ownerOrganizationId: item.ownerOrganizationId,
            };
            const fields = cg.openRecord(item.sealed, key, binding) as {
              title: string;
              occurredOn: string;
              country: string;
            };
            return {
              id: item.id,
              title: fields.title,
              occurredOn: fields.occurredOn,
              country: fields.country,
            };
          })
          .sort((x, y) => y.occurredOn.localeCompare(x.occurredOn));
        const ms = performance.now() - started;
        if (shown.length !== items.length) throw new Error("rows lost");
        return ms;
      });

    const encrypt = (hash: boolean) =>
      page.evaluate(async (hash) => {
        const { cg, bench } = window as unknown as BenchWindow;
        const blob = (bench as { blob: Blob }).blob;
        const started = performance.now();
        const hashing = hash ? cg.sha256Stream() : null;
        const plain = hashing ? blob.stream().pipeThrough(hashing.stream) : blob.stream();
        const reader = plain
          .pipeThrough(cg.encryptingStream(cg.newFileKey(), "file-1"))
          .getReader();
        let written = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          written += value.length;
        }
        if (hashing) hashing.digest();
        const ms = performance.now() - started;
        if (written !== cg.encryptedSize(blob.size)) throw new Error(`wrote ${written} bytes`);
        return ms;
      }, hash);

    const times = {
      ready: [] as number[],
      coldUnlock: [] as number[],
      unlock: [] as number[],
      list: [] as number[],
      encrypt: [] as number[],
      encryptHash: [] as number[],
    };
    log("Warming up...");
    await unlock(page);
    await list();
    await encrypt(false);
    const calibrationBefore = calibrate();
    const loadBefore = loadAverage();
    for (let run = 0; run < runs; run++) {
      log(`Run ${run + 1} of ${runs}...`);
      const cold = await coldUnlock();
      times.ready.push(cold.readyAt);
      times.coldUnlock.push(cold.ms);
      times.unlock.push(await unlock(page));
      times.list.push(await list());
      times.encrypt.push(await encrypt(false));
      times.encryptHash.push(await encrypt(true));
    }
    const loadAfter = loadAverage();
    const calibrationAfter = calibrate();
    const stats = Object.fromEntries(
      Object.entries(times).map(([k, v]) => [k, statsOf(v)]),
    ) as Record<keyof typeof times, Stats>;
    // Throughput from a time: MiB per second (a MiB is more than a MB, so this understates MB/s).
    const rate = (msTaken: number) => mib / (msTaken / 1000);
    const met = (ok: boolean) => (ok ? "met" : "**missed**");
    const row = (label: string, s: Stats, withRate = false) =>
      `| ${label} | ${s.requests} | ${s.median.toFixed(1)} | ${s.p95.toFixed(1)} | ${s.min.toFixed(1)} | ${s.max.toFixed(1)} | ${
        withRate ? `${rate(s.median).toFixed(0)} (p95 run ${rate(s.p95).toFixed(0)})` : ""
      } |`;
    const lines = [
      `## End-to-end encryption in the browser: ${browser.version()}`,
      "",
      `Data: one person's keys wrapped with Argon2id (64 MiB, 3 passes) and their seal of epoch 1; ` +
        `${recordCount.toLocaleString("en")} records, each about ${(prepared.plainBytes / 1024).toFixed(1)} KB of JSON fields ` +
        `(the list answer ${(prepared.listBytes / 1024 / 1024).toFixed(1)} MiB); an attachment of ${mib} MiB in a Blob. ` +
        `${runs} runs after one warm-up. Load average (1/5/15 min) ${loadBefore} before, ${loadAfter} after, on ${os.cpus().length} CPUs; ` +
        `calibration loop ${calibrationBefore.toFixed(0)} ms before, ${calibrationAfter.toFixed(0)} ms after.`,
      "",
      "| Step | Runs | Median (ms) | p95 (ms) | Min (ms) | Max (ms) | MiB/s at the median |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
      row("libsodium ready in a fresh page (ms after navigation started)", stats.ready),
      row(
        "**Unlock in a fresh page**: unwrap the keys (Argon2id) and open the epoch seal",
        stats.coldUnlock,
      ),
      row("Unlock again in a page that has unlocked before", stats.unlock),
      row(
        `**List ${recordCount.toLocaleString("en")} records**: parse, open keys and fields, sort`,
        stats.list,
      ),
      row(`**Encrypt ${mib} MiB** from a Blob through encryptingStream`, stats.encrypt, true),
      row(`Encrypt ${mib} MiB and hash it (sha256Stream) on the way`, stats.encryptHash, true),
      "",
      `Targets: unlock < 1.5 s (fresh page, p95 ${stats.coldUnlock.p95.toFixed(0)} ms): ${met(stats.coldUnlock.p95 < 1500)}; ` +
        `list < 2 s (p95 ${stats.list.p95.toFixed(0)} ms): ${met(stats.list.p95 < 2000)}; ` +
        `encryption ≥ 50 MB/s (slowest run ${rate(stats.encrypt.max).toFixed(0)} MiB/s): ${met(rate(stats.encrypt.max) >= 50)}.`,
      "",
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
    if (args.json) {
      writeFileSync(
        args.json,
        JSON.stringify(
          { chromium: browser.version(), runs, recordCount, mib, sizes, times, stats },
          null,
          2,
        ),
      );
    }
    await context.close();
  } finally {
    await browser.close();
    site.close();
  }
}

await main();
