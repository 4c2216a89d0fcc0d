import type { Verdict } from "../../shared/policy/index.ts";
import { Forbidden, NotFound, Unauthorized } from "./errors.ts";

/**
 * Turns the policy's verdict into the refusal the API gives. A thing the caller may not know
 * of is refused with exactly the message an unknown id gets (`unknown`), so the two cannot be
 * told apart.
 */
export function enforce(verdict: Verdict, unknown: string): void {
  if (verdict.allowed) return;
  if (verdict.refusal === "unknown") throw new NotFound(unknown);
  if (verdict.refusal === "signIn") throw new Unauthorized();
  throw new Forbidden(verdict.reason);
}
