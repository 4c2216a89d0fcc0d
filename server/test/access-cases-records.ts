import { expect } from "vitest";
import { incidentFields } from "../modules/records/records.fixtures.ts";
import {
  type Case,
  type Expected,
  type PrepareContext,
  type World,
  everyone,
  managers,
  otherJoins,
  unknownOutside,
} from "./access-policy.ts";
import { call, pngBytes } from "./org-helpers.ts";

/** How the target organisation's owner shares the record it keeps. */
type Sharing = "restricted" | "restricted to the other" | "coalition" | "public" | "readers all";

const sharingBodies: Record<Sharing, (w: World) => Record<string, unknown>> = {
  restricted: () => ({}),
  "restricted to the other": (w) => ({ restrictedTo: [w.otherOrgId] }),
  coalition: (w) => ({ classification: "coalition", coalitionIds: [w.coalitionId] }),
  public: () => ({ classification: "public" }),
  "readers all": () => ({ readersAll: true }),
};

/**
 * An incident the target organisation's owner recorded, shared as asked; for a coalition
 * record, the other organisation joins the coalition first, so its member is inside it.
 */
const recordShared =
  (sharing: Sharing) =>
  async (context: PrepareContext): Promise<Record<string, string>> => {
    const { t, world, owner } = context;
    if (sharing === "coalition") await otherJoins(context);
    const made = await call(t, "POST", "/api/v1/records", {
      as: owner,
      payload: {
        kind: "incident",
        ownerOrganizationId: world.orgId,
        fields: incidentFields(),
        ...sharingBodies[sharing](world),
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    return { recordId: (made.json() as { id: string }).id };
  };

const recordUrl = (w: World, rest = "") => `/api/v1/records/${w.extra.recordId}${rest}`;

/**
 * Only the owner organisation's owners and admins (and its editors, none here) may; to
 * everyone the record does not reach it does not exist (404, like an unknown id). The
 * platform administrator has no more rights than anyone.
 */
const ownerManagers = (status: number, kind: "read" | "write", reached: Sharing): Expected => {
  const base = unknownOutside(managers(status), kind, [
    "member",
    "otherOrgMember",
    "platformAdmin",
  ]);
  switch (reached) {
    case "restricted":
      return base;
    case "restricted to the other":
    case "coalition":
      return { ...base, otherOrgMember: 403 };
    case "readers all":
      return { ...base, member: 403 };
    case "public":
      return { ...managers(status), member: 403 };
  }
};

/** Who reads the record, shared as it is. */
const readers = (reached: Sharing): Expected => {
  const managersOnly = ownerManagers(200, "read", "restricted");
  switch (reached) {
    case "restricted":
      return managersOnly;
    case "restricted to the other":
    case "coalition":
      return { ...managersOnly, otherOrgMember: 200 };
    case "readers all":
      return { ...managersOnly, member: 200 };
    case "public":
      return everyone(200);
  }
};

const sharings: Sharing[] = [
  "restricted",
  "restricted to the other",
  "coalition",
  "readers all",
  "public",
];
const coalitionOf = (s: Sharing) => (s === "coalition" ? { coalition: "unlisted" as const } : {});

/** Records: their envelope and content, consent, deletion and their audit (issue 14). */
export const recordCases: Case[] = [
  {
    route: "POST /api/v1/records",
    request: (w) => ({
      method: "POST",
      url: "/api/v1/records",
      payload: { kind: "incident", ownerOrganizationId: w.orgId, fields: incidentFields() },
    }),
    // Any person of the organisation records for it; to others it is not theirs to add to.
    expected: {
      anonymous: 401,
      otherOrgMember: 404,
      member: 201,
      admin: 201,
      owner: 201,
      platformAdmin: 404,
    },
  },
  ...sharings.map((sharing): Case => ({
    route: "GET /api/v1/records",
    variant: sharing,
    ...coalitionOf(sharing),
    prepare: recordShared(sharing),
    request: () => ({ method: "GET", url: "/api/v1/records" }),
    // Everyone may ask; each sees only what reaches them (records.visibility.property.test.ts).
    expected: everyone(200),
    audited: true,
  })),
  ...sharings.map((sharing): Case => ({
    route: "GET /api/v1/records/{id}",
    variant: sharing,
    ...coalitionOf(sharing),
    prepare: recordShared(sharing),
    request: (w) => ({ method: "GET", url: recordUrl(w) }),
    expected: readers(sharing),
    audited: true,
  })),
  ...sharings.map((sharing): Case => ({
    route: "PATCH /api/v1/records/{id}",
    variant: sharing,
    ...coalitionOf(sharing),
    prepare: recordShared(sharing),
    request: (w) => ({
      method: "PATCH",
      url: recordUrl(w),
      payload: { version: 1, fields: incidentFields({ placeText: "South gate" }) },
    }),
    expected: ownerManagers(200, "write", sharing),
  })),
  {
    route: "PATCH /api/v1/records/{id}",
    variant: "sharing it wider",
    coalition: "unlisted",
    prepare: recordShared("restricted"),
    request: (w) => ({
      method: "PATCH",
      url: recordUrl(w),
      payload: { version: 1, classification: "coalition", coalitionIds: [w.coalitionId] },
    }),
    expected: ownerManagers(200, "write", "restricted"),
  },
  ...(["restricted", "coalition", "public"] as const).map((sharing): Case => ({
    route: "DELETE /api/v1/records/{id}",
    variant: sharing,
    ...coalitionOf(sharing),
    prepare: recordShared(sharing),
    request: (w) => ({ method: "DELETE", url: recordUrl(w) }),
    expected: ownerManagers(204, "write", sharing),
  })),
  ...(["restricted", "restricted to the other", "public"] as const).map((sharing): Case => ({
    route: "POST /api/v1/records/{id}/consents",
    variant: sharing,
    prepare: recordShared(sharing),
    request: (w) => ({
      method: "POST",
      url: recordUrl(w, "/consents"),
      payload: { use: "named_partners", state: "given", givenBy: "The person" },
    }),
    expected: ownerManagers(200, "write", sharing),
  })),
  ...(["restricted", "coalition", "readers all", "public"] as const).map((sharing): Case => ({
    route: "GET /api/v1/records/{id}/audit",
    variant: sharing,
    ...coalitionOf(sharing),
    prepare: recordShared(sharing),
    request: (w) => ({ method: "GET", url: recordUrl(w, "/audit") }),
    // Reading the audit needs a session first, even where the record is unknown to the caller.
    expected: ownerManagers(200, "write", sharing),
  })),
  {
    route: "GET /api/v1/organizations/{id}/audit",
    prepare: recordShared("restricted"),
    request: (w) => ({ method: "GET", url: `/api/v1/organizations/${w.orgId}/audit` }),
    expected: managers(200),
  },
  {
    route: "GET /api/v1/organizations/{id}/audit/checkpoint",
    request: (w) => ({ method: "GET", url: `/api/v1/organizations/${w.orgId}/audit/checkpoint` }),
    expected: managers(200),
  },
  {
    route: "POST /api/v1/organizations/{id}/audit/checkpoint/check",
    request: (w) => ({
      method: "POST",
      url: `/api/v1/organizations/${w.orgId}/audit/checkpoint/check`,
      // Well formed and signed by nobody: managers get an answer (not signed here), others none.
      payload: {
        treeSize: 1,
        headHash: "a".repeat(64),
        at: "2026-12-07T10:00:00.000Z",
        signature: `${"A".repeat(86)}==`,
      },
    }),
    expected: managers(200),
    readOnly: true,
  },
  ...(["export.json", "export.csv"] as const).map((file): Case => ({
    route: `GET /api/v1/records/${file}`,
    prepare: recordShared("restricted"),
    request: () => ({ method: "GET", url: `/api/v1/records/${file}` }),
    // Everyone may ask; each exports only what reaches them, and each record is audited.
    expected: everyone(200),
    audited: true,
  })),
  ...(["statistics", "statistics.csv"] as const).map((file): Case => ({
    route: `GET /api/v1/records/${file}`,
    prepare: recordShared("restricted"),
    request: () => ({ method: "GET", url: `/api/v1/records/${file}` }),
    // Everyone may ask; each counts only the records they read in full.
    expected: everyone(200),
  })),
  {
    route: "POST /api/v1/organizations/{id}/records/import",
    request: (w) => ({
      method: "POST",
      url: `/api/v1/organizations/${w.orgId}/records/import`,
      payload: { csv: "occurredOn,country,violationTypes\r\n2026-03-01,YE,killing\r\n" },
    }),
    // Like recording one: any person of the organisation; to others it is not theirs.
    expected: {
      anonymous: 401,
      otherOrgMember: 404,
      member: 200,
      admin: 200,
      owner: 200,
      platformAdmin: 404,
    },
  },
  {
    route: "POST /api/v1/records/{id}/files",
    prepare: recordShared("coalition"),
    coalition: "unlisted",
    request: (w) => ({
      method: "POST",
      url: recordUrl(w, "/files?name=photo.png"),
      payload: pngBytes,
      headers: { "content-type": "application/octet-stream" },
    }),
    // Its editors attach; a coalition member who reads it may not.
    expected: ownerManagers(201, "write", "coalition"),
  },
  ...(["restricted", "coalition"] as const).map((sharing): Case => ({
    route: "GET /api/v1/records/{id}/files",
    variant: sharing,
    ...coalitionOf(sharing),
    prepare: withFile(sharing),
    request: (w) => ({ method: "GET", url: recordUrl(w, "/files") }),
    expected: readers(sharing),
  })),
  ...(["restricted", "coalition"] as const).map((sharing): Case => ({
    route: "GET /api/v1/records/{id}/files/{fileId}",
    variant: sharing,
    ...coalitionOf(sharing),
    prepare: withFile(sharing),
    request: (w) => ({ method: "GET", url: recordUrl(w, `/files/${w.extra.fileId}`) }),
    // Every download is written to the audit: the file's chain of custody.
    expected: readers(sharing),
    audited: true,
  })),
];

/** A record shared as asked, with a photo its owner attached. */
function withFile(sharing: Sharing) {
  return async (context: PrepareContext) => {
    const extra = await recordShared(sharing)(context);
    const added = await call(
      context.t,
      "POST",
      `/api/v1/records/${extra.recordId}/files?name=photo.png&type=image%2Fpng`,
      {
        as: context.owner,
        payload: pngBytes,
        headers: { "content-type": "application/octet-stream" },
      },
    );
    expect(added.statusCode, added.body).toBe(201);
    return { ...extra, fileId: (added.json() as { id: string }).id };
  };
}
