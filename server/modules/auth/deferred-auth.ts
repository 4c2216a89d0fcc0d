import { APIError, type createAuthMiddleware } from "better-auth/api";
import type { FastifyBaseLogger } from "fastify";
import { z } from "zod";
import { uiLocales } from "../../../shared/locales.ts";
import { maximumPasswordLength, minimumPasswordLength } from "../../../shared/password-strength.ts";
import type { Clock } from "../../lib/clock.ts";
import { newId } from "../../lib/ids.ts";
import type { AuthJobsRepo } from "./auth-jobs.repo.ts";
import type { Auth } from "./auth.ts";

/*
 * Sign-up and password-reset requests are answered before anything depends on whether the
 * address has an account: the answer does the same work either way (validate, hash, queue one
 * row), and the work that differs (creating the account, writing the mail) runs after it.
 */

const SignUpJob = z.object({
  email: z.string(),
  name: z.string(),
  locale: z.string().nullable(),
  callbackURL: z.string(),
  passwordHash: z.string(),
});
const ResetJob = z.object({ email: z.string(), redirectTo: z.string().optional() });

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

/** Works the queue: now after an answer, and on the scheduler's timer for anything left over. */
export function createAuthJobWorker(deps: {
  auth: Auth;
  jobs: AuthJobsRepo;
  clock: Clock;
  log: Pick<FastifyBaseLogger, "error">;
}) {
  const { auth, jobs } = deps;
  let running: Promise<void> | null = null;
  let again = false;

  async function signUp(payload: unknown) {
    const job = SignUpJob.parse(payload);
    const context = await auth.$context;
    // A taken address gets nothing: its owner keeps their password and name.
    if (await context.internalAdapter.findUserByEmail(job.email)) return;
    const user = await context.internalAdapter.createUser(
      { email: job.email, name: job.name, emailVerified: false, locale: job.locale },
      { method: "email-password" },
    );
    await context.internalAdapter.linkAccount({
      userId: user.id,
      providerId: "credential",
      accountId: user.id,
      password: job.passwordHash,
    });
    await auth.api.sendVerificationEmail({
      body: { email: job.email, callbackURL: job.callbackURL },
    });
  }

  async function requestReset(payload: unknown) {
    const job = ResetJob.parse(payload);
    await auth.api.requestPasswordReset({ body: job });
  }

  async function round() {
    for (;;) {
      const claimed = await jobs.claim(deps.clock.now());
      if (claimed.length === 0) return;
      for (const job of claimed) {
        try {
          if (job.kind === "sign-up") await signUp(job.payload);
          else if (job.kind === "password-reset") await requestReset(job.payload);
          else throw new Error(`unknown auth job kind ${job.kind}`);
          await jobs.done(job.id);
        } catch (error) {
          deps.log.error({ err: error, job: job.kind }, "auth job failed");
          await jobs.failed(job.id, error instanceof Error ? error.message : String(error));
        }
      }
    }
  }

  async function work(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await round();
      } while (again);
    })().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    work,
    /** Starts working soon, after the current answer has gone out. */
    workSoon() {
      setImmediate(() => {
        work().catch((error: unknown) => deps.log.error({ err: error }, "auth jobs failed"));
      });
    },
  };
}
export type AuthJobWorker = ReturnType<typeof createAuthJobWorker>;
