import { describe, expect, it } from "vitest";
import type { CoalitionRole, MembershipStatus } from "./terms.ts";
import {
  type CoalitionStanding,
  can,
  check,
  coalitionPermissions,
  memberPermissions,
  standingsOf,
} from "./index.ts";

function standingWith(
  membership: { role: CoalitionRole; status: MembershipStatus; represented?: boolean } | null,
  visibility: "public" | "unlisted" | "secret" = "unlisted",
): CoalitionStanding {
  return {
    viewer: { userId: "u1", platformAdmin: false },
    coalition: { visibility, memberListVisibility: "members" },
    organizations: [
      {
        organizationId: "mine",
        orgRole: "owner",
        membership: membership && { represented: true, ...membership },
      },
    ],
  };
}
const concern = {
  kind: "concern" as const,
  openedFor: "raiser",
  participantIds: ["chosen"],
  convenerSideIds: ["convener"],
};

describe("the coalition policy, case by case", () => {
  it("lets a convener's representative decide membership and plan meetings", () => {
    const s = standingWith({ role: "convener", status: "active" });
    expect(standingsOf(s)).toEqual(new Set(["convener_side"]));
    expect(can(s, "membership.decide")).toBe(true);
    expect(can(s, "meeting.manage")).toBe(true);
    expect(can(s, "proposal.stance", { organizationId: "mine" })).toBe(true);
  });

  it("lets a co-lead run meetings but not decide membership", () => {
    const s = standingWith({ role: "co_lead", status: "active" });
    expect(can(s, "meeting.manage")).toBe(true);
    expect(check(s, "membership.decide")).toMatchObject({ refusal: "forbidden" });
  });

  it("lets an observer speak but not vote", () => {
    const s = standingWith({ role: "observer", status: "active" });
    expect(can(s, "thread.open", { organizationId: "mine" })).toBe(true);
    expect(check(s, "proposal.stance", { organizationId: "mine" })).toMatchObject({
      refusal: "forbidden",
      reason: "Observers read and comment but have no stance.",
    });
  });

  it("lets a suspended member read but not speak, and still leave", () => {
    const s = standingWith({ role: "member", status: "suspended" });
    expect(can(s, "proposal.read")).toBe(true);
    expect(
      can(s, "comment.write", {
        organizationId: "mine",
        thread: { ...concern, kind: "discussion" },
      }),
    ).toBe(false);
    expect(coalitionPermissions(s, { amendedByConvener: false }).leaveFor).toEqual(["mine"]);
  });

  it("treats an invited organisation as outside: it sees a secret coalition but nothing in it", () => {
    const s = standingWith({ role: "member", status: "invited" }, "secret");
    expect(can(s, "coalition.read")).toBe(true);
    expect(check(s, "proposal.read")).toMatchObject({ refusal: "unknown" });
    expect(coalitionPermissions(s, { amendedByConvener: false }).answerFor).toEqual(["mine"]);
  });

  it("makes a concern unknown to a member that it does not concern", () => {
    const s = standingWith({ role: "member", status: "active" });
    expect(check(s, "thread.read", { thread: concern })).toMatchObject({ refusal: "unknown" });
    const chosen: CoalitionStanding = {
      ...s,
      organizations: s.organizations.map((o) => ({ ...o, organizationId: "chosen" })),
    };
    expect(can(chosen, "comment.write", { organizationId: "chosen", thread: concern })).toBe(true);
  });

  it("keeps admission and removal for a decision when the charter asks for one", () => {
    const s = standingWith({ role: "convener", status: "active" });
    const applicant = { role: "member" as const, status: "applied" as const };
    expect(memberPermissions(s, applicant, { admissionByConvener: true }).steps).toEqual([
      "admit",
      "reject",
    ]);
    expect(memberPermissions(s, applicant, { admissionByConvener: false }).steps).toEqual([]);
    const invited = { role: "member" as const, status: "invited" as const };
    expect(memberPermissions(s, invited, { admissionByConvener: false }).steps).toEqual(["remove"]);
  });

  it("asks a signed-out reader to sign in for the lists inside an unlisted coalition", () => {
    const s: CoalitionStanding = { ...standingWith(null), viewer: null, organizations: [] };
    expect(can(s, "coalition.read")).toBe(true);
    expect(check(s, "coalition.readInside")).toMatchObject({ refusal: "signIn" });
    expect(check(s, "meeting.read")).toMatchObject({ refusal: "unknown" });
  });
});
