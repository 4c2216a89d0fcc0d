import type { Page } from "playwright-core";
import { expect } from "vitest";
import { horizontalOverflow, seriousViolations } from "./browser.ts";
import { expectTranslated } from "./expect-translated.ts";

/**
 * Every page a journey visits is checked by axe-core (serious or critical findings fail it),
 * must fit its window without scrolling sideways, and must show no raw translation key.
 */
export async function expectAccessible(page: Page, label: string) {
  const violations = await seriousViolations(page);
  expect(
    violations.map(
      (v) =>
        `${label}: ${v.id} (${v.impact}) ${v.help} at ${JSON.stringify(v.nodes[0]?.target)}: ${v.nodes[0]?.failureSummary ?? ""}`,
    ),
  ).toEqual([]);
  await expectFits(page, label);
  await expectTranslated(page, label);
}

/** The page fits its window: nothing makes a phone scroll sideways. */
export async function expectFits(page: Page, label: string) {
  expect(await horizontalOverflow(page), label).toBeNull();
}
