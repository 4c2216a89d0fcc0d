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
    const queue = new StatementQueue();
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
    const queue = new StatementQueue();
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    const work = Array.from({ length: 40 }, () => queue.run(busy(5)));
    await Promise.all(work);
    clearInterval(ticker);
    // 200 ms of work in statements of 5 ms: the timer ran between them, not only at the end.
    expect(turns).toBeGreaterThanOrEqual(5);
  });

  it("finishes a request that has started before later requests' statements run", async () => {
    const queue = new StatementQueue();
    const order: string[] = [];
    const statement = (name: string) => async () => {
      order.push(name);
    };
    // Request 1 runs its first statement; meanwhile requests 2 and 3 queue theirs. Request 1's
    // second statement, queued last, still comes before them.
    const first = queue.run(statement("1a"), 1).then(() => queue.run(statement("1b"), 1));
    const others = [queue.run(statement("2a"), 2), queue.run(statement("3a"), 3)];
    await Promise.all([first, ...others]);
    expect(order).toEqual(["1a", "1b", "2a", "3a"]);
  });
});
