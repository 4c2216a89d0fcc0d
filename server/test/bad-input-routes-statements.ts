import { type WriteRoute, route } from "./bad-input-route.ts";

const text = (en: string) => ({ original: "en", texts: { en } });

/** The joint statement routes of the bad-input table, in the order of statements.routes.ts. */
export const statementWriteRoutes: WriteRoute[] = [
  route("POST", "/api/v1/coalitions/:id/statements", {
    validBody: {
      title: text("Open the roads"),
      text: text("We call on all parties to open the roads."),
      signOnClosesAt: "2031-01-01T00:00:00Z",
      showPrivateCount: true,
    },
    textFields: ["signOnClosesAt"],
  }),
  route("POST", "/api/v1/statements/:id/versions", {
    validBody: { title: text("Open the roads now"), text: text("Open every road today.") },
  }),
  route("PATCH", "/api/v1/statements/:id", {
    validBody: { showPrivateCount: false, signOnClosesAt: "2032-01-01T00:00:00Z" },
    textFields: ["signOnClosesAt"],
  }),
  route("POST", "/api/v1/statements/:id/publish"),
  route("POST", "/api/v1/statements/:id/answers", {
    validBody: {
      organizationId: "{{organizationId}}",
      answer: "decline",
      versionId: "{{statementVersionId}}",
      declineReason: "Not this time.",
    },
    textFields: ["organizationId", "answer", "versionId", "declineReason"],
  }),
  route("POST", "/api/v1/statements/:id/invitation"),
  route("POST", "/api/v1/statement-invitations/:token/answers", {
    validBody: {
      organizationId: "{{applicantOrganizationId}}",
      answer: "private",
      versionId: "{{statementVersionId}}",
    },
    textFields: ["organizationId", "answer", "versionId"],
  }),
];
