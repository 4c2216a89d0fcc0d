import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { registerErrorHandler } from "./errors.ts";

/** The error handler turns what a route throws into problem+json; only a bug is a 500. */
describe("the error handler", () => {
  async function answerTo(thrown: unknown) {
    const app = Fastify();
    registerErrorHandler(app);
    app.get("/", async () => {
      throw thrown;
    });
    const response = await app.inject({ method: "GET", url: "/" });
    await app.close();
    return response;
  }

  it("answers a unique violation lost in a race with 409, however the driver wrapped it", async () => {
    const fromDriver = Object.assign(new Error("duplicate key value"), { code: "23505" });
    for (const thrown of [fromDriver, new Error("Failed query", { cause: fromDriver })]) {
      const response = await answerTo(thrown);
      expect(response.statusCode).toBe(409);
      expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ status: 409, title: "Conflict" });
    }
  });

  it("keeps other database failures a 500 that says nothing of the database", async () => {
    const other = Object.assign(new Error("relation does not exist"), { code: "42P01" });
    const response = await answerTo(new Error("Failed query", { cause: other }));
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain("relation");
  });
});
