import { defineConfig } from "vitest/config";

/** Browser journeys: two files at a time, each with its own server and Chromium. */
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: "forks",
    maxWorkers: 2,
    fileParallelism: true,
  },
});
