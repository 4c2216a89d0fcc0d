import { attachmentMaxBytes } from "../../shared/records/api.ts";
import { type WriteRoute, route } from "./bad-input-route.ts";
import { incidentFields } from "../modules/records/records.fixtures.ts";

/**
 * The records routes of the bad-input table, in the order of records.routes.ts. The record
 * is public, so that reading it (the GET fuzz) writes no audit entry and changes nothing.
 */
export const recordWriteRoutes: WriteRoute[] = [
  route("POST", "/api/v1/records", {
    validBody: {
      kind: "incident",
      ownerOrganizationId: "{{organizationId}}",
      classification: "public",
      fields: incidentFields(),
    },
    textFields: ["kind", "ownerOrganizationId", "classification"],
  }),
  route("POST", "/api/v1/organizations/:id/records/import", {
    validBody: {
      csv: "occurredOn,country,violationTypes\r\n2026-03-01,YE,killing|abduction\r\n",
      classification: "public",
    },
    textFields: ["csv", "classification"],
  }),
  route("PATCH", "/api/v1/records/:id", {
    validBody: { version: 1, fields: incidentFields({ placeText: "South gate of the market" }) },
  }),
  route("POST", "/api/v1/records/:id/files", { binary: true, bodyLimit: attachmentMaxBytes }),
  route("DELETE", "/api/v1/records/:id"),
  route("POST", "/api/v1/records/:id/consents", {
    validBody: { use: "named_partners", state: "given", givenBy: "The person, in writing" },
    textFields: ["use", "state", "givenBy"],
  }),
  route("POST", "/api/v1/organizations/:id/audit/checkpoint/check", {
    validBody: {
      treeSize: 1,
      headHash: "a".repeat(64),
      at: "2026-12-07T10:00:00.000Z",
      signature: "A".repeat(86) + "==",
    },
    textFields: ["headHash", "at", "signature"],
  }),
];
