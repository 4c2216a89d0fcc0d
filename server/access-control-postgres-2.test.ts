import { describe } from "vitest";
import { accessControlSuite } from "./access-control.suite.ts";
import { backends } from "./test/harness.ts";

describe.runIf(backends.includes("postgres"))("with TEST_DATABASE_URL", () => {
  accessControlSuite("postgres", "campaigns and what they say");
});
