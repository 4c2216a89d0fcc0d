import type { Charter, Coalition } from "../../../shared/coalitions.ts";
import {
  type CoalitionStanding,
  coalitionPermissions,
  convenes,
  listsMember,
  memberPermissions,
  namesMember,
  seesMemberList,
} from "../../../shared/policy/index.ts";
import { NotFound } from "../../lib/errors.ts";
import type { Names } from "../../lib/names.ts";
import type { CoalitionsRepo, MemberRow } from "./coalitions.repo.ts";
import type { InCoalition } from "./standing.ts";

/** Names of organisations by id: what the organisations module tells. */
export type NamesOf = Names["organizations"];

/** What the charter leaves to the convener, for the permissions the reader gets. */
export const charterChoices = (charter: Charter) => ({
  amendedByConvener: charter.decisionRules.charter.method === "convener",
  admissionByConvener: charter.decisionRules.admission.method === "convener",
});

/** A coalition as one reader may see it, with what they may do there. */
export function createCoalitionPresenter(deps: {
  repo: Pick<CoalitionsRepo, "charter" | "members">;
  namesOf: NamesOf;
}) {
  const { repo, namesOf } = deps;

  /** Members as this reader may see them: unnamed organisations stay unnamed to outsiders. */
  function presentMembers(
    all: (MemberRow & { name: string })[],
    s: CoalitionStanding,
    charter: Charter,
  ): Coalition["members"] {
    if (!seesMemberList(s)) return null;
    const own = new Set(s.organizations.map((o) => o.organizationId));
    const choices = charterChoices(charter);
    return all
      .filter((m) => listsMember(s, m))
      .map((m) => {
        const named = namesMember(s, m);
        return {
          answers: convenes(s) || own.has(m.organizationId) ? (m.answers ?? null) : null,
          organizationId: named ? m.organizationId : null,
          name: named ? m.name : null,
          role: m.role,
          status: m.status,
          namedPublicly: m.namedPublicly,
          since: m.statusSince.toISOString(),
          permissions: memberPermissions(s, m, choices),
        };
      });
  }

  return {
    async present({ coalition, standing }: InCoalition): Promise<Coalition> {
      const [charter, rows] = await Promise.all([
        repo.charter(coalition.id, coalition.charterVersion),
        repo.members(coalition.id),
      ]);
      if (!charter) throw new NotFound("No such coalition.");
      const names = await namesOf(rows.map((r) => r.organizationId));
      const all = rows.map((r) => ({ ...r, name: names.get(r.organizationId) ?? "" }));
      return {
        id: coalition.id,
        name: coalition.name,
        visibility: coalition.visibility,
        memberListVisibility: coalition.memberListVisibility,
        charterVersion: coalition.charterVersion,
        charter: charter.charter,
        myMemberships: standing.organizations.flatMap((o) =>
          o.membership
            ? [
                {
                  organizationId: o.organizationId,
                  role: o.membership.role,
                  status: o.membership.status,
                  represented: o.membership.represented,
                },
              ]
            : [],
        ),
        members: presentMembers(all, standing, charter.charter),
        memberCount: all.filter((m) => m.status === "active").length,
        createdAt: coalition.createdAt.toISOString(),
        permissions: coalitionPermissions(standing, charterChoices(charter.charter)),
      };
    },
  };
}
export type CoalitionPresenter = ReturnType<typeof createCoalitionPresenter>;
