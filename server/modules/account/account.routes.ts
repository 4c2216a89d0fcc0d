import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { Me, PreferencesUpdate } from "../../../shared/account.ts";
import { UiLocale } from "../../../shared/localized-text.ts";
import { Problem } from "../../../shared/problem.ts";
import type { Db } from "../../db/client.ts";
import { NotFound } from "../../lib/errors.ts";
import type { ActorResolver } from "../auth/actor.ts";
import { users } from "../auth/auth.table.ts";

export function registerAccountRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; db: Db },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["account"];

  async function me(userId: string) {
    const [row] = await deps.db.select().from(users).where(eq(users.id, userId));
    if (!row) throw new NotFound("No such user.");
    const locale = UiLocale.safeParse(row.locale);
    return {
      id: row.id,
      name: row.name,
      email: row.email,
      emailVerified: row.emailVerified,
      locale: locale.success ? locale.data : null,
      twoFactorEnabled: row.twoFactorEnabled === true,
      isPlatformAdmin: row.isPlatformAdmin,
    };
  }

  r.get(
    "/api/v1/me",
    { schema: { tags, summary: "The signed-in user", response: { 200: Me, 401: Problem } } },
    async (request) => me((await deps.actors.required(request)).userId),
  );

  r.patch(
    "/api/v1/me/preferences",
    {
      schema: {
        tags,
        summary: "Remember the interface language",
        body: PreferencesUpdate,
        response: { 200: Me, 400: Problem, 401: Problem },
      },
    },
    async (request) => {
      const actor = await deps.actors.required(request);
      await deps.db
        .update(users)
        .set({ locale: request.body.locale, updatedAt: new Date() })
        .where(eq(users.id, actor.userId));
      return me(actor.userId);
    },
  );
}
