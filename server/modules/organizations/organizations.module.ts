import type { Emit } from "../../events.ts";
import type { FastifyInstance } from "fastify";
import type { Config } from "../../config.ts";
import type { Database, Db, Tx } from "../../db/client.ts";
import type { Clock } from "../../lib/clock.ts";
import type { FileStore } from "../../lib/file-store.ts";
import type { Mailer } from "../../lib/mailer.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { People } from "../auth/auth.module.ts";
import type { TaxonomiesService } from "../taxonomies/taxonomies.service.ts";
import { createInvitationsRepo } from "./invitations.repo.ts";
import { createInvitationsService } from "./invitations.service.ts";
import { createMembersService } from "./members.service.ts";
import { createOrganizationsRepo } from "./organizations.repo.ts";
import { registerOrganizationRoutes } from "./organizations.routes.ts";
import { createOrganizationsService } from "./organizations.service.ts";

/** Organisations: profiles, members and invitations, and what others may ask of them. */
export function create(deps: {
  database: Database;
  config: Pick<Config, "publicUrl">;
  clock: Clock;
  mailer: Mailer;
  files: FileStore;
  taxonomies: Pick<TaxonomiesService, "unknownKeys" | "regionsOf">;
  people: Pick<People, "namesOf" | "contacts" | "localeOf">;
  events: Emit;
}) {
  const { database, config, clock, mailer, files, taxonomies, people } = deps;
  const repo = createOrganizationsRepo(database.db);
  const organizations = createOrganizationsService({ database, repo, taxonomies, files, people });
  return {
    organizations,
    members: createMembersService({ database, repo, people, events: deps.events }),
    invitations: createInvitationsService({
      database,
      repo: createInvitationsRepo(database.db),
      organizationsRepo: repo,
      organizations,
      mailer,
      clock,
      config,
      localeOf: people.localeOf,
      people,
    }),
    /** What other modules may ask of organisations. */
    organizationDirectory: {
      /** An organisation's name and what decides who may know of it. */
      async find(id: string) {
        const row = await repo.findById(id);
        return (
          row && { name: row.name, hidden: row.hiddenFromDirectory, visibility: row.visibility }
        );
      },
      roleOf: (organizationId: string, userId: string) => repo.roleOf(organizationId, userId),
      membershipsOf: repo.membershipsOf,
      membershipRows: repo.membershipRows,
      /** The ids of an organisation's people. */
      memberIdsOf: repo.memberIdsOf,
      profilesOf: repo.profilesOf,
      summaries: repo.summaries,
      namesOf: repo.namesOf,
      managers: (tx: Db | Tx, organizationId: string) => repo.managerUserIds(organizationId, tx),
      /** For admin review and verification. */
      findById: repo.findById,
      listForReview: repo.listForReview,
      setVerified: repo.setVerified,
    },
  };
}
export type OrganizationsModule = ReturnType<typeof create>;
export type OrganizationDirectory = OrganizationsModule["organizationDirectory"];
export type { OrganizationSummary } from "./organizations.repo.ts";

export function register(
  app: FastifyInstance,
  services: Pick<OrganizationsModule, "organizations" | "members" | "invitations"> & {
    actors: ActorResolver;
  },
) {
  registerOrganizationRoutes(app, services);
}
