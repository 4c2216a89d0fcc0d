import { page } from "../../route-kit.ts";

/** This feature's pages; kept `as const` so links stay type-checked against the route tree. */
export const notificationRoutes = [
  page("/notifications", () => import("./NotificationsPage.tsx"), "NotificationsPage"),
] as const;
