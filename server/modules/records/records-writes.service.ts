import { checkRecord } from "../../../shared/policy/record.ts";
import type {
  RecordImportInput,
  RecordImportReport,
  RecordInput,
  RecordPatch,
  RecordView,
} from "../../../shared/records/api.ts";
import { fieldSchemas } from "../../../shared/records/api.ts";
import { type RecordContent, type RecordKind, blurPoint } from "../../../shared/records/fields.ts";
import type { Tx } from "../../db/client.ts";
import { enforce } from "../../lib/authorize.ts";
import { Conflict, Invalid, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import { parseIncidentsCsv } from "./records-import.ts";
import type { RecordRow } from "./records.repo.ts";
import { type RecordParts, unique } from "./records-common.ts";
import { noSuchRecord } from "./records.presenter.ts";

/** The columns lists, saved filters and statistics read, copied out of a kind's fields. */
export function indexColumnsOf(kind: RecordKind, fields: RecordContent) {
  const f = fields as Record<string, unknown>;
  const day = (f.occurredOn ?? f.openedOn ?? f.periodFrom ?? f.documentDate) as string | undefined;
  const violations = (f.violationTypes ?? f.protectionConcerns ?? []) as string[];
  return {
    occurredOn: day ?? null,
    country: (f.country as string | undefined) ?? null,
    violationTypes: kind === "document" ? [] : violations,
  };
}

/** Checks a kind's fields; a refusal names each field under `body.fields`. */
function checkFields(kind: RecordKind, fields: unknown): RecordContent {
  const parsed = fieldSchemas[kind].safeParse(fields);
  if (parsed.success) return blurred(parsed.data as RecordContent);
  throw new Invalid(
    "Some fields are not valid.",
    parsed.error.issues.map((issue) => ({
      field: ["body", "fields", ...issue.path.map(String)].join("."),
      message: issue.message,
    })),
  );
}

/** A point is kept only at the precision chosen: the exact place never reaches the database. */
function blurred(fields: RecordContent): RecordContent {
  const point = fields.coordinates as
    { lat: number; lon: number; precision: "exact" | "1km" | "10km" } | undefined;
  if (!point) return fields;
  return {
    ...fields,
    coordinates: { ...blurPoint(point, point.precision), precision: point.precision },
  };
}

type Sharing = Pick<
  RecordInput,
  | "ownerOrganizationId"
  | "classification"
  | "coalitionIds"
  | "restrictedTo"
  | "readersAll"
  | "readerIds"
  | "editorIds"
>;

/**
 * Writing readable records: adding them (one, or many from a CSV file), a new version of the
 * content or of who reads it, and deletion; each change audited in its transaction.
 */
export function createRecordWritesService(deps: RecordParts) {
  const { database, repo, audit, names, clock, access } = deps;

  /** Adds records of one owner with one sharing, in one transaction, each audited. */
  async function insertMany(
    actor: Actor,
    input: Sharing,
    items: { kind: RecordKind; fields: RecordContent }[],
  ): Promise<string[]> {
    const viewer = await deps.viewerOf(actor);
    const member = viewer.organizations.some((o) => o.organizationId === input.ownerOrganizationId);
    // Not a member: the organisation's records are not theirs to add to (refused as unknown).
    if (!member) throw new NotFound("No such organisation.");
    await checkSharing(
      input,
      input.ownerOrganizationId,
      input.coalitionIds?.length ? await deps.insideCoalitionsOf(input.ownerOrganizationId) : [],
    );
    if (!items.length) return [];
    const now = clock.now();
    const classification = input.classification ?? "restricted";
    const rows = items.map(
      ({ kind, fields }) =>
        ({
          id: newId(),
          ownerOrganizationId: input.ownerOrganizationId,
          kind,
          classification,
          coalitionIds: classification === "coalition" ? unique(input.coalitionIds ?? []) : [],
          restrictedTo: classification === "restricted" ? unique(input.restrictedTo ?? []) : [],
          readersAll: input.readersAll ?? false,
          readerIds: unique(input.readerIds ?? []),
          editorIds: unique([actor.userId, ...(input.editorIds ?? [])]),
          version: 1,
          ...indexColumnsOf(kind, fields),
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
          keyEpoch: null,
          contentKey: null,
        }) satisfies RecordRow,
    );
    await database.db.transaction(async (tx) => {
      await repo.insertMany(
        tx,
        rows,
        rows.map((row, i) => ({
          recordId: row.id,
          version: 1,
          fields: items[i]!.fields,
          sealed: null,
          editedBy: actor.userId,
          editedAt: now,
        })),
      );
      await audit.appendMany(
        tx,
        rows.map((record) =>
          access.entryOf({
            action: "record.create",
            viewer,
            record,
            organizationId: record.ownerOrganizationId,
          }),
        ),
      );
    });
    return rows.map((r) => r.id);
  }

  /** Coalitions the owner is inside, and organisations that exist; anything else is refused. */
  async function checkSharing(
    sharing: { coalitionIds?: string[] | undefined; restrictedTo?: string[] | undefined },
    ownerId: string,
    insideOfOwner: readonly string[],
    tx?: Tx,
  ) {
    if (sharing.coalitionIds?.length) {
      const inside = new Set(insideOfOwner);
      const stray = sharing.coalitionIds.filter((c) => !inside.has(c));
      if (stray.length)
        throw new Invalid("The owner is not inside every coalition named.", [
          { field: "body.coalitionIds", message: "must be coalitions the owner is inside" },
        ]);
    }
    if (sharing.restrictedTo?.length) {
      const known = await names.organizations(sharing.restrictedTo, tx);
      if (sharing.restrictedTo.some((o) => !known.has(o) || o === ownerId))
        throw new Invalid("Some organisations named are not known.", [
          { field: "body.restrictedTo", message: "must be other organisations that exist" },
        ]);
    }
  }

  return {
    /**
     * Imports incidents from a CSV file (the columns of the export). Every row is checked; a
     * file with refused rows imports nothing unless the caller chose to import the valid rows.
     */
    async importIncidents(
      actor: Actor,
      organizationId: string,
      input: RecordImportInput,
    ): Promise<RecordImportReport> {
      const parsed = parseIncidentsCsv(input.csv);
      const go = !input.dryRun && (parsed.refused.length === 0 || !!input.validRowsOnly);
      const owner = { ...input, ownerOrganizationId: organizationId };
      const valid = parsed.accepted.map((fields) => ({
        kind: "incident" as const,
        fields: blurred(fields),
      }));
      // Checked even on a dry run: whether the caller may add to the organisation's records.
      const created = go
        ? await insertMany(actor, owner, valid)
        : await insertMany(actor, owner, []);
      return {
        imported: go && created.length > 0,
        rows: parsed.rows,
        accepted: parsed.accepted.length,
        created: created.length,
        refused: parsed.refused,
        ignoredColumns: parsed.ignoredColumns,
      };
    },

    async create(actor: Actor, input: RecordInput): Promise<RecordView> {
      const [id] = await insertMany(actor, input, [
        { kind: input.kind, fields: checkFields(input.kind, input.fields) },
      ]);
      return access.present(await access.authorize(actor, id!, "record.read"));
    },

    /** A new version of the content, or a change of who reads it; from the current version only. */
    async update(actor: Actor, id: string, patch: RecordPatch): Promise<RecordView> {
      const sharing =
        patch.classification !== undefined ||
        patch.coalitionIds !== undefined ||
        patch.restrictedTo !== undefined ||
        patch.readersAll !== undefined ||
        patch.readerIds !== undefined ||
        patch.editorIds !== undefined;
      const viewer = await deps.viewerOf(actor);
      const before = await repo.findById(id);
      const insideOfOwner =
        before && patch.coalitionIds?.length
          ? await deps.insideCoalitionsOf(before.ownerOrganizationId)
          : [];
      await database.db.transaction(async (tx) => {
        const a = await access.authorizeAs(
          viewer,
          id,
          sharing ? "record.share" : "record.edit",
          tx,
        );
        if (sharing && patch.fields !== undefined)
          enforce(checkRecord(a.standing, "record.edit"), noSuchRecord);
        const { record } = a;
        const { kind } = record;
        // A confidential record changes through its own routes, as ciphertext.
        if (kind === null) throw new NotFound(noSuchRecord);
        if (patch.version !== record.version)
          throw new Conflict(
            `The record changed since version ${patch.version}: it is at version ${record.version}.`,
          );
        const classification = patch.classification ?? record.classification;
        const coalitionIds =
          classification === "coalition" ? unique(patch.coalitionIds ?? record.coalitionIds) : [];
        const restrictedTo =
          classification === "restricted" ? unique(patch.restrictedTo ?? record.restrictedTo) : [];
        if (classification === "coalition" && !coalitionIds.length)
          throw new Invalid("A record shared with coalitions names at least one.", [
            { field: "body.coalitionIds", message: "must name at least one coalition" },
          ]);
        await checkSharing(
          { coalitionIds: patch.coalitionIds ? coalitionIds : [], restrictedTo },
          record.ownerOrganizationId,
          insideOfOwner,
          tx,
        );
        const now = clock.now();
        const set: Partial<RecordRow> = {
          classification,
          coalitionIds,
          restrictedTo,
          readersAll: patch.readersAll ?? record.readersAll,
          readerIds: unique(patch.readerIds ?? record.readerIds),
          editorIds: unique(patch.editorIds ?? record.editorIds),
          updatedAt: now,
        };
        const changed: string[] = [];
        if (patch.fields !== undefined) {
          const fields = checkFields(kind, patch.fields);
          set.version = record.version + 1;
          Object.assign(set, indexColumnsOf(kind, fields));
          await repo.addVersion(tx, {
            recordId: id,
            version: record.version + 1,
            fields,
            sealed: null,
            editedBy: actor.userId,
            editedAt: now,
          });
          changed.push("content");
        }
        if (sharing) changed.push("sharing");
        await repo.update(tx, id, set);
        await audit.appendMany(tx, [
          access.entryOf({
            action: sharing ? "record.share" : "record.update",
            viewer: a.viewer,
            record: { ...record, ...set },
            organizationId: a.acting,
            details: { version: set.version ?? record.version, changed },
          }),
        ]);
      });
      return access.present(await access.authorize(actor, id, "record.read"));
    },

    /** Deletes a record: its content is erased, its envelope and audit stay as a tombstone. */
    async remove(actor: Actor, id: string): Promise<void> {
      const viewer = await deps.viewerOf(actor);
      await database.db.transaction(async (tx) => {
        const a = await access.authorizeAs(viewer, id, "record.delete", tx);
        const now = clock.now();
        await repo.erase(tx, id);
        await repo.update(tx, id, { deletedAt: now, updatedAt: now });
        await audit.appendMany(tx, [
          access.entryOf({
            action: "record.delete",
            viewer: a.viewer,
            record: a.record,
            organizationId: a.acting,
            details: { version: a.record.version },
          }),
        ]);
      });
      await deps.afterDelete?.(id);
    },
  };
}
