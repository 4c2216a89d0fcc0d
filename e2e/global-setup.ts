import { rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { migratedPgliteTemplate } from "../server/test/global-setup.ts";

/**
 * Migrates one embedded database for the whole run; each journey's server starts from a copy
 * of it (e2e/server.ts) instead of creating and migrating its own, which took about 10 s.
 */
export default async function setup(project: TestProject) {
  const file = await migratedPgliteTemplate();
  project.provide("pgliteTemplate", file);
  return () => rmSync(file, { force: true });
}
