import type { FastifyInstance } from "fastify";
import { judgePassword, passwordReasonText } from "../shared/password-strength.ts";
import type { Db } from "../server/db/client.ts";
import type { Auth } from "../server/modules/auth/auth.ts";
import {
  createVerifiedUser,
  findUserByEmail,
  setPlatformAdmin,
} from "../server/modules/auth/users.ts";
import { createOrganizationsRepo } from "../server/modules/organizations/organizations.repo.ts";
import { withApiAs } from "./api-as.ts";

export type Say = (message: string) => void;

/** Creates a platform administrator, or promotes an existing user; false when it cannot. */
export async function createAdmin(
  deps: { db: Db; auth: Auth },
  options: { email: string; name: string; password?: string },
  say: Say,
): Promise<boolean> {
  if (await findUserByEmail(deps.db, options.email)) {
    await setPlatformAdmin(deps.db, options.email, true);
    say(`${options.email} is now a platform administrator.`);
    return true;
  }
  if (!options.password || options.password.length < 10) {
    say("A new administrator needs --password of at least 10 characters.");
    return false;
  }
  const verdict = judgePassword(options.password, options);
  if (verdict.reason) {
    say(`That password is too easy to guess: ${passwordReasonText[verdict.reason]}`);
    return false;
  }
  await createVerifiedUser(deps, { ...options, password: options.password, isPlatformAdmin: true });
  say(`Created platform administrator ${options.email}.`);
  return true;
}

/**
 * Verifies an organisation (by id, name or acronym) as the named platform administrator,
 * through the same API route as the web's review page; false when it cannot.
 */
export async function verifyOrganization(
  app: FastifyInstance,
  options: { which: string; by: string; publicUrl: string },
  say: Say,
): Promise<boolean> {
  const { db } = app.services;
  const admin = await findUserByEmail(db, options.by);
  if (!admin?.isPlatformAdmin) {
    say(`${options.by} is not a platform administrator.`);
    return false;
  }
  const matches = await createOrganizationsRepo(db).findByIdNameOrAcronym(options.which);
  const [org] = matches;
  if (!org || matches.length > 1) {
    say(
      org
        ? `Several organisations match "${options.which}"; use the id.`
        : `No organisation matches "${options.which}".`,
    );
    return false;
  }
  await withApiAs(app, { userId: admin.id, publicUrl: options.publicUrl }, (api) =>
    api.PUT("/api/v1/admin/organizations/{id}/verification", {
      params: { path: { id: org.id } },
      body: { verified: true },
    }),
  );
  say(`Verified ${org.name}.`);
  return true;
}
