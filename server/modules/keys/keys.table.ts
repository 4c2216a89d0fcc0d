import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { Wrapped } from "../../../shared/keys/api.ts";
import { users } from "../auth/auth.table.ts";
import { organizations } from "../organizations/organizations.table.ts";

/*
 * Keys for confidential records (issue 15). Public keys and signatures, and secrets only as
 * the browser wrapped or sealed them: nothing here opens a confidential record.
 */

/** A person's public keys, and their secret keys wrapped by passphrase and by recovery key. */
export const personKeys = pgTable("person_keys", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  boxPublicKey: text("box_public_key").notNull(),
  signPublicKey: text("sign_public_key").notNull(),
  passphrase: jsonb("passphrase").$type<Wrapped>().notNull(),
  recovery: jsonb("recovery").$type<Wrapped>().notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
});

/** An organisation's identity (its signing key) and whether it owes a new epoch. */
export const organizationKeys = pgTable("organization_keys", {
  organizationId: uuid("organization_id")
    .primaryKey()
    .references(() => organizations.id, { onDelete: "cascade" }),
  identityPublicKey: text("identity_public_key").notNull(),
  currentEpoch: integer("current_epoch").notNull(),
  /** Set when a member left: new confidential records wait for the next epoch. */
  rotationNeededSince: timestamp("rotation_needed_since", { withTimezone: true }),
  createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
});

export const organizationKeyEpochs = pgTable(
  "organization_key_epochs",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    epoch: integer("epoch").notNull(),
    publicKey: text("public_key").notNull(),
    signature: text("signature").notNull(),
    /** The previous epoch's secret, encrypted under a key derived from this epoch's. */
    previous: jsonb("previous").$type<{ nonce: string; ciphertext: string }>(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.epoch] })],
);

/** An epoch's secret (with the identity's), sealed to one member's public box key. */
export const organizationKeySeals = pgTable(
  "organization_key_seals",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    epoch: integer("epoch").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sealed: text("sealed").notNull(),
    sealedBy: text("sealed_by").references(() => users.id, { onDelete: "set null" }),
    sealedAt: timestamp("sealed_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.epoch, t.userId] }),
    index("organization_key_seals_user_idx").on(t.userId),
  ],
);
