import type { FastifyBaseLogger } from "fastify";

export type Job = { name: string; run: () => Promise<unknown> };

/**
 * Runs the background jobs (closing proposals at their deadline, reminders, digests) in turn
 * on a timer, never two rounds at once. Every job keeps its state in the database and is
 * safe to run from several processes, so the timer only has to be roughly on time.
 */
export function createScheduler(jobs: Job[], log: FastifyBaseLogger, everyMs = 30_000) {
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;

  async function round() {
    for (const job of jobs) {
      try {
        await job.run();
      } catch (error) {
        log.error({ err: error, job: job.name }, "background job failed");
      }
    }
  }

  return {
    /** One round of every job, now; resolves when it is done (used by tests and the CLI). */
    async runOnce() {
      running ??= round().finally(() => {
        running = null;
      });
      await running;
    },
    start() {
      if (timer) return;
      timer = setInterval(() => {
        if (!running) void this.runOnce();
      }, everyMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
