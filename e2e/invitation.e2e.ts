import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, signIn } from "./browser.ts";
import { expectAccessible } from "./expect-accessible.ts";
import { type E2eServer, startServer } from "./server.ts";

describe("inviting a colleague who has no account yet", () => {
  let server: E2eServer;
  let browser: Browser;
  const owner = { email: "owner@legal-aid.example", password: "owner passphrase, long enough" };
  const colleague = "colleague@legal-aid.example";
  const orgName = "Clinique Juridique Andine";

  beforeAll(async () => {
    server = await startServer();
    await server.createAdmin(owner.email, owner.password);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("sends the invitation, and brings the colleague back to it after signing up", async () => {
    const ownerContext = await browser.newContext({ locale: "en-GB" });
    const ownerPage = await ownerContext.newPage();
    await signIn(ownerPage, server.url, owner.email, owner.password);
    await ownerPage.goto(`${server.url}/organizations/new`);
    await ownerPage.getByRole("textbox", { name: "Name", exact: true }).fill(orgName);
    await ownerPage.getByRole("combobox", { name: "Type of organisation" }).click();
    await ownerPage.getByRole("option", { name: "Legal aid" }).click();
    await ownerPage.keyboard.press("Escape");
    await ownerPage.getByLabel("Level of work").selectOption({ label: "Regional" });
    await ownerPage.getByRole("button", { name: "Create the profile" }).click();
    await ownerPage.waitForURL(/\/organizations\/[0-9a-f-]{36}$/);
    const orgPath = new URL(ownerPage.url()).pathname;

    await ownerPage.goto(`${server.url}${orgPath}/members`);
    await ownerPage.getByRole("textbox", { name: "Email address" }).fill(colleague);
    await ownerPage.getByRole("button", { name: "Send the invitation" }).click();
    await expect.poll(() => ownerPage.getByText(colleague).count()).toBeGreaterThan(0);
    await expectAccessible(ownerPage, "members with an open invitation");
    await ownerContext.close();

    const invitationLink = await server.lastLinkTo(colleague, /\/invitations\/[^/]+$/);
    const context = await browser.newContext({
      locale: "en-GB",
      viewport: { width: 375, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(invitationLink ?? "");
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toContain(orgName);
    await expectAccessible(page, "invitation, signed out");

    await page.getByRole("link", { name: "Sign up" }).last().click();
    await page.waitForURL(/\/sign-up/);
    await page.getByLabel("Your name").fill("Colleague");
    await page.getByLabel("Email address").fill(colleague);
    await page.locator('input[autocomplete="new-password"]').fill("colleague passphrase, long");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/\/check-email/);

    const verifyLink = await server.lastLinkTo(colleague, /verify-email/);
    await page.goto(verifyLink);
    await page.waitForURL(/\/invitations\//);
    await page.getByRole("button", { name: "Accept the invitation" }).click();
    await page.waitForURL(new RegExp(`${orgPath}$`));
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toContain(orgName);
    await context.close();
  });
});
