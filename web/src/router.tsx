import type { QueryClient } from "@tanstack/react-query";
import { createRoute, createRouter, lazyRouteComponent } from "@tanstack/react-router";
import { z } from "zod/mini";
import { DirectorySearch } from "./features/directory/directory-search.ts";
import { campaignRoutes } from "./features/campaigns/routes.ts";
import { confidentialRoutes } from "./features/confidential/routes.ts";
import { coalitionRoutes } from "./features/coalitions/routes.ts";
import { discoveryRoutes } from "./features/discovery/routes.ts";
import { discussionRoutes } from "./features/discussions/routes.ts";
import { meetingRoutes } from "./features/meetings/routes.ts";
import { networkRoutes } from "./features/network/routes.ts";
import { notificationRoutes } from "./features/notifications/routes.ts";
import { proposalRoutes } from "./features/proposals/routes.ts";
import { statementRoutes } from "./features/statements/routes.ts";
import { riskRoutes } from "./features/risk/routes.ts";
import { agreementsRoutes } from "./features/records/routes-agreements.ts";
import { recordRoutes } from "./features/records/routes-record.ts";
import { recordsRoutes } from "./features/records/routes-records.ts";
import { composedPage, page, rootRoute } from "./route-kit.ts";

const checkEmail = createRoute({
  getParentRoute: () => rootRoute,
  path: "/check-email",
  validateSearch: z.object({ email: z.optional(z.string()) }),
  component: lazyRouteComponent(
    () => import("./features/auth/CheckEmailPage.tsx"),
    "CheckEmailPage",
  ),
});
const resetPassword = createRoute({
  getParentRoute: () => rootRoute,
  path: "/reset-password",
  validateSearch: z.object({ token: z.optional(z.string()), error: z.optional(z.string()) }),
  component: lazyRouteComponent(
    () => import("./features/auth/ResetPasswordPage.tsx"),
    "ResetPasswordPage",
  ),
});
const directory = createRoute({
  getParentRoute: () => rootRoute,
  path: "/directory",
  validateSearch: DirectorySearch,
  component: lazyRouteComponent(
    () => import("./features/directory/DirectoryPage.tsx"),
    "DirectoryPage",
  ),
});

/**
 * Pages that show sections of other features are put together here, the one place where
 * features meet; every part keeps its own chunk, and all of them load at once.
 */
const composedPages = [
  composedPage("/coalitions/$id", async () => {
    const [{ CoalitionPage }, meetings, actionItems, threads, campaigns, statements, risk] =
      await Promise.all([
        import("./features/coalitions/CoalitionPage.tsx"),
        import("./features/meetings/CoalitionMeetingsSection.tsx"),
        import("./features/meetings/CoalitionActionItemsSection.tsx"),
        import("./features/discussions/CoalitionThreadsSection.tsx"),
        import("./features/campaigns/CoalitionCampaignsSection.tsx"),
        import("./features/statements/CoalitionStatementsSection.tsx"),
        import("./features/risk/CoalitionRiskSection.tsx"),
      ]);
    return {
      Page: CoalitionPage,
      props: {
        sections: {
          Meetings: meetings.CoalitionMeetingsSection,
          ActionItems: actionItems.CoalitionActionItemsSection,
          Threads: threads.CoalitionThreadsSection,
          Campaigns: campaigns.CoalitionCampaignsSection,
          Statements: statements.CoalitionStatementsSection,
          RiskAssessments: risk.CoalitionRiskSection,
        },
      },
    };
  }),
  composedPage("/coalitions/$id/activity", async () => {
    const [{ CoalitionActivityPage }, threads] = await Promise.all([
      import("./features/meetings/CoalitionActivityPage.tsx"),
      import("./features/discussions/CoalitionThreadsSection.tsx"),
    ]);
    return { Page: CoalitionActivityPage, props: { Threads: threads.CoalitionThreadsSection } };
  }),
  composedPage("/campaigns/$id/messages", async () => {
    const [{ MessagesPage }, statements] = await Promise.all([
      import("./features/campaigns/MessagesPage.tsx"),
      import("./features/statements/CampaignStatementsSection.tsx"),
    ]);
    return { Page: MessagesPage, props: { Statements: statements.CampaignStatementsSection } };
  }),
  composedPage("/proposals/$id", async () => {
    const [{ ProposalPage }, thread, charter, risk] = await Promise.all([
      import("./features/proposals/ProposalPage.tsx"),
      import("./features/discussions/ProposalThreadSection.tsx"),
      import("./features/coalitions/CharterChanges.tsx"),
      import("./features/risk/ProposalRiskSection.tsx"),
    ]);
    return {
      Page: ProposalPage,
      props: {
        sections: {
          Thread: thread.ProposalThreadSection,
          CharterChanges: charter.ProposedCharterChanges,
          Risk: risk.ProposalRiskSection,
        },
      },
    };
  }),
] as const;

const routeTree = rootRoute.addChildren([
  page("/", () => import("./features/landing/LandingPage.tsx"), "LandingPage"),
  page("/sign-in", () => import("./features/auth/SignInPage.tsx"), "SignInPage"),
  page(
    "/sign-in/second-factor",
    () => import("./features/auth/SecondFactorPage.tsx"),
    "SecondFactorPage",
  ),
  page("/sign-up", () => import("./features/auth/SignUpPage.tsx"), "SignUpPage"),
  checkEmail,
  page(
    "/forgot-password",
    () => import("./features/auth/ForgotPasswordPage.tsx"),
    "ForgotPasswordPage",
  ),
  resetPassword,
  page("/account", () => import("./features/account/AccountPage.tsx"), "AccountPage"),
  page("/keys", () => import("./features/keys/KeysPage.tsx"), "KeysPage"),
  page("/dashboard", () => import("./features/organizations/DashboardPage.tsx"), "DashboardPage"),
  directory,
  page(
    "/organizations/new",
    () => import("./features/organizations/OrganizationEditPage.tsx"),
    "OrganizationCreatePage",
  ),
  page(
    "/organizations/$id",
    () => import("./features/organizations/OrganizationPage.tsx"),
    "OrganizationPage",
  ),
  page(
    "/organizations/$id/edit",
    () => import("./features/organizations/OrganizationEditPage.tsx"),
    "OrganizationEditPage",
  ),
  page(
    "/organizations/$id/members",
    () => import("./features/organizations/MembersPage.tsx"),
    "MembersPage",
  ),
  page(
    "/invitations/$token",
    () => import("./features/organizations/InvitationPage.tsx"),
    "InvitationPage",
  ),
  page(
    "/admin",
    () => import("./features/admin/AdminVerificationPage.tsx"),
    "AdminVerificationPage",
  ),
  // Each feature lists its own pages, so features can grow without touching this file.
  ...coalitionRoutes,
  ...campaignRoutes,
  ...proposalRoutes,
  ...statementRoutes,
  ...riskRoutes,
  ...recordsRoutes,
  ...confidentialRoutes,
  ...recordRoutes,
  ...agreementsRoutes,
  ...meetingRoutes,
  ...discussionRoutes,
  ...notificationRoutes,
  ...networkRoutes,
  ...discoveryRoutes,
  ...composedPages,
]);

export const router = createRouter({
  routeTree,
  context: { queryClient: undefined as unknown as QueryClient },
  defaultPreload: "intent",
  scrollRestoration: true,
});

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
