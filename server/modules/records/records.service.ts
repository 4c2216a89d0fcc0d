import {
  type RecordAction,
  checkRecord,
  readsFiles,
  sightOf,
} from "../../../shared/policy/record.ts";
import type {
  ConsentInput,
  RecordImportInput,
  RecordImportReport,
  RecordInput,
  RecordExportQuery,
  RecordListQuery,
  RecordPatch,
  RecordSummary,
  RecordView,
} from "../../../shared/records/api.ts";
import { fieldSchemas } from "../../../shared/records/api.ts";
import {
  type RecordContent,
  type RecordKind,
  blurPoint,
  viewUnder,
} from "../../../shared/records/fields.ts";
import { parseIncidentsCsv } from "./records-import.ts";
import type { Database, Tx } from "../../db/client.ts";
import type { AuditLog } from "../audit/audit.module.ts";
import { enforce } from "../../lib/authorize.ts";
import type { Clock } from "../../lib/clock.ts";
import { Keysets, cursorFor } from "../../lib/cursor.ts";
import { Conflict, Invalid, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Names } from "../../lib/names.ts";
import type { Actor } from "../auth/actor.ts";
import {
  type ViewerFacts,
  type ViewerReader,
  actingOrganization,
  listViewerOf,
  standingOf,
} from "./record-standing.ts";
import type { ContentRow, ConsentRow, RecordRow, RecordsRepo } from "./records.repo.ts";

export const noSuchRecord = "No such record.";
/** The most records one export holds. */
export const exportLimit = 10_000;
const cursor = cursorFor(Keysets.instant);

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

/** What the audit writes of a reach into a record: never its content. */
type AuditedReach = {
  action: string;
  viewer: ViewerFacts;
  record: RecordRow;
  organizationId: string | null;
  details?: Record<string, unknown>;
};

export type RecordsDeps = {
  database: Database;
  repo: RecordsRepo;
  viewerOf: ViewerReader;
  audit: Pick<AuditLog, "appendMany">;
  names: Names;
  clock: Clock;
  /** What else goes when a record is deleted (its files), after the deletion committed. */
  afterDelete?: (recordId: string) => Promise<void>;
  /** The coalitions an organisation is inside, to check a record shared with coalitions. */
  insideCoalitionsOf: (organizationId: string) => Promise<string[]>;
};

/**
 * Records of one organisation, shared under its classification and by grants. Every read of
 * a record that is not public, and every change, writes the audit log in the same
 * transaction: a read nobody can account for does not happen.
 */
export function createRecordsService(deps: RecordsDeps) {
  const { database, repo, audit, names, clock } = deps;

  const entryOf = (reach: AuditedReach) => ({
    at: clock.now(),
    actorUserId: reach.viewer.actor?.userId ?? null,
    actorOrganizationId: reach.organizationId,
    action: reach.action,
    subjectKind: "record",
    subjectId: reach.record.id,
    details: {
      owner: reach.record.ownerOrganizationId,
      kind: reach.record.kind,
      classification: reach.record.classification,
      ...reach.details,
    },
  });

  /** Loads a record and the viewer's standing, and checks the action; hidden is unknown. */
  async function authorizeAs(viewer: ViewerFacts, id: string, action: RecordAction, tx?: Tx) {
    const record = tx ? await repo.lock(tx, id) : await repo.findById(id);
    if (!record) throw new NotFound(noSuchRecord);
    const orgIds = viewer.organizations.map((o) => o.organizationId);
    // One after the other: a transaction's queries share one connection.
    const consents = await repo.consents([record.id], tx);
    const grants = await repo.grantsFor([record], orgIds, tx);
    const standing = standingOf(viewer, record, consents, grants);
    enforce(checkRecord(standing, action), noSuchRecord);
    const acting = actingOrganization(viewer, record, standing.grants);
    return { viewer, record, consents, standing, acting };
  }
  type Authorized = Awaited<ReturnType<typeof authorizeAs>>;

  /**
   * The viewer's facts are read before a transaction opens: they come from other modules,
   * which read outside it (PGlite has one connection, so a read beside the open transaction
   * would wait for it forever).
   */
  const authorize = async (actor: Actor | null, id: string, action: RecordAction) =>
    authorizeAs(await deps.viewerOf(actor), id, action);

  function summaryOf(
    a: Pick<Authorized, "record" | "standing">,
    content: ContentRow | undefined,
    ownerName: string,
  ): RecordSummary {
    const { record } = a;
    const { kind, classification } = record;
    // A confidential record is read as ciphertext (confidential.service.ts), never here.
    if (kind === null || classification === "confidential") throw new NotFound(noSuchRecord);
    const sight = sightOf(a.standing);
    const envelope = {
      id: record.id,
      kind,
      ownerOrganizationId: record.ownerOrganizationId,
      classification,
      version: record.version,
      createdAt: record.createdAt.toISOString(),
      updatedAt: record.updatedAt.toISOString(),
    };
    const full = { ...envelope, fields: content?.fields ?? {} };
    const seen = sight.kind === "fields" ? viewUnder(full, sight.fields) : full;
    return {
      ...seen,
      classification,
      ownerName,
      sight: sight.kind === "fields" ? "fields" : "full",
    };
  }

  async function present(a: Authorized, tx?: Tx): Promise<RecordView> {
    const { record, standing } = a;
    const contents = await repo.contents([record], tx);
    const owners = await names.organizations([record.ownerOrganizationId], tx);
    const summary = summaryOf(
      a,
      contents.get(record.id),
      owners.get(record.ownerOrganizationId) ?? "",
    );
    const may = (action: RecordAction) => checkRecord(standing, action).allowed;
    const ownPeople = a.viewer.organizations.some(
      (o) => o.organizationId === record.ownerOrganizationId,
    );
    const view: RecordView = {
      ...summary,
      may: {
        edit: may("record.edit"),
        share: may("record.share"),
        consent: may("record.consent"),
        audit: may("record.audit"),
        delete: may("record.delete"),
        files: readsFiles(sightOf(standing)),
      },
    };
    if (ownPeople && summary.sight === "full") {
      view.sharing = {
        coalitionIds: record.coalitionIds,
        restrictedTo: record.restrictedTo,
        readersAll: record.readersAll,
        readerIds: record.readerIds,
        editorIds: record.editorIds,
      };
    }
    if (view.may.consent) view.consents = a.consents.map(presentConsent);
    return view;
  }

  const unique = (ids: readonly string[]) => [...new Set(ids)];

  /**
   * A page of the records the viewer may read, as they may see them; each shown that is not
   * public is written to the audit as `action`.
   */
  async function readPage(
    viewer: ViewerFacts,
    filter: RecordExportQuery,
    after: { k: string; id: string } | null,
    limit: number,
    action: "record.list" | "record.export",
    tx: Tx,
  ) {
    const rows = await repo.listVisible(listViewerOf(viewer), filter, after, limit + 1, tx);
    const page = cursor.page(rows, limit, (r) => ({ k: r.updatedAt.toISOString(), id: r.id }));
    const orgIds = viewer.organizations.map((o) => o.organizationId);
    // One after the other: a transaction's queries share one connection.
    const contents = await repo.contents(page.items, tx);
    const consents = await repo.consents(
      page.items.map((r) => r.id),
      tx,
    );
    const grants = await repo.grantsFor(page.items, orgIds, tx);
    const owners = await names.organizations(
      unique(page.items.map((r) => r.ownerOrganizationId)),
      tx,
    );
    const items: RecordSummary[] = [];
    const reaches: AuditedReach[] = [];
    for (const record of page.items) {
      const standing = standingOf(viewer, record, consents, grants);
      // The list's SQL and the policy say the same; the policy has the last word.
      if (sightOf(standing).kind === "none") continue;
      const summary = summaryOf(
        { record, standing },
        contents.get(record.id),
        owners.get(record.ownerOrganizationId) ?? "",
      );
      items.push(summary);
      if (record.classification !== "public" || summary.sight === "fields") {
        reaches.push({
          action,
          viewer,
          record,
          organizationId: actingOrganization(viewer, record, standing.grants),
        });
      }
    }
    await audit.appendMany(tx, reaches.map(entryOf));
    return { items, nextCursor: page.nextCursor };
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
          entryOf({
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
    authorize,

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
      return present(await authorize(actor, id!, "record.read"));
    },

    /** One record, as the viewer may see it; a read that is not of a public record is audited. */
    async get(actor: Actor | null, id: string): Promise<RecordView> {
      const viewer = await deps.viewerOf(actor);
      return database.db.transaction(async (tx) => {
        const a = await authorizeAs(viewer, id, "record.read", tx);
        const view = await present(a, tx);
        if (a.record.classification !== "public" || view.sight === "fields") {
          await audit.appendMany(tx, [
            entryOf({
              action: "record.read",
              viewer: a.viewer,
              record: a.record,
              organizationId: a.acting,
              details: {
                version: a.record.version,
                ...(view.sight === "fields" ? { fields: Object.keys(view.fields) } : {}),
              },
            }),
          ]);
        }
        return view;
      });
    },

    /** A page of the records the viewer may read; each one shown that is not public is audited. */
    async list(actor: Actor | null, query: RecordListQuery) {
      const after = cursor.decode(query.cursor);
      const viewer = await deps.viewerOf(actor);
      return database.db.transaction((tx) =>
        readPage(viewer, query, after, query.limit ?? 50, "record.list", tx),
      );
    },

    /**
     * Everything the viewer may read under a filter, for an export: at most `exportLimit`
     * records, each written to the audit as exported, in one transaction.
     */
    async exportAll(actor: Actor | null, query: RecordExportQuery) {
      const viewer = await deps.viewerOf(actor);
      const exportedAt = clock.now().toISOString();
      const records = await database.db.transaction(async (tx) => {
        const all: RecordSummary[] = [];
        let after: { k: string; id: string } | null = null;
        for (;;) {
          const page = await readPage(viewer, query, after, 500, "record.export", tx);
          all.push(...page.items);
          if (all.length > exportLimit)
            throw new Invalid(`More than ${exportLimit} records match: narrow the filter.`, [
              { field: "querystring", message: `must match at most ${exportLimit} records` },
            ]);
          if (!page.nextCursor) return all;
          after = cursor.decode(page.nextCursor);
        }
      });
      return { exportedAt, records };
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
        const a = await authorizeAs(viewer, id, sharing ? "record.share" : "record.edit", tx);
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
          entryOf({
            action: sharing ? "record.share" : "record.update",
            viewer: a.viewer,
            record: { ...record, ...set },
            organizationId: a.acting,
            details: { version: set.version ?? record.version, changed },
          }),
        ]);
      });
      return present(await authorize(actor, id, "record.read"));
    },

    /** Deletes a record: its content is erased, its envelope and audit stay as a tombstone. */
    async remove(actor: Actor, id: string): Promise<void> {
      const viewer = await deps.viewerOf(actor);
      await database.db.transaction(async (tx) => {
        const a = await authorizeAs(viewer, id, "record.delete", tx);
        const now = clock.now();
        await repo.erase(tx, id);
        await repo.update(tx, id, { deletedAt: now, updatedAt: now });
        await audit.appendMany(tx, [
          entryOf({
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

    /**
     * Records a consent given, refused or withdrawn. Anything but "given" ends, at once, the
     * grants of this record made under agreements that need that consent.
     */
    async recordConsent(actor: Actor, id: string, input: ConsentInput): Promise<RecordView> {
      await this.writeConsent(actor, id, input, "readable");
      return present(await authorize(actor, id, "record.read"));
    },

    /**
     * The consent itself, for a readable record (the route above) or a confidential one
     * (confidential.routes.ts, which answers with the ciphertext): a record of the other tier
     * is not found here, and nothing is written.
     */
    async writeConsent(
      actor: Actor,
      id: string,
      input: ConsentInput,
      tier: "readable" | "confidential",
    ): Promise<void> {
      const viewer = await deps.viewerOf(actor);
      await database.db.transaction(async (tx) => {
        const a = await authorizeAs(viewer, id, "record.consent", tx);
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
          entryOf({
            action: "record.consent",
            viewer: a.viewer,
            record: a.record,
            organizationId: a.acting,
            details: { use: input.use, state: input.state },
          }),
          ...ended.map((grant) =>
            entryOf({
              action: "grant.end",
              viewer: a.viewer,
              record: a.record,
              organizationId: a.acting,
              details: { grant: grant.id, to: grant.toOrganizationId, reason: "consent_withdrawn" },
            }),
          ),
        ]);
      });
    },
  };
}
export type RecordsService = ReturnType<typeof createRecordsService>;

export const presentConsent = (c: ConsentRow) => ({
  id: c.id,
  use: c.use,
  state: c.state,
  givenBy: c.givenBy,
  recordedBy: c.recordedBy,
  at: c.at.toISOString(),
});
