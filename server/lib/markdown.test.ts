import { describe, expect, it } from "vitest";
import { MarkdownTooDeep, mentionedIds, renderMarkdown } from "./markdown.ts";

const orgId = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";

/** The attribute names of the real tags in a piece of HTML (escaped text has no tags). */
function attributeNames(html: string): string[] {
  const names: string[] = [];
  for (const tag of html.matchAll(/<[a-z][a-z0-9]*((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/gi)) {
    for (const attribute of (tag[1] ?? "").matchAll(/\s+([^\s=>]+)(?:="[^"]*")?/gy)) {
      if (attribute[1]) names.push(attribute[1].toLowerCase());
    }
  }
  return names;
}

describe("renderMarkdown", () => {
  it("renders ordinary Markdown", () => {
    expect(renderMarkdown("**Bold** and _em_\n\n- one\n- two")).toBe(
      "<p><strong>Bold</strong> and <em>em</em></p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>",
    );
  });

  it("never lets a script tag through", () => {
    const html = renderMarkdown("Hi <script>alert(1)</script>\n\n<script>\nalert(2)\n</script>");
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&lt;script&gt;");
  });

  it("shows raw HTML as text instead of markup", () => {
    const html = renderMarkdown(
      '<div class="x"><b>bold</b></div>\n\n<iframe src="https://x"></iframe>',
    );
    expect(html).not.toMatch(/<(div|b|iframe)[\s>]/i);
    expect(html).toContain("&lt;b&gt;bold&lt;/b&gt;");
  });

  it("drops javascript: and data: links but keeps their text", () => {
    for (const href of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<b>x</b>"]) {
      const html = renderMarkdown(`[click](${href})`);
      expect(html).not.toMatch(/javascript:|data:/i);
      expect(html).toContain("click");
    }
    expect(renderMarkdown("[x](//evil.example/a)")).not.toContain('evil.example/a"');
  });

  it("removes event handlers however they are written", () => {
    const html = renderMarkdown(
      '<img src=x onerror="alert(1)"> <a href="https://x.org" onclick="alert(1)">x</a> [y](https://y.org "t\\" onmouseover=\\"alert(1)")',
    );
    expect(attributeNames(html)).toEqual(["href", "title", "rel"]);
    expect(html).not.toMatch(/<(img|a href="https:\/\/x\.org")/);
  });

  it("marks links nofollow noopener noreferrer and keeps http, https and mailto", () => {
    expect(renderMarkdown("[site](https://example.org/a?b=1)")).toBe(
      '<p><a href="https://example.org/a?b=1" rel="nofollow noopener noreferrer">site</a></p>',
    );
    expect(renderMarkdown("<mailto:desk@example.org>")).toContain('href="mailto:desk@example.org"');
    expect(renderMarkdown("see https://example.org")).toContain(
      'href="https://example.org" rel="nofollow noopener noreferrer"',
    );
  });

  it("loads no image, showing its alt text instead", () => {
    const html = renderMarkdown("![map of the camp](https://tracker.example/pixel.png)");
    expect(html).not.toMatch(/<img|tracker\.example/i);
    expect(html).toBe("<p>map of the camp</p>");
    expect(renderMarkdown('<img src="https://tracker.example/p.png">')).not.toMatch(/<img/i);
  });

  it("keeps code as code, escaped", () => {
    expect(renderMarkdown("```js\nif (a < b) alert(1)\n```")).toBe(
      '<pre><code class="language-js">if (a &lt; b) alert(1)\n</code></pre>',
    );
  });

  it("marks mentions of named organisations and leaves the others as text", () => {
    const names = new Map([[orgId, "Faith <Peace> Network"]]);
    expect(renderMarkdown(`Thanks @{${orgId}}!`, names)).toBe(
      `<p>Thanks <span class="mention" data-organization-id="${orgId}">@Faith &lt;Peace&gt; Network</span>!</p>`,
    );
    expect(renderMarkdown(`Thanks @{${orgId}}`)).toBe(`<p>Thanks @{${orgId}}</p>`);
  });

  it("cannot be made to forge a mention with raw HTML", () => {
    const html = renderMarkdown(`<span class="mention" data-organization-id="${orgId}">@Us</span>`);
    expect(html).not.toMatch(/<span/);
  });
});

describe("deep nesting", () => {
  it("renders quotes and lists nested a few dozen levels", () => {
    expect(renderMarkdown("> ".repeat(30) + "deep")).toContain("deep");
    const list = Array.from({ length: 60 }, (_, i) => `${" ".repeat(i * 2)}- level ${i}`);
    expect(renderMarkdown(list.join("\n"))).toContain("level 59");
  });

  it("refuses nesting that would overflow the parser instead of crashing", () => {
    expect(() => renderMarkdown("> ".repeat(10_000))).toThrow(MarkdownTooDeep);
    expect(() => renderMarkdown("- ".repeat(5_000) + "x")).toThrow(MarkdownTooDeep);
    const list = Array.from({ length: 400 }, (_, i) => `${" ".repeat(i * 2)}- x`);
    expect(() => mentionedIds(list.join("\n"))).toThrow(MarkdownTooDeep);
  });
});

describe("mentionedIds", () => {
  it("finds each mention once, outside code", () => {
    const other = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c";
    expect(mentionedIds(`@{${orgId}} and @{${other}}, again @{${orgId}} \`@{${other}}\``)).toEqual([
      orgId,
      other,
    ]);
    expect(mentionedIds("```\n@{" + orgId + "}\n```")).toEqual([]);
    expect(mentionedIds("@{not-an-id}")).toEqual([]);
  });
});
