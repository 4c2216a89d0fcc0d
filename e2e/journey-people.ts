import type { Browser, BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import { createVerifiedUser } from "../server/modules/auth/users.ts";
import { type ApiClient, apiAs, myOrganizationId } from "./api-client.ts";
import { signIn } from "./browser.ts";
import type { E2eServer } from "./server.ts";

/** Someone a journey follows, with the organisation they work for. */
export type JourneyPerson = {
  email: string;
  password: string;
  name: string;
  organization: string;
  profile: Record<string, unknown>;
};

/** Pages wait on the API and on lazily loaded chunks: allow them a few seconds. */
export const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });

/** With E2E_SHOTS=dir, each step leaves a screenshot there for a person to look at. */
export async function shot(page: Page, name: string) {
  const dir = process.env.E2E_SHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/** Makes the person (verified) and their organisation; answers their API client and its id. */
export async function withOrganization(
  server: E2eServer,
  person: JourneyPerson,
): Promise<[ApiClient, string]> {
  await createVerifiedUser(
    { db: server.app.services.db, auth: server.app.services.auth },
    { email: person.email, password: person.password, name: person.name },
  );
  const client = await apiAs(server.url, person.email, person.password);
  await client.POST("/api/v1/organizations", {
    body: { name: person.organization, ...person.profile } as never,
  });
  return [client, await myOrganizationId(client, person.organization)];
}

/**
 * A page signed in as the person, at a width and in a language (saved before the app loads);
 * its context joins `contexts`, for the journey to close at the end.
 */
export async function signedInPage(
  browser: Browser,
  server: E2eServer,
  contexts: BrowserContext[],
  person: JourneyPerson,
  width: number,
  locale = "en",
): Promise<Page> {
  const context = await browser.newContext({
    locale: locale === "ar" ? "ar" : "en-GB",
    viewport: { width, height: 900 },
  });
  if (locale !== "en") {
    await context.addInitScript((l) => localStorage.setItem("cg.locale", l), locale);
  }
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, server.url, person.email, person.password);
  return page;
}

/**
 * Makes the person (verified) and brings them into an organisation as a member: invited by
 * the owner's client, accepted through the link mailed to them. Answers their user id.
 */
export async function asColleague(
  server: E2eServer,
  owner: ApiClient,
  organizationId: string,
  person: JourneyPerson,
): Promise<string> {
  await createVerifiedUser(
    { db: server.app.services.db, auth: server.app.services.auth },
    { email: person.email, password: person.password, name: person.name },
  );
  await owner.POST("/api/v1/organizations/{id}/invitations", {
    params: { path: { id: organizationId } },
    body: { email: person.email, role: "member" },
  });
  const link = await server.lastLinkTo(person.email, /\/invitations\/[^/]+$/);
  const client = await apiAs(server.url, person.email, person.password);
  await client.POST("/api/v1/invitations/accept", {
    body: { token: decodeURIComponent(link.split("/").pop() ?? "") },
  });
  return (await client.GET("/api/v1/session")).me?.id ?? "";
}
