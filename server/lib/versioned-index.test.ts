import { describe, expect, it } from "vitest";
import { type Changes, VersionedIndex, changesOf } from "./versioned-index.ts";

type Row = { seq: number; name: string; removed: boolean };

/** The smallest index: an entry is the row's name; a removed row has none. */
class NameIndex extends VersionedIndex<Row, string> {
  protected toEntry(row: Row): string | null {
    return row.removed ? null : row.name;
  }
  names(): readonly string[] {
    return this.entries();
  }
  nameAt(seq: number): string | undefined {
    return this.entryAt(seq);
  }
}

/** A table in memory whose every change takes the next version, as the trigger does. */
function table() {
  const rows = new Map<number, Row & { version: number }>();
  let version = 0;
  const reads: number[] = [];
  return {
    reads,
    get version() {
      return version;
    },
    write(seq: number, name: string, removed = false) {
      rows.set(seq, { seq, name, removed, version: ++version });
    },
    /** Reads as a statement does: the table as it is when the read starts. */
    async read(since: number): Promise<Changes<Row>> {
      reads.push(since);
      const changes = {
        rows: [...rows.values()].filter((r) => r.version > since),
        version,
      };
      await Promise.resolve();
      return changes;
    },
  };
}

/** A promise and the function that settles it, to hold a load in flight. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe("an in-memory index kept in step by version", () => {
  it("loads everything once, then reads only the rows changed since its version", async () => {
    const t = table();
    const index = new NameIndex((since) => t.read(since));
    t.write(2, "Sawt");
    t.write(1, "Amal");
    await index.catchUp(t.version);
    expect(index.names()).toEqual(["Amal", "Sawt"]);
    expect(index.version).toBe(2);

    t.write(3, "Nour");
    t.write(1, "Amal Network");
    await index.catchUp(t.version);
    expect(t.reads).toEqual([-1, 2]);
    expect(index.names()).toEqual(["Amal Network", "Sawt", "Nour"]);

    await index.catchUp(t.version);
    expect(t.reads).toEqual([-1, 2]);
  });

  it("drops a removed entry from lookups, walks and the count", async () => {
    const t = table();
    const index = new NameIndex((since) => t.read(since));
    t.write(1, "Amal");
    t.write(2, "Sawt");
    await index.catchUp(t.version);
    expect(index.size).toBe(2);

    t.write(1, "Amal", true);
    await index.catchUp(t.version);
    expect(index.nameAt(1)).toBeUndefined();
    expect(index.names()).toEqual(["Sawt"]);
    expect(index.size).toBe(1);

    index.apply([{ seq: 1, name: "Amal", removed: true }], t.version);
    expect(index.size).toBe(1);
  });

  it("never goes back to an older version when a late batch arrives", () => {
    const index = new NameIndex(() => Promise.reject(new Error("not read here")));
    index.apply([{ seq: 1, name: "Amal", removed: false }], 5);
    index.apply([], 3);
    expect(index.version).toBe(5);
  });

  it("answers with data at least as new as the version the request read", async () => {
    const t = table();
    const index = new NameIndex((since) => t.read(since));
    t.write(1, "Amal");
    await index.catchUp(t.version);
    // The request's own statement saw version 2; the index must hold it before answering.
    t.write(2, "Sawt");
    await index.catchUp(2);
    expect(index.names()).toEqual(["Amal", "Sawt"]);
  });

  it("shares one load between requests that arrive together", async () => {
    const t = table();
    const held = gate();
    let loads = 0;
    const index = new NameIndex(async (since) => {
      loads++;
      await held.opened;
      return t.read(since);
    });
    t.write(1, "Amal");
    const waiting = [1, 2, 3, 4, 5].map(() => index.catchUp(1));
    held.open();
    await Promise.all(waiting);
    expect(loads).toBe(1);
    expect(index.names()).toEqual(["Amal"]);
  });

  it("loads one at a time: a request needing newer data waits, then loads again", async () => {
    const t = table();
    const gates = [gate(), gate()];
    let inFlight = 0;
    let most = 0;
    let loads = 0;
    const index = new NameIndex(async (since) => {
      const held = gates[loads++];
      inFlight++;
      most = Math.max(most, inFlight);
      const changes = t.read(since);
      await held?.opened;
      inFlight--;
      return changes;
    });
    t.write(1, "Amal");
    const first = index.catchUp(1);
    // A write lands, and a request that saw it arrives while the first load is in flight,
    // which read the table before that write.
    t.write(2, "Sawt");
    const second = index.catchUp(2);
    gates[0]?.open();
    await first;
    expect(index.names()).toEqual(["Amal"]);
    gates[1]?.open();
    await second;
    expect(t.reads).toEqual([-1, 1]);
    expect(most).toBe(1);
    expect(index.names()).toEqual(["Amal", "Sawt"]);
  });

  it("lets every waiter see a failed load, and tries again on the next request", async () => {
    const t = table();
    let fail = true;
    const index = new NameIndex(async (since) => {
      if (fail) throw new Error("database unavailable");
      return t.read(since);
    });
    t.write(1, "Amal");
    await expect(Promise.all([index.catchUp(1), index.catchUp(1)])).rejects.toThrow(
      "database unavailable",
    );
    fail = false;
    await index.catchUp(1);
    expect(index.names()).toEqual(["Amal"]);
  });

  it("reads the state's version even when nothing changed (the left join's empty row)", () => {
    const none = [{ seq: null, state: "7" }] as unknown as (Row & { state: string })[];
    expect(changesOf(none, 4)).toEqual({ rows: [], version: 7 });
    const some = [{ seq: 3, name: "Nour", removed: false, state: 9 }];
    expect(changesOf(some, 4)).toEqual({ rows: some, version: 9 });
    expect(changesOf([], 4)).toEqual({ rows: [], version: 4 });
  });
});
