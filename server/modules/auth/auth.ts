import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { twoFactor } from "better-auth/plugins/two-factor";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/client.ts";
import { newId } from "../../lib/ids.ts";
import type { Mailer } from "../../lib/mailer.ts";
import { renderMail } from "../../lib/mail-templates.ts";
import { accounts, rateLimits, sessions, twoFactors, users, verifications } from "./auth.table.ts";

export const authBasePath = "/api/auth";

/** Set by our own route from the socket (or the trusted proxy), never taken from the client. */
export const clientIpHeader = "x-common-ground-client-ip";

/** Accounts, sessions, email verification, password reset and TOTP, all by Better Auth. */
export function createAuth(deps: { db: Db; config: Config; mailer: Mailer }) {
  const { db, config, mailer } = deps;
  const secure = config.publicUrl.startsWith("https://");
  return betterAuth({
    appName: "Common Ground",
    baseURL: config.publicUrl,
    basePath: authBasePath,
    secret: config.authSecret,
    trustedOrigins: [config.publicUrl],
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: {
        user: users,
        session: sessions,
        account: accounts,
        verification: verifications,
        twoFactor: twoFactors,
        rateLimit: rateLimits,
      },
    }),
    user: {
      additionalFields: {
        locale: { type: "string", required: false, input: true },
        isPlatformAdmin: { type: "boolean", required: false, input: false, defaultValue: false },
      },
    },
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, url }) => {
        const locale = (user as { locale?: string | null }).locale;
        const mail = renderMail("resetPassword", locale, { name: user.name, link: url });
        await mailer.send({ to: user.email, ...mail, link: url });
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      sendOnSignIn: true,
      autoSignInAfterVerification: true,
      sendVerificationEmail: async ({ user, url }) => {
        const locale = (user as { locale?: string | null }).locale;
        const mail = renderMail("verifyEmail", locale, { name: user.name, link: url });
        await mailer.send({ to: user.email, ...mail, link: url });
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
    },
    rateLimit: {
      enabled: config.rateLimit,
      storage: "database",
      window: 60,
      max: 120,
      customRules: {
        "/sign-in/email": { window: 60, max: 10 },
        "/sign-up/email": { window: 60, max: 5 },
        "/request-password-reset": { window: 60, max: 5 },
        "/two-factor/verify-totp": { window: 60, max: 10 },
        "/two-factor/verify-backup-code": { window: 60, max: 10 },
      },
    },
    advanced: {
      cookiePrefix: "cg",
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure },
      ipAddress: { ipAddressHeaders: [clientIpHeader] },
      // Better Auth skips origin checks when NODE_ENV is "test"; keep them on everywhere.
      disableOriginCheck: false,
      database: { generateId: () => newId() },
    },
    plugins: [twoFactor({ issuer: "Common Ground" })],
  });
}

export type Auth = ReturnType<typeof createAuth>;
