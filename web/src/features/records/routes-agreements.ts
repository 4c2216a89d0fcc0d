import { page } from "../../route-kit.ts";

/**
 * Information-sharing agreements, the grants made under them and the audit of records
 * (issue 14); kept `as const` so links stay type-checked against the route tree.
 */
export const agreementsRoutes = [
  page("/agreements", () => import("./agreements-page.tsx"), "AgreementsPage"),
  page("/agreements/new", () => import("./agreements-new-page.tsx"), "AgreementProposePage"),
  page("/agreements/$id", () => import("./agreements-view-page.tsx"), "AgreementPage"),
  page(
    "/organizations/$id/grants",
    () => import("./agreements-grants-page.tsx"),
    "OrganizationGrantsPage",
  ),
  page("/organizations/$id/audit", () => import("./audit-pages.tsx"), "OrganizationAuditPage"),
  page("/records/$id/audit", () => import("./audit-pages.tsx"), "RecordAuditPage"),
] as const;
