import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testPassword, uniqueEmail } from "../../test/actors.ts";
import {
  authPost,
  browserGet,
  pathOf,
  signIn,
  signedIn,
  verifiedAccount,
} from "../../test/auth-client.ts";
import { type TestApp, backends, createTestApp } from "../../test/harness.ts";
import { users } from "./auth.table.ts";

const strong = "olive lantern quietly sixteen";

describe.each(backends)("password strength on every way a password is set, on %s", (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  afterAll(async () => {
    await t.close();
  });

  async function userRow(email: string) {
    const [row] = await t.services.db.select().from(users).where(eq(users.email, email));
    return row;
  }

  it("refuses a weak password at sign-up, says why, and creates no account", async () => {
    for (const [password, reason] of [
      ["password123", "common"],
      ["aaaaaaaaaa", "simpleRepeat"],
      ["same-as-email", "userInputs"],
      ["nadiabenali2024", "userInputs"],
    ] as const) {
      const email = uniqueEmail("weak");
      const response = await authPost(t, "/sign-up/email", {
        email,
        password: password === "same-as-email" ? email : password,
        name: "Nadia Benali",
      });
      expect(response.statusCode, password).toBe(400);
      const body = response.json() as { code: string; message: string; reason: string };
      expect(body.code).toBe("WEAK_PASSWORD");
      expect(body.message).toMatch(/too easy to guess/);
      expect(body.reason).toBe(reason);
      expect(await userRow(email)).toBeUndefined();
      expect(t.mails.lastTo(email)).toBeUndefined();
    }
  });

  it("accepts a strong password at sign-up", async () => {
    const email = uniqueEmail("strong");
    const response = await authPost(t, "/sign-up/email", { email, password: strong, name: "S" });
    expect(response.statusCode, response.body).toBe(200);
    await t.app.scheduler.runOnce();
    expect(await userRow(email)).toBeDefined();
  });

  it("refuses a weak password on reset and leaves the link usable", async () => {
    const account = await verifiedAccount(t, "resetter");
    await authPost(t, "/request-password-reset", {
      email: account.email,
      redirectTo: "/reset-password",
    });
    await t.app.scheduler.runOnce();
    const followed = await browserGet(t, pathOf(t.mails.lastTo(account.email)?.link));
    const token = new URL(String(followed.headers.location), "http://x").searchParams.get("token");

    // The local part of the owner's own address is what a guesser tries first.
    const weak = await authPost(t, "/reset-password", {
      newPassword: `${account.email.split("@")[0]}`,
      token,
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({ code: "WEAK_PASSWORD", reason: "userInputs" });
    expect((await signIn(t, account.email, account.password)).response.statusCode).toBe(200);

    const good = await authPost(t, "/reset-password", { newPassword: strong, token });
    expect(good.statusCode, good.body).toBe(200);
    expect((await signIn(t, account.email, strong)).response.statusCode).toBe(200);
  });

  it("refuses a weak password on change and keeps the old one", async () => {
    const account = await verifiedAccount(t, "changer");
    const jar = await signedIn(t, account);
    const weak = await authPost(
      t,
      "/change-password",
      { currentPassword: account.password, newPassword: "password1234" },
      { jar },
    );
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({ code: "WEAK_PASSWORD" });
    expect((await signIn(t, account.email, account.password)).response.statusCode).toBe(200);
    expect((await signIn(t, account.email, "password1234")).response.statusCode).toBe(401);

    const good = await authPost(
      t,
      "/change-password",
      { currentPassword: testPassword, newPassword: strong },
      { jar },
    );
    expect(good.statusCode, good.body).toBe(200);
  });
});
