/**
 * Deterministic generator of a network of organisations for the network view's benchmark
 * and screenshots: `count` organisations from generate-organizations.ts, grouped into
 * clusters of about a hundred, each cluster with its own public coalitions, and a few
 * coalitions across clusters whose members are the bridges the view should find.
 *
 * Coalitions and their members go in with bulk INSERT ... SELECT (as generate-coalition.ts
 * does), public with public member lists, every member active and named. Only what the
 * network view reads is written: a coalition here has no charter rows.
 */
import { sql } from "drizzle-orm";
import { type Database, rowsOf } from "../server/db/client.ts";
import { insertRows } from "./coalition-rows.ts";
import { createRandom, generateOrganizations, uuidV7 } from "./generate-organizations.ts";

export type NetworkReport = { organizations: number; coalitions: number; memberships: number };

export async function generateNetwork(
  database: Database,
  options: { count: number; seed?: number; createdBy: string; include?: readonly string[] },
): Promise<NetworkReport> {
  const { db } = database;
  const seed = options.seed ?? 20261202;
  await generateOrganizations(database, { count: options.count, seed, deferIndexes: false });
  const ids = rowsOf<{ id: string }>(
    await db.execute(sql`select id from organizations order by id`),
  )
    .map((r) => r.id)
    .filter((id) => !options.include?.includes(id));
  const random = createRandom(seed + 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random.next() * list.length)] as T;

  const clusters: string[][] = [];
  const size = 100;
  for (let at = 0; at < ids.length; at += size) clusters.push(ids.slice(at, at + size));
  // The given organisations (the viewer's) join the first clusters, so they sit in the picture.
  (options.include ?? []).forEach((id, i) => clusters[i % clusters.length]?.push(id));

  const coalitions: { id: string; name: string }[] = [];
  const members: { coalition_id: string; organization_id: string; role: string }[] = [];
  const now = Date.now();
  const add = (name: string, orgs: Iterable<string>) => {
    const id = uuidV7(random, now - coalitions.length * 60_000);
    coalitions.push({ id, name });
    let first = true;
    for (const organization_id of orgs) {
      members.push({ coalition_id: id, organization_id, role: first ? "convener" : "member" });
      first = false;
    }
  };
  clusters.forEach((cluster, c) => {
    // Enough coalitions that each cluster holds together, of 4 to 20 members.
    const count = Math.max(2, Math.round(cluster.length / 8));
    for (let k = 0; k < count; k++) {
      const chosen = new Set<string>();
      const want = 4 + Math.floor(random.next() * 17);
      while (chosen.size < Math.min(want, cluster.length)) chosen.add(pick(cluster));
      add(`Cluster ${c + 1} coalition ${k + 1}`, chosen);
    }
  });
  // Bridges: a small coalition between neighbouring clusters, through two or three members.
  for (let c = 0; c + 1 < clusters.length; c++) {
    const left = clusters[c] as string[];
    const right = clusters[c + 1] as string[];
    const chosen = new Set([pick(left), pick(right)]);
    if (random.next() < 0.5) chosen.add(pick(left));
    add(`Bridge coalition ${c + 1}`, chosen);
  }

  const at = new Date(now);
  await db.transaction(async (tx) => {
    await insertRows(
      tx,
      "coalitions",
      {
        id: "uuid",
        name: "text",
        visibility: "text",
        member_list_visibility: "text",
        charter_version: "integer",
        created_by: "text",
        created_at: "timestamptz",
        updated_at: "timestamptz",
      },
      coalitions.map((c) => ({
        ...c,
        visibility: "public",
        member_list_visibility: "public",
        charter_version: 1,
        created_by: options.createdBy,
        created_at: at,
        updated_at: at,
      })),
    );
    await insertRows(
      tx,
      "coalition_members",
      {
        coalition_id: "uuid",
        organization_id: "uuid",
        role: "text",
        status: "text",
        named_publicly: "boolean",
        status_since: "timestamptz",
        created_at: "timestamptz",
      },
      members.map((m) => ({
        ...m,
        status: "active",
        named_publicly: true,
        status_since: at,
        created_at: at,
      })),
    );
  });
  return {
    organizations: ids.length,
    coalitions: coalitions.length,
    memberships: members.length,
  };
}
