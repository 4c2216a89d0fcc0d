import type { Db, Tx } from "../db/client.ts";

/**
 * How modules learn the names they show: organisations' from the organisations module,
 * people's from the auth module. Each answers many ids in one query.
 */
export type Names = {
  organizations(ids: readonly string[], tx?: Db | Tx): Promise<Map<string, string>>;
  people(ids: readonly (string | null)[], tx?: Db | Tx): Promise<Map<string, string>>;
};
