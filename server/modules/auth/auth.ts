import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { twoFactor } from "better-auth/plugins/two-factor";
import {
  type PasswordOwner,
  judgePassword,
  maximumPasswordLength,
  minimumPasswordLength,
  passwordReasonText,
  weakPasswordCode,
} from "../../../shared/password-strength.ts";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/client.ts";
import { newId } from "../../lib/ids.ts";
import type { Mailer } from "../../lib/mailer.ts";
import { renderMail } from "../../lib/mail-templates.ts";
import type { AuthJobsRepo } from "./auth-jobs.repo.ts";
import { type AuthHookContext, answerBeforeLookup } from "./deferred-auth.ts";
import type { SignInBudgetsRepo } from "./sign-in-budgets.repo.ts";
import { accounts, rateLimits, sessions, twoFactors, users, verifications } from "./auth.table.ts";

export const authBasePath = "/api/auth";

/** Set by our own route from the socket (or the trusted proxy), never taken from the client. */
export const clientIpHeader = "x-common-ground-client-ip";

/** Accounts, sessions, email verification, password reset and TOTP, all by Better Auth. */
export function createAuth(deps: {
  db: Db;
  config: Config;
  mailer: Mailer;
  signInBudgets: Pick<SignInBudgetsRepo, "clear">;
  authJobs: Pick<AuthJobsRepo, "enqueue">;
  onAuthJobQueued: () => void;
  /** Told of every session opened (a sign-in), once it is stored. */
  onSignedIn: (userId: string) => Promise<void>;
}) {
  const { db, config, mailer } = deps;
  const answerEarly = answerBeforeLookup({
    jobs: deps.authJobs,
    publicUrl: config.publicUrl,
    onQueued: deps.onAuthJobQueued,
  });
  const secure = config.publicUrl.startsWith("https://");
  return betterAuth({
    appName: "Common Ground",
    baseURL: config.publicUrl,
    basePath: authBasePath,
    // It answers every session's token; the web lists sessions from /api/v1/me/sessions.
    disabledPaths: ["/list-sessions"],
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
      minPasswordLength: minimumPasswordLength,
      maxPasswordLength: maximumPasswordLength,
      revokeSessionsOnPasswordReset: true,
      onPasswordReset: async ({ user }) => deps.signInBudgets.clear(user.email),
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
    databaseHooks: {
      session: {
        create: {
          // The audit of records writes sign-ins of people whose organisations keep them.
          after: async (session) => deps.onSignedIn(session.userId),
        },
      },
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
      // Joins: a session is read with its user in one statement, not two; every signed-in
      // request reads its session (issue 16, docs/PERFORMANCE.md).
      database: { generateId: () => newId(), joins: true },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        await refuseWeakPasswords(ctx);
        return answerEarly(ctx);
      }),
    },
    plugins: [twoFactor({ issuer: "Common Ground" })],
  });
}

type Stringly = Record<string, unknown>;
const text = (body: Stringly, key: string) =>
  typeof body[key] === "string" ? (body[key] as string) : null;

/**
 * Every way a password is set over HTTP (sign-up, reset by mailed link, change while signed in)
 * is judged by the shared rule with its owner's email and name, before Better Auth stores it.
 * Lengths outside the bounds are left to Better Auth's own PASSWORD_TOO_SHORT/LONG answers, and
 * a reset with a bad token to its INVALID_TOKEN, so each refusal keeps its most precise code.
 */
async function refuseWeakPasswords(ctx: AuthHookContext) {
  const body = (ctx.body ?? {}) as Stringly;
  let password: string | null = null;
  let owner: PasswordOwner | null = null;
  if (ctx.path === "/sign-up/email") {
    password = text(body, "password");
    owner = { email: text(body, "email"), name: text(body, "name") };
  } else if (ctx.path === "/reset-password") {
    password = text(body, "newPassword");
    const token =
      text(body, "token") ?? (typeof ctx.query?.token === "string" ? ctx.query.token : null);
    if (!token) return;
    const verification = await ctx.context.internalAdapter.findVerificationValue(
      `reset-password:${token}`,
    );
    if (!verification || verification.expiresAt < new Date()) return;
    const user = await ctx.context.internalAdapter.findUserById(verification.value);
    if (!user) return;
    owner = { email: user.email, name: user.name };
  } else if (ctx.path === "/change-password") {
    password = text(body, "newPassword");
    const session = await getSessionFromCtx(ctx);
    if (!session) return;
    owner = { email: session.user.email, name: session.user.name };
  }
  if (!owner || password === null) return;
  if (password.length < minimumPasswordLength || password.length > maximumPasswordLength) return;
  const verdict = judgePassword(password, owner);
  if (verdict.acceptable || !verdict.reason) return;
  throw new APIError("BAD_REQUEST", {
    code: weakPasswordCode,
    message: `This password is too easy to guess. ${passwordReasonText[verdict.reason]}`,
    reason: verdict.reason,
    suggestions: verdict.suggestions,
  });
}

export type Auth = ReturnType<typeof createAuth>;
