import { APIError, type createAuthMiddleware } from "better-auth/api";
import { z } from "zod";
import { uiLocales } from "../../../shared/locales.ts";
import { maximumPasswordLength, minimumPasswordLength } from "../../../shared/password-strength.ts";
import { newId } from "../../lib/ids.ts";
import type { AuthJobsRepo } from "./auth-jobs.repo.ts";

/*
 * Sign-up and password-reset requests are answered before anything depends on whether the
 * address has an account: the answer does the same work either way (validate, hash, queue one
 * row), and the work that differs (creating the account, writing the mail) runs after it.
 */

export const SignUpJob = z.object({
  email: z.string(),
  name: z.string(),
  locale: z.string().nullable(),
  callbackURL: z.string(),
  passwordHash: z.string(),
});
export const ResetJob = z.object({ email: z.string(), redirectTo: z.string().optional() });

const resetAnswer = {
  status: true,
  message: "If this email exists in our system, check your email for the reset link",
};

type Body = Record<string, unknown>;
/** What Better Auth hands a `before` hook. */
export type AuthHookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];
const str = (body: Body, key: string) =>
  typeof body[key] === "string" ? (body[key] as string) : undefined;

/** A redirect the mailed link may carry: a path on this site, or this site's own origin. */
export function isOwnRedirect(target: string, publicUrl: string): boolean {
  if (target.startsWith("/")) return !target.startsWith("//") && !target.includes("\\");
  try {
    return new URL(target).origin === new URL(publicUrl).origin;
  } catch {
    return false;
  }
}

/**
 * The Better Auth `before` hook that answers sign-up and reset requests itself once they are
 * valid. Invalid ones fall through to Better Auth, which refuses them before any lookup.
 * Better Auth's rate limits and origin checks run before hooks, so they still apply.
 */
export function answerBeforeLookup(deps: {
  jobs: Pick<AuthJobsRepo, "enqueue">;
  publicUrl: string;
  onQueued: () => void;
}) {
  return async (ctx: AuthHookContext) => {
    // The worker's own calls (auth.api, no HTTP request) are the deferred work itself.
    if (!ctx.request) return;
    const body = (ctx.body ?? {}) as Body;
    if (ctx.path === "/request-password-reset") {
      const email = str(body, "email")?.trim().toLowerCase();
      if (!email || !z.email().safeParse(email).success) return;
      const redirectTo = str(body, "redirectTo");
      if (redirectTo !== undefined && !isOwnRedirect(redirectTo, deps.publicUrl)) {
        throw new APIError("FORBIDDEN", {
          code: "INVALID_REDIRECT_URL",
          message: "Invalid redirectURL",
        });
      }
      await deps.jobs.enqueue("password-reset", { email, redirectTo });
      deps.onQueued();
      return ctx.json(resetAnswer);
    }
    if (ctx.path === "/sign-up/email") {
      const email = str(body, "email")?.trim().toLowerCase();
      const password = str(body, "password");
      const name = str(body, "name");
      if (!email || !z.email().safeParse(email).success || name === undefined) return;
      if (!password || password.length < minimumPasswordLength) return;
      if (password.length > maximumPasswordLength) return;
      const wanted = str(body, "locale");
      const locale = wanted && (uiLocales as readonly string[]).includes(wanted) ? wanted : null;
      const callbackURL = str(body, "callbackURL") ?? "/";
      if (!isOwnRedirect(callbackURL, deps.publicUrl)) return;
      const passwordHash = await ctx.context.password.hash(password);
      const job: z.infer<typeof SignUpJob> = { email, name, locale, callbackURL, passwordHash };
      await deps.jobs.enqueue("sign-up", job);
      deps.onQueued();
      const now = new Date();
      // The same answer Better Auth gives for a new address and, to hide it, for a taken one.
      return ctx.json({
        token: null,
        user: {
          id: newId(),
          email,
          name,
          image: null,
          emailVerified: false,
          createdAt: now,
          updatedAt: now,
          locale,
          isPlatformAdmin: false,
        },
      });
    }
    return;
  };
}
