import type { z } from "zod";
import {
  type AllyPosition,
  positionOf,
  positionValue,
} from "../../../shared/campaigns/catalogue.ts";
import type {
  KumuImportInput,
  KumuImportReport,
  KumuRefusal,
  LinkInput,
  MoveInput,
  PowerMap,
  PowerMapQuery,
  Stakeholder,
  StakeholderInput,
  StakeholderLink,
  StakeholderList,
  StakeholderListQuery,
  StakeholderPatch,
} from "../../../shared/campaigns/stakeholders.ts";
import { insideStatuses } from "../../../shared/policy/index.ts";
import type { Tx } from "../../db/client.ts";
import { Keysets, cursorFor } from "../../lib/cursor.ts";
import { Conflict, Invalid, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import type { InCampaign } from "./campaign-access.ts";
import type { CampaignPartDeps } from "./campaign-part.ts";
import { changesBetween, recordHistory } from "./history.ts";
import {
  type ElementIn,
  KumuFileError,
  connectionsCsv,
  elementsCsv,
  parseKumu,
} from "./stakeholders.kumu.ts";
import {
  type LinkRow,
  type MoveRow,
  type StakeholderRow,
  createStakeholdersRepo,
} from "./stakeholders.repo.ts";
import type { campaignStakeholders, stakeholderLinks } from "./stakeholders.table.ts";

const cursor = cursorFor(Keysets.text);
const noSuchCampaign = "No such campaign.";
const noSuchStakeholder = "No such stakeholder.";
const noSuchLink = "No such link.";
const stakeholderFields = [
  "name",
  "type",
  "role",
  "position",
  "influence",
  "interest",
  "accessOrganizationIds",
  "tags",
  "notes",
] as const;

type Row = typeof campaignStakeholders.$inferInsert;
type Level = 1 | 2 | 3 | 4 | 5;
/** The defaults of an element a Kumu file says nothing else about. */
const elementDefaults = {
  type: "other",
  role: "target",
  position: "neutral",
  influence: 3,
  interest: 3,
} as const;

/**
 * Stakeholders and power: who the campaign must move and who can help, where each stands on
 * the spectrum of allies, and every dated move along it, which the power map replays. Reading
 * is campaign.read; every change is campaign.run and is kept in the history.
 */
export function createStakeholdersService(deps: CampaignPartDeps) {
  const { database, access, campaigns, coalitions, names, clock } = deps;
  const repo = createStakeholdersRepo(database.db);
  const today = () => clock.now().toISOString().slice(0, 10);

  /** Who acted for which organisation in a change: the lead when the viewer speaks for it. */
  const actingFor = (found: InCampaign) => {
    const speaking = found.standing.organizations.filter((o) => o.speaks || o.runs);
    return (
      speaking.find((o) => o.organizationId === found.campaign.leadOrganizationId)
        ?.organizationId ??
      speaking[0]?.organizationId ??
      null
    );
  };

  /** A stakeholder can be reached only through the organisations taking part in the campaign. */
  async function checkAccessOrganizations(found: InCampaign, ids: string[], tx: Tx) {
    if (!ids.length) return;
    const row = found.campaign;
    const taking = row.coalitionId
      ? (await coalitions.members(row.coalitionId, { statuses: insideStatuses }, tx)).map(
          (m) => m.organizationId,
        )
      : [row.ownerOrganizationId];
    if (ids.some((id) => !taking.includes(id))) {
      throw new Invalid("Access is through the campaign's own organisations.", [
        {
          field: "body.accessOrganizationIds",
          message: "names an organisation not in the campaign",
        },
      ]);
    }
  }

  async function checkNameFree(campaignId: string, name: string, tx: Tx, self?: string) {
    const same = await repo.findByName(campaignId, name, tx);
    if (same && same.id !== self) {
      throw new Conflict(`The campaign already has a stakeholder called "${name}".`);
    }
  }

  function checkNotFuture(day: string, field: string) {
    if (day > today()) {
      throw new Invalid("A move is recorded once it has happened.", [
        { field, message: "must not be in the future" },
      ]);
    }
  }

  async function present(rows: StakeholderRow[]): Promise<Stakeholder[]> {
    const ids = rows.map((r) => r.id);
    const [moves, links] = await Promise.all([repo.movesOf(ids), repo.linksOf(ids)]);
    const mine = new Set(ids);
    const others = links.flatMap((l) => [l.fromId, l.toId]).filter((id) => !mine.has(id));
    const [otherNames, orgNames, people] = await Promise.all([
      repo.namesOf([...new Set(others)]),
      names.organizations([...new Set(rows.flatMap((r) => r.accessOrganizationIds))]),
      names.people([...new Set(moves.map((m) => m.recordedBy))]),
    ]);
    const nameOf = (id: string) => rows.find((r) => r.id === id)?.name ?? otherNames.get(id) ?? "";
    const movesBy = new Map<string, MoveRow[]>();
    for (const move of moves) {
      const list = movesBy.get(move.stakeholderId) ?? [];
      list.push(move);
      movesBy.set(move.stakeholderId, list);
    }
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      type: r.type as Stakeholder["type"],
      role: r.role as Stakeholder["role"],
      position: positionOf(r.position),
      influence: r.influence,
      interest: r.interest,
      accessOrganizations: r.accessOrganizationIds.map((organizationId) => ({
        organizationId,
        name: orgNames.get(organizationId) ?? "",
      })),
      tags: r.tags,
      notes: r.notes,
      moves: (movesBy.get(r.id) ?? []).map((m) => ({
        id: m.id,
        from: m.fromPosition === null ? null : positionOf(m.fromPosition),
        to: positionOf(m.toPosition),
        influence: m.influence,
        movedOn: m.movedOn,
        note: m.note,
        recordedBy: m.recordedBy
          ? { userId: m.recordedBy, name: people.get(m.recordedBy) ?? "" }
          : null,
        recordedAt: m.recordedAt.toISOString(),
      })),
      links: links
        .filter((l) => l.fromId === r.id || l.toId === r.id)
        .map((l) => {
          const out = l.fromId === r.id;
          const other = out ? l.toId : l.fromId;
          return {
            id: l.id,
            direction: out ? ("out" as const) : ("in" as const),
            other: { id: other, name: nameOf(other) },
            type: l.type,
          };
        }),
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    }));
  }

  async function one(campaignId: string, id: string): Promise<Stakeholder> {
    const row = await repo.find(campaignId, id);
    if (!row) throw new NotFound(noSuchStakeholder);
    const [presented] = await present([row]);
    return presented!;
  }

  const presentLink = (l: LinkRow): StakeholderLink => ({
    id: l.id,
    fromId: l.fromId,
    toId: l.toId,
    type: l.type,
  });

  /** Runs a change to the campaign's stakeholders: checked, serialised per campaign. */
  async function change<T>(
    actor: Actor,
    campaignId: string,
    unknown: string,
    work: (tx: Tx, found: InCampaign) => Promise<T>,
  ): Promise<T> {
    return database.db.transaction(async (tx) => {
      const found = await access.authorize(actor, campaignId, { unknown, tx }, "campaign.run");
      await campaigns.lock(tx, campaignId);
      return work(tx, found);
    });
  }

  return {
    async list(
      actor: Actor | null,
      campaignId: string,
      query: z.output<typeof StakeholderListQuery>,
    ): Promise<StakeholderList> {
      const after = cursor.decode(query.cursor);
      await access.authorize(actor, campaignId, { unknown: noSuchCampaign }, "campaign.read");
      const rows = await repo.list(campaignId, query, after, query.limit + 1);
      const { items, nextCursor } = cursor.page(rows, query.limit, (r) => ({
        k: r.name,
        id: r.id,
      }));
      return { items: await present(items), nextCursor };
    },

    async get(actor: Actor | null, campaignId: string, id: string): Promise<Stakeholder> {
      await access.authorize(actor, campaignId, { unknown: noSuchStakeholder }, "campaign.read");
      return one(campaignId, id);
    },

    async create(
      actor: Actor,
      campaignId: string,
      input: z.output<typeof StakeholderInput>,
    ): Promise<Stakeholder> {
      const id = newId();
      await change(actor, campaignId, noSuchCampaign, async (tx, found) => {
        const since = input.since ?? today();
        checkNotFuture(since, "body.since");
        await checkNameFree(campaignId, input.name, tx);
        const accessOrganizationIds = [...new Set(input.accessOrganizationIds ?? [])];
        await checkAccessOrganizations(found, accessOrganizationIds, tx);
        const at = clock.now();
        const row = {
          id,
          campaignId,
          name: input.name,
          type: input.type,
          role: input.role,
          position: positionValue(input.position) as StakeholderRow["position"],
          influence: input.influence,
          interest: input.interest,
          accessOrganizationIds,
          tags: [...new Set(input.tags ?? [])],
          notes: input.notes || null,
          createdAt: at,
          updatedAt: at,
        } satisfies Row;
        await repo.insertStakeholders(tx, [row]);
        await repo.insertMoves(tx, [
          {
            id: newId(),
            stakeholderId: id,
            campaignId,
            fromPosition: null,
            toPosition: row.position,
            influence: row.influence,
            movedOn: since,
            note: null,
            recordedBy: actor.userId,
            recordedAt: at,
          },
        ]);
        await recordHistory(tx, {
          campaignId,
          entity: "stakeholder",
          entityId: id,
          action: "created",
          changes: changesBetween<Row>(null, { ...row, position: input.position } as never, [
            ...stakeholderFields,
          ]),
          changedBy: actor.userId,
          changedFor: actingFor(found),
          changedAt: at,
        });
      });
      return one(campaignId, id);
    },

    async update(
      actor: Actor,
      campaignId: string,
      id: string,
      patch: z.output<typeof StakeholderPatch>,
    ): Promise<Stakeholder> {
      await change(actor, campaignId, noSuchStakeholder, async (tx, found) => {
        const row = await repo.find(campaignId, id, tx, { lock: true });
        if (!row) throw new NotFound(noSuchStakeholder);
        const next: Partial<Row> = {};
        for (const key of ["name", "type", "role", "influence", "interest"] as const) {
          if (patch[key] !== undefined) (next as Record<string, unknown>)[key] = patch[key];
        }
        if (patch.position !== undefined) {
          next.position = positionValue(patch.position) as StakeholderRow["position"];
        }
        if (patch.notes !== undefined) next.notes = patch.notes || null;
        if (patch.tags !== undefined) next.tags = [...new Set(patch.tags)];
        if (patch.accessOrganizationIds !== undefined) {
          next.accessOrganizationIds = [...new Set(patch.accessOrganizationIds)];
          await checkAccessOrganizations(found, next.accessOrganizationIds, tx);
        }
        if (next.name !== undefined && next.name !== row.name) {
          await checkNameFree(campaignId, next.name, tx, id);
        }
        const after = { ...row, ...next };
        const readable = (r: typeof row) => ({ ...r, position: positionOf(r.position) });
        const changes = changesBetween(readable(row), readable(after), stakeholderFields);
        if (!Object.keys(changes).length) return;
        const at = clock.now();
        await repo.update(tx, id, { ...next, updatedAt: at });
        if (after.position !== row.position || after.influence !== row.influence) {
          await repo.insertMoves(tx, [
            {
              id: newId(),
              stakeholderId: id,
              campaignId,
              fromPosition: row.position,
              toPosition: after.position,
              influence: after.influence,
              movedOn: today(),
              note: null,
              recordedBy: actor.userId,
              recordedAt: at,
            },
          ]);
        }
        await recordHistory(tx, {
          campaignId,
          entity: "stakeholder",
          entityId: id,
          action: "updated",
          changes,
          changedBy: actor.userId,
          changedFor: actingFor(found),
          changedAt: at,
        });
      });
      return one(campaignId, id);
    },

    async remove(actor: Actor, campaignId: string, id: string): Promise<void> {
      await change(actor, campaignId, noSuchStakeholder, async (tx, found) => {
        const row = await repo.find(campaignId, id, tx, { lock: true });
        if (!row) throw new NotFound(noSuchStakeholder);
        await repo.remove(tx, id);
        await recordHistory(tx, {
          campaignId,
          entity: "stakeholder",
          entityId: id,
          action: "deleted",
          changes: { name: { from: row.name, to: null } },
          changedBy: actor.userId,
          changedFor: actingFor(found),
          changedAt: clock.now(),
        });
      });
    },

    /**
     * A move observed on a day: from where it stood that day. A move dated before the latest
     * one is kept in its place in the story; the stakeholder stands where its latest move put it.
     */
    async move(
      actor: Actor,
      campaignId: string,
      id: string,
      input: z.output<typeof MoveInput>,
    ): Promise<Stakeholder> {
      await change(actor, campaignId, noSuchStakeholder, async (tx, found) => {
        const row = await repo.find(campaignId, id, tx, { lock: true });
        if (!row) throw new NotFound(noSuchStakeholder);
        checkNotFuture(input.movedOn, "body.movedOn");
        const before = await repo.latestMove(tx, id, input.movedOn);
        if (!before) {
          const first = await repo.firstMoveDay(tx, id);
          throw new Invalid("A move comes after the stakeholder was placed on the map.", [
            { field: "body.movedOn", message: `must not be before ${first ?? "its first move"}` },
          ]);
        }
        const at = clock.now();
        const move = {
          id: newId(),
          stakeholderId: id,
          campaignId,
          fromPosition: before.toPosition,
          toPosition: positionValue(input.to) as StakeholderRow["position"],
          influence: input.influence ?? before.influence,
          movedOn: input.movedOn,
          note: input.note || null,
          recordedBy: actor.userId,
          recordedAt: at,
        };
        await repo.insertMoves(tx, [move]);
        const latest = await repo.latestMove(tx, id);
        if (latest && (latest.toPosition !== row.position || latest.influence !== row.influence)) {
          await repo.update(tx, id, {
            position: latest.toPosition,
            influence: latest.influence,
            updatedAt: at,
          });
        }
        await recordHistory(tx, {
          campaignId,
          entity: "move",
          entityId: move.id,
          action: "created",
          changes: {
            stakeholder: { from: null, to: row.name },
            position: { from: positionOf(before.toPosition), to: input.to },
            influence: { from: before.influence, to: move.influence },
            movedOn: { from: null, to: move.movedOn },
          },
          changedBy: actor.userId,
          changedFor: actingFor(found),
          changedAt: at,
        });
      });
      return one(campaignId, id);
    },

    /** Where everyone stood on a day, and every day something moved (for the replay). */
    async powerMap(
      actor: Actor | null,
      campaignId: string,
      query: z.output<typeof PowerMapQuery>,
    ): Promise<PowerMap> {
      await access.authorize(actor, campaignId, { unknown: noSuchCampaign }, "campaign.read");
      const on = query.on ?? today();
      const [dots, dates, links] = await Promise.all([
        repo.powerMap(campaignId, on),
        repo.moveDays(campaignId),
        repo.links(campaignId),
      ]);
      const placed = new Set(dots.map((d) => d.id));
      return {
        on,
        dates,
        stakeholders: dots.map((d) => ({
          id: d.id,
          name: d.name,
          type: d.type as PowerMap["stakeholders"][number]["type"],
          role: d.role as PowerMap["stakeholders"][number]["role"],
          interest: d.interest,
          position: positionOf(d.position),
          influence: d.influence,
          since: d.since,
        })),
        links: links.filter((l) => placed.has(l.fromId) && placed.has(l.toId)).map(presentLink),
      };
    },

    async link(
      actor: Actor,
      campaignId: string,
      input: z.output<typeof LinkInput>,
    ): Promise<StakeholderLink> {
      return change(actor, campaignId, noSuchCampaign, async (tx, found) => {
        const [from, to] = await Promise.all([
          repo.find(campaignId, input.fromId, tx),
          repo.find(campaignId, input.toId, tx),
        ]);
        if (!from || !to) {
          throw new Invalid("A link joins two stakeholders of this campaign.", [
            {
              field: from ? "body.toId" : "body.fromId",
              message: "is not a stakeholder of this campaign",
            },
          ]);
        }
        const type = input.type ?? "";
        if (await repo.sameLink(tx, from.id, to.id, type)) {
          throw new Conflict("These two stakeholders are already linked in this way.");
        }
        const at = clock.now();
        const row = { id: newId(), campaignId, fromId: from.id, toId: to.id, type, createdAt: at };
        await repo.insertLinks(tx, [row]);
        await recordHistory(tx, {
          campaignId,
          entity: "stakeholder",
          entityId: from.id,
          action: "linked",
          changes: { to: { from: null, to: to.name }, type: { from: null, to: type } },
          changedBy: actor.userId,
          changedFor: actingFor(found),
          changedAt: at,
        });
        return presentLink(row);
      });
    },

    async unlink(actor: Actor, campaignId: string, linkId: string): Promise<void> {
      await change(actor, campaignId, noSuchLink, async (tx, found) => {
        const link = await repo.findLink(campaignId, linkId, tx);
        if (!link) throw new NotFound(noSuchLink);
        const toName = (await repo.namesOf([link.toId], tx)).get(link.toId) ?? "";
        await repo.removeLink(tx, linkId);
        await recordHistory(tx, {
          campaignId,
          entity: "stakeholder",
          entityId: link.fromId,
          action: "unlinked",
          changes: { to: { from: toName, to: null }, type: { from: link.type, to: null } },
          changedBy: actor.userId,
          changedFor: actingFor(found),
          changedAt: clock.now(),
        });
      });
    },

    /** Kumu's elements CSV: every stakeholder, by name. */
    async kumuElements(actor: Actor | null, campaignId: string): Promise<string> {
      await access.authorize(actor, campaignId, { unknown: noSuchCampaign }, "campaign.read");
      return elementsCsv(await repo.all(campaignId));
    },

    /** Kumu's connections CSV: every link, in the order they were made. */
    async kumuConnections(actor: Actor | null, campaignId: string): Promise<string> {
      await access.authorize(actor, campaignId, { unknown: noSuchCampaign }, "campaign.read");
      const [rows, links] = await Promise.all([repo.all(campaignId), repo.links(campaignId)]);
      const nameOf = new Map(rows.map((r) => [r.id, r.name]));
      return connectionsCsv(
        links.map((l) => ({
          from: nameOf.get(l.fromId) ?? "",
          to: nameOf.get(l.toId) ?? "",
          type: l.type,
        })),
      );
    },

    /**
     * A Kumu import in one transaction: labels matched to the campaign's stakeholders by name
     * (what a row says changes them; an empty cell leaves them as they are), new ones created,
     * connections added unless the same one is there. Nothing is written if any row is refused,
     * unless the valid rows alone are wanted. One history entry counts what changed.
     */
    async kumuImport(
      actor: Actor,
      campaignId: string,
      input: z.output<typeof KumuImportInput>,
    ): Promise<KumuImportReport> {
      let parsed: ReturnType<typeof parseKumu>;
      try {
        parsed = parseKumu(input.elements, input.connections);
      } catch (error) {
        if (error instanceof KumuFileError) {
          throw new Invalid(`The ${error.file} file ${error.message}.`, [
            { field: `body.${error.file}`, message: error.message },
          ]);
        }
        throw error;
      }
      return change(actor, campaignId, noSuchCampaign, async (tx, found) => {
        const existing = await repo.all(campaignId, tx);
        const existingLinks = await repo.links(campaignId, tx);
        const plan = planImport(parsed, existing, existingLinks, campaignId);
        const report: KumuImportReport = {
          imported: false,
          elements: {
            rows: parsed.elementRows,
            created: plan.creates.length,
            updated: plan.updates.length,
            unchanged: plan.unchanged,
          },
          connections: {
            rows: parsed.connectionRows,
            created: plan.links.length,
            unchanged: plan.sameLinks,
          },
          refused: plan.refused,
        };
        if (input.dryRun) return report;
        if (plan.refused.length && !input.validRowsOnly) {
          throw new Invalid(
            `${plan.refused.length} problems in the files: nothing was imported. Correct them, or import the valid rows only.`,
            plan.refused.map((r) => ({
              field: `body.${r.file}.${r.row}${r.column ? `.${r.column}` : ""}`,
              message: r.message,
            })),
          );
        }
        const at = clock.now();
        const day = today();
        const moveOf = (
          stakeholderId: string,
          from: number | null,
          to: number,
          influence: number,
        ) => ({
          id: newId(),
          stakeholderId,
          campaignId,
          fromPosition: from as StakeholderRow["position"] | null,
          toPosition: to as StakeholderRow["position"],
          influence,
          movedOn: day,
          note: null,
          recordedBy: actor.userId,
          recordedAt: at,
        });
        await repo.insertStakeholders(
          tx,
          plan.creates.map((c) => ({ ...c, createdAt: at, updatedAt: at })),
        );
        await repo.updateMany(tx, plan.updates, at);
        await repo.insertMoves(tx, [
          ...plan.creates.map((c) => moveOf(c.id, null, c.position, c.influence)),
          ...plan.moves.map((m) => moveOf(m.id, m.from, m.to, m.influence)),
        ]);
        await repo.insertLinks(
          tx,
          plan.links.map((l) => ({ ...l, id: newId(), campaignId, createdAt: at })),
        );
        const count = (to: number) => ({ from: null, to });
        await recordHistory(tx, {
          campaignId,
          entity: "stakeholder",
          entityId: campaignId,
          action: "imported",
          changes: {
            created: count(plan.creates.length),
            updated: count(plan.updates.length),
            moved: count(plan.moves.length),
            linked: count(plan.links.length),
            refused: count(plan.refused.length),
          },
          changedBy: actor.userId,
          changedFor: actingFor(found),
          changedAt: at,
        });
        return { ...report, imported: true };
      });
    },
  };
}
export type StakeholdersService = ReturnType<typeof createStakeholdersService>;

/** What an import would write, worked out before writing anything. */
function planImport(
  parsed: ReturnType<typeof parseKumu>,
  existing: StakeholderRow[],
  existingLinks: LinkRow[],
  campaignId: string,
) {
  const refused: KumuRefusal[] = [...parsed.refused];
  const byName = new Map(existing.map((s) => [s.name, s]));
  const idOf = new Map(existing.map((s) => [s.name, s.id]));
  const creates: Omit<Row, "createdAt" | "updatedAt">[] = [];
  const updates: Parameters<ReturnType<typeof createStakeholdersRepo>["updateMany"]>[1] = [];
  const moves: { id: string; from: number; to: number; influence: number }[] = [];
  let unchanged = 0;
  for (const e of parsed.elements) {
    const was = byName.get(e.label);
    if (!was) {
      const id = newId();
      idOf.set(e.label, id);
      creates.push({
        id,
        campaignId,
        name: e.label,
        type: e.type ?? elementDefaults.type,
        role: e.role ?? elementDefaults.role,
        position: positionValue(
          e.position ?? elementDefaults.position,
        ) as StakeholderRow["position"],
        influence: e.influence ?? elementDefaults.influence,
        interest: e.interest ?? elementDefaults.interest,
        accessOrganizationIds: [],
        tags: e.tags ?? [],
        notes: e.description ?? null,
      });
      continue;
    }
    const next = mergeElement(was, e);
    const same =
      next.type === was.type &&
      next.role === was.role &&
      next.position === was.position &&
      next.influence === was.influence &&
      next.interest === was.interest &&
      next.notes === was.notes &&
      JSON.stringify(next.tags) === JSON.stringify(was.tags);
    if (same) {
      unchanged++;
      continue;
    }
    updates.push(next);
    if (next.position !== was.position || next.influence !== was.influence) {
      moves.push({ id: was.id, from: was.position, to: next.position, influence: next.influence });
    }
  }
  const key = (from: string, to: string, type: string) => `${from}\u0000${to}\u0000${type}`;
  const linked = new Set(existingLinks.map((l) => key(l.fromId, l.toId, l.type)));
  const links: Pick<typeof stakeholderLinks.$inferInsert, "fromId" | "toId" | "type">[] = [];
  let sameLinks = 0;
  for (const c of parsed.connections) {
    const fromId = idOf.get(c.from);
    const toId = idOf.get(c.to);
    const label = `${c.from} → ${c.to}`;
    for (const [column, id, name] of [
      ["From", fromId, c.from],
      ["To", toId, c.to],
    ] as const) {
      if (!id) {
        refused.push({
          file: "connections",
          row: c.row,
          label,
          column,
          reason: "unknown_label",
          message: `"${name}" is neither an accepted element of the file nor a stakeholder of the campaign`,
        });
      }
    }
    if (!fromId || !toId) continue;
    const k = key(fromId, toId, c.type);
    if (linked.has(k)) {
      sameLinks++;
      continue;
    }
    linked.add(k);
    links.push({ fromId, toId, type: c.type });
  }
  refused.sort((a, b) => (a.file === b.file ? a.row - b.row : a.file === "elements" ? -1 : 1));
  return { creates, updates, moves, links, unchanged, sameLinks, refused };
}

/** An existing stakeholder with what the row says (empty cells leave it as it is). */
function mergeElement(was: StakeholderRow, e: ElementIn) {
  return {
    id: was.id,
    type: e.type ?? was.type,
    role: e.role ?? was.role,
    position: (e.position !== undefined
      ? positionValue(e.position as AllyPosition)
      : was.position) as StakeholderRow["position"],
    influence: (e.influence ?? was.influence) as Level,
    interest: (e.interest ?? was.interest) as Level,
    tags: e.tags ?? was.tags,
    notes: e.description ?? was.notes,
  };
}
