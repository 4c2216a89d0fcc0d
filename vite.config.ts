import react from "@vitejs/plugin-react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";

const outDir = path.resolve(import.meta.dirname, "web/dist");

/**
 * The app shell the service worker keeps at install: index.html and what it loads (the entry
 * script, its preloaded chunks, the stylesheet), and each language's common words. Everything
 * else is kept when first used, so a first visit on a slow link downloads nothing extra.
 */
function shellOnly<Entry extends { url: string }>(entries: Entry[]) {
  const html = readFileSync(path.join(outDir, "index.html"), "utf8");
  const shell = new Set([
    "index.html",
    ...[...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]),
  ]);
  return {
    manifest: entries.filter(
      (entry) => shell.has(entry.url) || /^assets\/common-[\w-]+\.js$/.test(entry.url),
    ),
    warnings: [],
  };
}

export default defineConfig({
  root: "web",
  plugins: [
    react(),
    VitePWA({
      strategies: "injectManifest",
      srcDir: "src",
      filename: "sw.ts",
      // Registered by the app itself (main.tsx), in production builds only.
      injectRegister: false,
      manifest: {
        name: "Common Ground",
        short_name: "Common Ground",
        description: "Find partners, form coalitions and decide together.",
        start_url: "/",
        display: "standalone",
        background_color: "#ffffff",
        theme_color: "#087f5b",
        icons: [{ src: "/favicon.svg", sizes: "any", type: "image/svg+xml" }],
      },
      injectManifest: {
        globPatterns: ["index.html", "assets/*.{js,css}"],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        manifestTransforms: [shellOnly],
      },
    }),
  ],
  build: { outDir: "dist", emptyOutDir: true, manifest: true },
});
