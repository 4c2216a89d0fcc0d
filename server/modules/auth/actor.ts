import type { FastifyRequest } from "fastify";
import { Unauthorized } from "../../lib/errors.ts";
import type { Auth } from "./auth.ts";

/** The signed-in person making a request, as every service function receives it. */
export type Actor = {
  userId: string;
  name: string;
  email: string;
  isPlatformAdmin: boolean;
  /** The session the request came with (absent for actors made outside a request). */
  sessionId?: string;
};

const cache = new WeakMap<FastifyRequest, Promise<Actor | null>>();

export function createActorResolver(auth: Auth) {
  async function resolve(request: FastifyRequest): Promise<Actor | null> {
    const headers = new Headers();
    for (const [key, value] of Object.entries(request.headers)) {
      if (typeof value === "string") headers.set(key, value);
      else if (Array.isArray(value)) headers.set(key, value.join(", "));
    }
    const session = await auth.api.getSession({ headers });
    if (!session) return null;
    const user = session.user as typeof session.user & { isPlatformAdmin?: boolean | null };
    return {
      userId: user.id,
      name: user.name,
      email: user.email,
      isPlatformAdmin: user.isPlatformAdmin === true,
      sessionId: session.session.id,
    };
  }
  return {
    /** The actor, or null for an anonymous request. */
    optional(request: FastifyRequest): Promise<Actor | null> {
      let found = cache.get(request);
      if (!found) {
        found = resolve(request);
        cache.set(request, found);
      }
      return found;
    },
    async required(request: FastifyRequest): Promise<Actor> {
      const actor = await this.optional(request);
      if (!actor) throw new Unauthorized();
      return actor;
    },
  };
}
export type ActorResolver = ReturnType<typeof createActorResolver>;
