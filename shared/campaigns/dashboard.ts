import { z } from "zod";
import { Day, Id } from "../problem.ts";
import { localizedText } from "../localized-text.ts";
import { tracks } from "./track.ts";

/** An exact decimal, as the database sums it: never converted between currencies. */
const Amount = z.string();
const OrgRef = z.object({ organizationId: Id, name: z.string() });
/** The spectrum of allies as a number, from -2 (active opposition) to +2 (active ally). */
const Position = z.number().int().min(-2).max(2);

/**
 * What a campaign looks like today: objectives on track or not, the next activities, pledges
 * against the budget per currency, and how stakeholders moved over the last 30 days.
 */
export const CampaignDashboard = z
  .object({
    /** The day the dashboard was read for (UTC). */
    today: Day,
    objectives: z.object({
      /** How many objectives are on each track. */
      counts: z.record(z.enum(tracks), z.number().int()),
      items: z.array(
        z.object({
          id: Id,
          statement: localizedText(2000),
          unit: z.string(),
          baseline: z.number(),
          target: z.number(),
          deadline: Day,
          latest: z.object({ value: z.number(), measuredOn: Day }).nullable(),
          track: z.enum(tracks),
        }),
      ),
    }),
    activities: z.object({
      /** Activities neither done nor cancelled. */
      open: z.number().int(),
      /** Open activities past their due date. */
      overdue: z.number().int(),
      /** The first five open activities by start date. */
      next: z.array(
        z.object({
          id: Id,
          title: localizedText(500),
          /** Codes of the catalogue (shared/campaigns/catalogue.ts). */
          tactic: z.string(),
          role: z.string(),
          status: z.string(),
          startsOn: Day,
          dueOn: Day,
          leadOrganization: OrgRef,
        }),
      ),
    }),
    resources: z.object({
      /** Money per currency: pledged, received, the budget and confirmed spending. */
      currencies: z.array(
        z.object({
          currency: z.string(),
          pledged: Amount,
          received: Amount,
          budget: Amount,
          spent: Amount,
        }),
      ),
      staffDays: z.object({ pledged: Amount, received: Amount }),
    }),
    stakeholders: z.object({
      total: z.number().int(),
      /** Movement is counted from this day (30 days ago) to today. */
      since: Day,
      /** Stakeholders whose place on the spectrum differs from where they stood then. */
      moved: z.number().int(),
      towardAllies: z.number().int(),
      towardOpposition: z.number().int(),
      /** The largest moves, then the most influential. */
      biggestMovers: z.array(
        z.object({
          id: Id,
          name: z.string(),
          from: Position,
          to: Position,
          influence: z.number().int(),
        }),
      ),
    }),
  })
  .meta({ id: "CampaignDashboard" });
export type CampaignDashboard = z.infer<typeof CampaignDashboard>;
