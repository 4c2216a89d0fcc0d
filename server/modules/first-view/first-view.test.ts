import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Proposal } from "../../../shared/proposals.ts";
import { type SignedIn, createOrganization, signedInUser } from "../../test/actors.ts";
import { type TestApp, backends, createTestApp } from "../../test/harness.ts";
import { call } from "../../test/org-helpers.ts";
import { builtWebApp } from "../../test/web-app.ts";
import { coalitionWithEveryRole } from "../meetings/meetings.fixtures.ts";

/** The parts of the built index.html the first view rewrites: title, stylesheet, root. */
const indexHtml =
  '<!doctype html><html lang="en" dir="ltr"><head><title>Common Ground</title><script type="module" crossorigin src="/assets/index-abc.js"></script><link rel="stylesheet" crossorigin href="/assets/index-abc.css"></head><body><div id="root"></div></body></html>';

const firstView = (body: string) => /<div id="first-view">[\s\S]*?<\/main>\n<\/div>/.exec(body);

describe.each(backends)("first view of pages (%s)", (backend) => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof coalitionWithEveryRole>>;
  let proposalId: string;
  let stranger: SignedIn;

  beforeAll(async () => {
    t = await createTestApp(backend, { webRoot: builtWebApp(indexHtml) });
    world = await coalitionWithEveryRole(t, { visibility: "secret" });
    const opened = await call(t, "POST", `/api/v1/coalitions/${world.coalitionId}/proposals`, {
      as: world.people.convener,
      payload: {
        organizationId: world.org.convener,
        title: "Letter <script>alert(1)</script> to the ministry",
        rules: { kind: "consent" },
        closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    proposalId = Proposal.parse(opened.json()).id;
    stranger = await signedInUser(t, "stranger");
    await createOrganization(t, stranger, { name: "Stranger Aid" });
  }, 120_000);
  afterAll(() => t?.close());

  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: "GET", url, headers });

  it("renders the landing page in the reader's language, the remembered one first", async () => {
    const french = await get("/", { "accept-language": "fr-FR,fr;q=0.9,en;q=0.5" });
    expect(french.statusCode).toBe(200);
    expect(french.headers["content-language"]).toBe("fr");
    expect(french.body).toContain('<html lang="fr" dir="ltr">');
    const words = JSON.parse(readFileSync("web/src/locales/fr/landing.json", "utf8")) as {
      title: string;
    };
    expect(french.body).toContain(`<h1>${words.title}</h1>`);
    const arabic = await get("/", { "accept-language": "fr", cookie: "cg.locale=ar" });
    expect(arabic.body).toContain('<html lang="ar" dir="rtl">');
    expect(firstView(arabic.body)?.[0]).toMatch(/<h1>[^<]*[\u0600-\u06ff]/);
  });

  it("puts the app's stylesheet after the content, so the content paints first", async () => {
    const page = (await get("/")).body;
    const content = page.indexOf('<div id="first-view">');
    const sheet = page.indexOf('<link rel="stylesheet"');
    expect(content).toBeGreaterThan(page.indexOf("<body>"));
    expect(sheet).toBeGreaterThan(content);
    // Before the app's root, where the theme writes its variables: those must come later.
    expect(page.indexOf('<div id="root" hidden>')).toBeGreaterThan(sheet);
    expect(page.slice(0, page.indexOf("</head>"))).not.toContain('rel="stylesheet"');
    expect(page).toContain('<div id="root" hidden></div>');
  });

  it("lists the directory's results as the API gives them, and searches without script", async () => {
    const api = (await get("/api/v1/directory?q=Sahel")).json() as { items: { name: string }[] };
    expect(api.items.map((i) => i.name)).toContain("Sahel Relief Network");
    const page = await get("/directory?q=Sahel");
    expect(page.headers["cache-control"]).toBe("private, no-cache");
    const view = firstView(page.body)?.[0] ?? "";
    for (const item of api.items) expect(view).toContain(item.name);
    expect(view).toContain('<form role="search"');
    expect(view).toContain('value="Sahel"');
    expect(view).toContain('action="/directory" method="get"');
  });

  it("leaves a query the directory would refuse to the app", async () => {
    const page = await get("/directory?sort=sideways");
    expect(page.statusCode).toBe(200);
    expect(firstView(page.body)).toBeNull();
  });

  it("shows a secret coalition and its proposal to members, escaped", async () => {
    const coalition = await get(`/coalitions/${world.coalitionId}`, {
      cookie: world.people.partner.cookie,
    });
    expect(firstView(coalition.body)?.[0]).toContain("<h1>Access Coalition</h1>");
    const proposal = await get(`/proposals/${proposalId}`, { cookie: world.people.partner.cookie });
    const view = firstView(proposal.body)?.[0] ?? "";
    expect(view).toContain("Letter &lt;script&gt;alert(1)&lt;/script&gt; to the ministry");
    expect(view).not.toContain("<script>alert(1)");
  });

  it("answers a page the reader may not see exactly as a page that does not exist", async () => {
    for (const reader of [{}, { cookie: stranger.cookie }] as Record<string, string>[]) {
      for (const [hidden, missing] of [
        [`/coalitions/${world.coalitionId}`, `/coalitions/${randomUUID()}`],
        [`/proposals/${proposalId}`, `/proposals/${randomUUID()}`],
      ] as const) {
        const refused = await get(hidden, reader);
        const absent = await get(missing, reader);
        expect(refused.statusCode).toBe(absent.statusCode);
        expect(refused.body).toBe(absent.body);
        expect(refused.headers["cache-control"]).toBe(absent.headers["cache-control"]);
        expect(refused.body).not.toContain("Access Coalition");
        expect(firstView(refused.body)).toBeNull();
      }
    }
  });
});
