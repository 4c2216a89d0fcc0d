import type { Case, World } from "./access-policy.ts";
import { membersOf, signedIn } from "./access-policy.ts";

const centredOn = (w: World) => `/api/v1/discovery/network?organizationId=${w.orgId}`;

/**
 * The network view: anyone signed in sees the network as they may see it; centring it on an
 * organisation is for that organisation's members (a hidden one is not there to outsiders).
 */
export const networkCases: Case[] = [
  {
    route: "GET /api/v1/discovery/network",
    request: () => ({ method: "GET", url: "/api/v1/discovery/network" }),
    expected: signedIn(200),
  },
  {
    route: "GET /api/v1/discovery/network",
    variant: "centred on an organisation",
    request: (w) => ({ method: "GET", url: centredOn(w) }),
    expected: membersOf(200),
  },
  {
    route: "GET /api/v1/discovery/network",
    variant: "centred on a hidden organisation",
    hidden: true,
    request: (w) => ({ method: "GET", url: centredOn(w) }),
    // Platform administrators know of hidden organisations, but do not act for them.
    expected: { ...membersOf(200, 404), platformAdmin: 403 },
  },
  {
    route: "GET /api/v1/discovery/network",
    variant: "with a secret coalition",
    coalition: "secret",
    request: (w) => ({ method: "GET", url: centredOn(w) }),
    expected: membersOf(200),
  },
];
