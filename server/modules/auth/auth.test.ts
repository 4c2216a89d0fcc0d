import { count, eq } from "drizzle-orm";
import fc from "fast-check";
import * as OTPAuth from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AccountSessions, Me } from "../../../shared/account.ts";
import { testPassword, uniqueEmail } from "../../test/actors.ts";
import {
  type Account,
  CookieJar,
  authPost,
  browserGet,
  pathOf,
  setCookieLine,
  signIn,
  signedIn,
  verifiedAccount,
} from "../../test/auth-client.ts";
import {
  type TestApp,
  TestClock,
  backends,
  createTestApp,
  testOrigin,
} from "../../test/harness.ts";
import { signInDelayMs } from "./auth.routes.ts";
import { clientIpHeader } from "./auth.ts";
import { rateLimits, sessions, signInFailures, twoFactors, users } from "./auth.table.ts";

const newPassword = "a brand new passphrase 42";

function me(t: TestApp, jar: CookieJar) {
  return browserGet(t, "/api/v1/me", { jar });
}

async function expectSignedOut(t: TestApp, jar: CookieJar) {
  const response = await browserGet(t, "/api/v1/me", { headers: { cookie: jar.header } });
  expect(response.statusCode).toBe(401);
  expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
  expect(response.json()).toMatchObject({ status: 401, title: "Unauthorized" });
}

async function sessionCount(t: TestApp, userId: string) {
  const [row] = await t.services.db
    .select({ n: count() })
    .from(sessions)
    .where(eq(sessions.userId, userId));
  return row?.n ?? 0;
}

async function userRow(t: TestApp, email: string) {
  const [row] = await t.services.db.select().from(users).where(eq(users.email, email));
  return row;
}

/** Enables TOTP for a signed-in account and confirms it with a code, as the settings page does. */
async function enableTotp(t: TestApp, account: Account, jar: CookieJar) {
  const enabled = await authPost(t, "/two-factor/enable", { password: account.password }, { jar });
  expect(enabled.statusCode, enabled.body).toBe(200);
  const { totpURI, backupCodes } = enabled.json() as { totpURI: string; backupCodes: string[] };
  const totp = OTPAuth.URI.parse(totpURI);
  if (!(totp instanceof OTPAuth.TOTP)) throw new Error(`not a TOTP URI: ${totpURI}`);
  const confirmed = await authPost(
    t,
    "/two-factor/verify-totp",
    { code: totp.generate() },
    { jar },
  );
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  return { totp, totpURI, backupCodes };
}

/** A six-digit code the authenticator would not show now (nor in the accepted window). */
function wrongCode(totp: OTPAuth.TOTP): string {
  const accepted = new Set(
    [-30_000, 0, 30_000].map((shift) => totp.generate({ timestamp: Date.now() + shift })),
  );
  for (let n = 0; ; n++) {
    const candidate = String(n).padStart(6, "0");
    if (!accepted.has(candidate)) return candidate;
  }
}

describe("signInDelayMs", () => {
  it("lets the first three failures through at once, then doubles from half a second", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(signInDelayMs)).toEqual([
      0, 0, 0, 500, 1000, 2000, 4000, 8000,
    ]);
  });

  it("never waits more than eight seconds and never shortens as failures grow", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (failures) => {
        const delay = signInDelayMs(failures);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(8000);
        expect(signInDelayMs(failures + 1)).toBeGreaterThanOrEqual(delay);
      }),
    );
  });
});

describe.each(backends)("accounts through /api/auth on %s", (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  afterAll(async () => {
    await t.close();
  });

  describe("sign-up and email verification", () => {
    it("refuses sign-in until the mailed link is followed, then signs the person in", async () => {
      const email = uniqueEmail("amina");
      const signUp = await authPost(t, "/sign-up/email", {
        email,
        password: testPassword,
        name: "Amina Haddad",
        locale: "fr",
      });
      expect(signUp.statusCode, signUp.body).toBe(200);
      expect(signUp.json()).toMatchObject({
        token: null,
        user: { email, name: "Amina Haddad", emailVerified: false, locale: "fr" },
      });
      expect(signUp.cookies.filter((c) => c.value)).toEqual([]);

      // The account is made and the mail written after the answer.
      await t.app.scheduler.runOnce();
      const mail = t.mails.lastTo(email);
      expect(mail?.subject).toBe("Confirmez votre adresse e-mail pour Common Ground");
      expect(mail?.link).toMatch(new RegExp(`^${testOrigin}/api/auth/verify-email\\?token=`));
      expect(mail?.text).toContain(mail?.link);
      const mailsBefore = t.mails.length;

      const early = await signIn(t, email, testPassword);
      expect(early.response.statusCode).toBe(403);
      expect(early.response.json()).toMatchObject({ code: "EMAIL_NOT_VERIFIED" });
      expect(early.jar.has("cg.session_token")).toBe(false);
      // Signing in unverified sends the link again, for whoever lost the first mail.
      expect(t.mails.length).toBe(mailsBefore + 1);
      expect((await userRow(t, email))?.emailVerified).toBe(false);

      const jar = new CookieJar();
      const followed = await browserGet(t, pathOf(mail?.link), { jar });
      expect(followed.statusCode).toBe(302);
      expect(followed.headers.location).toBe("/");
      expect(jar.has("cg.session_token")).toBe(true);
      const afterLink = await me(t, jar);
      expect(afterLink.statusCode, afterLink.body).toBe(200);
      expect(Me.parse(afterLink.json())).toMatchObject({
        email,
        emailVerified: true,
        locale: "fr",
      });

      const later = await signIn(t, email, testPassword);
      expect(later.response.statusCode, later.response.body).toBe(200);
      expect(later.response.json()).toMatchObject({ user: { email, emailVerified: true } });
      const profile = await me(t, later.jar);
      expect(profile.statusCode).toBe(200);
      expect(profile.json()).toMatchObject({
        email,
        emailVerified: true,
        twoFactorEnabled: false,
        isPlatformAdmin: false,
      });
    });

    it("refuses a tampered verification link and leaves the address unverified", async () => {
      const email = uniqueEmail("tamper");
      await authPost(t, "/sign-up/email", { email, password: testPassword, name: "T" });
      await t.app.scheduler.runOnce();
      const link = t.mails.lastTo(email)?.link ?? "";
      // Change the first character of the signature: it carries six whole bits.
      const tampered = link.replace(
        /(token=[^.&]+\.[^.&]+\.)(.)/,
        (_m, head: string, first: string) => `${head}${first === "A" ? "B" : "A"}`,
      );
      expect(tampered).not.toBe(link);
      const jar = new CookieJar();
      const response = await browserGet(t, pathOf(tampered), { jar });
      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe("/?error=INVALID_TOKEN");
      expect(jar.has("cg.session_token")).toBe(false);
      expect((await userRow(t, email))?.emailVerified).toBe(false);
    });

    it("answers a sign-up for a taken address like any other and keeps the owner's password", async () => {
      const owner = await verifiedAccount(t, "taken");
      const mailsBefore = t.mails.length;
      const again = await authPost(t, "/sign-up/email", {
        email: owner.email,
        password: "an impostor's password",
        name: "Impostor",
      });
      expect(again.statusCode, again.body).toBe(200);
      expect(again.json()).toMatchObject({ token: null, user: { emailVerified: false } });
      await t.app.scheduler.runOnce();
      expect(t.mails.length).toBe(mailsBefore);
      expect((await userRow(t, owner.email))?.name).toBe("taken");
      expect((await signIn(t, owner.email, "an impostor's password")).response.statusCode).toBe(
        401,
      );
      expect((await signIn(t, owner.email, owner.password)).response.statusCode).toBe(200);
    });

    it("refuses a password shorter than ten characters and creates no account", async () => {
      const email = uniqueEmail("short");
      const response = await authPost(t, "/sign-up/email", {
        email,
        password: "short1",
        name: "S",
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: "PASSWORD_TOO_SHORT" });
      expect(await userRow(t, email)).toBeUndefined();
      expect(t.mails.lastTo(email)).toBeUndefined();
    });

    it("does not let anyone make themselves a platform administrator", async () => {
      const email = uniqueEmail("climber");
      const signUp = await authPost(t, "/sign-up/email", {
        email,
        password: testPassword,
        name: "Climber",
        isPlatformAdmin: true,
      });
      expect(signUp.statusCode, signUp.body).toBe(200);
      expect(signUp.json()).toMatchObject({ user: { isPlatformAdmin: false } });
      await t.app.scheduler.runOnce();
      expect((await userRow(t, email))?.isPlatformAdmin).toBe(false);

      const account = await verifiedAccount(t, "climber2");
      const jar = await signedIn(t, account);
      const update = await authPost(t, "/update-user", { isPlatformAdmin: true }, { jar });
      expect(update.statusCode).toBe(400);
      expect(update.json()).toMatchObject({ code: "FIELD_NOT_ALLOWED" });
      expect((await userRow(t, account.email))?.isPlatformAdmin).toBe(false);
      expect((await me(t, jar)).json()).toMatchObject({ isPlatformAdmin: false });
    });
  });

  describe("sessions and cookies", () => {
    it("sets the session cookie httpOnly and SameSite=Lax, for the whole site", async () => {
      const account = await verifiedAccount(t, "cookie");
      const { response } = await signIn(t, account.email, account.password);
      expect(response.statusCode).toBe(200);
      const line = setCookieLine(response, "cg.session_token");
      expect(line).toMatch(/; HttpOnly(;|$)/);
      expect(line).toMatch(/; SameSite=Lax(;|$)/);
      expect(line).toMatch(/; Path=\/(;|$)/);
      // Served over plain http in tests, so not Secure (a browser would drop it otherwise).
      expect(line).not.toMatch(/; Secure/);
      const cookie = response.cookies.find((c) => c.name === "cg.session_token");
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    });

    it("signs out: the cookie is cleared and the old session no longer authenticates", async () => {
      const account = await verifiedAccount(t, "leaver");
      const jar = await signedIn(t, account);
      const stolen = jar.header;
      expect((await me(t, jar)).statusCode).toBe(200);

      const out = await authPost(t, "/sign-out", {}, { jar });
      expect(out.statusCode).toBe(200);
      expect(out.json()).toEqual({ success: true });
      expect(setCookieLine(out, "cg.session_token")).toMatch(/^cg\.session_token=; Max-Age=0/);
      expect(jar.has("cg.session_token")).toBe(false);
      expect(await sessionCount(t, account.userId)).toBe(0);

      const replayed = await browserGet(t, "/api/v1/me", { headers: { cookie: stolen } });
      expect(replayed.statusCode).toBe(401);
    });

    it("refuses a sign-out posted from another origin and keeps the session", async () => {
      const account = await verifiedAccount(t, "csrf");
      const jar = await signedIn(t, account);
      const response = await authPost(
        t,
        "/sign-out",
        {},
        {
          jar,
          headers: { origin: "https://evil.example" },
        },
      );
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: "INVALID_ORIGIN" });
      expect(await sessionCount(t, account.userId)).toBe(1);
      expect((await me(t, jar)).statusCode).toBe(200);
    });

    it("lists each signed-in device without its token and revokes one, which then no longer authenticates", async () => {
      const account = await verifiedAccount(t, "devices");
      const laptop = await signedIn(t, account);
      const phone = await signedIn(t, account);

      const listed = await browserGet(t, "/api/v1/me/sessions", { jar: laptop });
      expect(listed.statusCode, listed.body).toBe(200);
      const { items } = AccountSessions.parse(listed.json());
      expect(items).toHaveLength(2);
      expect(items.filter((s) => s.current)).toHaveLength(1);
      for (const jar of [laptop, phone]) {
        const token = jar.get("cg.session_token")?.split(".")[0] ?? "";
        expect(token.length).toBeGreaterThan(10);
        expect(listed.body).not.toContain(token);
      }
      const phoneSession = items.find((s) => !s.current);

      // Better Auth's own list, which carries every token, is switched off.
      const theirs = await browserGet(t, "/api/auth/list-sessions", { jar: laptop });
      expect(theirs.statusCode).toBe(404);

      const revoked = await t.app.inject({
        method: "DELETE",
        url: `/api/v1/me/sessions/${phoneSession?.id}`,
        headers: { cookie: laptop.header, origin: testOrigin },
      });
      expect(revoked.statusCode, revoked.body).toBe(204);

      await expectSignedOut(t, phone);
      expect((await me(t, laptop)).statusCode).toBe(200);
      const after = await browserGet(t, "/api/v1/me/sessions", { jar: laptop });
      expect(AccountSessions.parse(after.json()).items).toHaveLength(1);
      expect(await sessionCount(t, account.userId)).toBe(1);
    });

    it("refuses to revoke another person's session by its id, as if it did not exist", async () => {
      const victim = await verifiedAccount(t, "victim-by-id");
      const victimJar = await signedIn(t, victim);
      const victimSession = AccountSessions.parse(
        (await browserGet(t, "/api/v1/me/sessions", { jar: victimJar })).json(),
      ).items[0];
      const attacker = await signedIn(t, await verifiedAccount(t, "attacker-by-id"));
      const attempt = await t.app.inject({
        method: "DELETE",
        url: `/api/v1/me/sessions/${victimSession?.id}`,
        headers: { cookie: attacker.header, origin: testOrigin },
      });
      const missing = await t.app.inject({
        method: "DELETE",
        url: "/api/v1/me/sessions/no-such-session",
        headers: { cookie: attacker.header, origin: testOrigin },
      });
      expect(attempt.statusCode).toBe(404);
      expect(missing.statusCode).toBe(404);
      const { instance: _a, ...attemptBody } = attempt.json() as Record<string, unknown>;
      const { instance: _m, ...missingBody } = missing.json() as Record<string, unknown>;
      expect(attemptBody).toEqual(missingBody);
      expect(await sessionCount(t, victim.userId)).toBe(1);
      expect((await me(t, victimJar)).statusCode).toBe(200);
    });

    it("never puts a session token in a response body", async () => {
      const account = await verifiedAccount(t, "tokenless");
      const { response, jar } = await signIn(t, account.email, account.password);
      const token = jar.get("cg.session_token")?.split(".")[0] ?? "";
      expect(token.length).toBeGreaterThan(10);
      const bodies = [
        response.body,
        (await browserGet(t, "/api/auth/get-session", { jar })).body,
        (await browserGet(t, "/api/v1/me/sessions", { jar })).body,
        (await browserGet(t, "/api/v1/me", { jar })).body,
        (await browserGet(t, "/api/v1/session", { jar })).body,
      ];
      expect(JSON.parse(bodies[1] ?? "null")).toMatchObject({
        session: { userId: account.userId },
      });
      for (const body of bodies) expect(body).not.toContain(token);
    });

    it("does not let one person revoke another person's session", async () => {
      const victim = await verifiedAccount(t, "victim");
      const victimJar = await signedIn(t, victim);
      const victimToken = victimJar.get("cg.session_token")?.split(".")[0];
      const attacker = await signedIn(t, await verifiedAccount(t, "attacker"));

      const response = await authPost(
        t,
        "/revoke-session",
        { token: victimToken },
        {
          jar: attacker,
        },
      );
      expect(response.statusCode).toBe(200);
      expect(await sessionCount(t, victim.userId)).toBe(1);
      expect((await me(t, victimJar)).statusCode).toBe(200);
    });
  });

  describe("password reset", () => {
    it("resets a forgotten password through the mailed link and ends every session", async () => {
      const account = await verifiedAccount(t, "forgetful");
      const oldSession = await signedIn(t, account);

      const requested = await authPost(t, "/request-password-reset", {
        email: account.email,
        redirectTo: "/reset-password",
      });
      expect(requested.statusCode, requested.body).toBe(200);
      expect(requested.json()).toMatchObject({ status: true });
      await t.app.scheduler.runOnce();
      const mail = t.mails.lastTo(account.email);
      expect(mail?.subject).toBe("Reset your Common Ground password");
      expect(mail?.text).toContain(mail?.link);

      const followed = await browserGet(t, pathOf(mail?.link));
      expect(followed.statusCode).toBe(302);
      const location = new URL(String(followed.headers.location), testOrigin);
      expect(location.origin).toBe(testOrigin);
      expect(location.pathname).toBe("/reset-password");
      const token = location.searchParams.get("token");
      expect(token).toMatch(/^\w{20,}$/);

      const reset = await authPost(t, "/reset-password", { newPassword, token });
      expect(reset.statusCode, reset.body).toBe(200);
      expect(reset.json()).toEqual({ status: true });

      expect((await signIn(t, account.email, account.password)).response.statusCode).toBe(401);
      expect((await signIn(t, account.email, newPassword)).response.statusCode).toBe(200);
      await expectSignedOut(t, oldSession);

      const reused = await authPost(t, "/reset-password", {
        newPassword: "yet another one 123",
        token,
      });
      expect(reused.statusCode).toBe(400);
      expect(reused.json()).toMatchObject({ code: "INVALID_TOKEN" });
      expect((await signIn(t, account.email, newPassword)).response.statusCode).toBe(200);
    });

    it("answers a reset request for an unknown address the same way and mails nothing", async () => {
      const email = uniqueEmail("nobody");
      const known = await verifiedAccount(t, "somebody");
      const forKnown = await authPost(t, "/request-password-reset", {
        email: known.email,
        redirectTo: "/reset-password",
      });
      await t.app.scheduler.runOnce();
      const mailsBefore = t.mails.length;
      const forUnknown = await authPost(t, "/request-password-reset", {
        email,
        redirectTo: "/reset-password",
      });
      expect(forUnknown.statusCode).toBe(200);
      expect(forUnknown.json()).toEqual(forKnown.json());
      await t.app.scheduler.runOnce();
      expect(t.mails.length).toBe(mailsBefore);
    });

    it("refuses a reset link that would carry the token to another site", async () => {
      const account = await verifiedAccount(t, "phished");
      const mailsBefore = t.mails.length;
      const response = await authPost(t, "/request-password-reset", {
        email: account.email,
        redirectTo: "https://evil.example/steal",
      });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: "INVALID_REDIRECT_URL" });
      await t.app.scheduler.runOnce();
      expect(t.mails.length).toBe(mailsBefore);
    });

    it("refuses a made-up reset token and keeps the password", async () => {
      const account = await verifiedAccount(t, "guarded");
      const response = await authPost(t, "/reset-password", {
        newPassword,
        token: "aaaaaaaaaaaaaaaaaaaaaaaa",
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: "INVALID_TOKEN" });
      expect((await signIn(t, account.email, account.password)).response.statusCode).toBe(200);
    });
  });

  describe("change password", () => {
    it("changes the password when the current one is given", async () => {
      const account = await verifiedAccount(t, "changer");
      const jar = await signedIn(t, account);
      const response = await authPost(
        t,
        "/change-password",
        { currentPassword: account.password, newPassword },
        { jar },
      );
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ user: { email: account.email } });
      expect((await signIn(t, account.email, account.password)).response.statusCode).toBe(401);
      expect((await signIn(t, account.email, newPassword)).response.statusCode).toBe(200);
    });

    it("refuses a change with the wrong current password, and without a session", async () => {
      const account = await verifiedAccount(t, "unsure");
      const jar = await signedIn(t, account);
      const wrong = await authPost(
        t,
        "/change-password",
        { currentPassword: "not my password at all", newPassword },
        { jar },
      );
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json()).toMatchObject({ code: "INVALID_PASSWORD" });

      const anonymous = await authPost(t, "/change-password", {
        currentPassword: account.password,
        newPassword,
      });
      expect(anonymous.statusCode).toBe(401);

      expect((await signIn(t, account.email, newPassword)).response.statusCode).toBe(401);
      expect((await signIn(t, account.email, account.password)).response.statusCode).toBe(200);
    });
  });

  describe("TOTP second factor", () => {
    it("enables TOTP only once a code from the authenticator confirms it", async () => {
      const account = await verifiedAccount(t, "careful");
      const jar = await signedIn(t, account);

      const badPassword = await authPost(
        t,
        "/two-factor/enable",
        { password: "not my password at all" },
        { jar },
      );
      expect(badPassword.statusCode).toBe(400);
      expect(badPassword.json()).toMatchObject({ code: "INVALID_PASSWORD" });

      const enabled = await authPost(
        t,
        "/two-factor/enable",
        { password: account.password },
        { jar },
      );
      expect(enabled.statusCode, enabled.body).toBe(200);
      const { totpURI, backupCodes } = enabled.json() as { totpURI: string; backupCodes: string[] };
      expect(totpURI).toMatch(/^otpauth:\/\/totp\/Common%20Ground:/);
      expect(totpURI).toContain(encodeURIComponent(account.email));
      expect(backupCodes).toHaveLength(10);
      expect(new Set(backupCodes).size).toBe(10);
      // Not on until confirmed: a lost QR code must not lock the person out.
      expect((await userRow(t, account.email))?.twoFactorEnabled).toBe(false);
      const plain = await signIn(t, account.email, account.password);
      expect(plain.response.json()).toMatchObject({ user: { email: account.email } });
      expect(plain.jar.has("cg.session_token")).toBe(true);

      const totp = OTPAuth.URI.parse(totpURI) as OTPAuth.TOTP;
      const wrong = await authPost(
        t,
        "/two-factor/verify-totp",
        { code: wrongCode(totp) },
        { jar },
      );
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json()).toMatchObject({ code: "INVALID_CODE" });
      expect((await userRow(t, account.email))?.twoFactorEnabled).toBe(false);

      const confirmed = await authPost(
        t,
        "/two-factor/verify-totp",
        { code: totp.generate() },
        { jar },
      );
      expect(confirmed.statusCode, confirmed.body).toBe(200);
      expect((await userRow(t, account.email))?.twoFactorEnabled).toBe(true);
      const [stored] = await t.services.db
        .select()
        .from(twoFactors)
        .where(eq(twoFactors.userId, account.userId));
      expect(stored?.verified).toBe(true);
      // The secret is stored encrypted, not as the base32 the authenticator holds.
      expect(stored?.secret).not.toContain(totp.secret.base32);
      const profile = await me(t, jar);
      expect(profile.statusCode).toBe(200);
      expect(profile.json()).toMatchObject({ twoFactorEnabled: true });
    });

    it("opens no session at sign-in until the second factor is given", async () => {
      const account = await verifiedAccount(t, "guarded2fa");
      const { totp } = await enableTotp(t, account, await signedIn(t, account));
      const sessionsBefore = await sessionCount(t, account.userId);

      const { response, jar } = await signIn(t, account.email, account.password);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toEqual({ twoFactorRedirect: true, twoFactorMethods: ["totp"] });
      expect(jar.has("cg.session_token")).toBe(false);
      expect(jar.has("cg.two_factor")).toBe(true);
      expect(setCookieLine(response, "cg.two_factor")).toMatch(/HttpOnly; SameSite=Lax/);
      expect(await sessionCount(t, account.userId)).toBe(sessionsBefore);
      await expectSignedOut(t, jar);

      const withoutChallenge = await authPost(t, "/two-factor/verify-totp", {
        code: totp.generate(),
      });
      expect(withoutChallenge.statusCode).toBe(401);
      expect(withoutChallenge.json()).toMatchObject({ code: "INVALID_TWO_FACTOR_COOKIE" });

      const wrong = await authPost(
        t,
        "/two-factor/verify-totp",
        { code: wrongCode(totp) },
        { jar },
      );
      expect(wrong.statusCode).toBe(401);
      expect(jar.has("cg.session_token")).toBe(false);
      expect(await sessionCount(t, account.userId)).toBe(sessionsBefore);

      const verified = await authPost(
        t,
        "/two-factor/verify-totp",
        { code: totp.generate() },
        { jar },
      );
      expect(verified.statusCode, verified.body).toBe(200);
      expect(jar.has("cg.session_token")).toBe(true);
      expect(jar.has("cg.two_factor")).toBe(false);
      const profile = await me(t, jar);
      expect(profile.statusCode).toBe(200);
      expect(profile.json()).toMatchObject({ email: account.email, twoFactorEnabled: true });
      expect(await sessionCount(t, account.userId)).toBe(sessionsBefore + 1);
    });

    it("accepts each backup code once, in place of the authenticator", async () => {
      const account = await verifiedAccount(t, "lostphone");
      const { backupCodes } = await enableTotp(t, account, await signedIn(t, account));
      const [first, second] = backupCodes;

      const challenge = (await signIn(t, account.email, account.password)).jar;
      const used = await authPost(
        t,
        "/two-factor/verify-backup-code",
        { code: first },
        {
          jar: challenge,
        },
      );
      expect(used.statusCode, used.body).toBe(200);
      expect(challenge.has("cg.session_token")).toBe(true);
      expect((await me(t, challenge)).statusCode).toBe(200);

      const again = (await signIn(t, account.email, account.password)).jar;
      const reused = await authPost(
        t,
        "/two-factor/verify-backup-code",
        { code: first },
        {
          jar: again,
        },
      );
      expect(reused.statusCode).toBe(401);
      expect(reused.json()).toMatchObject({ code: "INVALID_BACKUP_CODE" });
      expect(again.has("cg.session_token")).toBe(false);

      const next = await authPost(
        t,
        "/two-factor/verify-backup-code",
        { code: second },
        {
          jar: again,
        },
      );
      expect(next.statusCode, next.body).toBe(200);
      expect((await me(t, again)).statusCode).toBe(200);
    });
  });

  describe("slowing repeated failed sign-ins", () => {
    async function failures(email: string) {
      const [row] = await t.services.db
        .select()
        .from(signInFailures)
        .where(eq(signInFailures.email, email));
      return row?.failures;
    }

    it("counts failures per address, waits after the third, and forgets them on success", async () => {
      const account = await verifiedAccount(t, "guesser");
      for (let attempt = 1; attempt <= 3; attempt++) {
        const { response } = await signIn(t, account.email, `wrong guess number ${attempt}`);
        expect(response.statusCode).toBe(401);
        expect(await failures(account.email)).toBe(attempt);
      }

      // The address is matched however it is capitalised.
      const started = Date.now();
      const fourth = await signIn(t, account.email.toUpperCase(), "wrong guess number 4");
      expect(fourth.response.statusCode).toBe(401);
      expect(Date.now() - started).toBeGreaterThanOrEqual(signInDelayMs(3) - 20);
      expect(await failures(account.email)).toBe(4);

      const successStarted = Date.now();
      const success = await signIn(t, account.email, account.password);
      expect(success.response.statusCode).toBe(200);
      expect(Date.now() - successStarted).toBeGreaterThanOrEqual(signInDelayMs(4) - 20);
      expect(await failures(account.email)).toBeUndefined();
    });
  });
});

describe.each(backends)("sign-in protections on %s", (backend) => {
  it("marks session cookies Secure, with the __Secure- prefix, when served over https", async () => {
    const publicUrl = "https://commonground.example";
    const t = await createTestApp(backend, { config: { publicUrl } });
    try {
      const account = await verifiedAccount(t, "secure");
      const response = await authPost(
        t,
        "/sign-in/email",
        { email: account.email, password: account.password },
        { headers: { origin: publicUrl } },
      );
      expect(response.statusCode, response.body).toBe(200);
      const line = setCookieLine(response, "__Secure-cg.session_token");
      expect(line).toMatch(/; Secure(;|$)/);
      expect(line).toMatch(/; HttpOnly(;|$)/);
      expect(line).toMatch(/; SameSite=Lax(;|$)/);
      const cookie = response.cookies.find((c) => c.name === "__Secure-cg.session_token");
      const profile = await t.app.inject({
        method: "GET",
        url: "/api/v1/me",
        headers: { cookie: `${cookie?.name}=${encodeURIComponent(cookie?.value ?? "")}` },
      });
      expect(profile.statusCode, profile.body).toBe(200);
      expect(profile.json()).toMatchObject({ email: account.email });
    } finally {
      await t.close();
    }
  });

  it("forgets failed sign-ins older than fifteen minutes", async () => {
    const clock = new TestClock();
    const t = await createTestApp(backend, { clock });
    try {
      const account = await verifiedAccount(t, "returning");
      for (let attempt = 1; attempt <= 3; attempt++) {
        expect((await signIn(t, account.email, "a wrong password")).response.statusCode).toBe(401);
      }
      const count = async () =>
        (
          await t.services.db
            .select({ failures: signInFailures.failures })
            .from(signInFailures)
            .where(eq(signInFailures.email, account.email))
        )[0]?.failures;
      expect(await count()).toBe(3);

      clock.advance(16 * 60 * 1000);
      const started = Date.now();
      expect((await signIn(t, account.email, "a wrong password")).response.statusCode).toBe(401);
      expect(await count()).toBe(1);
      // Stale failures impose no wait (a generous bound: hashing alone takes well under this).
      expect(Date.now() - started).toBeLessThan(signInDelayMs(3) * 4);
    } finally {
      await t.close();
    }
  });

  it("answers 429 once a client makes more than ten sign-in attempts in a minute", async () => {
    const t = await createTestApp(backend, { config: { rateLimit: true } });
    try {
      const account = await verifiedAccount(t, "limited");
      const client = "203.0.113.7";
      // Different addresses each time, so the per-address slow-down does not come into play.
      for (let attempt = 1; attempt <= 10; attempt++) {
        const response = await authPost(
          t,
          "/sign-in/email",
          { email: uniqueEmail(`spray${attempt}`), password: "a wrong password" },
          { remoteAddress: client },
        );
        expect(response.statusCode, `attempt ${attempt}`).toBe(401);
      }
      const limited = await authPost(
        t,
        "/sign-in/email",
        { email: account.email, password: account.password },
        { remoteAddress: client },
      );
      expect(limited.statusCode).toBe(429);
      expect(limited.json()).toMatchObject({ message: expect.stringMatching(/too many/i) });
      const retryAfter = Number(limited.headers["x-retry-after"]);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(limited.cookies.filter((c) => c.value)).toEqual([]);

      const [bucket] = await t.services.db
        .select()
        .from(rateLimits)
        .where(eq(rateLimits.key, `${client}|/sign-in/email`));
      expect(bucket?.count).toBe(10);

      // A client cannot escape its bucket by claiming another address.
      const spoofed = await authPost(
        t,
        "/sign-in/email",
        { email: account.email, password: account.password },
        { remoteAddress: client, headers: { [clientIpHeader]: "192.0.2.99" } },
      );
      expect(spoofed.statusCode).toBe(429);

      // Another client is not locked out by the first one's attempts.
      const other = await authPost(
        t,
        "/sign-in/email",
        { email: account.email, password: account.password },
        { remoteAddress: "198.51.100.23" },
      );
      expect(other.statusCode, other.body).toBe(200);
      const [session] = await t.services.db
        .select({ ipAddress: sessions.ipAddress })
        .from(sessions)
        .where(eq(sessions.userId, account.userId));
      expect(session?.ipAddress).toBe("198.51.100.23");
    } finally {
      await t.close();
    }
  });
});
