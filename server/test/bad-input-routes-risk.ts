import { type WriteRoute, route } from "./bad-input-route.ts";

/** The risk assessment routes of the bad-input table, in the order of risk.routes.ts. */
export const riskWriteRoutes: WriteRoute[] = [
  route("POST", "/api/v1/coalitions/:id/risk-assessments", {
    validBody: {
      subjectKind: "publication",
      title: "Report on detentions in Marib",
      country: "YE",
      audienceLanguages: ["ar", "en"],
      capacities: ["litigation"],
    },
    textFields: ["title", "country"],
  }),
  route("PUT", "/api/v1/risk-assessments/:id/responses/:organizationId", {
    validBody: {
      ratings: [
        { category: "access", likelihood: 4, impact: 5 },
        { category: "legal", likelihood: 2, impact: 3 },
      ],
      mitigations: ["Brief the field team before publishing"],
      shareByName: false,
    },
  }),
  route("POST", "/api/v1/risk-assessments/:id/mitigations", {
    validBody: {
      title: "Clear the text with the lawyers",
      ownerOrganizationId: "{{organizationId}}",
      dueOn: "2030-01-31",
      asActionItem: true,
    },
    textFields: ["title", "ownerOrganizationId", "dueOn"],
  }),
  route("PATCH", "/api/v1/mitigations/:id", {
    validBody: { status: "done", title: "Clear the text with two lawyers", dueOn: "2030-02-28" },
    textFields: ["title", "dueOn"],
  }),
  route("POST", "/api/v1/risk-assessments/:id/decision", {
    validBody: {
      organizationId: "{{organizationId}}",
      title: "Who fronts the report",
      closesAt: "2099-01-01T00:00:00Z",
      messengers: ["{{organizationId}}"],
    },
    textFields: ["organizationId", "title", "closesAt"],
  }),
];
