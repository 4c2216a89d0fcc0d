import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown, decodeEntities, safeHref } from "./Markdown.tsx";

const html = (text: string) => renderToStaticMarkup(createElement(Markdown, { text }));

describe("a statement's Markdown", () => {
  it("renders emphasis, lists and headings below the page's own", () => {
    const out = html("# Call\n\nWe call on all parties to **open the roads**.\n\n- one\n- two");
    expect(out).toContain("<h3>Call</h3>");
    expect(out).toContain("<strong>open the roads</strong>");
    expect(out).toContain("<ul><li>one</li><li>two</li></ul>");
  });

  it("never turns typed HTML into markup, nor a script link into a link", () => {
    const out = html('<img src=x onerror="alert(1)"> <b>bold</b> [click](javascript:alert(1))');
    expect(out).not.toContain("<img");
    expect(out).not.toContain("<b>");
    expect(out).toContain("&lt;b&gt;bold&lt;/b&gt;");
    expect(out).not.toContain("javascript:");
    expect(out).toContain("click");
  });

  it("shows an image as its description and links out only to the web or mail", () => {
    expect(html("![a map](https://tracker.example/x.png)")).not.toContain("tracker.example");
    expect(safeHref("https://example.org/a")).toBe("https://example.org/a");
    expect(safeHref("mailto:a@example.org")).toBe("mailto:a@example.org");
    expect(safeHref("data:text/html,x")).toBeNull();
    expect(safeHref("/relative")).toBeNull();
  });

  it("reads character references as the characters", () => {
    expect(decodeEntities("Tom &amp; Jerry &#39;x&#x27;")).toBe("Tom & Jerry 'x'");
    expect(html("Tom &amp; Jerry")).toContain("Tom &amp; Jerry");
  });
});
