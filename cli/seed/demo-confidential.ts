import { randomUUID } from "node:crypto";
import * as c from "../../shared/crypto/index.ts";
import { MyKeysInput, OrganizationKeysStart } from "../../shared/keys/api.ts";
import { RecordGrantInput } from "../../shared/records/agreements-api.ts";
import { ConsentInput, fieldSchemas } from "../../shared/records/api.ts";
import { type RecordContent, viewUnder } from "../../shared/records/fields.ts";
import { ConfidentialRecordInput } from "../../shared/records/confidential-api.ts";
import type { Services } from "../../server/app.ts";
import type { Actor } from "../../server/modules/auth/actor.ts";
import { bureau, maan } from "./demo-campaign-orgs.ts";
import type { DemoDirectory } from "./demo-coalitions.ts";

/**
 * The passphrase of the demo people's keys for confidential records. A real passphrase is
 * chosen in the browser and never reaches the server; the demo's is written here so that
 * anyone trying the demo can unlock them.
 */
export const demoKeysPassphrase = "common-ground-demo-keys";

/** Three testimonies a monitor would keep encrypted: their narratives name no one here. */
const testimonies = [
  {
    violationTypes: ["abduction"],
    ar: "شهادة عن احتجاز طفلين عند نقطة تفتيش؛ اسم الشاهد محفوظ لدى الراصد.",
    en: "Testimony on two children held at a checkpoint; the witness's name is kept by the monitor.",
  },
  {
    violationTypes: ["attack_on_schools_hospitals"],
    ar: "رواية ممرضة عن قصف قرب مستشفى الأطفال.",
    en: "A nurse's account of shelling near the children's hospital.",
  },
  {
    violationTypes: ["child_recruitment"],
    ar: "رواية أمّ عن تجنيد ابنها ذي الخمسة عشر عامًا.",
    en: "A mother's account of her fifteen-year-old son's recruitment.",
  },
];

export type DemoConfidential = { recordIds: string[]; sharedRecordId: string };

/**
 * Maan's confidential testimonies: the monitor and the Bureau's litigator set keys (under the
 * demo passphrase), both organisations start theirs, and Maan keeps three testimonies
 * encrypted, sharing the first with the Bureau under their agreement. Everything is made with
 * shared/crypto as a browser makes it: the server holds ciphertext only.
 */
export async function seedDemoConfidential(
  services: Services,
  d: DemoDirectory,
  agreementId: string,
  today = new Date(),
): Promise<DemoConfidential> {
  await c.loadSodium();
  const monitor = d.actorOf(d.ownerOf(maan));
  const litigator = d.actorOf(d.ownerOf(bureau));
  const maanId = d.organizationId(maan);
  const bureauId = d.organizationId(bureau);

  const personKeys = async (who: Actor) => {
    const keys = c.makePersonKeys();
    await services.keys.putMine(
      who,
      MyKeysInput.parse({
        boxPublicKey: c.b64(keys.boxPublic),
        signPublicKey: c.b64(keys.signPublic),
        passphrase: c.wrapWithPassphrase(keys, demoKeysPassphrase, who.userId),
        recovery: c.wrapWithRecoveryKey(keys, c.makeRecoveryKey().key, who.userId),
      }),
    );
    return keys;
  };
  const start = async (who: Actor, keys: c.PersonKeys, organizationId: string) => {
    const identity = c.makeOrganizationIdentity();
    const epoch = c.makeEpoch({ organizationId, epoch: 1, identitySecret: identity.secretKey });
    await services.keys.start(
      who,
      organizationId,
      OrganizationKeysStart.parse({
        identityPublicKey: c.b64(identity.publicKey),
        publicKey: c.b64(epoch.publicKey),
        signature: epoch.signature,
        seals: [
          {
            userId: who.userId,
            sealed: c.sealEpochToMember({
              epochSecret: epoch.secretKey,
              identitySecret: identity.secretKey,
              memberBoxPublic: keys.boxPublic,
            }),
          },
        ],
      }),
    );
    return { identity, epoch };
  };

  const maanKeys = await start(monitor, await personKeys(monitor), maanId);
  const bureauKeys = await start(litigator, await personKeys(litigator), bureauId);

  const recordIds: string[] = [];
  const contents: { kind: "incident"; fields: RecordContent }[] = [];
  for (const [i, t] of testimonies.entries()) {
    const recordId = randomUUID();
    const day = new Date(today.getTime() - (20 + i * 9) * 86_400_000).toISOString().slice(0, 10);
    const content = {
      kind: "incident" as const,
      fields: fieldSchemas.incident.parse({
        occurredOn: day,
        country: "YE",
        violationTypes: t.violationTypes,
        // The place stays with Maan: the agreement with the Bureau leaves it out.
        placeText: "قرب نقطة التفتيش الشمالية",
        sourceReliability: "B",
        informationCredibility: 2,
        narrative: { original: "ar", texts: { ar: t.ar, en: t.en } },
      }) as RecordContent,
    };
    const contentKey = c.newContentKey();
    await services.confidentialRecords.create(
      monitor,
      ConfidentialRecordInput.parse({
        id: recordId,
        ownerOrganizationId: maanId,
        sealed: c.sealRecord(content, contentKey, {
          recordId,
          version: 1,
          ownerOrganizationId: maanId,
        }),
        key: {
          epoch: 1,
          ...c.wrapContentKey(contentKey, maanKeys.epoch.secretKey, {
            recordId,
            ownerOrganizationId: maanId,
            epoch: 1,
          }),
        },
      }),
    );
    recordIds.push(recordId);
    contents.push(content);
  }

  // The first testimony, shared with the Bureau: its agreed fields only, signed by Maan.
  const sharedRecordId = recordIds[0]!;
  await services.confidentialRecords.recordConsent(
    monitor,
    sharedRecordId,
    ConsentInput.parse({ use: "named_partners", state: "given", givenBy: "The witness" }),
  );
  const shared = contents[0]!;
  const agreed = (await services.agreements.get(monitor, agreementId)).versions.at(-1)!;
  const view = {
    id: sharedRecordId,
    kind: shared.kind,
    ownerOrganizationId: maanId,
    classification: "confidential" as const,
    version: 1,
    createdAt: today.toISOString(),
    updatedAt: today.toISOString(),
    fields: shared.fields,
  };
  const share = c.shareRecord({
    content: { kind: shared.kind, fields: viewUnder(view, agreed.fields).fields },
    statement: {
      recordId: sharedRecordId,
      ownerOrganizationId: maanId,
      toOrganizationId: bureauId,
      agreementId,
      agreementVersion: 1,
      purpose: agreed.purpose,
      expiresAt: null,
      onwardRule: "none",
      recipientEpoch: 1,
      issuedAt: today.toISOString(),
    },
    recipientEpochPublic: bureauKeys.epoch.publicKey,
    identitySecret: maanKeys.identity.secretKey,
  });
  await services.grants.grantRecord(
    monitor,
    sharedRecordId,
    RecordGrantInput.parse({ agreementId, toOrganizationId: bureauId, sealedShare: share }),
  );
  return { recordIds, sharedRecordId };
}
