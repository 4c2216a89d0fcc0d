import type { FastifyBaseLogger } from "fastify";
import type { Clock } from "../../lib/clock.ts";
import type { AuthJobsRepo } from "./auth-jobs.repo.ts";
import type { Auth } from "./auth.ts";
import { ResetJob, SignUpJob } from "./deferred-auth.ts";

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
