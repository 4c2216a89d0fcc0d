import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { DiscoveryWeights, Need } from "../../../shared/discovery.ts";
import { users } from "../auth/auth.table.ts";
import { coalitions } from "../coalitions/coalitions.table.ts";
import { organizations } from "../organizations/organizations.table.ts";

/**
 * A saved need. It belongs to one requester, an organisation or a coalition (exactly one of
 * the two columns is set): the organisation's members, or the organisations inside the
 * coalition, read it; whoever may search for that requester may change it.
 */
export const discoveryNeeds = pgTable(
  "discovery_needs",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").references(() => organizations.id, {
      onDelete: "cascade",
    }),
    coalitionId: uuid("coalition_id").references(() => coalitions.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    need: jsonb("need").$type<Need>().notNull(),
    weights: jsonb("weights").$type<Partial<DiscoveryWeights>>().notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    check(
      "discovery_needs_one_requester",
      sql`(${t.organizationId} is null) <> (${t.coalitionId} is null)`,
    ),
    index("discovery_needs_organization_idx").on(t.organizationId, t.updatedAt),
    index("discovery_needs_coalition_idx").on(t.coalitionId, t.updatedAt),
  ],
);
