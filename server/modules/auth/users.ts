import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { Conflict } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Auth } from "./auth.ts";
import { accounts, users } from "./auth.table.ts";

/**
 * Creates a user with a verified email and a password, for the CLI and demo data. The password
 * is hashed by Better Auth's own hasher, so the account signs in like any other.
 */
export async function createVerifiedUser(
  deps: { db: Db; auth: Auth },
  input: {
    email: string;
    name: string;
    password: string;
    locale?: string;
    isPlatformAdmin?: boolean;
  },
): Promise<string> {
  const email = input.email.trim().toLowerCase();
  const existing = await findUserByEmail(deps.db, email);
  if (existing) throw new Conflict(`A user with the email ${email} already exists.`);
  const context = await deps.auth.$context;
  const hash = await context.password.hash(input.password);
  const id = newId();
  await deps.db.transaction(async (tx) => {
    await tx.insert(users).values({
      id,
      email,
      name: input.name,
      emailVerified: true,
      locale: input.locale ?? null,
      isPlatformAdmin: input.isPlatformAdmin ?? false,
    });
    await tx.insert(accounts).values({
      id: newId(),
      accountId: id,
      providerId: "credential",
      userId: id,
      password: hash,
    });
  });
  return id;
}

export async function setPlatformAdmin(
  db: Db,
  email: string,
  isPlatformAdmin: boolean,
): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ isPlatformAdmin })
    .where(eq(users.email, email.trim().toLowerCase()))
    .returning({ id: users.id });
  return rows.length > 0;
}

/** A user by email (stored lower-case), with what the CLI needs to act as them. */
export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      isPlatformAdmin: users.isPlatformAdmin,
    })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()));
  return row;
}
