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

/** Better Auth answers with { error: { message, code } }; this turns it into a thrown Error. */
export function unwrap<T>(result: {
  data: T | null;
  error: { message?: string; code?: string } | null;
}): T {
  if (result.error) {
    const error = new Error(result.error.message ?? "Request failed") as Error & { code?: string };
    if (result.error.code) error.code = result.error.code;
    throw error;
  }
  return result.data as T;
}
