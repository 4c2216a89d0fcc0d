import type { Database, Tx } from "../../db/client.ts";
import { Conflict, Forbidden, NotFound } from "../../lib/errors.ts";
import type { Member, OrgRole } from "../../../shared/organizations.ts";
import type { Actor } from "../auth/actor.ts";
import type { OrganizationsRepo } from "./organizations.repo.ts";
import { managerRoles } from "./organizations.service.ts";

/**
 * Roles and removals. Every change locks the organisation row, so two owners stepping down
 * at once cannot leave it with none.
 */
export function createMembersService(deps: { database: Database; repo: OrganizationsRepo }) {
  const { database, repo } = deps;

  async function requireMember(actor: Actor, organizationId: string): Promise<OrgRole> {
    const org = await repo.findById(organizationId);
    if (!org) throw new NotFound("No such organisation.");
    const role = await repo.roleOf(organizationId, actor.userId);
    if (!role)
      throw org.hiddenFromDirectory
        ? new NotFound("No such organisation.")
        : new Forbidden("Only members may see the member list.");
    return role;
  }

  /**
   * Locks the organisation and reads the actor's role under the lock, so a role taken away
   * a moment ago cannot still be used.
   */
  async function lockedRole(tx: Tx, organizationId: string, userId: string): Promise<OrgRole> {
    await repo.lock(tx, organizationId);
    const role = await repo.roleOf(organizationId, userId, tx);
    if (!role) throw new Forbidden("You are no longer a member of this organisation.");
    return role;
  }

  return {
    async list(actor: Actor, organizationId: string): Promise<{ items: Member[] }> {
      await requireMember(actor, organizationId);
      const rows = await repo.listMembers(organizationId);
      return {
        items: rows.map((r) => ({ ...r, joinedAt: r.joinedAt.toISOString() })),
      };
    },

    async changeRole(
      actor: Actor,
      organizationId: string,
      userId: string,
      role: OrgRole,
    ): Promise<Member> {
      await requireMember(actor, organizationId);
      await database.db.transaction(async (tx) => {
        const actorRole = await lockedRole(tx, organizationId, actor.userId);
        if (!managerRoles.includes(actorRole)) {
          throw new Forbidden("Only owners and admins may change roles.");
        }
        const current = await repo.roleOf(organizationId, userId, tx);
        if (!current) throw new NotFound("No such member.");
        // Only owners may make or unmake owners; admins manage admins and members.
        if ((current === "owner" || role === "owner") && actorRole !== "owner") {
          throw new Forbidden("Only owners may give or take the owner role.");
        }
        if (
          current === "owner" &&
          role !== "owner" &&
          (await repo.ownerCount(tx, organizationId)) <= 1
        ) {
          throw new Conflict("The last owner cannot step down; make someone else owner first.");
        }
        await repo.setRole(tx, organizationId, userId, role);
      });
      const member = (await repo.listMembers(organizationId)).find((m) => m.userId === userId);
      if (!member) throw new NotFound("No such member.");
      return { ...member, joinedAt: member.joinedAt.toISOString() };
    },

    /** Removes a member, or lets a member leave when they remove themselves. */
    async remove(actor: Actor, organizationId: string, userId: string): Promise<void> {
      await requireMember(actor, organizationId);
      const leaving = userId === actor.userId;
      await database.db.transaction(async (tx) => {
        const actorRole = await lockedRole(tx, organizationId, actor.userId);
        if (!leaving && !managerRoles.includes(actorRole)) {
          throw new Forbidden("Only owners and admins may remove members.");
        }
        const current = await repo.roleOf(organizationId, userId, tx);
        if (!current) throw new NotFound("No such member.");
        if (!leaving && current === "owner" && actorRole !== "owner") {
          throw new Forbidden("Only owners may remove an owner.");
        }
        if (current === "owner" && (await repo.ownerCount(tx, organizationId)) <= 1) {
          throw new Conflict(
            "The last owner cannot leave or be removed; make someone else owner first.",
          );
        }
        await repo.removeMember(tx, organizationId, userId);
      });
    },
  };
}
export type MembersService = ReturnType<typeof createMembersService>;
