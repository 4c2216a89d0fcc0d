/**
 * Why a cryptographic operation refused. The caller shows a message per reason; none of them
 * carries plaintext, and no failed open ever returns a value instead of throwing.
 * - `wrong-passphrase`: the passphrase or recovery key does not open the wrapping.
 * - `tampered`: authentication failed, or what opened does not match what it must match.
 * - `bad-signature`: a signature does not verify under the expected public key.
 * - `malformed`: the input is not even of the right shape (bad base64, wrong length, bad JSON).
 */
export type RefusalReason = "wrong-passphrase" | "tampered" | "bad-signature" | "malformed";

export class CryptoRefused extends Error {
  override readonly name = "CryptoRefused";

  constructor(
    readonly reason: RefusalReason,
    detail?: string,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
  }
}
