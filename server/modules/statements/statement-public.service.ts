import { Feed } from "feed";
import { type UiLocale, pickText, uiLocales } from "../../../shared/locales.ts";
import type { PublicStatement } from "../../../shared/statements/api.ts";
import { type KeptAnswer, publicSignatories } from "../../../shared/statements/signatories.ts";
import { NotFound } from "../../lib/errors.ts";
import type { Names } from "../../lib/names.ts";
import type { CoalitionDirectory } from "../coalitions/coalitions.module.ts";
import { pageWords } from "./statement-page.ts";
import type { StatementsRepo } from "./statements.repo.ts";

export { renderStatementPage } from "./statement-page.ts";

const noSuchStatement = "No such statement.";
const noSuchCoalition = "No such coalition.";

/**
 * What a published statement shows the world: its text in every language it has, the
 * organisations that signed the published version publicly, the private count where the
 * coalition chose it and it is at least three, and who fronts it. Everything here goes
 * through `publicSignatories`; nothing else about answers leaves the coalition.
 */
export function createStatementPublicService(deps: {
  repo: StatementsRepo;
  coalitions: Pick<CoalitionDirectory, "load">;
  names: Names;
  publicUrl: string;
}) {
  const { repo, coalitions, names, publicUrl } = deps;
  const urlOf = (id: string) => `${publicUrl}/p/statements/${id}`;

  async function publicStatement(id: string): Promise<PublicStatement> {
    const row = await repo.findById(id);
    if (!row || row.status !== "published" || !row.publishedVersionId || !row.publishedAt) {
      throw new NotFound(noSuchStatement);
    }
    const [version, answers, inCoalition] = await Promise.all([
      repo.version(row.publishedVersionId),
      repo.answersOnVersion(row.id, row.publishedVersionId),
      coalitions.load(null, row.coalitionId),
    ]);
    if (!version) throw new NotFound(noSuchStatement);
    const publicIds = answers.filter((a) => a.answer === "public").map((a) => a.organizationId);
    // Only public signers and messengers are named; private supporters' names are not read.
    const orgNames = await names.organizations([...publicIds, ...row.messengers]);
    const kept: KeptAnswer[] = answers.map((a) => ({
      ...a,
      name: a.answer === "public" ? (orgNames.get(a.organizationId) ?? "") : "",
    }));
    const signatories = publicSignatories(kept, row.publishedVersionId, {
      showPrivateCount: row.showPrivateCount,
    });
    const coalition = inCoalition?.coalition;
    return {
      id: row.id,
      coalition:
        coalition && coalition.visibility !== "secret"
          ? { id: coalition.id, name: coalition.name }
          : null,
      title: version.title,
      text: version.text,
      hash: version.hash,
      publishedAt: row.publishedAt.toISOString(),
      signatories: signatories.named,
      privateSupporters: signatories.privateSupporters,
      messengers: row.messengers.map((o) => ({ organizationId: o, name: orgNames.get(o) ?? "" })),
      url: urlOf(row.id),
    };
  }

  /**
   * The Atom feed of a coalition's published statements. A secret coalition has none: its
   * statements are published at their own addresses without naming it, and a feed would.
   */
  async function feed(coalitionId: string, locale: UiLocale): Promise<string> {
    const inCoalition = await coalitions.load(null, coalitionId);
    const coalition = inCoalition?.coalition;
    if (!coalition || coalition.visibility === "secret") throw new NotFound(noSuchCoalition);
    const rows = await repo.listPublished(coalitionId, 50);
    const versions = new Map(
      (await repo.versionsOf(rows.flatMap((r) => r.publishedVersionId ?? []))).map((v) => [
        v.id,
        v,
      ]),
    );
    const self = `${publicUrl}/p/coalitions/${coalitionId}/statements.atom`;
    const words = pageWords[locale];
    const out = new Feed({
      title: words.feedTitle(coalition.name),
      id: self,
      link: `${publicUrl}/coalitions/${coalitionId}`,
      language: locale,
      copyright: "",
      updated: rows[0]?.publishedAt ?? coalition.createdAt,
      feedLinks: { atom: self },
    });
    for (const row of rows) {
      const version = versions.get(row.publishedVersionId ?? "");
      if (!version || !row.publishedAt) continue;
      out.addItem({
        title: pickText(version.title, locale),
        id: urlOf(row.id),
        link: urlOf(row.id),
        date: row.publishedAt,
        description: pickText(version.text, locale).slice(0, 500),
      });
    }
    return out.atom1();
  }

  return { publicStatement, feed };
}
export type StatementPublicService = ReturnType<typeof createStatementPublicService>;

/** The language of the page's own words: `?lang=`, else the reader's browser, else English. */
export function pageLocale(query: string | undefined, acceptLanguage: string | undefined) {
  const wanted = [
    query,
    ...(acceptLanguage ?? "").split(",").map((part) => part.split(";")[0]?.trim().slice(0, 2)),
  ];
  return (wanted.find((l) => uiLocales.includes(l as UiLocale)) ?? "en") as UiLocale;
}
