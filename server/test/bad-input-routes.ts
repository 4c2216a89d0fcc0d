/*
 * The bad-input property test's table of write routes, each with a request it accepts; the
 * campaign routes are in bad-input-routes-campaigns.ts.
 */
import { defaultDecisionRules } from "../../shared/coalitions.ts";
import { type WriteRoute, kb, route } from "./bad-input-route.ts";
import { campaignWriteRoutes } from "./bad-input-routes-campaigns.ts";
import { statementWriteRoutes } from "./bad-input-routes-statements.ts";
import { riskWriteRoutes } from "./bad-input-routes-risk.ts";
import { recordWriteRoutes } from "./bad-input-routes-records.ts";
import { agreementWriteRoutes } from "./bad-input-routes-agreements.ts";

/** The convener may change this charter directly, so the charter route can succeed. */
const fuzzCharter = {
  purpose: { original: "en", texts: { en: "Work together." } },
  decisionRules: { ...defaultDecisionRules, charter: { method: "convener", quorum: 0 } },
  collaborationLevel: "coordination",
};

export const writeRoutes: WriteRoute[] = [
  route("POST", "/api/v1/organizations", {
    validBody: {
      name: "Fuzzed Rights Network",
      acronym: "FRN",
      types: ["human_rights"],
      level: "national",
      headquartersCountry: "JO",
      countries: ["JO"],
    },
    textFields: ["name", "acronym", "level", "headquartersCountry"],
  }),
  route("PATCH", "/api/v1/organizations/:id", {
    validBody: { name: "Renamed Rights Network", website: "https://rights.example.org" },
    textFields: ["name", "website"],
  }),
  route("PUT", "/api/v1/organizations/:id/logo", { image: true, bodyLimit: 512 * kb }),
  route("PATCH", "/api/v1/organizations/:id/members/:userId", {
    validBody: { role: "admin" },
    textFields: ["role"],
  }),
  route("DELETE", "/api/v1/organizations/:id/members/:userId"),
  route("POST", "/api/v1/organizations/:id/invitations", {
    validBody: { email: "new.colleague@example.org", role: "member" },
    textFields: ["email", "role"],
  }),
  route("DELETE", "/api/v1/organizations/:id/invitations/:invitationId"),
  route("POST", "/api/v1/invitations/accept", {
    validBody: { token: "t".repeat(43) },
    textFields: ["token"],
  }),
  route("PATCH", "/api/v1/me/preferences", {
    validBody: { locale: "es" },
    textFields: ["locale"],
  }),
  route("PUT", "/api/v1/admin/organizations/:id/verification", {
    validBody: { verified: true },
  }),
  route("POST", "/api/v1/coalitions", {
    validBody: {
      organizationId: "{{organizationId}}",
      name: "Fuzzed Coalition",
      visibility: "unlisted",
      charter: fuzzCharter,
    },
    textFields: ["organizationId", "name", "visibility"],
  }),
  route("PUT", "/api/v1/coalitions/:id/charter", {
    validBody: { ...fuzzCharter, meetingRhythm: { original: "en", texts: { en: "Monthly" } } },
  }),
  route("PATCH", "/api/v1/coalitions/:id", {
    validBody: { visibility: "public" },
    textFields: ["visibility"],
  }),
  route("POST", "/api/v1/coalitions/:id/invitations", {
    validBody: { organizationId: "{{otherOrganizationId}}", role: "observer" },
    textFields: ["organizationId", "role"],
  }),
  route("POST", "/api/v1/coalitions/:id/applications", {
    validBody: { organizationId: "{{applicantOrganizationId}}", answers: {} },
    textFields: ["organizationId"],
  }),
  route("POST", "/api/v1/coalitions/:id/members/:organizationId/:action", {
    pathIds: { organizationId: "otherOrganizationId" },
  }),
  route("PATCH", "/api/v1/coalitions/:id/members/:organizationId", {
    validBody: { namedPublicly: false },
  }),
  route("PUT", "/api/v1/coalitions/:id/members/:organizationId/representatives", {
    validBody: { userIds: ["{{ownerId}}"] },
  }),
  route("POST", "/api/v1/coalitions/:id/proposals", {
    validBody: {
      organizationId: "{{organizationId}}",
      title: "Fuzzed proposal",
      rules: { kind: "consent", quorum: 0 },
      closesAt: "2099-01-01T00:00:00Z",
    },
    textFields: ["organizationId", "title", "closesAt"],
  }),
  route("PUT", "/api/v1/proposals/:id/stances/:organizationId", {
    validBody: { ballot: { stance: "agree" } },
  }),
  route("POST", "/api/v1/proposals/:id/close"),
  route("POST", "/api/v1/coalitions/:id/meetings", {
    validBody: {
      title: "Quarterly coordination meeting",
      startsAt: "2030-01-15T10:00:00+01:00",
      endsAt: "2030-01-15T12:00:00+01:00",
      timeZone: "Europe/Paris",
      location: "Geneva",
      onlineUrl: "https://meet.example.org/q1",
      agenda: { original: "fr", texts: { fr: "1. Accès humanitaire" } },
    },
    textFields: ["title", "startsAt", "endsAt", "timeZone", "location", "onlineUrl"],
  }),
  route("PATCH", "/api/v1/meetings/:id", {
    validBody: { title: "Moved meeting", location: "Amman" },
    textFields: ["title", "location"],
  }),
  route("PUT", "/api/v1/meetings/:id/attendance/:organizationId", {
    validBody: { status: "present" },
    textFields: ["status"],
  }),
  route("PUT", "/api/v1/meetings/:id/minutes", {
    validBody: {
      minutes: { original: "en", texts: { en: "We agreed to write together." } },
      decisions: [
        {
          text: { original: "en", texts: { en: "Write to the ministry." } },
          proposalId: "{{proposalId}}",
        },
      ],
    },
  }),
  route("POST", "/api/v1/coalitions/:id/action-items", {
    validBody: {
      title: "Draft the joint letter",
      ownerOrganizationId: "{{organizationId}}",
      dueDate: "2030-01-31",
    },
    textFields: ["title", "ownerOrganizationId", "dueDate"],
  }),
  route("PATCH", "/api/v1/action-items/:id", {
    validBody: { status: "in_progress" },
    textFields: ["status"],
  }),
  route("POST", "/api/v1/coalitions/:id/threads", {
    validBody: {
      organizationId: "{{organizationId}}",
      title: "Next steps on access",
      comment: { text: "Who can join the **field visit**?" },
    },
    textFields: ["organizationId", "title"],
  }),
  route("PATCH", "/api/v1/threads/:id", {
    validBody: {
      organizationId: "{{organizationId}}",
      status: "resolved",
      resolution: { original: "en", texts: { en: "The convener speaks alone." } },
    },
    textFields: ["organizationId", "status"],
  }),
  // Comment text may be 20,000 characters, more than the over-long generator always makes.
  route("POST", "/api/v1/threads/:id/comments", {
    validBody: {
      organizationId: "{{organizationId}}",
      text: "I can go on _Tuesday_.",
      mentions: [],
    },
    textFields: ["organizationId"],
  }),
  route("PATCH", "/api/v1/comments/:id", { validBody: { text: "Edited text", mentions: [] } }),
  route("DELETE", "/api/v1/comments/:id"),
  route("POST", "/api/v1/me/calendar-token"),
  route("DELETE", "/api/v1/me/calendar-token"),
  route("DELETE", "/api/v1/me/sessions/:sessionId"),
  route("POST", "/api/v1/me/notifications/read", { validBody: { all: true } }),
  route("PATCH", "/api/v1/me/notification-settings", { validBody: { emailDigest: false } }),
  route("PUT", "/api/v1/proposals/:id/outcome", {
    validBody: { statement: { original: "en", texts: { en: "Adopted." } } },
  }),
  route("POST", "/api/v1/discovery/matches", {
    validBody: {
      need: { capacities: ["litigation"], countries: ["JO"], languages: ["ar"] },
      requester: { organizationId: "{{organizationId}}" },
      weights: { reach: 2 },
      limit: 10,
    },
  }),
  route("POST", "/api/v1/discovery/team", {
    validBody: {
      need: { capacities: ["litigation", "documentation"], countries: ["JO"] },
      requester: { organizationId: "{{organizationId}}" },
      locked: [],
      excluded: ["{{otherOrganizationId}}"],
    },
  }),
  route("POST", "/api/v1/discovery/suggestions", {
    validBody: { issues: ["freedom_of_expression"], countries: ["JO"] },
  }),
  route("POST", "/api/v1/discovery/team/invitations", {
    validBody: {
      coalitionId: "{{coalitionId}}",
      organizationIds: ["{{applicantOrganizationId}}"],
    },
  }),
  route("POST", "/api/v1/discovery/needs", {
    validBody: {
      title: "Litigators in Jordan",
      need: { capacities: ["litigation"], countries: ["JO"] },
      requester: { organizationId: "{{organizationId}}" },
    },
    textFields: ["title"],
  }),
  ...campaignWriteRoutes,
  ...statementWriteRoutes,
  ...riskWriteRoutes,
  ...recordWriteRoutes,
  ...agreementWriteRoutes,
  route("PATCH", "/api/v1/discovery/needs/:id", {
    validBody: { title: "Litigators in Jordan and Lebanon" },
    textFields: ["title"],
  }),
  route("DELETE", "/api/v1/discovery/needs/:id"),
];
