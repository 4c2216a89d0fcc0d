import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { organizationInvitations, organizations } from "./organizations.table.ts";

export type InvitationRow = typeof organizationInvitations.$inferSelect;

export function createInvitationsRepo(db: Db) {
  return {
    async insert(row: typeof organizationInvitations.$inferInsert) {
      await db.insert(organizationInvitations).values(row);
    },
    async list(organizationId: string) {
      return db
        .select()
        .from(organizationInvitations)
        .where(eq(organizationInvitations.organizationId, organizationId))
        .orderBy(desc(organizationInvitations.createdAt))
        .limit(500);
    },
    async find(organizationId: string, id: string) {
      const [row] = await db
        .select()
        .from(organizationInvitations)
        .where(
          and(
            eq(organizationInvitations.id, id),
            eq(organizationInvitations.organizationId, organizationId),
          ),
        );
      return row;
    },
    async findByTokenHash(tokenHash: string, tx: Db | Tx = db) {
      const [row] = await tx
        .select({ invitation: organizationInvitations, organizationName: organizations.name })
        .from(organizationInvitations)
        .innerJoin(organizations, eq(organizations.id, organizationInvitations.organizationId))
        .where(eq(organizationInvitations.tokenHash, tokenHash));
      return row;
    },
    /** Revokes older open invitations to the same address, so only the newest link works. */
    async revokeOpen(organizationId: string, email: string, at: Date) {
      await db
        .update(organizationInvitations)
        .set({ revokedAt: at })
        .where(
          and(
            eq(organizationInvitations.organizationId, organizationId),
            eq(organizationInvitations.email, email),
            isNull(organizationInvitations.acceptedAt),
            isNull(organizationInvitations.revokedAt),
          ),
        );
    },
    async revoke(id: string, at: Date) {
      await db
        .update(organizationInvitations)
        .set({ revokedAt: at })
        .where(eq(organizationInvitations.id, id));
    },
    /** Marks it accepted only if still open; returns false when another request won. */
    async markAccepted(tx: Tx, id: string, at: Date): Promise<boolean> {
      const rows = await tx
        .update(organizationInvitations)
        .set({ acceptedAt: at })
        .where(
          and(
            eq(organizationInvitations.id, id),
            isNull(organizationInvitations.acceptedAt),
            isNull(organizationInvitations.revokedAt),
          ),
        )
        .returning({ id: organizationInvitations.id });
      return rows.length === 1;
    },
  };
}
export type InvitationsRepo = ReturnType<typeof createInvitationsRepo>;
