import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { type Browser, type Cookie, type Page, chromium } from "playwright-core";

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

/**
 * The system's Chromium, headless, watching for Content-Security-Policy violations: a page that
 * tries anything the policy refuses (an inline script, a foreign origin) fails the journey when
 * its context closes, or when the browser closes for a context left open.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(chromiumHelp);
  const browser = await chromium.launch({
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
  failOnPolicyViolations(browser);
  return browser;
}

function failOnPolicyViolations(browser: Browser) {
  const unreported = new Set<string[]>();
  const fail = (seen: string[]) => {
    unreported.delete(seen);
    if (seen.length) {
      throw new Error(`Content Security Policy violations:\n${seen.join("\n")}`);
    }
  };
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    const seen: string[] = [];
    unreported.add(seen);
    // Chromium logs each refusal as a console error; the event also names the directive.
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(
          `Content Security Policy violation: ${event.violatedDirective} refused ${
            event.blockedURI || "inline"
          } (${event.sourceFile}:${event.lineNumber})`,
        );
      });
    });
    context.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text())) {
        seen.push(`${message.page()?.url() ?? "?"}: ${message.text()}`);
      }
    });
    const close = context.close.bind(context);
    context.close = async (closeOptions) => {
      await close(closeOptions);
      fail(seen);
    };
    return context;
  };
  const close = browser.close.bind(browser);
  browser.close = async (closeOptions) => {
    await close(closeOptions);
    for (const seen of [...unreported]) fail(seen);
  };
}

type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
};

/** Sessions made through the sign-in page, by server and address: the session cookies. */
const sessions = new Map<string, Cookie[]>();

/**
 * Signs in through the page, whatever the interface language, and waits for the dashboard.
 * A person already signed in through the page on this server (in another context of the
 * journey) is given that session's cookies instead, while the server still accepts them, and
 * opens the dashboard: typing the same password again in each new context proved nothing more
 * and took seconds each time.
 */
export async function signIn(page: Page, baseUrl: string, email: string, password: string) {
  const key = `${baseUrl} ${email.toLowerCase()}`;
  const cookies = sessions.get(key);
  if (cookies) {
    await page.context().addCookies(cookies);
    const me = await page.context().request.get(`${baseUrl}/api/v1/me`);
    if (me.ok()) {
      await page.goto(`${baseUrl}/dashboard`);
      await page.waitForURL(/\/dashboard/);
      return;
    }
    await page.context().clearCookies();
  }
  await page.goto(`${baseUrl}/sign-in`);
  await page.locator('input[type="email"]').fill(email);
  await page.locator('input[autocomplete="current-password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/\/dashboard/);
  sessions.set(key, await page.context().cookies(baseUrl));
}

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const violations = await allViolations(page);
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** Every axe-core violation in the page, whatever its impact. */
export async function allViolations(page: Page): Promise<AxeViolation[]> {
  // Let transitions (a dialog fading in) end first: mid-way, text is still partly transparent.
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 2000)),
    ]),
  );
  const source = (require("axe-core") as { source: string }).source;
  // Evaluated through the DevTools protocol: an inline <script> tag would be (rightly) refused
  // by the page's Content-Security-Policy.
  await page.evaluate(source);
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

/**
 * Whether the page is wider than the window (a phone would scroll sideways), and if so which
 * element reaches furthest past its edge, innermost first, so the report names the culprit.
 */
export async function horizontalOverflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const width = window.innerWidth;
    if (root.scrollWidth <= width) return null;
    const rtl = document.documentElement.dir === "rtl";
    // An element inside a box that clips or scrolls sideways cannot widen the page.
    const clipped = (element: Element) => {
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== "visible") return true;
      }
      return false;
    };
    let worst: { element: Element; past: number } | null = null;
    for (const element of document.body.querySelectorAll("*")) {
      const box = element.getBoundingClientRect();
      if (!box.width) continue;
      // Text too long for its box spills out of it without widening the box: scrollWidth
      // counts it, on the side the writing direction runs to.
      const reach = Math.max(box.width, element.scrollWidth);
      const past = rtl ? reach - box.right : box.left + reach - width;
      if (past < 1 || clipped(element)) continue;
      // Ties go to the later, inner element: the parent only follows its child.
      if (!worst || past >= worst.past) worst = { element, past };
    }
    const describe = (element: Element) => {
      const classes = [...element.classList].slice(0, 3).join(".");
      const text = (element.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 80);
      return `<${element.tagName.toLowerCase()}${classes ? `.${classes}` : ""}> "${text}"`;
    };
    return `page is ${root.scrollWidth}px wide in a ${width}px window${
      worst ? `; ${describe(worst.element)} reaches ${Math.round(worst.past)}px past the edge` : ""
    }`;
  });
}

/**
 * Text the page cuts short with an ellipsis ("Democra…" in a tag): an element whose text is
 * wider than its box and whose style ends it with `text-overflow: ellipsis`. Form fields are
 * left out (a typed value scrolls inside its field).
 */
export async function cutText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cut: string[] = [];
    for (const element of document.body.querySelectorAll("*")) {
      if (element.closest("input, textarea, select, [contenteditable]")) continue;
      const style = getComputedStyle(element);
      if (style.textOverflow !== "ellipsis" || style.overflowX === "visible") continue;
      if (element.scrollWidth <= element.clientWidth + 1 || !element.clientWidth) continue;
      cut.push((element.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 80));
    }
    return cut;
  });
}
