import type { Coalition } from "../../../shared/coalitions.ts";
import type { DirectoryEntry, DirectoryQuery, DirectoryResult } from "../../../shared/directory.ts";
import type { UiLocale } from "../../../shared/locales.ts";
import type { Proposal } from "../../../shared/proposals.ts";
import type { Taxonomies, Vocabulary } from "../../../shared/taxonomies.ts";
import { renderMarkdown } from "../../lib/markdown.ts";
import { html, localized, textFor } from "./page.ts";
import type { Words } from "./words.ts";

/*
 * The main content of each page the app renders on the server first (issue 16): the same data
 * the page's API call returns, for the same reader, written as plain HTML. Each is a reading of
 * the page, not a second app: what needs script (filters, voting, editing) waits for the app.
 */

export type ViewContext = { locale: UiLocale; words: Words; signedIn: boolean };
export type View = { title: string; main: string };

const dateOf = (locale: UiLocale, iso: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(iso));

export function landingView({ words, signedIn }: ViewContext): View {
  const t = words("landing");
  const features = [
    [t("featureDirectoryTitle"), t("featureDirectoryBody")],
    [t("featureLanguagesTitle"), t("featureLanguagesBody")],
    [t("featureTrustTitle"), t("featureTrustBody")],
  ];
  return {
    title: words("common")("app.name"),
    main: `<h1>${html(t("title"))}</h1>
<p class="fv-lead">${html(t("lead"))}</p>
<p class="fv-buttons"><a class="fv-button" href="/directory">${html(t("searchDirectory"))}</a>
<a class="fv-button fv-outline" href="${signedIn ? "/organizations/new" : "/sign-up"}">${html(t("joinNow"))}</a></p>
<div class="fv-grid">${features.map(([title = "", body = ""]) => `<section><h2>${html(title)}</h2><p>${html(body)}</p></section>`).join("")}</div>`,
  };
}

export const termLabeller =
  (taxonomies: Taxonomies, locale: UiLocale) => (vocabulary: Vocabulary, key: string) => {
    const term = taxonomies[vocabulary]?.find((t) => t.key === key);
    return term?.labels[locale] ?? term?.labels.en ?? key;
  };

function resultCard(
  entry: DirectoryEntry,
  ctx: ViewContext,
  label: ReturnType<typeof termLabeller>,
) {
  const t = ctx.words("directory");
  const facts = [
    ...entry.types.map((key) => label("org_type", key)),
    label("level", entry.level),
    ...(entry.headquartersCountry
      ? [t("hq", { country: label("country", entry.headquartersCountry) })]
      : []),
  ];
  const countries = entry.countries.slice(0, 5).map((c) => label("country", c));
  const more = entry.countries.length - countries.length;
  const list = new Intl.ListFormat(ctx.locale, { style: "short", type: "unit" });
  return `<article class="fv-card">
<h3><a href="/organizations/${html(entry.id)}">${html(entry.name)}</a>${entry.acronym ? ` <span class="fv-dim">${html(entry.acronym)}</span>` : ""}${entry.verified ? `<span class="fv-badge">${html(t("verified"))}</span>` : ""}</h3>
<p class="fv-dim">${html(facts.join(" · "))}</p>
${localized(entry.mission, ctx.locale)}
${countries.length ? `<p><strong>${html(t("worksIn"))}</strong> ${html(list.format(more > 0 ? [...countries, `+${more}`] : countries))}</p>` : ""}
</article>`;
}

export function directoryView(
  ctx: ViewContext,
  query: DirectoryQuery,
  result: DirectoryResult,
  taxonomies: Taxonomies,
): View {
  const t = ctx.words("directory");
  const label = termLabeller(taxonomies, ctx.locale);
  const count = new Intl.NumberFormat(ctx.locale).format(result.total);
  return {
    title: `${t("title")} · ${ctx.words("common")("app.name")}`,
    main: `<h1>${html(t("title"))}</h1>
<p>${html(t("lead"))}</p>
<form role="search" aria-label="${html(t("searchLandmark"))}" action="/directory" method="get">
<div class="fv-field"><label for="fv-q">${html(t("searchLabel"))}</label>
<input id="fv-q" name="q" type="search" value="${html(query.q ?? "")}" placeholder="${html(t("searchPlaceholder"))}"></div>
<button class="fv-button" type="submit">${html(t("searchLabel"))}</button>
</form>
<section aria-label="${html(t("resultsLandmark"))}">
<p class="fv-dim">${html(t("results", { count: result.total, n: count }))}</p>
${result.items.length ? result.items.map((entry) => resultCard(entry, ctx, label)).join("\n") : `<h2>${html(t("emptyTitle"))}</h2><p>${html(t("emptyBody"))}</p>`}
</section>`,
  };
}

export function coalitionView(ctx: ViewContext, coalition: Coalition): View {
  const t = ctx.words("coalitions");
  const charter = coalition.charter;
  const named = (coalition.members ?? []).filter((m) => m.organizationId && m.name);
  const unnamed = (coalition.members?.length ?? 0) - named.length;
  const members = coalition.members
    ? `<h2>${html(t("home.membersTitle", { count: coalition.memberCount, n: coalition.memberCount }))}</h2>
<ul class="fv-list">${named.map((m) => `<li><a href="/organizations/${html(m.organizationId ?? "")}">${html(m.name ?? "")}</a></li>`).join("")}${unnamed > 0 ? `<li>${html(t("members.unnamed", { count: unnamed, n: unnamed }))}</li>` : ""}</ul>`
    : `<p>${html(t("home.membersHidden"))}</p>`;
  return {
    title: `${coalition.name} · ${ctx.words("common")("app.name")}`,
    main: `<p><a href="/coalitions">${html(t("page.toDirectory"))}</a></p>
<h1>${html(coalition.name)}</h1>
<p class="fv-dim">${html(t("home.since", { date: dateOf(ctx.locale, coalition.createdAt) }))}</p>
<h2>${html(t("charter.purpose"))}</h2>
${localized(charter.purpose, ctx.locale)}
${members}`,
  };
}

export function proposalView(ctx: ViewContext, proposal: Proposal): View {
  const t = ctx.words("proposals");
  const status =
    proposal.status === "open"
      ? `${t("status.open")} · ${t("form.closesAt")} ${dateOf(ctx.locale, proposal.closesAt)}`
      : t("status.closed");
  const body = proposal.body ? textFor(proposal.body, ctx.locale) : null;
  return {
    title: `${proposal.title} · ${ctx.words("common")("app.name")}`,
    main: `<p><a href="/coalitions/${html(proposal.coalitionId)}">${html(t(`subject.${proposal.subject}`))}</a></p>
<h1>${html(proposal.title)}</h1>
<p class="fv-dim">${html(status)}</p>
<p class="fv-dim">${html(t("header.openedBy", { name: proposal.openedBy.name, date: dateOf(ctx.locale, proposal.createdAt) }))}</p>
${body?.text ? `<div${body.mark}>${renderMarkdown(body.text)}</div>` : ""}`,
  };
}
