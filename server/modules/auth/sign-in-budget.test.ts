import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { authPost, browserGet, pathOf, signIn, verifiedAccount } from "../../test/auth-client.ts";
import { TestClock, backends, createTestApp } from "../../test/harness.ts";
import { signInBudgets, signInFailures } from "./auth.table.ts";
import { signInChecksPerWindow, signInWindowMs } from "./sign-in-budgets.repo.ts";

describe.each(backends)("a budget of password checks per account on %s", (backend) => {
  it("checks exactly ten of thirty concurrent guesses from thirty addresses, then answers 429", async () => {
    const clock = new TestClock();
    const t = await createTestApp(backend, { clock });
    try {
      const account = await verifiedAccount(t, "besieged");
      const guesses = await Promise.all(
        Array.from({ length: 30 }, (_, n) =>
          authPost(
            t,
            "/sign-in/email",
            { email: account.email, password: `wrong guess number ${n}` },
            { remoteAddress: `198.51.100.${n + 1}` },
          ),
        ),
      );
      const statuses = guesses.map((g) => g.statusCode);
      expect(statuses.filter((s) => s === 401)).toHaveLength(signInChecksPerWindow);
      expect(statuses.filter((s) => s === 429)).toHaveLength(30 - signInChecksPerWindow);
      // Only the checked guesses reached the password hash: the failure count says so.
      const [failures] = await t.services.db
        .select()
        .from(signInFailures)
        .where(eq(signInFailures.email, account.email));
      expect(failures?.failures).toBe(signInChecksPerWindow);

      const refused = guesses.find((g) => g.statusCode === 429);
      expect(refused?.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(refused?.json()).toMatchObject({
        status: 429,
        code: "TOO_MANY_SIGN_IN_ATTEMPTS",
        title: "Too many sign-in attempts",
      });
      expect(refused?.cookies.filter((c) => c.value)).toEqual([]);

      // Even the right password waits for the window to end: the budget is per account.
      clock.advance(5 * 60 * 1000);
      const owner = await signIn(t, account.email, account.password);
      expect(owner.response.statusCode).toBe(429);
      const retryAfter = Number(owner.response.headers["retry-after"]);
      expect(retryAfter).toBeGreaterThan(9 * 60);
      expect(retryAfter).toBeLessThanOrEqual(10 * 60);
      // The address is matched however it is written.
      const shouted = await signIn(t, ` ${account.email.toUpperCase()} `, account.password);
      expect(shouted.response.statusCode).toBe(429);

      clock.advance(signInWindowMs);
      const later = await signIn(t, account.email, account.password);
      expect(later.response.statusCode, later.response.body).toBe(200);
      const [budget] = await t.services.db
        .select()
        .from(signInBudgets)
        .where(eq(signInBudgets.email, account.email));
      expect(budget?.checks).toBe(1);
    } finally {
      await t.close();
    }
  });

  it("lets the owner in at once after a password reset by the mailed link", async () => {
    const t = await createTestApp(backend);
    try {
      const account = await verifiedAccount(t, "locked-out");
      for (let n = 0; n < signInChecksPerWindow; n++) {
        await t.services.signInBudgets.take(account.email, new Date());
      }
      expect((await signIn(t, account.email, account.password)).response.statusCode).toBe(429);

      await authPost(t, "/request-password-reset", {
        email: account.email,
        redirectTo: "/reset-password",
      });
      await t.app.scheduler.runOnce();
      const followed = await browserGet(t, pathOf(t.mails.lastTo(account.email)?.link));
      const token = new URL(String(followed.headers.location), "http://x").searchParams.get(
        "token",
      );
      const newPassword = "olive lantern quietly sixteen";
      const reset = await authPost(t, "/reset-password", { newPassword, token });
      expect(reset.statusCode, reset.body).toBe(200);
      expect((await signIn(t, account.email, newPassword)).response.statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });

  it("keeps one budget per address whether or not it has an account", async () => {
    const t = await createTestApp(backend);
    try {
      const email = "nobody-here@example.org";
      const guesses = await Promise.all(
        Array.from({ length: signInChecksPerWindow }, (_, n) => signIn(t, email, `guess ${n}`)),
      );
      expect(guesses.map((g) => g.response.statusCode)).toEqual(
        Array(signInChecksPerWindow).fill(401),
      );
      expect((await signIn(t, email, "one guess too many")).response.statusCode).toBe(429);
    } finally {
      await t.close();
    }
  });
});
