import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { z } from "zod/mini";
import { riskSubjectKinds } from "../../../../shared/risk/kinds.ts";
import { page, rootRoute } from "../../route-kit.ts";

/** Opened from a statement's or an activity's page, the subject comes in the address. */
const assessmentNew = createRoute({
  getParentRoute: () => rootRoute,
  path: "/coalitions/$id/risk-assessments/new",
  validateSearch: z.object({
    subjectKind: z.optional(z.enum(riskSubjectKinds)),
    subjectId: z.optional(z.string()),
  }),
  component: lazyRouteComponent(
    () => import("./RiskAssessmentCreatePage.tsx"),
    "RiskAssessmentCreatePage",
  ),
});

/** Joint risk assessments: opening one and its page (heat map, answers, register, who fronts). */
export const riskRoutes = [
  assessmentNew,
  page("/risk-assessments/$id", () => import("./RiskAssessmentPage.tsx"), "RiskAssessmentPage"),
] as const;
