import type { weakPasswordCode } from "../../../../shared/password-strength.ts";

/** An error from the auth client, with what Better Auth or our problem+json said about it. */
export type AuthError = Error & {
  code?: string;
  reason?: string;
  retryAfterSeconds?: number;
};

// A literal checked against the shared constant's type: importing the value would pull zxcvbn in.
const weakPassword: typeof weakPasswordCode = "WEAK_PASSWORD";
const tooManySignIns = "TOO_MANY_SIGN_IN_ATTEMPTS";

/**
 * The reader's own words for a refusal we know by its code (a weak password, too many sign-in
 * attempts); null for any other error, which the form shows as it is.
 */
export function authRefusal(
  error: unknown,
  t: (key: string, options?: Record<string, unknown>) => string,
): Error | null {
  if (!(error instanceof Error)) return null;
  const { code, reason, retryAfterSeconds } = error as AuthError;
  if (code === weakPassword) {
    const why = reason ? t(`auth:strength.reason.${reason}`, { defaultValue: "" }) : "";
    return new Error([t("auth:weakPassword"), why].filter(Boolean).join(" "));
  }
  if (code === tooManySignIns) {
    return new Error(
      typeof retryAfterSeconds === "number" && retryAfterSeconds > 0
        ? t("auth:tooManySignIns", { count: Math.ceil(retryAfterSeconds / 60) })
        : t("auth:tooManySignInsLater"),
    );
  }
  return null;
}
