import type { z } from "zod";
import type { CampaignHistory, CampaignHistoryQuery } from "../../../shared/campaigns/core.ts";
import { Keysets, cursorFor } from "../../lib/cursor.ts";
import type { Actor } from "../auth/actor.ts";
import type { Names } from "../../lib/names.ts";
import type { CampaignAccess } from "./campaign-access.ts";
import type { CampaignsRepo } from "./campaigns.repo.ts";

const cursor = cursorFor(Keysets.instant);

/** The campaign's history, newest first: every change its parts kept, who made it and for whom. */
export function createCampaignHistoryService(deps: {
  repo: CampaignsRepo;
  access: CampaignAccess;
  names: Names;
}) {
  const { repo, access, names } = deps;
  return {
    async history(
      actor: Actor | null,
      id: string,
      query: z.output<typeof CampaignHistoryQuery>,
    ): Promise<z.infer<typeof CampaignHistory>> {
      const after = cursor.decode(query.cursor);
      await access.authorize(actor, id, {}, "campaign.read");
      const rows = await repo.history(id, query, after, query.limit + 1);
      const { items, nextCursor } = cursor.page(rows, query.limit, (r) => ({
        k: r.changedAt.toISOString(),
        id: r.id,
      }));
      const [orgNames, people] = await Promise.all([
        names.organizations(items.flatMap((r) => (r.changedFor ? [r.changedFor] : []))),
        names.people(items.map((r) => r.changedBy)),
      ]);
      return {
        items: items.map((r) => ({
          id: r.id,
          entity: r.entity,
          entityId: r.entityId,
          action: r.action,
          changes: r.changes,
          changedBy: r.changedBy
            ? { userId: r.changedBy, name: people.get(r.changedBy) ?? "" }
            : null,
          changedFor: r.changedFor
            ? { organizationId: r.changedFor, name: orgNames.get(r.changedFor) ?? "" }
            : null,
          changedAt: r.changedAt.toISOString(),
        })),
        nextCursor,
      };
    },
  };
}
