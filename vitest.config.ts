import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "server/**/*.test.ts",
      "shared/**/*.test.ts",
      "cli/**/*.test.ts",
      "web/src/**/*.test.ts",
    ],
    globalSetup: ["server/test/global-setup.ts"],
    // Generous: a busy two-core machine hashes passwords slowly; no test should need it.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
