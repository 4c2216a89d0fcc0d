import type { FastifyBaseLogger, FastifyInstance } from "fastify";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/client.ts";
import type { Clock } from "../../lib/clock.ts";
import type { Mailer } from "../../lib/mailer.ts";
import { createAccountRepo } from "./account.repo.ts";
import { registerAccountRoutes } from "./account.routes.ts";
import { createAccountService } from "./account.service.ts";
import { createActorResolver } from "./actor.ts";
import { createAuth } from "./auth.ts";
import { registerAuthRoutes } from "./auth.routes.ts";
import { type PeopleRepo, createPeopleRepo } from "./people.repo.ts";
import { createAuthJobsRepo } from "./auth-jobs.repo.ts";
import { createAuthJobWorker } from "./auth-job-worker.ts";
import { createSignInBudgetsRepo } from "./sign-in-budgets.repo.ts";
import { createSignInFailuresRepo } from "./sign-in-failures.repo.ts";

/** What other modules may ask about people: names to show, where and in which language to write. */
export type People = Pick<PeopleRepo, "namesOf" | "contacts" | "actor" | "localeOf">;

/**
 * People and their sessions: Better Auth (sign-up, sign-in, second factor), who is asking
 * (`actors`), the signed-in person's own account, and what others may know of people.
 */
export function create(deps: {
  db: Db;
  config: Config;
  mailer: Mailer;
  clock: Clock;
  log: Pick<FastifyBaseLogger, "error">;
}) {
  const { db } = deps;
  const signInBudgets = createSignInBudgetsRepo(db);
  const authJobs = createAuthJobsRepo(db);
  let queued = false;
  const signInListeners: ((userId: string) => Promise<void>)[] = [];
  const auth = createAuth({
    ...deps,
    signInBudgets,
    authJobs,
    onAuthJobQueued: () => {
      queued = true;
    },
    onSignedIn: async (userId) => {
      for (const listener of signInListeners) await listener(userId);
    },
  });
  const worker = createAuthJobWorker({ ...deps, auth, jobs: authJobs });
  return {
    auth,
    actors: createActorResolver(auth),
    people: createPeopleRepo(db) satisfies People,
    account: createAccountService({ repo: createAccountRepo(db), clock: deps.clock }),
    signInFailures: createSignInFailuresRepo(db),
    signInBudgets,
    /** Lets a module hear of every sign-in (made before the modules that listen). */
    onSignedIn(listener: (userId: string) => Promise<void>) {
      signInListeners.push(listener);
    },
    authJobs: {
      work: worker.work,
      /** Called once an answer has gone out: work what it queued, if anything. */
      afterAnswer() {
        if (!queued) return;
        queued = false;
        worker.workSoon();
      },
    },
  };
}
export type AuthModule = ReturnType<typeof create>;

export function register(
  app: FastifyInstance,
  services: Pick<
    AuthModule,
    "auth" | "actors" | "account" | "signInFailures" | "signInBudgets" | "authJobs"
  > & {
    clock: Clock;
  },
) {
  registerAuthRoutes(app, services);
  registerAccountRoutes(app, services);
}
