import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
// zod/mini: route files ship in the entry chunk (see directory-search.ts).
import { z } from "zod/mini";
import { page, rootRoute } from "../../route-kit.ts";

const newThread = createRoute({
  getParentRoute: () => rootRoute,
  path: "/coalitions/$id/threads/new",
  validateSearch: z.object({
    kind: z.catch(z.enum(["discussion", "concern"]), "discussion"),
  }),
  component: lazyRouteComponent(() => import("./ThreadCreatePage.tsx"), "ThreadCreatePage"),
});

/** This feature's pages; kept `as const` so links stay type-checked against the route tree. */
export const discussionRoutes = [
  page(
    "/coalitions/$id/threads",
    () => import("./CoalitionThreadsPage.tsx"),
    "CoalitionThreadsPage",
  ),
  newThread,
  page("/threads/$id", () => import("./ThreadPage.tsx"), "ThreadPage"),
] as const;
