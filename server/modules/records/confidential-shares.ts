import type { SealedShare } from "../../../shared/records/confidential-api.ts";
import type { OnwardRule } from "../../../shared/records/terms.ts";
import { Conflict, Forbidden, Invalid } from "../../lib/errors.ts";

/**
 * What the server checks of a share of a confidential record, which it cannot open: that the
 * owner shares it (the statement is signed with the owner's key, which a partner does not
 * hold), that the share is sealed to the recipient's current epoch, and that the signed
 * statement says what the grant says. The recipient's browser checks the signature.
 */
export function checkSealedShare(share: {
  classification: string;
  sealedShare: SealedShare | undefined;
  owns: boolean;
  grant: {
    recordId: string;
    ownerOrganizationId: string;
    toOrganizationId: string;
    agreementId: string;
    agreementVersion: number;
    purpose: string;
    onwardRule: OnwardRule;
    expiresAt: Date | null;
  };
  /** The recipient's epoch a share may be sealed to; null when it has none in good standing. */
  recipientEpoch: number | null;
}) {
  const { sealedShare, grant } = share;
  if (share.classification !== "confidential") {
    if (sealedShare)
      throw new Invalid("Only a confidential record is shared sealed.", [
        {
          field: "body.sealedShare",
          message: "must be absent for a record that is not confidential",
        },
      ]);
    return;
  }
  if (!share.owns) throw new Forbidden("Only the owner organisation shares a confidential record.");
  if (!sealedShare)
    throw new Invalid("A confidential record is shared sealed, from the owner's browser.", [
      { field: "body.sealedShare", message: "is required for a confidential record" },
    ]);
  if (share.recipientEpoch === null)
    throw new Conflict(
      "The recipient has no keys in good standing: it must start its keys, or make its next epoch, first.",
    );
  const s = sealedShare.statement;
  const expected = {
    recordId: grant.recordId,
    ownerOrganizationId: grant.ownerOrganizationId,
    toOrganizationId: grant.toOrganizationId,
    agreementId: grant.agreementId,
    agreementVersion: grant.agreementVersion,
    purpose: grant.purpose,
    onwardRule: grant.onwardRule,
    expiresAt: grant.expiresAt?.toISOString() ?? null,
    recipientEpoch: share.recipientEpoch,
  };
  const differs = (Object.keys(expected) as (keyof typeof expected)[]).filter((key) =>
    key === "expiresAt"
      ? (s.expiresAt ? new Date(s.expiresAt).getTime() : null) !==
        (grant.expiresAt?.getTime() ?? null)
      : s[key] !== expected[key],
  );
  if (differs.length)
    throw new Invalid(
      "The signed statement does not say what the grant says: sign it again for these terms.",
      differs.map((key) => ({
        field: `body.sealedShare.statement.${key}`,
        message: `must be ${JSON.stringify(expected[key])}`,
      })),
    );
}
