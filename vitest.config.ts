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
    // Files share their worker's modules: each file still builds its own app on its own fresh
    // database (server/test/harness.ts), but no longer re-imports the app and recompiles
    // PGlite's WebAssembly, which took 3 to 5 s of every file. No test mocks a module.
    isolate: false,
  },
});
