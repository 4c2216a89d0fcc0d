import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../cli/seed/demo.ts";
import { horizontalOverflow, launchBrowser, signIn } from "./browser.ts";
import { expectAccessible } from "./expect-accessible.ts";
import { poll, shot } from "./journey-people.ts";
import { type E2eServer, startServer } from "./server.ts";

/**
 * On a slow or broken link (issue 16): pages are read before their script arrives, the app takes
 * them over without losing what the reader typed, and a page read once stays readable offline,
 * saying when its copy was saved, until the reader signs out.
 */
describe("on a slow or broken link", () => {
  let server: E2eServer;
  let browser: Browser;
  let amina: { email: string; password: string };
  let coalitionId: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer();
    const demo = await seedDemo(server.app.services);
    const found = demo.signIns.find((s) => s.email.startsWith("amina@"));
    if (!found) throw new Error("demo sign-in amina missing");
    amina = found;
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await server?.close();
  });

  const newContext = async (locale: string, options: { scripts: boolean }) => {
    const context = await browser.newContext({
      viewport: { width: 375, height: 800 },
      locale,
      serviceWorkers: options.scripts ? "allow" : "block",
    });
    if (!options.scripts) await context.route("**/assets/*.js", (route) => route.abort());
    contexts.push(context);
    return context;
  };

  it("reads and searches the directory with no script at all, in Arabic and French at 375 px", async () => {
    const context = await newContext("ar", { scripts: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/directory`);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe("rtl");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("الدليل");
    expect(await page.locator("main article").count()).toBeGreaterThan(5);
    await expectAccessible(page, "directory first view, ar, 375 px");
    await shot(page, "slow-link-1-directory-first-view-ar-375");

    // The search is a form: it works without the app, and finds a profile written in French.
    await page.getByRole("searchbox").fill("المرأة");
    await page.getByRole("searchbox").press("Enter");
    await page.waitForURL(/\/directory\?q=/);
    const names = await page.locator("main article h3 a").allTextContents();
    expect(names).toContain("Réseau des Femmes Leaders du Kivu");
    // A result is a link that opens without the app too (the profile page is the app's).
    expect(await page.locator("main article h3 a").first().getAttribute("href")).toMatch(
      /^\/organizations\/[0-9a-f-]{36}$/,
    );

    const french = await (await newContext("fr-FR", { scripts: false })).newPage();
    for (const path of ["/", "/directory", "/directory?q=femmes"]) {
      await french.goto(`${server.url}${path}`);
      expect(await french.evaluate(() => document.documentElement.lang)).toBe("fr");
      expect(await horizontalOverflow(french), path).toBeNull();
    }
    await expectAccessible(french, "directory first view, fr, 375 px");
  });

  it("hands the page to the app, carrying over the words typed before the script came", async () => {
    const context = await newContext("en-GB", { scripts: true });
    let release = () => {};
    const typed = new Promise<void>((resolve) => (release = resolve));
    // The entry script waits until the reader has typed, as it would on a slow link.
    await context.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await typed;
      await route.continue();
    });
    const page = await context.newPage();
    // Not waiting for "load": that waits for the script held back above.
    await page.goto(`${server.url}/directory`, { waitUntil: "commit" });
    await page.locator("#first-view").getByRole("searchbox").fill("Sahel");
    release();
    await page.waitForSelector('html[data-app="ready"]');
    expect(await page.locator("#first-view").count()).toBe(0);
    await page.waitForURL(/q=Sahel/);
    const field = page.getByLabel("Search organisations");
    expect(await field.inputValue()).toBe("Sahel");
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await poll(() => page.locator("main article").count()).toBeGreaterThan(0);
  });

  it("keeps a page read once readable offline with the time of its copy, until sign-out", async () => {
    const context = await newContext("ar", { scripts: true });
    const page = await context.newPage();
    await signIn(page, server.url, amina.email, amina.password);
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return Boolean(registration?.active) && navigator.serviceWorker.controller !== null;
    });
    const coalitions = (await (
      await context.request.get(`${server.url}/api/v1/coalitions`)
    ).json()) as { items: { id: string; name: string; inside: boolean }[] };
    const mine = coalitions.items.find((c) => c.inside);
    if (!mine) throw new Error("Amina's organisation is in no coalition in the demo data");
    coalitionId = mine.id;
    // Read once with a connection: the worker keeps the page and what it asked for.
    await page.goto(`${server.url}/coalitions/${coalitionId}`);
    await page.waitForSelector('html[data-app="ready"]');
    await poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(mine.name);
    await page.waitForLoadState("networkidle");

    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('html[data-app="ready"]');
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(mine.name);
    const notice = page.getByRole("status").filter({ hasText: "لا يوجد اتصال" });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/\d/);
    // A section whose answers are never kept (risk assessments) says why in Arabic, not in
    // the browser's English.
    await poll(() =>
      page.getByText("تعذّر الوصول إلى الخادم", { exact: false }).count(),
    ).toBeGreaterThan(0);
    expect(await page.getByText("Failed to fetch").count()).toBe(0);
    await expectAccessible(page, "coalition offline copy, ar, 375 px");
    await shot(page, "slow-link-2-offline-copy-ar-375");

    // Signing out leaves nothing of the account on the device.
    await context.setOffline(false);
    await page.goto(`${server.url}/dashboard`);
    await page.getByRole("button", { name: "فتح القائمة" }).click();
    await page.getByRole("button", { name: "تسجيل الخروج" }).click();
    await page.waitForURL(`${server.url}/`);
    // What the signed-out landing page reads afterwards (the vocabularies) may be kept again.
    const kept = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of ["cg-pages", "cg-api"]) {
        if (!(await caches.has(name))) continue;
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      }
      return urls;
    });
    expect(kept.filter((url) => /\/(coalitions|me|dashboard|organizations)\b/.test(url))).toEqual(
      [],
    );
  });
});
