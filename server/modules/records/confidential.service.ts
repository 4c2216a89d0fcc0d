import { checkRecord, isLive, readsFiles, sightOf } from "../../../shared/policy/record.ts";
import type { ConsentInput } from "../../../shared/records/api.ts";
import { consentStands } from "../../../shared/records/fields.ts";
import type {
  ConfidentialListQuery,
  ConfidentialRecordInput,
  ConfidentialRecordPatch,
  ConfidentialRecordView,
  SealedShare,
} from "../../../shared/records/confidential-api.ts";
import type { Database, Tx } from "../../db/client.ts";
import type { Clock } from "../../lib/clock.ts";
import { Keysets, cursorFor } from "../../lib/cursor.ts";
import { Conflict, NotFound } from "../../lib/errors.ts";
import type { Names } from "../../lib/names.ts";
import type { AuditLog } from "../audit/audit.module.ts";
import type { Actor } from "../auth/actor.ts";
import type { KeysService } from "../keys/keys.service.ts";
import type { RecordFilesService } from "./record-files.ts";
import {
  type ViewerFacts,
  type ViewerReader,
  actingOrganization,
  listViewerOf,
  standingOf,
} from "./record-standing.ts";
import type { GrantRow, RecordRow, RecordsRepo } from "./records.repo.ts";
import { noSuchRecord, presentConsent, type RecordsService } from "./records.service.ts";

const cursor = cursorFor(Keysets.instant);
const unique = (ids: readonly string[]) => [...new Set(ids)];

/**
 * Confidential records (issue 15): encrypted in the browser, kept and served here as
 * ciphertext under the same envelope, policy and audit as every record. The owner's people
 * the record names fetch its content and its key sealed to their organisation's epoch; a
 * partner fetches only the shares sealed to its own organisation. Every fetch is audited.
 */
export function createConfidentialService(deps: {
  database: Database;
  repo: RecordsRepo;
  records: Pick<RecordsService, "authorize" | "writeConsent">;
  viewerOf: ViewerReader;
  keys: Pick<KeysService, "writableEpoch" | "identityOf">;
  files: Pick<RecordFilesService, "sealedOf">;
  audit: Pick<AuditLog, "appendMany">;
  names: Names;
  clock: Clock;
}) {
  const { database, repo, audit, names, clock } = deps;

  const entryOf = (
    action: string,
    viewer: ViewerFacts,
    record: RecordRow,
    organizationId: string | null,
    details: Record<string, unknown> = {},
  ) => ({
    at: clock.now(),
    actorUserId: viewer.actor?.userId ?? null,
    actorOrganizationId: organizationId,
    action,
    subjectKind: "record",
    subjectId: record.id,
    details: { owner: record.ownerOrganizationId, classification: "confidential", ...details },
  });

  /** The viewer's live shares of the record: the grants its policy reads from, sealed. */
  function sharesOf(viewer: ViewerFacts, record: RecordRow, grants: readonly GrantRow[]) {
    const mine = new Set(viewer.organizations.map((o) => o.organizationId));
    const now = viewer.now.toISOString();
    const live = (g: GrantRow) =>
      isLive(
        {
          expiresAt: g.expiresAt?.toISOString() ?? null,
          revokedAt: g.revokedAt?.toISOString() ?? null,
        },
        now,
      );
    return grants.filter(
      (g): g is GrantRow & { sealedShare: SealedShare } =>
        g.recordId === record.id && mine.has(g.toOrganizationId) && live(g) && !!g.sealedShare,
    );
  }

  /** One record as the viewer fetches it, or null when the policy gives them nothing. */
  async function viewOf(
    viewer: ViewerFacts,
    record: RecordRow,
    context: {
      consents: Awaited<ReturnType<RecordsRepo["consents"]>>;
      grants: GrantRow[];
      sealed: { nonce: string; ciphertext: string } | null;
      ownerName: string;
      ownerIdentity: string | null;
    },
    tx?: Tx,
  ) {
    const standing = standingOf(viewer, record, context.consents, context.grants);
    const sight = sightOf(standing);
    if (sight.kind === "none" || record.classification !== "confidential") return null;
    const files = readsFiles(sight) ? await deps.files.sealedOf(record.id, tx) : [];
    const base = {
      id: record.id,
      ownerOrganizationId: record.ownerOrganizationId,
      ownerName: context.ownerName,
      classification: "confidential" as const,
      version: record.version,
      createdAt: record.createdAt.toISOString(),
      updatedAt: record.updatedAt.toISOString(),
      files,
    };
    const may = (action: Parameters<typeof checkRecord>[1]) =>
      checkRecord(standing, action).allowed;
    const mayAll = {
      edit: may("record.edit"),
      share: may("record.share"),
      consent: may("record.consent"),
      audit: may("record.audit"),
      delete: may("record.delete"),
      files: readsFiles(sight),
    };
    const acting = actingOrganization(viewer, record, standing.grants);
    if (sight.kind === "full") {
      if (!context.sealed || !record.contentKey || record.keyEpoch === null) return null;
      const view: ConfidentialRecordView = {
        ...base,
        sight: "full",
        may: mayAll,
        ...(mayAll.consent
          ? {
              consents: context.consents
                .filter((c) => c.recordId === record.id)
                .map(presentConsent),
            }
          : {}),
        sealed: context.sealed,
        key: { epoch: record.keyEpoch, ...record.contentKey },
        sharing: {
          readersAll: record.readersAll,
          readerIds: record.readerIds,
          editorIds: record.editorIds,
        },
      };
      return { view, acting };
    }
    const shares = sharesOf(viewer, record, context.grants);
    if (!shares.length || !context.ownerIdentity) return null;
    const view: ConfidentialRecordView = {
      ...base,
      sight: "shared",
      may: mayAll,
      shares: shares.map((g) => ({
        ...g.sealedShare,
        grantId: g.id,
        ownerIdentityPublicKey: context.ownerIdentity!,
      })),
    };
    return { view, acting };
  }

  /** Reads what a page of rows needs, one query after the other (one connection in a transaction). */
  async function contextOf(viewer: ViewerFacts, rows: RecordRow[], tx: Tx) {
    const orgIds = viewer.organizations.map((o) => o.organizationId);
    const contents = await repo.contents(rows, tx);
    const consents = await repo.consents(
      rows.map((r) => r.id),
      tx,
    );
    const grants = await repo.grantsFor(rows, orgIds, tx);
    const owners = unique(rows.map((r) => r.ownerOrganizationId));
    const ownerNames = await names.organizations(owners, tx);
    const identities = new Map<string, string | null>();
    for (const o of owners) identities.set(o, await deps.keys.identityOf(o, tx));
    return (record: RecordRow) => ({
      consents,
      grants,
      sealed: contents.get(record.id)?.sealed ?? null,
      ownerName: ownerNames.get(record.ownerOrganizationId) ?? "",
      ownerIdentity: identities.get(record.ownerOrganizationId) ?? null,
    });
  }

  async function fetchOne(viewer: ViewerFacts, id: string, tx: Tx) {
    const record = await repo.findById(id, tx);
    if (!record || record.classification !== "confidential") throw new NotFound(noSuchRecord);
    const context = await contextOf(viewer, [record], tx);
    const seen = await viewOf(viewer, record, context(record), tx);
    if (!seen) throw new NotFound(noSuchRecord);
    await audit.appendMany(tx, [
      entryOf("record.read", viewer, record, seen.acting, {
        version: record.version,
        ...(seen.view.sight === "shared"
          ? { shares: seen.view.shares?.map((s) => s.grantId) }
          : {}),
      }),
    ]);
    return seen.view;
  }

  return {
    async create(actor: Actor, input: ConfidentialRecordInput): Promise<ConfidentialRecordView> {
      const viewer = await deps.viewerOf(actor);
      const member = viewer.organizations.some(
        (o) => o.organizationId === input.ownerOrganizationId,
      );
      // Not a member: the organisation's records are not theirs to add to (refused as unknown).
      if (!member) throw new NotFound("No such organisation.");
      const now = clock.now();
      await database.db.transaction(async (tx) => {
        const epoch = await deps.keys.writableEpoch(input.ownerOrganizationId, tx);
        if (epoch === null)
          throw new Conflict(
            "The organisation's keys are not ready: start them, or make the next epoch after a member left.",
          );
        if (input.key.epoch !== epoch)
          throw new Conflict(`Seal the content key to the organisation's current epoch, ${epoch}.`);
        if (await repo.findById(input.id, tx))
          throw new Conflict("A record with this id exists: make a new id and encrypt again.");
        const row: RecordRow = {
          id: input.id,
          ownerOrganizationId: input.ownerOrganizationId,
          kind: null,
          classification: "confidential",
          coalitionIds: [],
          restrictedTo: [],
          readersAll: input.readersAll ?? false,
          readerIds: unique(input.readerIds ?? []),
          editorIds: unique([actor.userId, ...(input.editorIds ?? [])]),
          version: 1,
          occurredOn: null,
          country: null,
          violationTypes: [],
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
          keyEpoch: epoch,
          contentKey: { nonce: input.key.nonce, ciphertext: input.key.ciphertext },
        };
        await repo.insertMany(
          tx,
          [row],
          [
            {
              recordId: row.id,
              version: 1,
              fields: {},
              sealed: input.sealed,
              editedBy: actor.userId,
              editedAt: now,
            },
          ],
        );
        await audit.appendMany(tx, [
          entryOf("record.create", viewer, row, row.ownerOrganizationId, {
            size: input.sealed.ciphertext.length,
          }),
        ]);
      });
      return this.get(actor, input.id);
    },

    /** One confidential record's ciphertext, as far as the viewer fetches it (audited). */
    async get(actor: Actor | null, id: string): Promise<ConfidentialRecordView> {
      const viewer = await deps.viewerOf(actor);
      return database.db.transaction((tx) => fetchOne(viewer, id, tx));
    },

    /** A page of the confidential records the viewer fetches; each one is audited. */
    async list(actor: Actor | null, query: ConfidentialListQuery) {
      const viewer = await deps.viewerOf(actor);
      const after = cursor.decode(query.cursor);
      const limit = query.limit ?? 200;
      return database.db.transaction(async (tx) => {
        const rows = await repo.listVisible(
          listViewerOf(viewer),
          { confidential: true, organizationId: query.organizationId },
          after,
          limit + 1,
          tx,
        );
        const page = cursor.page(rows, limit, (r) => ({ k: r.updatedAt.toISOString(), id: r.id }));
        const context = await contextOf(viewer, page.items, tx);
        const items = [];
        const entries = [];
        for (const record of page.items) {
          const seen = await viewOf(viewer, record, context(record), tx);
          if (!seen) continue;
          const { may: _may, sharing: _sharing, consents, ...item } = seen.view;
          // Those who record consent see whether it stands for statistics: the owner's browser
          // counts only those records when it contributes counts (the server cannot).
          items.push(
            consents ? { ...item, statisticsConsent: consentStands(consents, "statistics") } : item,
          );
          entries.push(entryOf("record.list", viewer, record, seen.acting));
        }
        await audit.appendMany(tx, entries);
        return { items, nextCursor: page.nextCursor };
      });
    },

    /** A consent given, refused or withdrawn, through the records' rules; answers the record. */
    async recordConsent(actor: Actor, id: string, input: ConsentInput) {
      await deps.records.writeConsent(actor, id, input, "confidential");
      return this.get(actor, id);
    },

    /** A new version of the ciphertext, from the current version only. */
    async update(actor: Actor, id: string, patch: ConfidentialRecordPatch) {
      // Decided before the transaction: the policy's reads use their own connection.
      const { viewer } = await deps.records.authorize(actor, id, "record.edit");
      await database.db.transaction(async (tx) => {
        const record = await repo.lock(tx, id);
        if (!record || record.classification !== "confidential") throw new NotFound(noSuchRecord);
        if (patch.version !== record.version)
          throw new Conflict(
            `The record changed since version ${patch.version}: it is at version ${record.version}.`,
          );
        const now = clock.now();
        await repo.addVersion(tx, {
          recordId: id,
          version: record.version + 1,
          fields: {},
          sealed: patch.sealed,
          editedBy: actor.userId,
          editedAt: now,
        });
        await repo.update(tx, id, { version: record.version + 1, updatedAt: now });
        await audit.appendMany(tx, [
          entryOf("record.update", viewer, record, record.ownerOrganizationId, {
            version: record.version + 1,
            size: patch.sealed.ciphertext.length,
          }),
        ]);
      });
      return this.get(actor, id);
    },
  };
}
export type ConfidentialService = ReturnType<typeof createConfidentialService>;
