import { page } from "../../route-kit.ts";

/**
 * This feature's pages, built with `page` or `createRoute` from ../../route-kit.ts. Keep the
 * list `as const` so links stay type-checked against the route tree. A proposal's page shows
 * other features' sections, so router.tsx puts it together.
 */
export const proposalRoutes = [
  page(
    "/coalitions/$id/proposals/new",
    () => import("./ProposalCreatePage.tsx"),
    "ProposalCreatePage",
  ),
] as const;
