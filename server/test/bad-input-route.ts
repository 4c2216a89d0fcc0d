/*
 * What the bad-input property test knows of a write route (server/bad-input.suite.ts): the
 * values its path and valid body refer to, and a request it accepts, which every generated
 * request breaks in at least one way.
 */
import { z } from "zod";

export type Json = ReturnType<typeof JSON.parse>;
/** The values a route's path and valid body refer to, made in beforeAll. */
export type Ids = {
  organizationId: string;
  memberId: string;
  invitationId: string;
  ownerId: string;
  coalitionId: string;
  /** An organisation the coalition invites; another one that applies. */
  otherOrganizationId: string;
  applicantOrganizationId: string;
  /** The membership step the step route takes. */
  action: string;
  /** An open proposal the owner's organisation put to the coalition. */
  proposalId: string;
  /** A meeting of the coalition that has already started, so minutes can be written. */
  meetingId: string;
  actionItemId: string;
  /** A concern thread the owner's organisation raised, and its first comment. */
  threadId: string;
  commentId: string;
  /** A need the owner's organisation saved. */
  needId: string;
  /** Another signed-in session of the owner, which may be revoked. */
  sessionId: string;
  /** The invitee's invitation token, and a charter version that exists. */
  invitationToken: string;
  charterVersion: string;
  /** A campaign of the coalition the owner's organisation leads, and the things in it. */
  campaignId: string;
  objectiveId: string;
  progressId: string;
  stakeholderId: string;
  activityId: string;
  messageId: string;
  storyId: string;
  pledgeId: string;
  budgetLineId: string;
  spendingId: string;
  outcomeId: string;
  /** A link between two of the campaign's stakeholders. */
  stakeholderLinkId: string;
  /** A joint statement of the coalition open for sign-on, its current version and its link. */
  statementId: string;
  statementVersionId: string;
  statementToken: string;
  /** A risk assessment of the coalition, and a mitigation in its register. */
  riskAssessmentId: string;
  mitigationId: string;
  /** A public record of the owner's organisation (so reading it writes no audit entry). */
  recordId: string;
  /** A file of that record. */
  fileId: string;
  /** An agreement in force with the applicant, a record with consent and a grant of it. */
  agreementId: string;
  grantRecordId: string;
  grantId: string;
};

/** Which made value a path parameter takes: by its name, and for `id` by the path's first segment. */
export function valueFor(path: string, name: string): keyof Ids {
  if (name === "id") {
    const byPrefix: [string, keyof Ids][] = [
      ["/api/v1/coalitions", "coalitionId"],
      ["/api/v1/proposals", "proposalId"],
      ["/api/v1/meetings", "meetingId"],
      ["/api/v1/action-items", "actionItemId"],
      ["/api/v1/threads", "threadId"],
      ["/api/v1/comments", "commentId"],
      ["/api/v1/discovery/needs", "needId"],
      ["/api/v1/campaigns", "campaignId"],
      ["/api/v1/public/campaigns", "campaignId"],
      ["/api/v1/statements", "statementId"],
      ["/api/v1/public/statements", "statementId"],
      ["/api/v1/risk-assessments", "riskAssessmentId"],
      ["/api/v1/mitigations", "mitigationId"],
      ["/api/v1/records", "recordId"],
      ["/api/v1/confidential-records", "recordId"],
      ["/api/v1/agreements", "agreementId"],
      ["/api/v1/grants", "grantId"],
    ];
    return byPrefix.find(([prefix]) => path.startsWith(prefix))?.[1] ?? "organizationId";
  }
  const byName: Record<string, keyof Ids> = {
    userId: "memberId",
    invitationId: "invitationId",
    organizationId: "organizationId",
    fileId: "fileId",
    action: "action",
    token: "invitationToken",
    version: "charterVersion",
    sessionId: "sessionId",
    objectiveId: "objectiveId",
    progressId: "progressId",
    stakeholderId: "stakeholderId",
    activityId: "activityId",
    messageId: "messageId",
    storyId: "storyId",
    pledgeId: "pledgeId",
    budgetLineId: "budgetLineId",
    spendingId: "spendingId",
    outcomeId: "outcomeId",
  };
  if (name === "token" && path.startsWith("/api/v1/statement-invitations")) return "statementToken";
  const key = byName[name];
  if (!key) throw new Error(`${path}: say which value its parameter "${name}" takes (valueFor)`);
  return key;
}
export type Method = "POST" | "PATCH" | "PUT" | "DELETE";

/** One request as it goes on the wire: the body is already text (or bytes). */
export type BadRequest = {
  kind: string;
  url: string;
  contentType?: string;
  body?: string | Buffer;
};

/** A write route, with a request it accepts; every generated request breaks that request. */
export type WriteRoute = {
  method: Method;
  path: string;
  url: (ids: Ids, replace?: { param: string; value: string; raw?: boolean }) => string;
  params: (keyof Ids)[];
  /**
   * The JSON body the route accepts, with "{{key}}" standing for ids[key]; absent for routes
   * that read no JSON body.
   */
  validBody?: Record<string, Json>;
  /** Top-level text fields, to be made far too long. */
  textFields?: string[];
  /** Size limit of the route's body. */
  bodyLimit: number;
  /** Raw image uploads rather than JSON. */
  image?: boolean;
  /** Raw bytes of any kind (application/octet-stream) rather than JSON. */
  binary?: boolean;
};

export const kb = 1024;
export const isUuid = (value: string) => z.uuid().safeParse(value).success;

export function route(
  method: Method,
  path: string,
  options: Omit<WriteRoute, "method" | "path" | "url" | "params" | "bodyLimit"> & {
    bodyLimit?: number;
    /** Which id a path parameter takes, where it is not the usual one. */
    pathIds?: Record<string, keyof Ids>;
  } = {},
): WriteRoute {
  // Every value of a nullable field is "of the wrong type" for null, so a valid body may hold
  // no null: the "wrong type" requests would be valid ones, and would write.
  for (const [field, value] of Object.entries(options.validBody ?? {})) {
    if (value === null) throw new Error(`${method} ${path}: give ${field} a value, not null`);
  }
  const params = [...path.matchAll(/:(\w+)/g)].map((m) => m[1]) as string[];
  const idFor = (name: string) => options.pathIds?.[name] ?? valueFor(path, name);
  return {
    method,
    path,
    params: params.map(idFor),
    bodyLimit: 256 * kb,
    ...options,
    url: (ids, replace) =>
      path.replace(/:(\w+)/g, (_m, name: string) =>
        replace?.param === name
          ? replace.raw
            ? replace.value
            : encodeURIComponent(replace.value)
          : ids[idFor(name)],
      ),
  };
}
