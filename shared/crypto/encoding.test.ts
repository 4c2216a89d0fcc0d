import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { CryptoRefused, b64, canonicalJson, loadSodium, unb64 } from "./index.ts";

beforeAll(() => loadSodium());

const refused = (reason: CryptoRefused["reason"], run: () => unknown) =>
  expect(run).toThrow(expect.objectContaining({ name: "CryptoRefused", reason }));

describe("base64 on the wire", () => {
  it("is URL-safe without padding, and round-trips any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = b64(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(unb64(text)).toEqual(bytes);
      }),
    );
    expect(b64(new Uint8Array([0xfb, 0xff]))).toBe("-_8");
  });

  it("refuses standard base64, padding, stray characters and the wrong length", () => {
    refused("malformed", () => unb64("+/8="));
    refused("malformed", () => unb64("AAA="));
    refused("malformed", () => unb64("AA A"));
    refused("malformed", () => unb64("A"));
    refused("malformed", () => unb64(b64(new Uint8Array(31)), 32));
    refused("malformed", () => unb64(42 as never));
  });
});

describe("canonical JSON", () => {
  it("sorts keys at every depth and drops whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: null, y: "é" }], c: true } })).toBe(
      '{"a":{"c":true,"d":[3,{"y":"é","z":null}]},"b":1}',
    );
  });

  it("gives the same text for the same value whatever the key order, and parses back to it", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });

  it("refuses what JSON cannot say exactly", () => {
    for (const bad of [
      Number.NaN,
      Infinity,
      [undefined],
      () => 1,
      1n,
      new Date(0),
      new Uint8Array(1),
    ]) {
      refused("malformed", () => canonicalJson(bad));
    }
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });
});
