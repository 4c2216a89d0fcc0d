import { describe, expect, it } from "vitest";
import { StatementQueue } from "./client.ts";

/** Work that keeps the main thread busy for `ms`, as a PGlite statement does. */
const busy = (ms: number) => async () => {
  const until = performance.now() + ms;
  while (performance.now() < until);
  return ms;
};

describe("the PGlite statement queue", () => {
  it("runs statements one at a time, in arrival order, and passes on failures", async () => {
    const queue = new StatementQueue(5);
    const order: number[] = [];
    let running = 0;
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        queue.run(async () => {
          running++;
          expect(running).toBe(1);
          await Promise.resolve();
          order.push(i);
          running--;
          if (i === 7) throw new Error("statement 7 failed");
          return i;
        }),
      ),
    );
    expect(order).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(results[7]).toMatchObject({ status: "rejected" });
    expect(results[8]).toEqual({ status: "fulfilled", value: 8 });
    expect(queue.length).toBe(0);
  });

  it("lets the event loop take turns while a long queue drains", async () => {
    const queue = new StatementQueue(10);
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    const work = Array.from({ length: 40 }, () => queue.run(busy(5)));
    await Promise.all(work);
    clearInterval(ticker);
    // 200 ms of work in slices of 10 ms: the timer ran between slices, not only at the end.
    expect(turns).toBeGreaterThanOrEqual(5);
  });
});
