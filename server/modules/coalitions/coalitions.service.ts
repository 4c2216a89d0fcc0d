import type { z } from "zod";
import type {
  Charter,
  CharterComparison,
  Coalition,
  CoalitionInput,
  CoalitionList,
  CoalitionSettings,
} from "../../../shared/coalitions.ts";
import { Charter as CharterSchema } from "../../../shared/coalitions.ts";
import type { Database } from "../../db/client.ts";
import { Conflict, Forbidden, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import { managerRoles } from "../organizations/organizations.service.ts";
import {
  type CoalitionRow,
  type CoalitionsRepo,
  type MemberRow,
  type MembershipRow,
  insideStatuses,
  pendingStatuses,
} from "./coalitions.repo.ts";

/** What one person is to one coalition, worked out once per request. */
export type Standing = {
  coalition: CoalitionRow;
  /**
   * The person's organisations linked to the coalition, with their membership and whether
   * the person represents the organisation there.
   */
  memberships: MembershipRow[];
  /** Inside: one of the person's organisations is an active or suspended member. */
  inside: boolean;
  /** The person represents an active convener organisation. */
  convenes: boolean;
};

/**
 * Coalitions and their charters. A secret coalition does not exist for anyone outside it:
 * every refusal to an outsider is a 404, never a 403 that would confirm it.
 */
export function createCoalitionsService(deps: { database: Database; repo: CoalitionsRepo }) {
  const { database, repo } = deps;

  async function standing(actor: Actor | null, coalitionId: string): Promise<Standing> {
    // Only the reader's own memberships, not the whole member list: every coalition route
    // asks this first. The three reads are independent, so they go out together.
    const [coalition, memberships, convenes] = await Promise.all([
      repo.findById(coalitionId),
      actor ? repo.membershipsOf(coalitionId, actor.userId) : [],
      actor ? repo.representsConvener(coalitionId, actor.userId) : false,
    ]);
    if (!coalition) throw new NotFound("No such coalition.");
    const inside = memberships.some((m) => insideStatuses.includes(m.status));
    const pending = memberships.some((m) => pendingStatuses.includes(m.status));
    if (coalition.visibility === "secret" && !inside && !pending) {
      throw new NotFound("No such coalition.");
    }
    return { coalition, memberships, inside, convenes };
  }

  /** Members as this reader may see them: unnamed organisations stay unnamed to outsiders. */
  function presentMembers(all: MemberRow[], s: Standing): Coalition["members"] {
    if (s.coalition.memberListVisibility === "members" && !s.inside) return null;
    const shown = all.filter((m) => s.inside || m.status === "active");
    const own = new Set(s.memberships.map((m) => m.organizationId));
    return shown.map((m) => {
      const named = s.inside || m.namedPublicly;
      return {
        answers: s.convenes || own.has(m.organizationId) ? (m.answers ?? null) : null,
        organizationId: named ? m.organizationId : null,
        name: named ? m.name : null,
        role: m.role,
        status: m.status,
        namedPublicly: m.namedPublicly,
        since: m.statusSince.toISOString(),
      };
    });
  }

  async function present(s: Standing): Promise<Coalition> {
    const [charter, all] = await Promise.all([
      repo.charter(s.coalition.id, s.coalition.charterVersion),
      repo.members(s.coalition.id),
    ]);
    if (!charter) throw new NotFound("No such coalition.");
    return {
      id: s.coalition.id,
      name: s.coalition.name,
      visibility: s.coalition.visibility,
      memberListVisibility: s.coalition.memberListVisibility,
      charterVersion: s.coalition.charterVersion,
      charter: charter.charter,
      myMemberships: s.memberships.map((m) => ({
        organizationId: m.organizationId,
        role: m.role,
        status: m.status,
        represented: m.represented,
      })),
      members: presentMembers(all, s),
      memberCount: all.filter((m) => m.status === "active").length,
      createdAt: s.coalition.createdAt.toISOString(),
    };
  }

  return {
    standing,

    async create(actor: Actor, input: z.output<typeof CoalitionInput>): Promise<Coalition> {
      const orgs = await repo.organizationsOf(actor.userId);
      const mine = orgs.find((o) => o.organizationId === input.organizationId);
      if (!mine || !managerRoles.includes(mine.role)) {
        throw new Forbidden(
          "Only owners and admins of an organisation may start a coalition for it.",
        );
      }
      const id = newId();
      await database.db.transaction(async (tx) => {
        await repo.insert(
          tx,
          {
            id,
            name: input.name,
            visibility: input.visibility,
            memberListVisibility: input.memberListVisibility,
            charterVersion: 1,
            createdBy: actor.userId,
          },
          input.charter,
          actor.userId,
        );
        await repo.upsertMember(tx, {
          coalitionId: id,
          organizationId: input.organizationId,
          role: "convener",
          status: "active",
          actedBy: actor.userId,
          namedPublicly: input.namedPublicly,
        });
        await repo.addRepresentative(tx, id, input.organizationId, actor.userId);
      });
      return present(await standing(actor, id));
    },

    async get(actor: Actor | null, id: string): Promise<Coalition> {
      return present(await standing(actor, id));
    },

    async list(actor: Actor | null): Promise<z.infer<typeof CoalitionList>> {
      const orgs = actor ? await repo.organizationsOf(actor.userId) : [];
      const ids = orgs.map((o) => o.organizationId);
      const mine = await repo.linkedCoalitionIds(ids);
      const rows = await repo.listVisible(mine);
      return {
        items: rows.map((r) => ({
          id: r.coalition.id,
          name: r.coalition.name,
          visibility: r.coalition.visibility,
          collaborationLevel: r.charter.collaborationLevel,
          purpose: r.charter.purpose,
          memberCount: r.memberCount,
          mine: mine.has(r.coalition.id),
        })),
      };
    },

    async updateSettings(
      actor: Actor,
      id: string,
      settings: z.infer<typeof CoalitionSettings>,
    ): Promise<Coalition> {
      const s = await standing(actor, id);
      if (!s.convenes) throw new Forbidden("Only the convener may change these settings.");
      await repo.updateSettings(database.db, id, settings);
      return present(await standing(actor, id));
    },

    /**
     * The convener changes the charter directly, only where the charter itself says charter
     * changes are the convener's; anywhere else an amendment is a proposal.
     */
    async amendCharter(actor: Actor, id: string, charter: Charter): Promise<Coalition> {
      await standing(actor, id);
      await database.db.transaction(async (tx) => {
        const locked = await repo.lock(tx, id);
        if (!locked) throw new NotFound("No such coalition.");
        if (!(await repo.representsConvener(id, actor.userId, tx))) {
          throw new Forbidden("Only the convener may change the charter.");
        }
        const current = await repo.charter(id, locked.charterVersion, tx);
        if (current?.charter.decisionRules.charter.method !== "convener") {
          throw new Conflict(
            "This charter changes only by a decision: put an amendment proposal to the members.",
          );
        }
        await repo.adoptCharter(tx, id, charter, null, actor.userId);
      });
      return present(await standing(actor, id));
    },

    async charterVersions(actor: Actor | null, id: string) {
      await standing(actor, id);
      const rows = await repo.charterVersions(id);
      return {
        items: rows.map((r) => ({
          version: r.version,
          createdAt: r.createdAt.toISOString(),
          proposalId: r.proposalId,
          collaborationLevel: r.collaborationLevel,
        })),
      };
    },

    async charterVersion(actor: Actor | null, id: string, version: number) {
      await standing(actor, id);
      const row = await repo.charter(id, version);
      if (!row) throw new NotFound("No such charter version.");
      return {
        version: row.version,
        charter: row.charter,
        createdAt: row.createdAt.toISOString(),
        proposalId: row.proposalId,
      };
    },

    async compareCharters(
      actor: Actor | null,
      id: string,
      from: number,
      to: number,
    ): Promise<z.infer<typeof CharterComparison>> {
      await standing(actor, id);
      const [a, b] = await Promise.all([repo.charter(id, from), repo.charter(id, to)]);
      if (!a || !b) throw new NotFound("No such charter version.");
      return { from, to, changes: compareCharters(a.charter, b.charter) };
    },
  };
}
export type CoalitionsService = ReturnType<typeof createCoalitionsService>;

/** Field-by-field differences between two charters, nested fields as dotted paths. */
export function compareCharters(before: Charter, after: Charter) {
  const changes: { field: string; before: unknown; after: unknown }[] = [];
  for (const field of Object.keys(CharterSchema.shape) as (keyof Charter)[]) {
    const a = before[field];
    const b = after[field];
    if (field === "decisionRules" && a && b) {
      for (const subject of Object.keys(b) as (keyof Charter["decisionRules"])[]) {
        const ra = before.decisionRules[subject];
        const rb = after.decisionRules[subject];
        if (JSON.stringify(ra) !== JSON.stringify(rb)) {
          changes.push({ field: `decisionRules.${subject}`, before: ra, after: rb });
        }
      }
      continue;
    }
    if (JSON.stringify(a ?? null) !== JSON.stringify(b ?? null)) {
      changes.push({ field, before: a ?? null, after: b ?? null });
    }
  }
  return changes;
}
