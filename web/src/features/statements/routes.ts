import { page } from "../../route-kit.ts";

/**
 * Joint statements' pages; kept `as const` so links stay type-checked against the route tree.
 * Notifications link to /statements/{id}; the invitation link is the server's
 * /statements/invitation/{token}.
 */
export const statementRoutes = [
  page(
    "/coalitions/$id/statements/new",
    () => import("./StatementCreatePage.tsx"),
    "StatementCreatePage",
  ),
  page("/statements/$id", () => import("./StatementPage.tsx"), "StatementPage"),
  page(
    "/statements/$id/versions",
    () => import("./StatementVersionsPage.tsx"),
    "StatementVersionsPage",
  ),
  page(
    "/statements/invitation/$token",
    () => import("./StatementInvitationPage.tsx"),
    "StatementInvitationPage",
  ),
] as const;
