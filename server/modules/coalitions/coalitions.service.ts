import type { z } from "zod";
import type {
  Charter,
  CharterComparison,
  Coalition,
  CoalitionInput,
  CoalitionList,
  CoalitionSettings,
} from "../../../shared/coalitions.ts";
import type { CheckCharterTerms } from "./charter-terms.ts";
import { Charter as CharterSchema } from "../../../shared/coalitions.ts";
import {
  type Verdict,
  checkOrganization,
  isInsideMembership,
} from "../../../shared/policy/index.ts";
import { enforce } from "../../lib/authorize.ts";
import type { Database } from "../../db/client.ts";
import { Conflict, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import type { CoalitionPresenter } from "./coalitions.presenter.ts";
import type { CoalitionsRepo } from "./coalitions.repo.ts";
import type { OrganizationFacts } from "./membership.service.ts";
import type { MembershipsOf, StandingReader } from "./standing.ts";

const unknownOrganization: Verdict = { allowed: false, refusal: "unknown", reason: "" };

/**
 * Coalitions and their charters. Who may do what is the policy's (shared/policy); a secret
 * coalition does not exist for anyone outside it, so every refusal to them is a 404.
 */
export function createCoalitionsService(deps: {
  database: Database;
  repo: CoalitionsRepo;
  standing: StandingReader;
  presenter: CoalitionPresenter;
  membershipsOf: MembershipsOf;
  organizations: OrganizationFacts;
  checkCharterTerms: CheckCharterTerms;
}) {
  const { database, repo, standing, presenter, membershipsOf, organizations, checkCharterTerms } =
    deps;
  const noSuch = { unknown: "No such coalition." };

  const show = async (actor: Actor | null, id: string) =>
    presenter.present(await standing.authorize(actor, id, noSuch, "coalition.read"));

  return {
    async create(actor: Actor, input: z.output<typeof CoalitionInput>): Promise<Coalition> {
      // Starting a coalition for an organisation is managing it, as the profile policy says.
      const org = await organizations.find(input.organizationId);
      const viewer = {
        signedIn: true,
        platformAdmin: actor.isPlatformAdmin,
        role: org ? await organizations.roleOf(input.organizationId, actor.userId) : null,
      };
      enforce(
        org ? checkOrganization(viewer, org, "organization.manage") : unknownOrganization,
        "No such organisation.",
      );
      await checkCharterTerms(input.charter, "body.charter");
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
          namedPublicly: input.namedPublicly ?? input.visibility !== "secret",
        });
        await repo.addRepresentative(tx, id, input.organizationId, actor.userId);
      });
      return show(actor, id);
    },

    get: show,

    async list(actor: Actor | null): Promise<z.infer<typeof CoalitionList>> {
      const orgs = actor ? await membershipsOf(actor.userId) : [];
      const links = actor
        ? await repo.linksOfOrganizations(
            orgs.map((o) => o.organizationId),
            actor.userId,
          )
        : [];
      const rows = await repo.listVisible(new Set(links.map((l) => l.coalitionId)));
      return {
        items: rows.map((r) => {
          const mine = links.filter((l) => l.coalitionId === r.coalition.id);
          return {
            id: r.coalition.id,
            name: r.coalition.name,
            visibility: r.coalition.visibility,
            collaborationLevel: r.charter.collaborationLevel,
            purpose: r.charter.purpose,
            memberCount: r.memberCount,
            inside: mine.some((l) => isInsideMembership(l)),
            invited: mine.some((l) => l.status === "invited"),
            applied: mine.some((l) => l.status === "applied"),
            convenes: mine.some(
              (l) => l.represented && l.status === "active" && l.role === "convener",
            ),
          };
        }),
      };
    },

    async updateSettings(
      actor: Actor,
      id: string,
      settings: z.infer<typeof CoalitionSettings>,
    ): Promise<Coalition> {
      await standing.authorize(actor, id, noSuch, "coalition.configure");
      await repo.updateSettings(database.db, id, settings);
      return show(actor, id);
    },

    /**
     * The convener changes the charter directly, only where the charter itself says charter
     * changes are the convener's; anywhere else an amendment is a proposal.
     */
    async amendCharter(actor: Actor, id: string, charter: Charter): Promise<Coalition> {
      await standing.authorize(actor, id, noSuch, "coalition.read");
      await checkCharterTerms(charter, "body");
      await database.db.transaction(async (tx) => {
        const locked = await repo.lock(tx, id);
        if (!locked) throw new NotFound("No such coalition.");
        await standing.authorize(actor, id, { ...noSuch, tx }, "charter.amend");
        const current = await repo.charter(id, locked.charterVersion, tx);
        if (current?.charter.decisionRules.charter.method !== "convener") {
          throw new Conflict(
            "This charter changes only by a decision: put an amendment proposal to the members.",
          );
        }
        await repo.adoptCharter(tx, id, charter, null, actor.userId);
      });
      return show(actor, id);
    },

    async charterVersions(actor: Actor | null, id: string) {
      await standing.authorize(actor, id, noSuch, "coalition.read");
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
      await standing.authorize(actor, id, noSuch, "coalition.read");
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
      await standing.authorize(actor, id, noSuch, "coalition.read");
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
