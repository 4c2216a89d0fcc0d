import { type ApiClient, createApiClient } from "../shared/api-client.ts";

export type { ApiClient };

/**
 * A signed-in API client for setting up journeys and screenshots through the public API,
 * as a person would: a session cookie and our own Origin, so the CSRF check passes.
 */
export async function apiAs(baseUrl: string, email: string, password: string): Promise<ApiClient> {
  const signIn = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  if (!signIn.ok) throw new Error(`sign-in as ${email} failed: ${signIn.status}`);
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return createApiClient({
    baseUrl,
    headers: { cookie, origin: baseUrl },
    // A failed setup step names the call and the person, so the journey's log says what broke.
    refusal: async (response, request) =>
      new Error(
        `${request.method} ${new URL(request.url).pathname} as ${email}: ${response.status} ${await response.text()}`,
      ),
  });
}

/** The id of one of the signed-in person's organisations, by its exact name. */
export async function myOrganizationId(client: ApiClient, name: string): Promise<string> {
  const mine = await client.GET("/api/v1/organizations/mine");
  const found = mine.items.find((o) => o.name === name);
  if (!found) throw new Error(`organisation ${name} not found`);
  return found.id;
}
