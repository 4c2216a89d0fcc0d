import { createHash, randomBytes } from "node:crypto";
import type { Config } from "../../config.ts";
import type { Database } from "../../db/client.ts";
import type { Clock } from "../../lib/clock.ts";
import { Conflict, Forbidden, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Mailer } from "../../lib/mailer.ts";
import { renderMail } from "../../lib/mail-templates.ts";
import type { Invitation, InvitationInput } from "../../../shared/organizations.ts";
import type { Actor } from "../auth/actor.ts";
import type { InvitationRow, InvitationsRepo } from "./invitations.repo.ts";
import type { OrganizationsRepo } from "./organizations.repo.ts";
import type { OrganizationsService } from "./organizations.service.ts";
import type { People } from "../auth/auth.module.ts";

const validForDays = 14;
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

function statusOf(row: InvitationRow, now: Date): Invitation["status"] {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  if (row.expiresAt <= now) return "expired";
  return "pending";
}

export function createInvitationsService(deps: {
  database: Database;
  repo: InvitationsRepo;
  organizationsRepo: OrganizationsRepo;
  organizations: OrganizationsService;
  mailer: Mailer;
  clock: Clock;
  config: Pick<Config, "publicUrl">;
  localeOf: (email: string) => Promise<string | null>;
  people: Pick<People, "namesOf">;
}) {
  const { database, repo, organizationsRepo, organizations, mailer, clock } = deps;

  const present = (row: InvitationRow, inviterName: string): Invitation => ({
    id: row.id,
    email: row.email,
    role: row.role,
    status: statusOf(row, clock.now()),
    invitedBy: inviterName,
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  });

  return {
    async create(
      actor: Actor,
      organizationId: string,
      input: Required<InvitationInput>,
    ): Promise<Invitation> {
      const org = await organizations.authorize(actor, organizationId, {}, "organization.invite", {
        role: input.role,
      });
      const email = input.email.trim().toLowerCase();
      const now = clock.now();
      const token = randomBytes(32).toString("base64url");
      const row = {
        id: newId(),
        organizationId,
        email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedBy: actor.userId,
        expiresAt: new Date(now.getTime() + validForDays * 86_400_000),
        createdAt: now,
      };
      await repo.revokeOpen(organizationId, email, now);
      await repo.insert(row);
      const link = `${deps.config.publicUrl}/invitations/${token}`;
      const locale = await deps.localeOf(email);
      const mail = renderMail("invitation", locale, {
        inviter: actor.name,
        organization: org.name,
        role: input.role,
        expires: row.expiresAt.toISOString().slice(0, 10),
        link,
      });
      await mailer.send({ to: email, ...mail, link });
      return present({ ...row, acceptedAt: null, revokedAt: null }, actor.name);
    },

    async list(actor: Actor, organizationId: string): Promise<{ items: Invitation[] }> {
      await organizations.requireManager(actor, organizationId);
      const rows = await repo.list(organizationId);
      const names = await deps.people.namesOf(rows.map((r) => r.invitedBy));
      return { items: rows.map((r) => present(r, names.get(r.invitedBy ?? "") ?? "")) };
    },

    async revoke(actor: Actor, organizationId: string, invitationId: string): Promise<void> {
      await organizations.requireManager(actor, organizationId);
      const row = await repo.find(organizationId, invitationId);
      if (!row) throw new NotFound("No such invitation.");
      if (statusOf(row, clock.now()) !== "pending")
        throw new Conflict("This invitation is no longer open.");
      await repo.revoke(invitationId, clock.now());
    },

    /** What the person holding the link may see before accepting. */
    async preview(token: string) {
      const found = await repo.findByTokenHash(hashToken(token));
      if (!found) throw new NotFound("No such invitation.");
      const { invitation } = found;
      return {
        organizationId: invitation.organizationId,
        organizationName: found.organizationName,
        email: invitation.email,
        role: invitation.role,
        status: statusOf(invitation, clock.now()),
        expiresAt: invitation.expiresAt.toISOString(),
      };
    },

    async accept(actor: Actor, token: string): Promise<{ organizationId: string }> {
      const now = clock.now();
      return database.db.transaction(async (tx) => {
        const found = await repo.findByTokenHash(hashToken(token), tx);
        if (!found) throw new NotFound("No such invitation.");
        const { invitation } = found;
        // The link alone is not enough: it must reach the person it was sent to.
        if (invitation.email !== actor.email.toLowerCase()) {
          throw new Forbidden("This invitation was sent to another email address.");
        }
        if (statusOf(invitation, now) !== "pending")
          throw new Conflict("This invitation is no longer open.");
        if (!(await repo.markAccepted(tx, invitation.id, now))) {
          throw new Conflict("This invitation is no longer open.");
        }
        const current = await organizationsRepo.roleOf(invitation.organizationId, actor.userId, tx);
        if (!current)
          await organizationsRepo.addMember(
            tx,
            invitation.organizationId,
            actor.userId,
            invitation.role,
          );
        return { organizationId: invitation.organizationId };
      });
    },
  };
}
export type InvitationsService = ReturnType<typeof createInvitationsService>;
