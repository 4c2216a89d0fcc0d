import { describe, expect, it } from "vitest";
import { type AuthError, authRefusal } from "./auth-errors.ts";

const t = (key: string, options?: Record<string, unknown>) =>
  options && "count" in options ? `${key}(${String(options.count)})` : key;
const refused = (fields: Partial<AuthError>) =>
  Object.assign(new Error("English from the server"), fields);

describe("authRefusal", () => {
  it("explains a weak password by its reason, not the server's English", () => {
    expect(authRefusal(refused({ code: "WEAK_PASSWORD", reason: "userInputs" }), t)?.message).toBe(
      "auth:weakPassword auth:strength.reason.userInputs",
    );
  });

  it("says in how many minutes to try again after too many sign-in attempts", () => {
    const error = refused({ code: "TOO_MANY_SIGN_IN_ATTEMPTS", retryAfterSeconds: 61 });
    expect(authRefusal(error, t)?.message).toBe("auth:tooManySignIns(2)");
    expect(authRefusal(refused({ code: "TOO_MANY_SIGN_IN_ATTEMPTS" }), t)?.message).toBe(
      "auth:tooManySignInsLater",
    );
  });

  it("leaves other errors to the form", () => {
    expect(authRefusal(refused({ code: "INVALID_EMAIL_OR_PASSWORD" }), t)).toBeNull();
    expect(authRefusal(null, t)).toBeNull();
  });
});
