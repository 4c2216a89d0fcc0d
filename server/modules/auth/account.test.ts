import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Me, Session } from "../../../shared/account.ts";
import { createOrganization, signedInUser } from "../../test/actors.ts";
import { type TestApp, backends, createTestApp, testOrigin } from "../../test/harness.ts";
import { call, expectProblem } from "../../test/org-helpers.ts";
import { users } from "./auth.table.ts";

async function storedLocale(t: TestApp, userId: string) {
  const [row] = await t.services.db
    .select({ locale: users.locale })
    .from(users)
    .where(eq(users.id, userId));
  return row?.locale;
}

describe.each(backends)("account on %s", (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  afterAll(async () => {
    await t.close();
  });

  describe("GET /api/v1/me", () => {
    it("refuses an anonymous request with a 401 problem", async () => {
      const response = await call(t, "GET", "/api/v1/me");
      const problem = expectProblem(response, 401);
      expect(problem).toMatchObject({
        type: "https://common-ground.dev/problems/401",
        title: "Unauthorized",
        instance: "/api/v1/me",
      });
    });

    it("refuses a forged session cookie", async () => {
      const response = await call(t, "GET", "/api/v1/me", {
        headers: { cookie: "cg.session_token=forged.c2lnbmF0dXJl" },
      });
      expectProblem(response, 401);
    });

    it("describes the signed-in user", async () => {
      const amina = await signedInUser(t, "amina");
      const response = await call(t, "GET", "/api/v1/me", { as: amina });
      expect(response.statusCode, response.body).toBe(200);
      expect(Me.parse(response.json())).toEqual({
        id: amina.userId,
        name: "amina",
        email: amina.email,
        emailVerified: true,
        locale: null,
        twoFactorEnabled: false,
        isPlatformAdmin: false,
      });
    });

    it("shows a platform administrator as one", async () => {
      const admin = await signedInUser(t, "admin", { isPlatformAdmin: true });
      const response = await call(t, "GET", "/api/v1/me", { as: admin });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ isPlatformAdmin: true });
    });
  });

  describe("GET /api/v1/session", () => {
    it("answers a signed-out visitor with 200 and no one, not a refusal", async () => {
      const response = await call(t, "GET", "/api/v1/session");
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toEqual({ me: null });
    });

    it("treats a forged session cookie as signed out", async () => {
      const response = await call(t, "GET", "/api/v1/session", {
        headers: { cookie: "cg.session_token=forged.c2lnbmF0dXJl" },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ me: null });
    });

    it("describes the signed-in user as /me does", async () => {
      const lina = await signedInUser(t, "lina");
      const response = await call(t, "GET", "/api/v1/session", { as: lina });
      expect(response.statusCode, response.body).toBe(200);
      const me = await call(t, "GET", "/api/v1/me", { as: lina });
      expect(Session.parse(response.json())).toEqual({ me: me.json() });
    });
  });

  describe("PATCH /api/v1/me/preferences", () => {
    it("remembers the interface language", async () => {
      const karim = await signedInUser(t, "karim");
      const response = await call(t, "PATCH", "/api/v1/me/preferences", {
        as: karim,
        payload: { locale: "ar" },
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(Me.parse(response.json())).toMatchObject({ id: karim.userId, locale: "ar" });
      expect(await storedLocale(t, karim.userId)).toBe("ar");

      const again = await call(t, "GET", "/api/v1/me", { as: karim });
      expect(again.json()).toMatchObject({ locale: "ar" });
    });

    it("sends later mail in the chosen language", async () => {
      const sofia = await signedInUser(t, "sofia");
      await call(t, "PATCH", "/api/v1/me/preferences", { as: sofia, payload: { locale: "es" } });
      const reset = await t.app.inject({
        method: "POST",
        url: "/api/auth/request-password-reset",
        headers: { origin: testOrigin, "content-type": "application/json" },
        payload: { email: sofia.email, redirectTo: "/reset-password" },
      });
      expect(reset.statusCode).toBe(200);
      await t.app.scheduler.runOnce();
      expect(t.mails.lastTo(sofia.email)?.subject).toBe(
        "Restablezca su contraseña de Common Ground",
      );
    });

    it("writes an invitation to an existing account in its chosen language", async () => {
      const karim = await signedInUser(t, "karim");
      await call(t, "PATCH", "/api/v1/me/preferences", { as: karim, payload: { locale: "ar" } });
      const inviter = await signedInUser(t, "inviter");
      const organizationId = await createOrganization(t, inviter, { name: "Shams Collective" });
      const response = await call(
        t,
        "POST",
        `/api/v1/organizations/${organizationId}/invitations`,
        {
          as: inviter,
          payload: { email: karim.email },
        },
      );
      expect(response.statusCode, response.body).toBe(201);
      expect(t.mails.lastTo(karim.email)?.subject).toContain("يدعوك للانضمام إلى Shams Collective");
    });

    it("refuses a language the interface does not have, naming the field", async () => {
      const jon = await signedInUser(t, "jon");
      await call(t, "PATCH", "/api/v1/me/preferences", { as: jon, payload: { locale: "fr" } });
      const response = await call(t, "PATCH", "/api/v1/me/preferences", {
        as: jon,
        payload: { locale: "de" },
      });
      const problem = expectProblem(response, 400);
      expect(problem.errors?.map((e) => e.field)).toEqual(["body.locale"]);
      expect(await storedLocale(t, jon.userId)).toBe("fr");
    });

    it("refuses unknown fields, so a typo is not silently ignored", async () => {
      const lea = await signedInUser(t, "lea");
      const response = await call(t, "PATCH", "/api/v1/me/preferences", {
        as: lea,
        payload: { locale: "fr", isPlatformAdmin: true },
      });
      const problem = expectProblem(response, 400);
      expect(problem.errors?.length).toBeGreaterThan(0);
      expect(await storedLocale(t, lea.userId)).toBeNull();
      const [row] = await t.services.db
        .select({ isPlatformAdmin: users.isPlatformAdmin })
        .from(users)
        .where(eq(users.id, lea.userId));
      expect(row?.isPlatformAdmin).toBe(false);
    });

    it("refuses an anonymous change", async () => {
      const response = await call(t, "PATCH", "/api/v1/me/preferences", {
        payload: { locale: "ar" },
      });
      expectProblem(response, 401);
    });
  });
});
