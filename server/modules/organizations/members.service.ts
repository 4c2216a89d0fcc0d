import type { Emit } from "../../events.ts";
import type { Database, Tx } from "../../db/client.ts";
import { Conflict, NotFound } from "../../lib/errors.ts";
import type { Member, OrgRole } from "../../../shared/organizations.ts";
import {
  type ProfileFacts,
  type ProfileViewer,
  checkOrganization,
  orgMemberPermissions,
} from "../../../shared/policy/index.ts";
import { enforce } from "../../lib/authorize.ts";
import type { Actor } from "../auth/actor.ts";
import { profileFacts } from "./organizations.presenter.ts";
import type { OrganizationsRepo } from "./organizations.repo.ts";
import type { People } from "../auth/auth.module.ts";

const noSuch = "No such organisation.";

/**
 * Roles and removals. Every change locks the organisation row and reads the actor's role
 * under it, so two owners stepping down at once cannot leave it with none, and a role taken
 * away a moment ago cannot still be used.
 */
export function createMembersService(deps: {
  database: Database;
  repo: OrganizationsRepo;
  people: Pick<People, "contacts">;
  events: Emit;
}) {
  const { database, repo, people, events } = deps;

  /** The members with the names and addresses they go by, in name order. */
  async function members(organizationId: string) {
    const rows = await repo.listMembers(organizationId);
    const contacts = new Map(
      (await people.contacts(rows.map((r) => r.userId))).map((c) => [c.userId, c]),
    );
    return rows
      .map((r) => ({
        ...r,
        name: contacts.get(r.userId)?.name ?? "",
        email: contacts.get(r.userId)?.email ?? "",
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** The organisation as the actor stands to it, refused as the policy says. */
  async function standing(actor: Actor, organizationId: string, tx?: Tx) {
    const org = tx ? await repo.lock(tx, organizationId) : await repo.findById(organizationId);
    if (!org) throw new NotFound(noSuch);
    const viewer: ProfileViewer = {
      signedIn: true,
      platformAdmin: actor.isPlatformAdmin,
      role: await repo.roleOf(organizationId, actor.userId, tx),
    };
    const facts = profileFacts(org);
    enforce(checkOrganization(viewer, facts, "organization.readMembers"), noSuch);
    return { viewer, facts };
  }

  const present = (
    row: Omit<Member, "joinedAt" | "permissions"> & { joinedAt: Date },
    actor: Actor,
    s: { viewer: ProfileViewer; facts: ProfileFacts },
  ): Member => ({
    ...row,
    joinedAt: row.joinedAt.toISOString(),
    permissions: orgMemberPermissions(s.viewer, s.facts, {
      role: row.role,
      self: row.userId === actor.userId,
    }),
  });

  return {
    async list(actor: Actor, organizationId: string): Promise<{ items: Member[] }> {
      const s = await standing(actor, organizationId);
      return { items: (await members(organizationId)).map((r) => present(r, actor, s)) };
    },

    async changeRole(
      actor: Actor,
      organizationId: string,
      userId: string,
      role: OrgRole,
    ): Promise<Member> {
      await standing(actor, organizationId);
      await database.db.transaction(async (tx) => {
        const s = await standing(actor, organizationId, tx);
        const current = await repo.roleOf(organizationId, userId, tx);
        if (!current) {
          enforce(checkOrganization(s.viewer, s.facts, "organization.manage"), noSuch);
          throw new NotFound("No such member.");
        }
        enforce(
          checkOrganization(s.viewer, s.facts, "organization.changeRole", {
            from: current,
            to: role,
          }),
          noSuch,
        );
        if (
          current === "owner" &&
          role !== "owner" &&
          (await repo.ownerCount(tx, organizationId)) <= 1
        ) {
          throw new Conflict("The last owner cannot step down; make someone else owner first.");
        }
        await repo.setRole(tx, organizationId, userId, role);
      });
      const s = await standing(actor, organizationId);
      const member = (await members(organizationId)).find((m) => m.userId === userId);
      if (!member) throw new NotFound("No such member.");
      return present(member, actor, s);
    },

    /** Removes a member, or lets a member leave when they remove themselves. */
    async remove(actor: Actor, organizationId: string, userId: string): Promise<void> {
      await standing(actor, organizationId);
      const self = userId === actor.userId;
      await database.db.transaction(async (tx) => {
        const s = await standing(actor, organizationId, tx);
        const current = await repo.roleOf(organizationId, userId, tx);
        if (!current) {
          if (!self) enforce(checkOrganization(s.viewer, s.facts, "organization.manage"), noSuch);
          throw new NotFound("No such member.");
        }
        enforce(
          checkOrganization(s.viewer, s.facts, "organization.removeMember", {
            role: current,
            self,
          }),
          noSuch,
        );
        if (current === "owner" && (await repo.ownerCount(tx, organizationId)) <= 1) {
          throw new Conflict(
            "The last owner cannot leave or be removed; make someone else owner first.",
          );
        }
        await repo.removeMember(tx, organizationId, userId);
        // Their organisation keys go with them (issue 15), in this same transaction.
        await events.emit(tx, "organization.personRemoved", {
          organizationId,
          userId,
          byUserId: actor.userId,
        });
      });
    },
  };
}
export type MembersService = ReturnType<typeof createMembersService>;
