import { createAuthClient } from "better-auth/react";
import { twoFactorClient } from "better-auth/client/plugins";

export const authClient = createAuthClient({
  basePath: "/api/auth",
  plugins: [
    twoFactorClient({
      onTwoFactorRedirect() {
        window.location.assign("/sign-in/second-factor");
      },
    }),
  ],
});

/**
 * Better Auth answers with { error: { message, code } }; this turns it into a thrown Error that
 * keeps the code and what the form needs to explain it (a weak password's `reason`, how long
 * to wait after too many sign-in attempts).
 */
export function unwrap<T>(result: {
  data: T | null;
  error: { message?: string; code?: string } | null;
}): T {
  if (result.error) {
    const { message, code, reason, retryAfterSeconds } = result.error as {
      message?: string;
      code?: string;
      reason?: unknown;
      retryAfterSeconds?: unknown;
    };
    const error = new Error(message ?? "Request failed") as Error & {
      code?: string;
      reason?: string;
      retryAfterSeconds?: number;
    };
    if (code) error.code = code;
    if (typeof reason === "string") error.reason = reason;
    if (typeof retryAfterSeconds === "number") error.retryAfterSeconds = retryAfterSeconds;
    throw error;
  }
  return result.data as T;
}
