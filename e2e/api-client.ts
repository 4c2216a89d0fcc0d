/**
 * A signed-in HTTP client for setting up journeys and screenshots through the public API,
 * as a person would: a session cookie and our own Origin, so the CSRF check passes.
 */
export type ApiClient = {
  get<T>(path: string): Promise<T>;
  send<T>(method: "POST" | "PUT" | "PATCH", path: string, body?: unknown): Promise<T>;
};

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

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        cookie,
        origin: baseUrl,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} as ${email}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  return {
    get: (path) => call("GET", path),
    send: (method, path, body) => call(method, path, body ?? (method === "POST" ? {} : undefined)),
  };
}

/** The id of one of the signed-in person's organisations, by its exact name. */
export async function myOrganizationId(client: ApiClient, name: string): Promise<string> {
  const mine = await client.get<{ items: { id: string; name: string }[] }>(
    "/api/v1/organizations/mine",
  );
  const found = mine.items.find((o) => o.name === name);
  if (!found) throw new Error(`organisation ${name} not found`);
  return found.id;
}
