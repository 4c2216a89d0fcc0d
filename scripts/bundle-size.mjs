#!/usr/bin/env node
// Measures the JavaScript a first visit downloads for a page: the entry chunk, the page's
// lazily loaded chunk, everything they import statically, and the page's locale files.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const dist = path.resolve(import.meta.dirname, "../web/dist");
const manifest = JSON.parse(readFileSync(path.join(dist, ".vite/manifest.json"), "utf8"));

function closure(keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return [...seen].map((k) => manifest[k].file).filter((f) => f.endsWith(".js"));
}

function localeChunks(namespaces, language = "en") {
  return namespaces
    .map((ns) => `src/locales/${language}/${ns}.json`)
    .filter((k) => manifest[k])
    .map((k) => manifest[k].file);
}

const pages = {
  landing: { module: "src/features/landing/LandingPage.tsx", namespaces: ["common", "landing"] },
  directory: {
    module: "src/features/directory/DirectoryPage.tsx",
    namespaces: ["common", "directory"],
  },
};

const rows = [];
for (const [name, page] of Object.entries(pages)) {
  const files = new Set([
    ...closure(["index.html", page.module]),
    ...localeChunks(page.namespaces),
  ]);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  rows.push({
    page: name,
    files: files.size,
    rawKB: (raw / 1024).toFixed(1),
    gzipKB: (gzip / 1024).toFixed(1),
  });
}
console.table(rows);
