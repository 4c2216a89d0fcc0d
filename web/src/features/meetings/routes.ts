import { page } from "../../route-kit.ts";

/**
 * This feature's pages, built with `page` or `createRoute` from ../../route-kit.ts. Keep the
 * list `as const` so links stay type-checked against the route tree. The activity page shows
 * the discussions' section, so router.tsx puts it together.
 */
export const meetingRoutes = [
  page(
    "/coalitions/$id/meetings",
    () => import("./CoalitionMeetingsPage.tsx"),
    "CoalitionMeetingsPage",
  ),
  page(
    "/coalitions/$id/meetings/new",
    () => import("./MeetingCreatePage.tsx"),
    "MeetingCreatePage",
  ),
  page("/meetings/$id", () => import("./MeetingPage.tsx"), "MeetingPage"),
  page("/meetings/$id/edit", () => import("./MeetingEditPage.tsx"), "MeetingEditPage"),
] as const;
