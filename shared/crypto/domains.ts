/**
 * Every domain-separation string in one place, so no two uses of a key or a hash can ever be
 * confused with each other. Changing one breaks every stored value made under it: add a v2.
 */
export const domains = {
  passphraseWrap: "common-ground/person-keys/passphrase/v1",
  recoveryWrap: "common-ground/person-keys/recovery/v1",
  recoveryChecksum: "common-ground/recovery-key/checksum/v1",
  safetyNumber: "common-ground/safety-number/v1",
  epochSignature: "common-ground/organization-epoch/v1",
  epochPrevious: "common-ground/organization-epoch/previous/v1",
  record: "common-ground/record/v1",
  contentKey: "common-ground/record-content-key/v1",
  fileHeader: "common-ground/record-file-header/v1",
  share: "common-ground/share/v1",
  shareStatement: "common-ground/share-statement/v1",
  sharePayload: "common-ground/share-payload/v1",
} as const;

/** crypto_kdf contexts are exactly eight bytes. */
export const kdfContexts = {
  recoveryWrap: "cgrecovr",
  epochPrevious: "cgepprev",
} as const;
