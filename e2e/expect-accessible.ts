import type { Page } from "playwright-core";
import { expect } from "vitest";
import { seriousViolations } from "./browser.ts";

/** Every page a journey visits is checked by axe-core; serious or critical findings fail it. */
export async function expectAccessible(page: Page, label: string) {
  const violations = await seriousViolations(page);
  expect(
    violations.map(
      (v) =>
        `${label}: ${v.id} (${v.impact}) ${v.help} at ${JSON.stringify(v.nodes[0]?.target)}: ${v.nodes[0]?.failureSummary ?? ""}`,
    ),
  ).toEqual([]);
}
