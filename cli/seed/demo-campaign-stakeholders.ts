import type { Services } from "../../server/app.ts";
import { MoveInput, StakeholderInput } from "../../shared/campaigns/stakeholders.ts";
import { bureau, forum, fund, maan, rescue } from "./demo-campaign-orgs.ts";
import type { DemoDirectory } from "./demo-coalitions.ts";

type Position = StakeholderInput["position"];
type Kind = StakeholderInput["type"];
/** Name, type, role, where it stood six months ago, influence, interest, who reaches it, moves. */
const stakeholders: [
  string,
  Kind,
  "target" | "influencer",
  Position,
  number,
  number,
  string[],
  [number, Position][],
][] = [
  [
    "Ministry of Economy, export licensing unit",
    "institution",
    "target",
    "active_opposition",
    5,
    4,
    [forum],
    [[-40, "passive_opposition"]],
  ],
  [
    "Ministry of Foreign Affairs",
    "institution",
    "target",
    "passive_opposition",
    5,
    3,
    [bureau],
    [[-20, "neutral"]],
  ],
  [
    "Parliamentary foreign affairs committee",
    "institution",
    "target",
    "neutral",
    4,
    3,
    [forum, rescue],
    [
      [-90, "passive_ally"],
      [-15, "active_ally"],
    ],
  ],
  ["Export control review board", "institution", "target", "passive_opposition", 4, 2, [forum], []],
  ["Minister of Defence", "official", "target", "active_opposition", 5, 5, [], []],
  ["Administrative court of the capital", "institution", "target", "neutral", 5, 1, [rescue], []],
  ["Aircraft parts manufacturer", "company", "target", "active_opposition", 3, 5, [], []],
  [
    "Guided bomb manufacturer",
    "company",
    "target",
    "active_opposition",
    3,
    5,
    [],
    [[-10, "passive_opposition"]],
  ],
  [
    "Pension fund holding arms shares",
    "company",
    "influencer",
    "neutral",
    3,
    2,
    [fund],
    [[-60, "passive_ally"]],
  ],
  [
    "UN Panel of Experts on Yemen",
    "institution",
    "influencer",
    "passive_ally",
    3,
    4,
    [bureau],
    [[-30, "active_ally"]],
  ],
  [
    "National human rights institution",
    "institution",
    "influencer",
    "passive_ally",
    2,
    3,
    [bureau],
    [],
  ],
  ["Bishops' conference", "community", "influencer", "neutral", 3, 2, [], [[-45, "passive_ally"]]],
  [
    "National daily newspaper",
    "media",
    "influencer",
    "neutral",
    3,
    2,
    [forum],
    [[-25, "passive_ally"]],
  ],
  [
    "Public broadcaster investigations desk",
    "media",
    "influencer",
    "passive_ally",
    3,
    3,
    [forum],
    [],
  ],
  [
    "Metalworkers' union",
    "organisation",
    "influencer",
    "passive_opposition",
    3,
    3,
    [],
    [[-50, "neutral"]],
  ],
  ["Yemeni diaspora association", "community", "influencer", "active_ally", 2, 5, [maan], []],
  [
    "Opposition party spokesperson",
    "official",
    "influencer",
    "passive_ally",
    3,
    3,
    [rescue],
    [[-35, "active_ally"]],
  ],
  [
    "Governing party backbenchers",
    "official",
    "target",
    "passive_opposition",
    4,
    2,
    [forum],
    [[-12, "neutral"]],
  ],
  [
    "European Parliament rapporteur on arms exports",
    "official",
    "influencer",
    "active_ally",
    3,
    4,
    [forum],
    [],
  ],
  ["Chamber of commerce", "organisation", "influencer", "active_opposition", 3, 3, [], []],
];

/** Twenty stakeholders, from ministries to a trade union, and how some have moved. */
export async function seedStakeholders(
  services: Services,
  d: DemoDirectory,
  campaignId: string,
  on: (days: number) => string,
): Promise<string[]> {
  const as = d.actorOf(d.ownerOf(forum));
  const ids: string[] = [];
  for (const [name, type, role, position, influence, interest, access, moves] of stakeholders) {
    const made = await services.stakeholders.create(
      as,
      campaignId,
      StakeholderInput.parse({
        name,
        type,
        role,
        position,
        influence,
        interest,
        accessOrganizationIds: access.map(d.organizationId),
        since: on(-180),
      }),
    );
    ids.push(made.id);
    for (const [days, to] of moves) {
      await services.stakeholders.move(
        as,
        campaignId,
        made.id,
        MoveInput.parse({ to, movedOn: on(days) }),
      );
    }
  }
  return ids;
}
