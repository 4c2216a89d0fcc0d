/**
 * What the HTTP benchmarks share: a person made and signed in through the real sign-in route
 * (so the session is a real one), a way to set up data through the app's own routes, and a
 * small seeded random generator so every run writes the same data.
 */
import type { buildApp } from "../server/app.ts";
import { createVerifiedUser } from "../server/modules/auth/users.ts";

type App = Awaited<ReturnType<typeof buildApp>>;

export async function benchSession(
  app: App,
  publicUrl: string,
  person: { email: string; password: string; name: string },
) {
  await createVerifiedUser({ db: app.services.db, auth: app.services.auth }, person);
  const signedIn = await app.inject({
    method: "POST",
    url: "/api/auth/sign-in/email",
    headers: { origin: publicUrl, "content-type": "application/json" },
    payload: { email: person.email, password: person.password },
  });
  if (signedIn.statusCode !== 200) throw new Error(`sign-in failed: ${signedIn.body}`);
  const cookie = signedIn.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  /** A write through the API as that person; any refusal stops the benchmark. */
  async function send<T = { id: string }>(
    method: "POST" | "PATCH" | "PUT",
    url: string,
    payload?: unknown,
  ): Promise<T> {
    const answer = await app.inject({
      method,
      url,
      headers: { cookie, origin: publicUrl },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    if (answer.statusCode >= 300) throw new Error(`${method} ${url}: ${answer.body}`);
    return answer.json() as T;
  }
  return { cookie, send };
}

/** mulberry32: a small seeded generator, so every run writes the same data. */
export function seeded(start: number) {
  let state = start >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return { next, int, pick };
}
