import { defineConfig } from "vitest/config";

/** Browser journeys: two files at a time, each with its own server and Chromium. */
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["e2e/global-setup.ts"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: "forks",
    maxWorkers: 2,
    fileParallelism: true,
    // Files share their worker's modules rather than importing the app and Playwright anew
    // (about 5 s a file); each still starts its own server and its own Chromium.
    isolate: false,
    // The languages journey visits its pages in eight windows side by side (4 languages × 2).
    maxConcurrency: 8,
  },
});
