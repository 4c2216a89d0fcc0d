import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./browser.ts";
import { expectAccessible } from "./expect-accessible.ts";
import { type E2eServer, startServer } from "./server.ts";

// The meter loads zxcvbn's dictionaries (megabytes) on first use; a busy machine takes seconds.
const slowPoll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000 });

describe("a newcomer's first journey", () => {
  let server: E2eServer;
  let browser: Browser;
  const email = "nadia@sahel-solidarite.example";
  const password = "a long and unguessable passphrase";
  const adminEmail = "admin@platform.example";
  const adminPassword = "another long admin passphrase";
  const orgName = "Réseau Solidarité Sahel";

  beforeAll(async () => {
    server = await startServer();
    await server.createAdmin(adminEmail, adminPassword);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("signs up, verifies the email, creates an organisation, finds it misspelled and reads it in Arabic", async () => {
    const context = await browser.newContext({
      locale: "en-GB",
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();

    await page.goto(`${server.url}/`);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toContain("Find partners");
    await expectAccessible(page, "landing");

    await page.goto(`${server.url}/sign-up`);
    await page.getByLabel("Your name").fill("Nadia Diallo");
    await page.getByLabel("Email address").fill(email);
    const newPassword = page.locator('input[autocomplete="new-password"]');
    const strength = page.getByTestId("password-strength");
    // The meter runs the server's rule in the browser, with the name and email as user inputs.
    await newPassword.fill("password123");
    await slowPoll(() => strength.textContent()).toMatch(/^Password strength: very weak\. \S/);
    expect(await strength.getByRole("progressbar", { name: "Password strength" }).count()).toBe(1);
    await expectAccessible(page, "sign-up with a weak password");
    await page.getByRole("button", { name: "Create account" }).click();
    await slowPoll(() => page.getByRole("alert").textContent()).toContain(
      "This password is too easy to guess.",
    );
    await newPassword.fill(email);
    await slowPoll(() => strength.textContent()).toContain(
      "It contains your name or email address.",
    );
    await newPassword.fill(password);
    await slowPoll(() => strength.textContent()).toMatch(/^Password strength: (very )?strong\.$/);
    await expectAccessible(page, "sign-up");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/\/check-email/);
    await slowPoll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Check your email",
    );
    await expectAccessible(page, "check-email");

    const link = await server.lastLinkTo(email, /\/api\/auth\/verify-email\?token=/);
    await page.goto(link);
    await page.waitForURL(/\/dashboard/);
    await expectAccessible(page, "dashboard");

    await page.getByRole("link", { name: "Create an organisation" }).first().click();
    await page.waitForURL(/\/organizations\/new/);
    await page.getByRole("textbox", { name: "Name", exact: true }).fill(orgName);
    await page.getByLabel("Acronym").fill("RSS");
    await page.getByRole("combobox", { name: "Type of organisation" }).click();
    await page.getByRole("option", { name: "Human rights" }).click();
    await page.keyboard.press("Escape");
    await page.getByLabel("Level of work").selectOption({ label: "National" });
    await expectAccessible(page, "organisation form");
    await page.getByRole("button", { name: "Create the profile" }).click();
    await page.waitForURL(/\/organizations\/[0-9a-f-]{36}$/);
    await slowPoll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain(orgName);
    await expectAccessible(page, "organisation profile");

    await page.goto(`${server.url}/directory`);
    await page.getByLabel("Search organisations").fill("Solidarite Sahl");
    const result = page.getByRole("link", { name: orgName });
    await result.first().waitFor();
    await expectAccessible(page, "directory");

    await page.getByLabel("Language").first().selectOption("ar");
    await slowPoll(() => page.evaluate(() => document.documentElement.dir)).toBe("rtl");
    await slowPoll(() => page.evaluate(() => document.documentElement.lang)).toBe("ar");
    await slowPoll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("الدليل");
    await expectAccessible(page, "directory in Arabic");
    await context.close();
  });

  it("lets a platform administrator verify the new organisation", async () => {
    const context = await browser.newContext({
      locale: "en-GB",
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel("Email address").fill(adminEmail);
    await page.locator('input[autocomplete="current-password"]').fill(adminPassword);
    await expectAccessible(page, "sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/dashboard/);

    await page.goto(`${server.url}/admin`);
    await page.getByRole("button", { name: `Verify ${orgName}` }).click();
    // The badge is granted only once the administrator confirms, with the name in view.
    const dialog = page.getByRole("dialog");
    // The name sits in Unicode isolates inside the sentence.
    const question = new RegExp(`^Verify \u2068?${orgName}\u2069?\\?$`);
    await slowPoll(() => dialog.getByText(question).count()).toBe(1);
    await expectAccessible(page, "admin verification, confirming");
    await dialog.getByRole("button", { name: "Verify", exact: true }).click();
    await slowPoll(() => page.getByRole("button", { name: `Verify ${orgName}` }).count()).toBe(0);
    await expectAccessible(page, "admin verification");

    await page.getByRole("tab", { name: "Verified" }).click();
    await page.getByRole("link", { name: orgName }).first().click();
    await page.waitForURL(/\/organizations\/[0-9a-f-]{36}$/);
    await slowPoll(() => page.getByText("Platform Admin").count()).toBeGreaterThan(0);
    await expectAccessible(page, "verified profile");
    await context.close();
  });

  it("shows the password meter in French and Arabic at phone width", async () => {
    for (const [locale, weak] of [
      ["fr", "Ce mot de passe est trop facile à deviner."],
      ["ar", "كلمة المرور هذه سهلة التخمين."],
    ] as const) {
      const context = await browser.newContext({ locale, viewport: { width: 375, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/sign-up`);
      await page.locator('input[autocomplete="name"]').fill("Amina Haddad");
      await page.locator('input[autocomplete="email"]').fill("amina@example.org");
      await page.locator('input[autocomplete="new-password"]').fill("amina12345");
      const strength = page.getByTestId("password-strength");
      await slowPoll(() => strength.getByRole("progressbar").count()).toBe(1);
      await page.locator('button[type="submit"]').click();
      await slowPoll(() => page.getByRole("alert").textContent()).toContain(weak);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expectAccessible(page, `sign-up meter at 375 px in ${locale}`);
      if (process.env.SCREENSHOTS_DIR) {
        await page.screenshot({
          path: `${process.env.SCREENSHOTS_DIR}/sign-up-meter-${locale}.png`,
          fullPage: true,
        });
      }
      await context.close();
    }
  });

  it("works at phone width in Arabic", async () => {
    const context = await browser.newContext({
      locale: "ar",
      viewport: { width: 375, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/directory?q=${encodeURIComponent(orgName)}`);
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe("rtl");
    await page.getByRole("link", { name: orgName }).first().waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, "directory at 375 px in Arabic");
    await context.close();
  });

  it("signs in with the keyboard alone", async () => {
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.keyboard.press("Tab");
    const first = await page.evaluate(() => document.activeElement?.textContent);
    expect(first).toBe("Skip to content");
    const focusedLabel = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement | null;
        return element?.labels?.[0]?.textContent ?? element?.getAttribute("aria-label") ?? "";
      });
    for (let i = 0; i < 20 && !(await focusedLabel()).startsWith("Email address"); i++) {
      await page.keyboard.press("Tab");
    }
    expect(await focusedLabel()).toContain("Email address");
    await page.keyboard.type(email);
    await page.keyboard.press("Tab");
    await page.keyboard.type(password);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/dashboard/);
    await context.close();
  });
});
