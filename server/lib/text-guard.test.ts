import { describe, expect, it } from "vitest";
import { findUnstorableText } from "./text-guard.ts";

describe("text PostgreSQL cannot store", () => {
  it("finds a NUL or an unpaired surrogate anywhere in a body, keys included", () => {
    expect(findUnstorableText({ a: { b: ["ok", "x\u0000y"] } }, "body")).toBe("body.a.b.1");
    expect(findUnstorableText({ title: "\ud800" }, "body")).toBe("body.title");
    expect(findUnstorableText({ ["k\u0000"]: 1 }, "body")).toBe("body.k\u0000");
  });

  it("lets every well-formed text through, in any script", () => {
    expect(findUnstorableText({ t: "حقوق 🙂 droits é 中文", n: 1, b: null }, "body")).toBeNull();
    expect(findUnstorableText(Buffer.from([0, 1, 2]), "body")).toBeNull();
  });
});
