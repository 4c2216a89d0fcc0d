import { describe, expect, it } from "vitest";
import { createTestApp } from "./harness.ts";
import { signedInUser } from "./actors.ts";
describe("smoke", () => {
  it("runs", async () => {
    const t0 = Date.now();
    const t = await createTestApp("pglite");
    const t1 = Date.now();
    const u = await signedInUser(t, "a");
    const t2 = Date.now();
    const r = await t.app.inject({ method: "GET", url: "/api/v1/taxonomies" });
    console.log(t1 - t0, t2 - t1, r.body.slice(0, 300));
    expect(u.userId).toBeTruthy();
    await t.close();
  });
});
