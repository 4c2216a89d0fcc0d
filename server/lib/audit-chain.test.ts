import { createHash, generateKeyPairSync } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  appendEntry,
  canonicalJson,
  checkpoint,
  entryHash,
  extendsCheckpoint,
  GENESIS_HASH,
  verifyChain,
  verifyChainAsync,
  verifyCheckpoint,
  type AuditContent,
  type AuditEntry,
} from "./audit-chain.ts";

const contentArb: fc.Arbitrary<AuditContent> = fc.record({
  at: fc
    .date({
      min: new Date("2020-01-01T00:00:00Z"),
      max: new Date("2035-01-01T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString()),
  actorUserId: fc.option(fc.uuid(), { nil: null }),
  actorOrganizationId: fc.option(fc.uuid(), { nil: null }),
  action: fc.constantFrom(
    "record.read",
    "record.updated",
    "grant.created",
    "export.csv",
    "sign_in",
  ),
  subjectKind: fc.constantFrom("incident", "case", "grant", "agreement", "session"),
  subjectId: fc.option(fc.uuid(), { nil: null }),
  details: fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), {
    maxKeys: 4,
  }),
});

const buildLog = (contents: AuditContent[], from: AuditEntry | null = null) => {
  const log: AuditEntry[] = [];
  let prev = from;
  for (const content of contents) log.push((prev = appendEntry(prev, content)));
  return log;
};

const logArb = fc.array(contentArb, { minLength: 1, maxLength: 60 }).map((c) => buildLog(c));

const contentOf = (e: AuditEntry): AuditContent => ({
  at: e.at,
  actorUserId: e.actorUserId,
  actorOrganizationId: e.actorOrganizationId,
  action: e.action,
  subjectKind: e.subjectKind,
  subjectId: e.subjectId,
  details: e.details,
});
const flipHex = (hash: string) => hash.slice(0, -1) + (hash.endsWith("0") ? "1" : "0");
const headOf = (log: AuditEntry[], size: number) =>
  size === 0 ? GENESIS_HASH : (log[size - 1] as AuditEntry).hash;

/** Content fields, each changed so that its canonical form surely differs. */
const contentEdits = {
  at: (e: AuditEntry) => ({ ...e, at: new Date(Date.parse(e.at) + 1).toISOString() }),
  actorUserId: (e: AuditEntry) => ({ ...e, actorUserId: e.actorUserId ? null : "forged" }),
  actorOrganizationId: (e: AuditEntry) => ({
    ...e,
    actorOrganizationId: e.actorOrganizationId ? null : "forged",
  }),
  action: (e: AuditEntry) => ({ ...e, action: `${e.action}.x` }),
  subjectKind: (e: AuditEntry) => ({ ...e, subjectKind: `${e.subjectKind}x` }),
  subjectId: (e: AuditEntry) => ({ ...e, subjectId: e.subjectId ? null : "forged" }),
  details: (e: AuditEntry) => ({
    ...e,
    details: { ...e.details, tampered: e.details["tampered"] !== true },
  }),
};
/** Every stored field, the chain's own included. */
const anyFieldEdits = {
  ...contentEdits,
  seq: (e: AuditEntry) => ({ ...e, seq: e.seq + 1 }),
  prevHash: (e: AuditEntry) => ({ ...e, prevHash: flipHex(e.prevHash) }),
  hash: (e: AuditEntry) => ({ ...e, hash: flipHex(e.hash) }),
};
type ContentField = keyof typeof contentEdits;
type AnyField = keyof typeof anyFieldEdits;

type Tamper =
  | { kind: "edit"; field: AnyField; pick: number }
  | { kind: "rewrite"; field: ContentField; pick: number }
  | { kind: "delete"; pick: number }
  | { kind: "insertGarbage"; pick: number; forged: AuditEntry }
  | { kind: "insertWellFormed"; pick: number; content: AuditContent }
  | { kind: "swap"; pick: number; pick2: number };

const hexArb = fc.stringMatching(/^[0-9a-f]{64}$/);
const tamperArb: fc.Arbitrary<Tamper> = fc.oneof(
  fc.record({
    kind: fc.constant("edit" as const),
    field: fc.constantFrom(...(Object.keys(anyFieldEdits) as AnyField[])),
    pick: fc.nat(),
  }),
  fc.record({
    kind: fc.constant("rewrite" as const),
    field: fc.constantFrom(...(Object.keys(contentEdits) as ContentField[])),
    pick: fc.nat(),
  }),
  fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant("insertGarbage" as const),
    pick: fc.nat(),
    forged: fc
      .tuple(contentArb, fc.integer({ min: 0, max: 100 }), hexArb, hexArb)
      .map(([content, seq, prevHash, hash]) => ({ ...content, seq, prevHash, hash })),
  }),
  fc.record({
    kind: fc.constant("insertWellFormed" as const),
    pick: fc.nat(),
    content: contentArb,
  }),
  fc.record({ kind: fc.constant("swap" as const), pick: fc.nat(), pick2: fc.nat() }),
);

/**
 * Applies one tampering and says what verification must report: `chain` from the entries alone
 * (null where the chain alone cannot tell, a rewritten or removed tail), `withHead` when the
 * original head is also known (a checkpoint at the original size).
 */
function tamper(log: AuditEntry[], t: Tamper) {
  const n = log.length;
  const k = (t.pick % n) + 1; // a 1-based position
  const at = (position: number) => log[position - 1] as AuditEntry;
  const copy = [...log];
  type Expect = { firstBad: number; reason: string } | null;
  let chain: Expect;
  let withHead: Expect;
  switch (t.kind) {
    case "edit":
      copy[k - 1] = anyFieldEdits[t.field](at(k));
      chain = withHead = { firstBad: k, reason: "hash" };
      break;
    case "rewrite": {
      const edited = contentEdits[t.field](at(k));
      copy[k - 1] = { ...edited, hash: entryHash(edited.prevHash, edited) };
      // Only the next entry's link breaks; a rewritten last entry breaks nothing but the head.
      chain = k < n ? { firstBad: k + 1, reason: "link" } : null;
      withHead = chain ?? { firstBad: n, reason: "checkpoint" };
      break;
    }
    case "delete":
      copy.splice(k - 1, 1);
      chain = k < n ? { firstBad: k, reason: "sequence" } : null;
      withHead = chain ?? { firstBad: n, reason: "checkpoint" };
      break;
    case "insertGarbage": {
      const position = (t.pick % (n + 1)) + 1; // after the end too
      copy.splice(position - 1, 0, t.forged);
      chain = withHead = { firstBad: position, reason: "hash" };
      break;
    }
    case "insertWellFormed":
      // A forged entry that links to its predecessor, numbered as it would be; the entry it
      // displaces then carries the wrong number. (After the end it would be an ordinary append:
      // nothing in a chain tells who appended, which is what the table's rights are for.)
      copy.splice(k - 1, 0, appendEntry(k === 1 ? null : at(k - 1), t.content));
      chain = { firstBad: k + 1, reason: "sequence" };
      // At the last position the forged entry itself already ends the log in a foreign head.
      withHead = k < n ? chain : { firstBad: n, reason: "checkpoint" };
      break;
    case "swap": {
      const other = (t.pick2 % n) + 1;
      const [i, j] = [Math.min(k, other), Math.max(k, other)];
      if (i === j) return null;
      copy[i - 1] = at(j);
      copy[j - 1] = at(i);
      chain = withHead = { firstBad: i, reason: "sequence" };
      break;
    }
  }
  return { entries: copy, chain, withHead };
}

describe("canonicalJson", () => {
  it("sorts keys at every level and writes no whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, "x", { z: true, y: null }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,"x",{"y":null,"z":true}]},"b":1}',
    );
  });

  it("gives the same text whatever the key order, and again after a JSON round trip", () => {
    const reversed = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reversed)
        : v && typeof v === "object"
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([key, item]) => [key, reversed(item)]),
            )
          : v;
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(reversed(value))).toBe(text);
        expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it("escapes strings as JSON does, lone surrogates included", () => {
    expect(canonicalJson({ "é\n": '\ud800\u0000"' })).toBe('{"é\\n":"\\ud800\\u0000\\""}');
  });

  it("omits an undefined member, as storage would", () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it("refuses what JSON cannot carry unchanged", () => {
    const cycle: Record<string, unknown> = {};
    cycle["self"] = cycle;
    for (const bad of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      { n: Number.NEGATIVE_INFINITY },
      [undefined],
      10n,
      new Date(0),
      new Map(),
      () => 1,
      Symbol("s"),
      cycle,
    ]) {
      expect(() => canonicalJson(bad), String(bad as unknown)).toThrow(TypeError);
    }
  });
});

describe("appendEntry and entryHash", () => {
  const content: AuditContent = {
    at: "2026-03-01T12:00:00.000Z",
    actorUserId: "0190f1a0-0000-7000-8000-000000000001",
    actorOrganizationId: "0190f1a0-0000-7000-8000-000000000002",
    action: "record.read",
    subjectKind: "incident",
    subjectId: "0190f1a0-0000-7000-8000-000000000003",
    details: { fields: ["date", "place"], grantId: null },
  };

  it("starts at 1 from the genesis hash and links each entry to the previous one", () => {
    const first = appendEntry(null, content);
    const second = appendEntry(first, { ...content, action: "record.updated" });
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH });
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash });
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  // Pinned: if this changes, every stored log stops verifying (bump the domain instead).
  it("hashes a known entry to a known value, written out here as another tool would", () => {
    const hashed =
      "cg-audit-v1\n" +
      `${GENESIS_HASH}\n` +
      '{"action":"record.read","actorOrganizationId":"0190f1a0-0000-7000-8000-000000000002",' +
      '"actorUserId":"0190f1a0-0000-7000-8000-000000000001","at":"2026-03-01T12:00:00.000Z",' +
      '"details":{"fields":["date","place"],"grantId":null},' +
      `"prevHash":"${GENESIS_HASH}","seq":1,` +
      '"subjectId":"0190f1a0-0000-7000-8000-000000000003","subjectKind":"incident"}';
    const expected = "208c7a94494f61c0949d2e6787e6ef3bca99acdd09a341ae8a207ac1f3b5b7f8";
    expect(createHash("sha256").update(hashed).digest("hex")).toBe(expected);
    expect(appendEntry(null, content).hash).toBe(expected);
  });

  it("hashes the canonical JSON of every field but the hash, after the domain and the link", () => {
    fc.assert(
      fc.property(logArb, (log) => {
        for (const { hash, ...rest } of log) {
          const text = `cg-audit-v1\n${rest.prevHash}\n${canonicalJson(rest)}`;
          expect(createHash("sha256").update(text).digest("hex")).toBe(hash);
        }
      }),
      { numRuns: 50 },
    );
  });

  it("reads only its own fields, so a row with more columns hashes the same", () => {
    const entry = appendEntry(null, content);
    expect(entryHash(entry.prevHash, { ...entry, id: "row-1" } as AuditEntry)).toBe(entry.hash);
  });

  it("refuses a time not written as toISOString writes it", () => {
    for (const at of ["2026-03-01T12:00:00Z", "2026-03-01T13:00:00.000+01:00", "yesterday"]) {
      expect(() => appendEntry(null, { ...content, at }), at).toThrow(TypeError);
    }
  });
});

describe("verifyChain", () => {
  it("accepts a valid log, also after it went through JSON, and names its head", () => {
    fc.assert(
      fc.property(logArb, (log) => {
        const head = { count: log.length, head: headOf(log, log.length) };
        expect(verifyChain(log)).toEqual({ ok: true, ...head });
        const stored = JSON.parse(JSON.stringify(log)) as AuditEntry[];
        expect(
          verifyChain(stored, { expect: [{ treeSize: log.length, headHash: head.head }] }),
        ).toEqual({ ok: true, ...head });
      }),
    );
  });

  it("accepts an empty log, whose head is the genesis hash", () => {
    expect(verifyChain([])).toEqual({ ok: true, count: 0, head: GENESIS_HASH });
  });

  it("names the first bad entry after any single edit, deletion, insertion or swap", () => {
    fc.assert(
      fc.property(logArb, tamperArb, (log, t) => {
        const tampered = tamper(log, t);
        fc.pre(tampered !== null);
        const { entries, chain, withHead } = tampered;
        const alone = verifyChain(entries);
        if (chain) expect(alone).toMatchObject({ ok: false, ...chain });
        else expect(alone).toMatchObject({ ok: true });
        const original = { treeSize: log.length, headHash: headOf(log, log.length) };
        expect(verifyChain(entries, { expect: [original] })).toMatchObject({
          ok: false,
          ...withHead,
        });
      }),
      { numRuns: 1000 },
    );
  });

  it("stops reading at the first bad entry", () => {
    const log = buildLog(fc.sample(contentArb, { numRuns: 10, seed: 1 }));
    log[3] = { ...log[3], action: "forged" } as AuditEntry;
    let read = 0;
    function* stream() {
      for (const entry of log) {
        read++;
        yield entry;
      }
    }
    expect(verifyChain(stream())).toMatchObject({ ok: false, firstBad: 4, reason: "hash" });
    expect(read).toBe(4);
  });

  it("verifies an async stream the same way", async () => {
    const log = buildLog(fc.sample(contentArb, { numRuns: 5, seed: 2 }));
    async function* rows(entries: AuditEntry[]) {
      for (const entry of entries) yield await Promise.resolve(entry);
    }
    expect(await verifyChainAsync(rows(log))).toMatchObject({ ok: true, count: 5 });
    const swapped = [log[0], log[2], log[1], log[3], log[4]] as AuditEntry[];
    expect(await verifyChainAsync(rows(swapped))).toMatchObject({
      ok: false,
      firstBad: 2,
      reason: "sequence",
    });
  });
});

describe("checkpoints", () => {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const other = generateKeyPairSync("ed25519");
  const at = "2026-03-01T12:01:00.000Z";
  const head = "ab".repeat(32);

  it("verifies a checkpoint signed with the key, and not with another key", () => {
    const cp = checkpoint(42, head, at, privateKey);
    expect(cp).toMatchObject({ treeSize: 42, headHash: head, at });
    expect(verifyCheckpoint(cp, publicKey)).toBe(true);
    expect(verifyCheckpoint(cp, other.publicKey)).toBe(false);
  });

  it("refuses a checkpoint whose size, head, time or signature changed", () => {
    const cp = checkpoint(42, head, at, privateKey);
    const signature = Buffer.from(cp.signature, "base64");
    signature[10] = (signature[10] ?? 0) ^ 1;
    for (const changed of [
      { ...cp, treeSize: 43 },
      { ...cp, treeSize: 41 },
      { ...cp, headHash: flipHex(head) },
      { ...cp, headHash: head.toUpperCase() },
      { ...cp, at: "2026-03-01T12:02:00.000Z" },
      { ...cp, signature: signature.toString("base64") },
      { ...cp, signature: `${cp.signature}AAAA` },
      { ...cp, signature: "not a signature" },
      { ...cp, signature: "" },
    ]) {
      expect(verifyCheckpoint(changed, publicKey), JSON.stringify(changed)).toBe(false);
    }
  });

  it("refuses to sign what is not a head of a log", () => {
    expect(() => checkpoint(-1, head, at, privateKey)).toThrow(TypeError);
    expect(() => checkpoint(1.5, head, at, privateKey)).toThrow(TypeError);
    expect(() => checkpoint(1, "xyz", at, privateKey)).toThrow(TypeError);
    expect(() => checkpoint(0, head, at, privateKey)).toThrow(TypeError);
    expect(() => checkpoint(1, head, "now", privateKey)).toThrow(TypeError);
    expect(() => checkpoint(1, head, at, publicKey)).toThrow(TypeError);
    const x25519 = generateKeyPairSync("x25519").privateKey;
    expect(() => checkpoint(1, head, at, x25519)).toThrow(TypeError);
  });

  const sizedLogArb = logArb.chain((log) =>
    fc.record({
      log: fc.constant(log),
      size: fc.integer({ min: 0, max: log.length }),
      more: fc.array(contentArb, { maxLength: 5 }),
      rewriteAt: fc.nat(),
    }),
  );

  it("a log extends every checkpoint of its past, and keeps extending it as it grows", () => {
    fc.assert(
      fc.property(sizedLogArb, ({ log, size, more }) => {
        const cp = checkpoint(size, headOf(log, size), at, privateKey);
        expect(verifyCheckpoint(cp, publicKey)).toBe(true);
        expect(extendsCheckpoint(log, cp)).toMatchObject({ ok: true, count: log.length });
        const grown = [...log, ...buildLog(more, log.at(-1) ?? null)];
        expect(extendsCheckpoint(grown, cp)).toMatchObject({ ok: true, count: grown.length });
      }),
    );
  });

  it("detects a log rewritten consistently up to its checkpoint, or cut short of it", () => {
    fc.assert(
      fc.property(sizedLogArb, ({ log, size, rewriteAt }) => {
        fc.pre(size > 0);
        const cp = checkpoint(size, headOf(log, size), at, privateKey);
        // Rewrite one entry within the checkpoint and recompute every hash after it.
        const k = (rewriteAt % size) + 1;
        const contents = log.map(contentOf);
        contents[k - 1] = { ...(contents[k - 1] as AuditContent), action: "forged" };
        const rewritten = buildLog(contents);
        expect(verifyChain(rewritten)).toMatchObject({ ok: true });
        expect(extendsCheckpoint(rewritten, cp)).toMatchObject({
          ok: false,
          firstBad: size,
          reason: "checkpoint",
        });
        const cut = log.slice(0, size - 1);
        expect(extendsCheckpoint(cut, cp)).toMatchObject({
          ok: false,
          firstBad: size,
          reason: "checkpoint",
        });
      }),
    );
  });

  it("checks many checkpoints in one pass and names the first one the log left", () => {
    const log = buildLog(fc.sample(contentArb, { numRuns: 30, seed: 3 }));
    const cps = [30, 10, 20].map((size) => checkpoint(size, headOf(log, size), at, privateKey));
    expect(verifyChain(log, { expect: cps })).toMatchObject({ ok: true, count: 30 });
    const contents = log.map(contentOf);
    contents[14] = { ...(contents[14] as AuditContent), action: "forged" };
    const result = verifyChain(buildLog(contents), { expect: cps });
    expect(result).toMatchObject({ ok: false, firstBad: 20, reason: "checkpoint" });
    expect(result.ok ? "" : result.detail).toContain("after entry 10");
  });
});
