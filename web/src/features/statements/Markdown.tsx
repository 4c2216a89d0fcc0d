import { Lexer, type Token, type Tokens } from "marked";
import { createElement, Fragment, type ReactNode } from "react";
import classes from "./Statements.module.css";

/*
 * A statement's text is Markdown. It is turned into React elements from marked's tokens,
 * never into HTML: nothing a writer types becomes markup, raw HTML is shown as the text it
 * is, images as their description (a remote image would tell its host who reads), and a
 * link goes out only to http, https or mailto.
 */

const named: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/** Character references left in text tokens (`&amp;`, `&#39;`), read as the characters. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code =
        ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return named[ref.toLowerCase()] ?? whole;
  });
}

/** Only links out to the web or to mail are made into links. */
export function safeHref(href: string): string | null {
  try {
    const url = new URL(href);
    return ["http:", "https:", "mailto:"].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function inline(tokens: readonly Token[] | undefined, key = "i"): ReactNode[] {
  return (tokens ?? []).map((token, n) => inlineToken(token, `${key}.${n}`));
}

function inlineToken(token: Token, key: string): ReactNode {
  switch (token.type) {
    case "text": {
      const t = token as Tokens.Text;
      return t.tokens?.length ? (
        <Fragment key={key}>{inline(t.tokens, key)}</Fragment>
      ) : (
        <Fragment key={key}>{decodeEntities(t.text)}</Fragment>
      );
    }
    case "escape":
      return <Fragment key={key}>{(token as Tokens.Escape).text}</Fragment>;
    case "strong":
      return <strong key={key}>{inline((token as Tokens.Strong).tokens, key)}</strong>;
    case "em":
      return <em key={key}>{inline((token as Tokens.Em).tokens, key)}</em>;
    case "del":
      return <s key={key}>{inline((token as Tokens.Del).tokens, key)}</s>;
    case "codespan":
      return <code key={key}>{(token as Tokens.Codespan).text}</code>;
    case "br":
      return <br key={key} />;
    case "link": {
      const link = token as Tokens.Link;
      const href = safeHref(link.href);
      const content = inline(link.tokens, key);
      return href ? (
        <a key={key} href={href} rel="noopener noreferrer nofollow" target="_blank">
          {content}
        </a>
      ) : (
        <Fragment key={key}>{content}</Fragment>
      );
    }
    case "image":
      return <Fragment key={key}>{(token as Tokens.Image).text}</Fragment>;
    case "checkbox":
      return <Fragment key={key}>{(token as Tokens.Checkbox).checked ? "☑ " : "☐ "}</Fragment>;
    case "html":
      return <Fragment key={key}>{(token as Tokens.HTML).text}</Fragment>;
    default:
      return <Fragment key={key}>{"text" in token ? String(token.text) : token.raw}</Fragment>;
  }
}

function block(token: Token, key: string, headingBase: number): ReactNode {
  switch (token.type) {
    case "space":
    case "def":
      return null;
    case "paragraph":
      return <p key={key}>{inline((token as Tokens.Paragraph).tokens, key)}</p>;
    case "heading": {
      const h = token as Tokens.Heading;
      const level = Math.min(6, headingBase + h.depth - 1);
      return createElement(`h${level}`, { key }, inline(h.tokens, key));
    }
    case "blockquote":
      return (
        <blockquote key={key}>
          {blocks((token as Tokens.Blockquote).tokens, headingBase, key)}
        </blockquote>
      );
    case "list": {
      const list = token as Tokens.List;
      const items = list.items.map((item, n) => (
        <li key={`${key}.${n}`}>{blocks(item.tokens, headingBase, `${key}.${n}`, !item.loose)}</li>
      ));
      return list.ordered ? (
        <ol key={key} start={list.start === "" ? undefined : list.start}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case "code":
      return (
        <pre key={key}>
          <code>{(token as Tokens.Code).text}</code>
        </pre>
      );
    case "hr":
      return <hr key={key} />;
    case "table": {
      const table = token as Tokens.Table;
      return (
        <div key={key} className={classes.tableWrap}>
          <table>
            <thead>
              <tr>
                {table.header.map((cell, n) => (
                  <th key={n}>{inline(cell.tokens, `${key}.h${n}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, n) => (
                    <td key={n}>{inline(cell.tokens, `${key}.${r}.${n}`)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    }
    case "html":
      return <p key={key}>{(token as Tokens.HTML).text}</p>;
    case "text": {
      const t = token as Tokens.Text;
      return (
        <Fragment key={key}>{t.tokens ? inline(t.tokens, key) : decodeEntities(t.text)}</Fragment>
      );
    }
    default:
      return inlineToken(token, key);
  }
}

function blocks(tokens: readonly Token[], headingBase: number, key = "b", tight = false) {
  return tokens.map((token, n) =>
    // A tight list item's text is no paragraph of its own.
    tight && token.type === "text"
      ? inlineToken(token, `${key}.${n}`)
      : block(token, `${key}.${n}`, headingBase),
  );
}

/**
 * Markdown text as React elements. `headingBase` is the level a `#` heading takes on the
 * page, so the statement's own headings stay below the page's.
 */
export function Markdown({
  text,
  lang,
  headingBase = 3,
}: {
  text: string;
  lang?: string;
  headingBase?: number;
}) {
  const tokens = Lexer.lex(text, { gfm: true, breaks: true });
  return (
    <div className={classes.markdown} lang={lang} dir="auto">
      {blocks(tokens, headingBase)}
    </div>
  );
}
