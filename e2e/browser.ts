import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { type Browser, type Page, chromium } from "playwright-core";

const require = createRequire(import.meta.url);

const candidates = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
].filter((p): p is string => !!p);

/** The system's Chromium or Chrome; playwright-core never downloads a browser of its own. */
export function findChromium(): string | null {
  return candidates.find((p) => existsSync(p)) ?? null;
}

export const chromiumHelp =
  "Browser tests need Chromium. On Debian/Ubuntu: sudo apt-get install -y chromium. " +
  "Elsewhere install Chrome or Chromium and set CHROMIUM_PATH to its executable.";

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(chromiumHelp);
  return chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
};

/** Signs in through the page, whatever the interface language, and waits for the dashboard. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.locator('input[type="email"]').fill(email);
  await page.locator('input[autocomplete="current-password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/\/dashboard/);
}

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const violations = await allViolations(page);
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** Every axe-core violation in the page, whatever its impact. */
export async function allViolations(page: Page): Promise<AxeViolation[]> {
  const source = (require("axe-core") as { source: string }).source;
  await page.addScriptTag({ content: source });
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    return axe.run(document);
  });
  return result.violations;
}
