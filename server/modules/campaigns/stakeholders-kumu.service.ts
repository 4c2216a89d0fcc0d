import type { z } from "zod";
import { type AllyPosition, positionValue } from "../../../shared/campaigns/catalogue.ts";
import type {
  KumuImportInput,
  KumuImportReport,
  KumuRefusal,
} from "../../../shared/campaigns/stakeholders.ts";
import { Invalid } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import { actingFor, createCampaignChange } from "./campaign-part.ts";
import {
  type ElementIn,
  KumuFileError,
  connectionsCsv,
  elementsCsv,
  parseKumu,
} from "./stakeholders.kumu.ts";
import type { LinkRow, StakeholderRow, StakeholdersRepo } from "./stakeholders.repo.ts";
import type { stakeholderLinks } from "./stakeholders.table.ts";
import {
  type Row,
  type StakeholdersDeps,
  createStakeholdersCommon,
  noSuchCampaign,
} from "./stakeholders-common.ts";

type Level = 1 | 2 | 3 | 4 | 5;
/** The defaults of an element a Kumu file says nothing else about. */
const elementDefaults = {
  type: "other",
  role: "target",
  position: "neutral",
  influence: 3,
  interest: 3,
} as const;

/** The campaign's stakeholders and links as Kumu's CSV files, out and back in. */
export function createStakeholdersKumuService(deps: StakeholdersDeps) {
  const { access, repo } = deps;
  const { today, stakeholdersToChange } = createStakeholdersCommon(deps);
  const change = createCampaignChange(deps);

  return {
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
      const part = stakeholdersToChange(campaignId, campaignId);
      return change(actor, campaignId, part, async ({ tx, found, at, keep }) => {
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
        await keep({
          action: "imported",
          changes: {
            created: count(plan.creates.length),
            updated: count(plan.updates.length),
            moved: count(plan.moves.length),
            linked: count(plan.links.length),
            refused: count(plan.refused.length),
          },
          changedFor: actingFor(found),
        });
        return { ...report, imported: true };
      });
    },
  };
}

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
  const updates: Parameters<StakeholdersRepo["updateMany"]>[1] = [];
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
