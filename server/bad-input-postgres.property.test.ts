import { describe } from "vitest";
import { badInputSuite } from "./bad-input.suite.ts";
import { backends } from "./test/harness.ts";

describe.runIf(backends.includes("postgres"))("with TEST_DATABASE_URL", () => {
  badInputSuite("postgres");
});
