import { createHash, randomBytes } from "node:crypto";
import type { z } from "zod";
import type { LocalizedText } from "../../../shared/locales.ts";
import {
  type CoalitionAction,
  type SubjectArgs,
  convenerSideFor,
  speaksFor,
} from "../../../shared/policy/index.ts";
import type {
  AnswerInput,
  Statement,
  StatementInput,
  StatementPatch,
  StatementVersionInput,
} from "../../../shared/statements/api.ts";
import { toConfirmAgain } from "../../../shared/statements/signatories.ts";
import type { Database, Tx } from "../../db/client.ts";
import type { Emit } from "../../events.ts";
import type { Clock } from "../../lib/clock.ts";
import { Conflict, Invalid, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import { MarkdownTooDeep, parseMarkdown } from "../../lib/markdown.ts";
import type { Names } from "../../lib/names.ts";
import type { Actor } from "../auth/actor.ts";
import type { CoalitionDirectory } from "../coalitions/coalitions.module.ts";
import type { RiskGate } from "./risk-gate.ts";
import {
  type InStatement,
  createStatementPresenter,
  presentVersion,
} from "./statements.presenter.ts";
import type { StatementRow, StatementsRepo, VersionRow } from "./statements.repo.ts";

export const noSuchStatement = "No such statement.";

/** What a signature binds to: SHA-256 of the title and text as canonical JSON (keys sorted). */
export function versionHash(title: LocalizedText, text: LocalizedText): string {
  const canonical = (value: unknown): unknown =>
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
        )
      : value;
  return createHash("sha256")
    .update(JSON.stringify(canonical({ title, text })))
    .digest("hex");
}

/** Each language's text must render: refused (422) when it nests too deeply. */
function requireRenderable(text: LocalizedText) {
  for (const [code, value] of Object.entries(text.texts)) {
    try {
      parseMarkdown(value);
    } catch (error) {
      if (!(error instanceof MarkdownTooDeep)) throw error;
      throw new Invalid(error.message, [
        { field: `body.text.texts.${code}`, message: error.message },
      ]);
    }
  }
}

export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

/** The campaign a statement may belong to: it must be one of the coalition's. */
export type CampaignOf = (
  id: string,
  tx?: Tx,
) => Promise<{ coalitionId: string | null; leadOrganizationId: string } | null>;

export type StatementsDeps = {
  database: Database;
  repo: StatementsRepo;
  coalitions: Pick<CoalitionDirectory, "authorize" | "load" | "members">;
  names: Names;
  clock: Clock;
  events: Emit;
  campaignOf: CampaignOf;
  /** Opens the statement's discussion thread in the coalition, in the caller's transaction. */
  openThread: (
    tx: Tx,
    row: { id: string; coalitionId: string; title: string; openedFor: string; openedBy: string },
  ) => Promise<void>;
  riskGate: Pick<RiskGate, "require">;
  /** The risk assessment of a statement, if one was opened. */
  assessmentOf: (statementId: string) => Promise<string | null>;
  publicUrl: string;
};

/**
 * Joint statements: the convening side (or the lead of the statement's campaign) drafts and
 * publishes; each member organisation answers once, through a representative, bound to the
 * version it read. Answers are read here only: conveners see them all, an organisation its
 * own, everyone else what `publicSignatories` allows.
 */
export function createStatementsService(deps: StatementsDeps) {
  const { database, repo, coalitions, names, clock, events, publicUrl } = deps;

  async function leadOf(row: Pick<StatementRow, "campaignId">, tx?: Tx) {
    if (!row.campaignId) return null;
    return (await deps.campaignOf(row.campaignId, tx))?.leadOrganizationId ?? null;
  }

  /** Loads the statement and checks the action; unknown and hidden look the same. */
  async function authorize<A extends CoalitionAction>(
    actor: Actor | null,
    id: string,
    tx: Tx | undefined,
    action: A,
    subjectOf: (lead: string | null) => SubjectArgs<A>,
  ): Promise<InStatement> {
    const row = tx ? await repo.lock(tx, id) : await repo.findById(id);
    if (!row) throw new NotFound(noSuchStatement);
    const lead = await leadOf(row, tx);
    const inside = await coalitions.authorize(
      actor,
      row.coalitionId,
      { unknown: noSuchStatement, ...(tx ? { tx } : {}) },
      action,
      ...subjectOf(lead),
    );
    return { row, inside, lead };
  }

  const byLead = (lead: string | null) => ({ leadOrganizationId: lead });
  const led = (lead: string | null) => [byLead(lead)] as [{ leadOrganizationId: string | null }];
  const nothing = () => [] as [];
  const present = createStatementPresenter(deps);

  const fresh = async (actor: Actor | null, id: string) =>
    present(await authorize(actor, id, undefined, "statement.read", nothing));

  function newVersion(
    statementId: string,
    number: number,
    input: { title: LocalizedText; text: LocalizedText },
    actor: Actor,
  ): VersionRow {
    return {
      id: newId(),
      statementId,
      number,
      title: input.title,
      text: input.text,
      hash: versionHash(input.title, input.text),
      createdBy: actor.userId,
      createdAt: clock.now(),
    };
  }

  /** Refuses an answer the statement cannot take now, or one given on an older version. */
  function requireOpenFor(row: StatementRow, versionId: string) {
    if (row.status !== "open" && row.status !== "published") {
      throw new Conflict("The statement is not open for sign-on.");
    }
    if (row.signOnClosesAt && row.signOnClosesAt.getTime() <= clock.now().getTime()) {
      throw new Conflict("Sign-on has closed.");
    }
    if (versionId !== row.currentVersionId) {
      throw new Conflict("The statement has a newer version: read it before answering.");
    }
  }

  return {
    authorize,
    present,

    async create(
      actor: Actor,
      coalitionId: string,
      input: z.output<typeof StatementInput>,
    ): Promise<Statement> {
      requireRenderable(input.text);
      const id = newId();
      await database.db.transaction(async (tx) => {
        let lead: string | null = null;
        if (input.campaignId) {
          const campaign = await deps.campaignOf(input.campaignId, tx);
          if (campaign?.coalitionId !== coalitionId) {
            // Told apart from an unknown coalition only after the coalition check below.
            lead = "";
          } else lead = campaign.leadOrganizationId;
        }
        const inside = await coalitions.authorize(
          actor,
          coalitionId,
          { unknown: "No such coalition.", tx },
          "statement.start",
          { leadOrganizationId: lead || null },
        );
        if (lead === "") {
          throw new Invalid("The campaign is not one of this coalition's.", [
            { field: "body.campaignId", message: "is not a campaign of this coalition" },
          ]);
        }
        const version = newVersion(id, 1, input, actor);
        const at = version.createdAt;
        const openedFor =
          convenerSideFor(inside.standing)[0] ??
          (lead && speaksFor(inside.standing).includes(lead) ? lead : null);
        const threadId = newId();
        const title = input.title.texts[input.title.original] ?? "";
        if (openedFor) {
          await deps.openThread(tx, {
            id: threadId,
            coalitionId,
            title: title.slice(0, 200),
            openedFor,
            openedBy: actor.userId,
          });
        }
        await repo.insert(
          tx,
          {
            id,
            coalitionId,
            campaignId: input.campaignId ?? null,
            status: "draft",
            signOnClosesAt: input.signOnClosesAt ? new Date(input.signOnClosesAt) : null,
            showPrivateCount: input.showPrivateCount,
            currentVersionId: version.id,
            threadId: openedFor ? threadId : null,
            createdBy: actor.userId,
            createdAt: at,
            updatedAt: at,
          },
          version,
        );
      });
      return fresh(actor, id);
    },

    async list(actor: Actor | null, coalitionId: string, campaignId?: string) {
      await coalitions.authorize(
        actor,
        coalitionId,
        { unknown: "No such coalition." },
        "coalition.readInside",
      );
      const rows = await repo.list(coalitionId, campaignId);
      const versions = new Map(
        (await repo.versionsOf(rows.map((r) => r.currentVersionId))).map((v) => [v.id, v]),
      );
      const orgNames = await names.organizations(rows.flatMap((r) => r.messengers));
      return {
        items: rows.map((r) => ({
          id: r.id,
          campaignId: r.campaignId,
          status: r.status,
          title: versions.get(r.currentVersionId)!.title,
          signOnClosesAt: r.signOnClosesAt?.toISOString() ?? null,
          publishedAt: r.publishedAt?.toISOString() ?? null,
          messengers: r.messengers.map((o) => ({
            organizationId: o,
            name: orgNames.get(o) ?? "",
          })),
        })),
      };
    },

    get: fresh,

    async versions(actor: Actor | null, id: string) {
      await authorize(actor, id, undefined, "statement.read", nothing);
      return { items: (await repo.versions(id)).map(presentVersion) };
    },

    async addVersion(actor: Actor, id: string, input: z.output<typeof StatementVersionInput>) {
      requireRenderable(input.text);
      await database.db.transaction(async (tx) => {
        const { row, inside } = await authorize(actor, id, tx, "statement.draft", led);
        if (row.status !== "draft" && row.status !== "open") {
          throw new Conflict("A published or withdrawn statement takes no new version.");
        }
        const versions = await repo.versions(id, tx);
        const version = newVersion(id, versions.length + 1, input, actor);
        if (versions.some((v) => v.hash === version.hash)) {
          throw new Conflict("This version is the same as an earlier one.");
        }
        await repo.insertVersion(tx, version);
        await repo.update(tx, id, { currentVersionId: version.id, updatedAt: version.createdAt });
        const answers = await repo.answers(id, tx);
        const again = toConfirmAgain(
          answers.map((a) => ({ ...a, name: "" })),
          version.id,
        ).map((a) => a.organizationId);
        if (again.length && row.status === "open") {
          await events.emit(tx, "statement.confirmAgain", {
            coalitionId: row.coalitionId,
            coalitionName: inside.coalition.name,
            statementId: id,
            title: version.title.texts[version.title.original] ?? "",
            organizationIds: again,
            byUserId: actor.userId,
          });
        }
      });
      return fresh(actor, id);
    },

    async update(actor: Actor, id: string, input: z.output<typeof StatementPatch>) {
      await database.db.transaction(async (tx) => {
        const { row, inside } = await authorize(actor, id, tx, "statement.draft", led);
        const set: Partial<StatementRow> = { updatedAt: clock.now() };
        if (input.status === "open") {
          if (row.status !== "draft") throw new Conflict("Only a draft opens for sign-on.");
          set.status = "open";
        }
        if (input.status === "withdrawn") {
          if (row.status === "withdrawn") throw new Conflict("The statement is withdrawn already.");
          set.status = "withdrawn";
        }
        if (input.signOnClosesAt !== undefined) {
          set.signOnClosesAt = input.signOnClosesAt ? new Date(input.signOnClosesAt) : null;
        }
        if (input.showPrivateCount !== undefined) set.showPrivateCount = input.showPrivateCount;
        await repo.update(tx, id, set);
        if (set.status === "open") {
          const version = await repo.version(row.currentVersionId, tx);
          await events.emit(tx, "statement.signOnOpened", {
            coalitionId: row.coalitionId,
            coalitionName: inside.coalition.name,
            statementId: id,
            title: version?.title.texts[version.title.original] ?? "",
            byUserId: actor.userId,
          });
        }
      });
      return fresh(actor, id);
    },

    async publish(actor: Actor, id: string) {
      await database.db.transaction(async (tx) => {
        const { row } = await authorize(actor, id, tx, "statement.draft", led);
        if (row.status !== "open") {
          throw new Conflict("Only a statement open for sign-on can be published.");
        }
        await deps.riskGate.require(tx, "statement", id);
        const at = clock.now();
        await repo.update(tx, id, {
          status: "published",
          publishedVersionId: row.currentVersionId,
          publishedAt: at,
          updatedAt: at,
        });
      });
      return fresh(actor, id);
    },

    async answer(actor: Actor, id: string, input: z.output<typeof AnswerInput>) {
      await database.db.transaction(async (tx) => {
        const { row } = await authorize(actor, id, tx, "statement.answer", () => [
          { organizationId: input.organizationId },
        ]);
        requireOpenFor(row, input.versionId);
        await repo.answer(tx, {
          statementId: id,
          organizationId: input.organizationId,
          versionId: input.versionId,
          answer: input.answer,
          declineReason: input.answer === "decline" ? (input.declineReason ?? null) : null,
          outside: false,
          answeredBy: actor.userId,
          answeredAt: clock.now(),
        });
      });
      return fresh(actor, id);
    },

    /** A new invitation link for organisations outside the coalition; the old one stops working. */
    async invite(actor: Actor, id: string) {
      const token = randomBytes(24).toString("base64url");
      await database.db.transaction(async (tx) => {
        const { row } = await authorize(actor, id, tx, "statement.draft", led);
        if (row.status === "withdrawn") throw new Conflict("The statement is withdrawn.");
        await repo.update(tx, id, { invitationHash: tokenHash(token), updatedAt: clock.now() });
      });
      return { token, url: `${publicUrl}/statements/invitation/${token}` };
    },

    requireOpenFor,
    presentVersion,
  };
}
export type StatementsService = ReturnType<typeof createStatementsService>;
