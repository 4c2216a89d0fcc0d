import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, backends, createTestApp } from "../../test/harness.ts";
import { signedInUser } from "../../test/actors.ts";
import { addMember, call, expectProblem } from "../../test/org-helpers.ts";
import {
  type ConfidentialWorld,
  b64,
  confidentialWorld,
  personKeys,
  withoutInstance,
  wrapped,
} from "./confidential.fixtures.ts";

describe.each(backends)("keys for confidential records on the server (%s)", (backend) => {
  let t: TestApp;
  let c: ConfidentialWorld;
  let w: ConfidentialWorld["w"];
  beforeAll(async () => {
    t = await createTestApp(backend);
    c = await confidentialWorld(t);
    w = c.w;
  });
  afterAll(() => t.close());
  const keysOf: ConfidentialWorld["keysOf"] = (...a) => c.keysOf(...a);

  it("keeps a person's wrapped keys and gives them back only to that person", async () => {
    const mine = await call(t, "GET", "/api/v1/me/keys", { as: w.owner });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().keys.passphrase.kdf.alg).toBe("argon2id13");
    expect(mine.headers["cache-control"]).toBe("private, no-store");
    // Another person of the organisation sees the public keys only.
    const theirs = await call(t, "GET", `/api/v1/people/${w.owner.userId}/keys`, {
      as: w.colleague,
    });
    expect(theirs.statusCode, theirs.body).toBe(200);
    expect(Object.keys(theirs.json()).sort()).toEqual(
      ["boxPublicKey", "createdAt", "signPublicKey", "userId"].sort(),
    );
    // Someone who shares no organisation gets what an unknown person gets.
    const outsider = await call(t, "GET", `/api/v1/people/${w.owner.userId}/keys`, {
      as: w.litigator,
    });
    const unknown = await call(t, "GET", `/api/v1/people/nobody-${randomUUID()}/keys`, {
      as: w.litigator,
    });
    expectProblem(outsider, 404);
    expect(withoutInstance(outsider)).toEqual(withoutInstance(unknown));
  });

  it("changes the passphrase of the same keys, and replaces keys only on reset, dropping seals", async () => {
    const fresh = await signedInUser(t, "keys-reset");
    await addMember(t, w.litigatorOrg, fresh.userId, "member");
    const keys = personKeys();
    expect((await call(t, "PUT", "/api/v1/me/keys", { as: fresh, payload: keys })).statusCode).toBe(
      200,
    );
    const rewrap = { ...keys, passphrase: wrapped("argon2id13") };
    expect(
      (await call(t, "PUT", "/api/v1/me/keys", { as: fresh, payload: rewrap })).statusCode,
    ).toBe(200);
    // The litigator's browser seals the current epoch to the newcomer, who is awaited until then.
    expect(
      (await keysOf(w.litigatorOrg, w.litigator)).member?.awaiting.map((a) => a.userId),
    ).toEqual([fresh.userId]);
    const seal = await call(t, "POST", `/api/v1/organizations/${w.litigatorOrg}/keys/seals`, {
      as: w.litigator,
      payload: { epoch: 1, seals: [{ userId: fresh.userId, sealed: b64(144) }] },
    });
    expect(seal.statusCode, seal.body).toBe(200);
    expect((await keysOf(w.litigatorOrg, fresh)).member?.seal?.epoch).toBe(1);
    const other = personKeys();
    expectProblem(await call(t, "PUT", "/api/v1/me/keys", { as: fresh, payload: other }), 409);
    const reset = await call(t, "PUT", "/api/v1/me/keys", {
      as: fresh,
      payload: { ...other, reset: true },
    });
    expect(reset.statusCode, reset.body).toBe(200);
    expect((await keysOf(w.litigatorOrg, fresh)).member?.seal).toBeNull();
  });

  it("shows partners an organisation's identity and epochs, and its people their own seal", async () => {
    const outside = await keysOf(w.ownerOrg, w.litigator);
    expect(outside).toMatchObject({ state: "ready", currentEpoch: 1 });
    expect(outside.identityPublicKey).toHaveLength(43);
    expect(outside.member).toBeUndefined();
    const inside = await keysOf(w.ownerOrg, w.colleague);
    expect(inside.member?.seal?.sealed).toHaveLength(192);
    expect(inside.member?.manages).toBe(false);
  });
});
