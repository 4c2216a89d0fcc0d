import type { Database } from "../../db/client.ts";
import type { Emit } from "../../events.ts";
import type { Clock } from "../../lib/clock.ts";
import type { Names } from "../../lib/names.ts";
import type { CoalitionDirectory, MembershipsOf } from "../coalitions/coalitions.module.ts";
import type { ActionItemsService } from "../meetings/action-items.service.ts";
import type { CampaignAccess } from "./campaign-access.ts";
import type { CampaignsRepo } from "./campaigns.repo.ts";

/** What every part of a campaign (objectives, stakeholders, workplan…) is built from. */
export type CampaignPartDeps = {
  database: Database;
  access: CampaignAccess;
  campaigns: CampaignsRepo;
  coalitions: CoalitionDirectory;
  membershipsOf: MembershipsOf;
  names: Names;
  clock: Clock;
  events: Emit;
  /** An activity of the workplan can become one of the coalition's action items. */
  actionItems: ActionItemsService;
};
