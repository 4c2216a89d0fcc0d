import { Marked, type Token, type Tokens } from "marked";
import sanitizeHtml from "sanitize-html";

/** `@{organizationId}`: where a comment names a mentioned organisation. */
const mentionPattern = /^@\{([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}/i;

type MentionToken = Tokens.Generic & { type: "mention"; organizationId: string; name?: string };

export const escapeHtml = (value: string) =>
  value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");

const markdown = new Marked({ gfm: true, breaks: true, async: false });
markdown.use({
  extensions: [
    {
      name: "mention",
      level: "inline",
      start: (src) => src.indexOf("@{"),
      tokenizer(src) {
        const match = mentionPattern.exec(src);
        if (!match?.[1]) return undefined;
        return { type: "mention", raw: match[0], organizationId: match[1].toLowerCase() };
      },
      renderer(token) {
        const mention = token as MentionToken;
        if (!mention.name) return escapeHtml(mention.raw);
        return `<span class="mention" data-organization-id="${mention.organizationId}">@${escapeHtml(mention.name)}</span>`;
      },
    },
  ],
  renderer: {
    // Raw HTML is shown as the text it is: nothing a writer types becomes markup.
    html: ({ text }) => escapeHtml(text),
    // Remote images would tell their host who reads the thread, and cost slow connections.
    image: ({ text }) => escapeHtml(text),
    checkbox: ({ checked }) => (checked ? "☑ " : "☐ "),
  },
});

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "code",
    "em",
    "strong",
    "del",
    "ul",
    "ol",
    "li",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "span",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel"],
    ol: ["start"],
    th: ["align"],
    td: ["align"],
    span: ["class", "data-organization-id"],
    code: ["class"],
  },
  allowedClasses: { span: ["mention"], code: ["language-*"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, rel: "nofollow noopener noreferrer" },
    }),
  },
};

/** Thrown when a text nests blocks too deeply to render safely. */
export class MarkdownTooDeep extends Error {
  constructor() {
    super("The text nests quotes or lists too deeply.");
  }
}

/** Container markers (quotes, list items) and indentation that open a line. */
const containerPrefix = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/;
const maxMarkers = 32;
const maxIndentation = 128;

/**
 * Each nested quote or list costs the parser a level of recursion: thousands of them
 * overflow the stack, and a few hundred take seconds, so deeper texts are refused.
 */
function nestsTooDeeply(source: string): boolean {
  for (const line of source.split("\n")) {
    const prefix = containerPrefix.exec(line)?.[0] ?? "";
    if (prefix.length <= maxMarkers) continue;
    const markers = prefix.match(/>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])/g)?.length ?? 0;
    const indentation = prefix.replaceAll("\t", "    ").replace(/[^ ]/g, "").length;
    if (markers > maxMarkers || indentation > maxIndentation) return true;
  }
  return false;
}

function lex(source: string) {
  if (nestsTooDeeply(source)) throw new MarkdownTooDeep();
  try {
    return markdown.lexer(source);
  } catch (error) {
    if (error instanceof RangeError) throw new MarkdownTooDeep();
    throw error;
  }
}

function mentionTokens(tokens: Token[]): MentionToken[] {
  const found: MentionToken[] = [];
  markdown.walkTokens(tokens, (token) => {
    if (token.type === "mention") found.push(token as MentionToken);
  });
  return found;
}

/** A text lexed once: its mentions can be checked before it is rendered with their names. */
export type ParsedMarkdown = { tokens: Token[]; mentions: MentionToken[] };

/** Throws MarkdownTooDeep for a text nested too deeply to render. */
export function parseMarkdown(source: string): ParsedMarkdown {
  const tokens = lex(source);
  return { tokens, mentions: mentionTokens(tokens) };
}

/** The organisation ids a text mentions with `@{…}`, outside code, each once, in order. */
export function mentionedIds(parsed: ParsedMarkdown | string): string[] {
  const { mentions } = typeof parsed === "string" ? parseMarkdown(parsed) : parsed;
  return [...new Set(mentions.map((t) => t.organizationId))];
}

/**
 * Markdown to HTML that is safe to insert into a page: raw HTML escaped, images reduced to
 * their alt text, links limited to http, https and mailto with rel="nofollow noopener
 * noreferrer", and the result sanitised again in case the renderer let anything through.
 * Mentions whose organisation has a name in `names` are marked; others stay plain text.
 * Throws MarkdownTooDeep for a text nested too deeply to render.
 */
export function renderMarkdown(
  source: ParsedMarkdown | string,
  names: ReadonlyMap<string, string> = new Map(),
) {
  const { tokens, mentions } = typeof source === "string" ? parseMarkdown(source) : source;
  for (const token of mentions) {
    const name = names.get(token.organizationId);
    if (name !== undefined) token.name = name;
  }
  let html: string;
  try {
    html = markdown.parser(tokens);
  } catch (error) {
    if (error instanceof RangeError) throw new MarkdownTooDeep();
    throw error;
  }
  return sanitizeHtml(html, sanitizeOptions).trim();
}
