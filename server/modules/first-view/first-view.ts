import type { FastifyRequest } from "fastify";
import { DirectoryQuery } from "../../../shared/directory.ts";
import { type UiLocale, isRtl } from "../../../shared/locales.ts";
import type { Actor, ActorResolver } from "../auth/actor.ts";
import type { CoalitionsService } from "../coalitions/coalitions.service.ts";
import type { DirectoryService } from "../directory/directory.service.ts";
import type { ProposalsService } from "../proposals/proposals.service.ts";
import type { TaxonomiesService } from "../taxonomies/taxonomies.service.ts";
import { AppError } from "../../lib/errors.ts";
import { frame, html, styles } from "./page.ts";
import { coalitionView, directoryView, landingView, proposalView, type View } from "./views.ts";
import { readerLocale, wordsFor } from "./words.ts";

/*
 * The first view of the landing, directory, coalition and proposal pages, rendered on the
 * server into the app's own index.html (issue 16: readable on a 400 kbps link before the
 * script arrives). The data comes from the same service calls as the API with the same reader,
 * so the first view shows exactly what the page would: a coalition or proposal the reader may
 * not see gets no first view at all, the same as one that does not exist, and the app then
 * answers as it always has.
 */

type FirstView = { locale: UiLocale; title: string; body: string };

/** index.html with the first view of the page asked for, or null when it has none. */
export type FirstPage = (
  request: FastifyRequest,
  template: string,
) => Promise<{ locale: UiLocale; html: string } | null>;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type Deps = {
  actors: ActorResolver;
  directory: Pick<DirectoryService, "search">;
  coalitions: Pick<CoalitionsService, "get">;
  proposals: Pick<ProposalsService, "get">;
  taxonomies: Pick<TaxonomiesService, "all">;
};

export function createFirstView(deps: Deps): FirstPage {
  async function view(
    request: FastifyRequest,
    actor: Actor | null,
    ctx: Parameters<typeof landingView>[0],
  ): Promise<View | null> {
    const pathname = request.url.split("?")[0] ?? "/";
    if (pathname === "/") return landingView(ctx);
    if (pathname === "/directory") {
      const query = DirectoryQuery.safeParse(request.query);
      if (!query.success) return null;
      const [result, taxonomies] = await Promise.all([
        deps.directory.search(actor, { ...query.data, limit: 20 }),
        deps.taxonomies.all(),
      ]);
      return directoryView(ctx, query.data, result, taxonomies);
    }
    const [, kind, id, rest] = /^\/(coalitions|proposals)\/([^/]+)(\/.*)?$/.exec(pathname) ?? [];
    if (!id || rest || !uuid.test(id)) return null;
    if (kind === "coalitions") return coalitionView(ctx, await deps.coalitions.get(actor, id));
    return proposalView(ctx, await deps.proposals.get(actor, id));
  }

  /** The page with its first view, or null when it has none (or the reader may not see it). */
  return async function firstPage(request, template) {
    const locale = readerLocale(request.headers.cookie, request.headers["accept-language"]);
    const words = wordsFor(locale);
    const actor = await deps.actors.optional(request);
    const signedIn = actor !== null;
    try {
      const found = await view(request, actor, { locale, words, signedIn });
      if (!found) return null;
      const body = frame({ words, signedIn, main: found.main });
      return { locale, html: withFirstView(template, { locale, title: found.title, body }) };
    } catch (error) {
      // Not found, not allowed, not signed in: the app shows its own page for each.
      if (error instanceof AppError) return null;
      throw error;
    }
  };
}

/**
 * index.html with a first view in it: language, title, the inline styles and the content. The
 * app's stylesheet moves after the content, so it no longer holds back the first paint; the
 * app waits for it before it takes the page over. It stays before the app's root, where the
 * theme's own variables are written, so that those still come after the defaults and win.
 */
function withFirstView(template: string, view: FirstView): string {
  const sheets = template.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
  let page = template;
  for (const sheet of sheets) page = page.replace(sheet, "");
  return page
    .replace(
      /<html[^>]*>/,
      `<html lang="${view.locale}" dir="${isRtl(view.locale) ? "rtl" : "ltr"}">`,
    )
    .replace(/<title>[^<]*<\/title>/, `<title>${html(view.title)}</title>`)
    .replace("</head>", `<style>${styles}</style>\n</head>`)
    .replace(
      '<div id="root"></div>',
      `${view.body}\n${sheets.join("\n")}\n<div id="root" hidden></div>`,
    );
}
