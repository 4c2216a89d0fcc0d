import { count } from "drizzle-orm";
import type { Db } from "../../server/db/client.ts";
import type { Services } from "../../server/app.ts";
import { users } from "../../server/modules/auth/auth.table.ts";

export type DemoResult = {
  organizationCount: number;
  signIns: { email: string; password: string; description: string }[];
};

/** Demo data goes only into an empty database. */
export async function demoIsLoaded(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) > 0;
}

export async function seedDemo(_services: Services): Promise<DemoResult> {
  return { organizationCount: 0, signIns: [] };
}
