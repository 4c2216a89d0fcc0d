import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { z } from "zod/mini";
import { page, rootRoute } from "../../route-kit.ts";

const campaignNew = createRoute({
  getParentRoute: () => rootRoute,
  path: "/campaigns/new",
  validateSearch: z.object({
    coalitionId: z.optional(z.string()),
    proposalId: z.optional(z.string()),
    organizationId: z.optional(z.string()),
  }),
  component: lazyRouteComponent(() => import("./CampaignCreatePage.tsx"), "CampaignCreatePage"),
});

/**
 * A campaign's pages: its overview and dashboard, one page per part, and its public summary.
 * The messages page shows the campaign's statements, so router.tsx puts it together.
 */
export const campaignRoutes = [
  campaignNew,
  page(
    "/coalitions/$id/campaigns",
    () => import("./CoalitionCampaignsPage.tsx"),
    "CoalitionCampaignsPage",
  ),
  page(
    "/organizations/$id/campaigns",
    () => import("./OrganizationCampaignsPage.tsx"),
    "OrganizationCampaignsPage",
  ),
  page("/campaigns/$id", () => import("./CampaignPage.tsx"), "CampaignPage"),
  page("/campaigns/$id/edit", () => import("./CampaignEditPage.tsx"), "CampaignEditPage"),
  page("/campaigns/$id/objectives", () => import("./ObjectivesPage.tsx"), "ObjectivesPage"),
  page("/campaigns/$id/stakeholders", () => import("./StakeholdersPage.tsx"), "StakeholdersPage"),
  page("/campaigns/$id/workplan", () => import("./WorkplanPage.tsx"), "WorkplanPage"),
  page("/campaigns/$id/resources", () => import("./ResourcesPage.tsx"), "ResourcesPage"),
  page("/campaigns/$id/outcomes", () => import("./OutcomesPage.tsx"), "OutcomesPage"),
  page("/campaigns/$id/history", () => import("./CampaignHistoryPage.tsx"), "CampaignHistoryPage"),
  page("/p/campaigns/$id", () => import("./PublicCampaignPage.tsx"), "PublicCampaignPage"),
  page("/campaign-lessons", () => import("./CampaignLessonsPage.tsx"), "CampaignLessonsPage"),
] as const;
