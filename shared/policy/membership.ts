import type { MembershipAction, MembershipStatus } from "./terms.ts";

/** Who takes each membership step, from which statuses, and where it leads. */
export const membershipSteps: Record<
  MembershipAction,
  { by: "organization" | "convener"; from: readonly MembershipStatus[]; to: MembershipStatus }
> = {
  accept: { by: "organization", from: ["invited"], to: "active" },
  decline: { by: "organization", from: ["invited"], to: "declined" },
  leave: { by: "organization", from: ["active", "suspended", "applied"], to: "left" },
  admit: { by: "convener", from: ["applied"], to: "active" },
  reject: { by: "convener", from: ["applied"], to: "rejected" },
  suspend: { by: "convener", from: ["active"], to: "suspended" },
  reinstate: { by: "convener", from: ["suspended"], to: "active" },
  remove: { by: "convener", from: ["active", "suspended", "invited"], to: "removed" },
};

/**
 * Steps that decide who belongs. Where the charter asks for a decision on membership, the
 * convener cannot take them alone (withdrawing an invitation stays theirs): admission has its
 * own proposal, and removal is put to the members.
 */
export function decidedByCharter(action: MembershipAction, from: MembershipStatus): boolean {
  return action === "admit" || action === "reject" || (action === "remove" && from !== "invited");
}

/** Whether a step can be taken from this status at all. */
export const stepApplies = (action: MembershipAction, from: MembershipStatus) =>
  membershipSteps[action].from.includes(from);
