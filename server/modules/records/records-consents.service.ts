import type { ConsentInput, RecordView } from "../../../shared/records/api.ts";
import { NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import type { RecordParts } from "./records-common.ts";
import { noSuchRecord } from "./records.presenter.ts";

/** Consents recorded on a record, and the grants that end when one stops standing. */
export function createRecordConsentsService(deps: RecordParts) {
  const { database, repo, audit, clock, access } = deps;

  /**
   * The consent itself, for a readable record (recordConsent below) or a confidential one
   * (confidential.routes.ts, which answers with the ciphertext): a record of the other tier
   * is not found here, and nothing is written.
   */
  async function writeConsent(
    actor: Actor,
    id: string,
    input: ConsentInput,
    tier: "readable" | "confidential",
  ): Promise<void> {
    const viewer = await deps.viewerOf(actor);
    await database.db.transaction(async (tx) => {
      const a = await access.authorizeAs(viewer, id, "record.consent", tx);
      if ((a.record.classification === "confidential") !== (tier === "confidential"))
        throw new NotFound(noSuchRecord);
      const now = clock.now();
      await repo.addConsent(tx, {
        id: newId(),
        recordId: id,
        use: input.use,
        state: input.state,
        givenBy: input.givenBy ?? null,
        recordedBy: actor.userId,
        at: now,
      });
      const ended =
        input.state === "given" ? [] : await repo.endGrantsNeeding(tx, id, input.use, now);
      await audit.appendMany(tx, [
        access.entryOf({
          action: "record.consent",
          viewer: a.viewer,
          record: a.record,
          organizationId: a.acting,
          details: { use: input.use, state: input.state },
        }),
        ...ended.map((grant) =>
          access.entryOf({
            action: "grant.end",
            viewer: a.viewer,
            record: a.record,
            organizationId: a.acting,
            details: { grant: grant.id, to: grant.toOrganizationId, reason: "consent_withdrawn" },
          }),
        ),
      ]);
    });
  }

  return {
    /**
     * Records a consent given, refused or withdrawn. Anything but "given" ends, at once, the
     * grants of this record made under agreements that need that consent.
     */
    async recordConsent(actor: Actor, id: string, input: ConsentInput): Promise<RecordView> {
      await writeConsent(actor, id, input, "readable");
      return access.present(await access.authorize(actor, id, "record.read"));
    },

    writeConsent,
  };
}
