import { expect } from "vitest";
import type { Case, PrepareContext } from "./access-policy.ts";
import {
  campaignIn,
  campaignReaders,
  campaignRunners,
  campaignUrl,
} from "./campaign-access-kit.ts";
import { call } from "./org-helpers.ts";

const stakeholder = (name: string) => ({
  name,
  type: "institution",
  role: "target",
  position: "neutral",
  influence: 4,
  interest: 3,
});

/** A campaign with two stakeholders, the first linked to the second. */
async function prepare(c: PrepareContext) {
  const campaignId = await campaignIn(c);
  const url = `/api/v1/campaigns/${campaignId}/stakeholders`;
  const ids: string[] = [];
  for (const name of ["Ministry of Defence", "Finance Ministry"]) {
    const made = await call(c.t, "POST", url, { as: c.owner, payload: stakeholder(name) });
    expect(made.statusCode, made.body).toBe(201);
    ids.push((made.json() as { id: string }).id);
  }
  const linked = await call(c.t, "POST", `/api/v1/campaigns/${campaignId}/stakeholder-links`, {
    as: c.owner,
    payload: { fromId: ids[0], toId: ids[1], type: "funds" },
  });
  expect(linked.statusCode, linked.body).toBe(201);
  return {
    campaignId,
    stakeholderId: ids[0]!,
    otherId: ids[1]!,
    linkId: (linked.json() as { id: string }).id,
  };
}

const base = "/api/v1/campaigns/{id}/stakeholders";
const url = (w: Parameters<typeof campaignUrl>[0], rest = "") =>
  campaignUrl(w, `/stakeholders${rest}`);

/** The campaign's stakeholders routes: see campaign-access-kit.ts for the world they meet. */
export const stakeholderCases: Case[] = [
  {
    route: `GET ${base}`,
    coalition: "unlisted",
    prepare,
    request: (w) => ({ method: "GET", url: url(w) }),
    expected: campaignReaders(200),
  },
  {
    route: `POST ${base}`,
    coalition: "unlisted",
    prepare,
    request: (w) => ({ method: "POST", url: url(w), payload: stakeholder("Parliament") }),
    expected: campaignRunners(201),
  },
  {
    route: `GET ${base}/power-map`,
    coalition: "unlisted",
    prepare,
    request: (w) => ({ method: "GET", url: url(w, "/power-map") }),
    expected: campaignReaders(200),
  },
  {
    route: `GET ${base}/power-map`,
    variant: "secret",
    coalition: "secret",
    prepare,
    request: (w) => ({ method: "GET", url: url(w, "/power-map?on=2026-01-01") }),
    expected: campaignReaders(200),
  },
  {
    route: "POST /api/v1/campaigns/{id}/stakeholder-links",
    coalition: "unlisted",
    prepare,
    request: (w) => ({
      method: "POST",
      url: campaignUrl(w, "/stakeholder-links"),
      payload: { fromId: w.extra.otherId, toId: w.extra.stakeholderId, type: "advises" },
    }),
    expected: campaignRunners(201),
  },
  {
    route: "DELETE /api/v1/campaigns/{id}/stakeholder-links/{linkId}",
    coalition: "unlisted",
    prepare,
    request: (w) => ({
      method: "DELETE",
      url: campaignUrl(w, `/stakeholder-links/${w.extra.linkId}`),
    }),
    expected: campaignRunners(204),
  },
  {
    route: `GET ${base}/kumu/elements.csv`,
    coalition: "unlisted",
    prepare,
    request: (w) => ({ method: "GET", url: url(w, "/kumu/elements.csv") }),
    expected: campaignReaders(200),
  },
  {
    route: `GET ${base}/kumu/connections.csv`,
    coalition: "unlisted",
    prepare,
    request: (w) => ({ method: "GET", url: url(w, "/kumu/connections.csv") }),
    expected: campaignReaders(200),
  },
  {
    route: `POST ${base}/kumu`,
    coalition: "unlisted",
    prepare,
    request: (w) => ({
      method: "POST",
      url: url(w, "/kumu"),
      payload: {
        elements:
          "Label,Type,Position\nMinistry of Defence,institution,passive_ally\nPress,media,\n",
        connections: "From,To,Type\nPress,Ministry of Defence,reports on\n",
      },
    }),
    expected: campaignRunners(200),
  },
  {
    route: `POST ${base}/kumu`,
    variant: "dry run",
    coalition: "unlisted",
    prepare,
    // Only those who may import may ask what an import would do; a dry run changes nothing.
    readOnly: true,
    request: (w) => ({
      method: "POST",
      url: url(w, "/kumu"),
      payload: { elements: "Label\nPress\n", dryRun: true },
    }),
    expected: campaignRunners(200),
  },
  {
    route: `GET ${base}/{stakeholderId}`,
    coalition: "unlisted",
    prepare,
    request: (w) => ({ method: "GET", url: url(w, `/${w.extra.stakeholderId}`) }),
    expected: campaignReaders(200),
  },
  {
    route: `PATCH ${base}/{stakeholderId}`,
    coalition: "unlisted",
    prepare,
    request: (w) => ({
      method: "PATCH",
      url: url(w, `/${w.extra.stakeholderId}`),
      payload: { position: "passive_ally", notes: "Moved after the hearing." },
    }),
    expected: campaignRunners(200),
  },
  {
    route: `DELETE ${base}/{stakeholderId}`,
    coalition: "unlisted",
    prepare,
    request: (w) => ({ method: "DELETE", url: url(w, `/${w.extra.stakeholderId}`) }),
    expected: campaignRunners(204),
  },
  {
    route: `POST ${base}/{stakeholderId}/moves`,
    coalition: "unlisted",
    prepare,
    request: (w) => ({
      method: "POST",
      url: url(w, `/${w.extra.stakeholderId}/moves`),
      payload: { to: "active_ally", movedOn: new Date().toISOString().slice(0, 10) },
    }),
    expected: campaignRunners(201),
  },
];
