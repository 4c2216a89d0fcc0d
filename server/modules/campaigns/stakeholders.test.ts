import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Campaign, CampaignHistory } from "../../../shared/campaigns/core.ts";
import {
  KumuImportReport,
  PowerMap,
  Stakeholder,
  StakeholderLink,
  StakeholderList,
} from "../../../shared/campaigns/stakeholders.ts";
import type { SignedIn } from "../../test/actors.ts";
import { type TestApp, backends, createTestApp } from "../../test/harness.ts";
import { call, expectProblem } from "../../test/org-helpers.ts";
import { type CampaignWorld, campaignWithEveryRole, text } from "./campaigns.fixtures.ts";

const unknownId = "00000000-0000-7000-8000-000000000000";
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

const ministry = {
  name: "Ministry of Defence",
  type: "institution",
  role: "target",
  position: "passive_opposition",
  influence: 5,
  interest: 4,
};

describe.each(backends)("campaign stakeholders on %s", (backend) => {
  let t: TestApp;
  let w: CampaignWorld;
  /** A second campaign of the same coalition, which the convener leads. */
  let other: { id: string; url: (path?: string) => string };

  const add = async (body: Record<string, unknown>, as: SignedIn = w.people.partner) => {
    const made = await call(t, "POST", w.url("/stakeholders"), { as, payload: body });
    expect(made.statusCode, made.body).toBe(201);
    return Stakeholder.parse(made.json());
  };
  const mapOn = async (on?: string, as: SignedIn = w.people.observer, url = w.url) =>
    PowerMap.parse(
      (await call(t, "GET", url(`/stakeholders/power-map${on ? `?on=${on}` : ""}`), { as })).json(),
    );

  beforeAll(async () => {
    t = await createTestApp(backend);
    w = await campaignWithEveryRole(t);
    const made = await call(t, "POST", "/api/v1/campaigns", {
      as: w.people.convener,
      payload: {
        organizationId: w.org.convener,
        coalitionId: w.coalitionId,
        title: text("The Kumu copy"),
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    const id = Campaign.parse(made.json()).id;
    other = { id, url: (path = "") => `/api/v1/campaigns/${id}${path}` };
  });
  afterAll(async () => {
    await t?.close();
  });

  it("is read by those inside, and does not exist for anyone else", async () => {
    const made = await add({ ...ministry, name: "Arms Export Office" });
    for (const role of [
      "convener",
      "coLead",
      "partner",
      "partnerColleague",
      "observer",
      "suspended",
    ] as const) {
      const list = await call(t, "GET", w.url("/stakeholders"), { as: w.people[role] });
      expect(list.statusCode, `${role}: ${list.body}`).toBe(200);
      expect(StakeholderList.parse(list.json()).items.map((s) => s.name)).toContain(
        "Arms Export Office",
      );
      const one = await call(t, "GET", w.url(`/stakeholders/${made.id}`), { as: w.people[role] });
      expect(one.statusCode, `${role}: ${one.body}`).toBe(200);
    }
    const unknown = await call(t, "GET", `/api/v1/campaigns/${unknownId}/stakeholders`, {
      as: w.people.outsider,
    });
    expectProblem(unknown, 404);
    for (const path of [
      "/stakeholders",
      "/stakeholders/power-map",
      "/stakeholders/kumu/elements.csv",
      "/stakeholders/kumu/connections.csv",
    ]) {
      for (const as of [w.people.outsider, null]) {
        const refused = await call(t, "GET", w.url(path), { as });
        expectProblem(refused, 404);
        expect(refused.json().detail).toBe(unknown.json().detail);
      }
    }
    const unknownOne = await call(t, "GET", w.url(`/stakeholders/${unknownId}`), {
      as: w.people.outsider,
    });
    const hiddenOne = await call(t, "GET", w.url(`/stakeholders/${made.id}`), {
      as: w.people.outsider,
    });
    expectProblem(hiddenOne, 404);
    expect(hiddenOne.json().detail).toBe(unknownOne.json().detail);
    // A stakeholder of this campaign is no stakeholder of another.
    const elsewhere = await call(t, "GET", other.url(`/stakeholders/${made.id}`), {
      as: w.people.convener,
    });
    expect(expectProblem(elsewhere, 404).detail).toBe("No such stakeholder.");
  });

  it("is changed only by those who run the campaign, and every change is kept", async () => {
    const observer = await call(t, "POST", w.url("/stakeholders"), {
      as: w.people.observer,
      payload: ministry,
    });
    expectProblem(observer, 403);
    const colleague = await call(t, "POST", w.url("/stakeholders"), {
      as: w.people.partnerColleague,
      payload: ministry,
    });
    expectProblem(colleague, 403);
    const outsider = await call(t, "POST", w.url("/stakeholders"), {
      as: w.people.outsider,
      payload: ministry,
    });
    expectProblem(outsider, 404);

    const made = await add(
      { ...ministry, accessOrganizationIds: [w.org.partner, w.org.observer], tags: ["arms"] },
      w.people.partner,
    );
    expect(made).toMatchObject({ position: "passive_opposition", influence: 5, interest: 4 });
    expect(made.accessOrganizations.map((o) => o.name).sort()).toEqual([
      "Red de Derechos",
      "UN Liaison Office",
    ]);
    expect(made.moves).toMatchObject([{ from: null, to: "passive_opposition", influence: 5 }]);

    for (const as of [w.people.observer, w.people.partnerColleague]) {
      const patch = await call(t, "PATCH", w.url(`/stakeholders/${made.id}`), {
        as,
        payload: { interest: 5 },
      });
      expectProblem(patch, 403);
      const move = await call(t, "POST", w.url(`/stakeholders/${made.id}/moves`), {
        as,
        payload: { to: "neutral", movedOn: daysAgo(0) },
      });
      expectProblem(move, 403);
      const removed = await call(t, "DELETE", w.url(`/stakeholders/${made.id}`), { as });
      expectProblem(removed, 403);
    }
    const byOutsider = await call(t, "PATCH", w.url(`/stakeholders/${made.id}`), {
      as: w.people.outsider,
      payload: { interest: 5 },
    });
    expect(expectProblem(byOutsider, 404).detail).toBe("No such stakeholder.");

    const changed = await call(t, "PATCH", w.url(`/stakeholders/${made.id}`), {
      as: w.people.coLead,
      payload: { interest: 5, notes: "Signs the licences." },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(Stakeholder.parse(changed.json()).moves).toHaveLength(1); // no move: same position

    const history = CampaignHistory.parse(
      (
        await call(t, "GET", w.url("/history?entity=stakeholder"), { as: w.people.observer })
      ).json(),
    );
    const mine = history.items.filter((h) => h.entityId === made.id);
    expect(mine.map((h) => h.action)).toEqual(["updated", "created"]);
    expect(mine[0]).toMatchObject({
      changedFor: { organizationId: w.org.coLead },
      changes: { interest: { from: 4, to: 5 }, notes: { from: null, to: "Signs the licences." } },
    });
    expect(mine[1]?.changes.position).toEqual({ from: null, to: "passive_opposition" });

    const removed = await call(t, "DELETE", w.url(`/stakeholders/${made.id}`), {
      as: w.people.convener,
    });
    expect(removed.statusCode, removed.body).toBe(204);
    const gone = await call(t, "GET", w.url(`/stakeholders/${made.id}`), { as: w.people.partner });
    expectProblem(gone, 404);
    const after = CampaignHistory.parse(
      (
        await call(t, "GET", w.url("/history?entity=stakeholder"), { as: w.people.observer })
      ).json(),
    );
    expect(after.items[0]).toMatchObject({ action: "deleted", entityId: made.id });
  });

  it("refuses access through an organisation outside the campaign, and a second of the same name", async () => {
    const outside = await call(t, "POST", w.url("/stakeholders"), {
      as: w.people.partner,
      payload: { ...ministry, name: "Parliament", accessOrganizationIds: [w.org.outsider] },
    });
    expect(expectProblem(outside, 422).errors?.[0]?.field).toBe("body.accessOrganizationIds");
    await add({ ...ministry, name: "Defence Committee" });
    const twice = await call(t, "POST", w.url("/stakeholders"), {
      as: w.people.partner,
      payload: { ...ministry, name: "Defence Committee" },
    });
    expectProblem(twice, 409);
    const bad = await call(t, "POST", w.url("/stakeholders"), {
      as: w.people.partner,
      payload: { ...ministry, name: "X", position: "friendly", influence: 6 },
    });
    expectProblem(bad, 400);
  });

  it("keeps every move with its date, and the power map replays them", async () => {
    const start = daysAgo(90);
    const middle = daysAgo(30);
    const made = await add({
      ...ministry,
      name: "Export Licensing Unit",
      position: "active_opposition",
      influence: 4,
      since: start,
    });
    expect(made.moves).toMatchObject([{ from: null, to: "active_opposition", movedOn: start }]);

    const moved = await call(t, "POST", w.url(`/stakeholders/${made.id}/moves`), {
      as: w.people.partner,
      payload: { to: "neutral", movedOn: middle, note: "After the hearing" },
    });
    expect(moved.statusCode, moved.body).toBe(201);
    expect(Stakeholder.parse(moved.json())).toMatchObject({ position: "neutral", influence: 4 });

    const patched = await call(t, "PATCH", w.url(`/stakeholders/${made.id}`), {
      as: w.people.partner,
      payload: { position: "passive_ally", influence: 3 },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const now = Stakeholder.parse(patched.json());
    expect(now.moves.map((m) => [m.from, m.to, m.influence, m.movedOn])).toEqual([
      [null, "active_opposition", 4, start],
      ["active_opposition", "neutral", 4, middle],
      ["neutral", "passive_ally", 3, daysAgo(0)],
    ]);
    expect(now.moves[1]?.note).toBe("After the hearing");

    // A move remembered late goes into its place in the story; the latest still decides.
    const late = await call(t, "POST", w.url(`/stakeholders/${made.id}/moves`), {
      as: w.people.partner,
      payload: { to: "passive_opposition", influence: 5, movedOn: daysAgo(60) },
    });
    expect(late.statusCode, late.body).toBe(201);
    const withLate = Stakeholder.parse(late.json());
    expect(withLate).toMatchObject({ position: "passive_ally", influence: 3 });
    expect(withLate.moves[1]).toMatchObject({
      from: "active_opposition",
      to: "passive_opposition",
      movedOn: daysAgo(60),
    });

    const dot = (map: PowerMap) => map.stakeholders.find((s) => s.id === made.id);
    expect(dot(await mapOn(daysAgo(91)))).toBeUndefined();
    expect(dot(await mapOn(daysAgo(80)))).toMatchObject({
      position: "active_opposition",
      influence: 4,
      since: start,
    });
    expect(dot(await mapOn(daysAgo(45)))).toMatchObject({
      position: "passive_opposition",
      influence: 5,
    });
    expect(dot(await mapOn(daysAgo(10)))).toMatchObject({ position: "neutral", influence: 4 });
    expect(dot(await mapOn())).toMatchObject({ position: "passive_ally", influence: 3 });
    const map = await mapOn();
    expect(map.on).toBe(daysAgo(0));
    expect(map.dates).toEqual(expect.arrayContaining([start, daysAgo(60), middle, daysAgo(0)]));
    expect([...map.dates].sort()).toEqual(map.dates);

    const before = await call(t, "POST", w.url(`/stakeholders/${made.id}/moves`), {
      as: w.people.partner,
      payload: { to: "neutral", movedOn: daysAgo(91) },
    });
    expect(expectProblem(before, 422).errors?.[0]).toEqual({
      field: "body.movedOn",
      message: `must not be before ${start}`,
    });
    const future = await call(t, "POST", w.url(`/stakeholders/${made.id}/moves`), {
      as: w.people.partner,
      payload: { to: "neutral", movedOn: daysAgo(-2) },
    });
    expectProblem(future, 422);

    const history = CampaignHistory.parse(
      (await call(t, "GET", w.url("/history?entity=move"), { as: w.people.observer })).json(),
    );
    expect(history.items[0]?.changes).toMatchObject({
      stakeholder: { to: "Export Licensing Unit" },
      position: { from: "active_opposition", to: "passive_opposition" },
      movedOn: { to: daysAgo(60) },
    });
  });

  it("links two stakeholders of the campaign once, and unlinks them", async () => {
    const a = await add({ ...ministry, name: "Prime Minister" });
    const b = await add({ ...ministry, name: "Finance Ministry", role: "influencer" });
    const elsewhere = await call(t, "POST", other.url("/stakeholders"), {
      as: w.people.convener,
      payload: { ...ministry, name: "Somewhere else" },
    });
    const foreign = Stakeholder.parse(elsewhere.json());

    const observer = await call(t, "POST", w.url("/stakeholder-links"), {
      as: w.people.observer,
      payload: { fromId: b.id, toId: a.id, type: "advises" },
    });
    expectProblem(observer, 403);
    const made = await call(t, "POST", w.url("/stakeholder-links"), {
      as: w.people.partner,
      payload: { fromId: b.id, toId: a.id, type: "advises" },
    });
    expect(made.statusCode, made.body).toBe(201);
    const link = StakeholderLink.parse(made.json());
    const again = await call(t, "POST", w.url("/stakeholder-links"), {
      as: w.people.partner,
      payload: { fromId: b.id, toId: a.id, type: "advises" },
    });
    expectProblem(again, 409);
    const across = await call(t, "POST", w.url("/stakeholder-links"), {
      as: w.people.partner,
      payload: { fromId: b.id, toId: foreign.id },
    });
    expectProblem(across, 422);
    const self = await call(t, "POST", w.url("/stakeholder-links"), {
      as: w.people.partner,
      payload: { fromId: b.id, toId: b.id },
    });
    expectProblem(self, 400);

    const shown = Stakeholder.parse(
      (await call(t, "GET", w.url(`/stakeholders/${a.id}`), { as: w.people.observer })).json(),
    );
    expect(shown.links).toEqual([
      {
        id: link.id,
        direction: "in",
        other: { id: b.id, name: "Finance Ministry" },
        type: "advises",
      },
    ]);
    expect((await mapOn()).links).toContainEqual(link);

    const wrongCampaign = await call(t, "DELETE", other.url(`/stakeholder-links/${link.id}`), {
      as: w.people.convener,
    });
    expect(expectProblem(wrongCampaign, 404).detail).toBe("No such link.");
    const byObserver = await call(t, "DELETE", w.url(`/stakeholder-links/${link.id}`), {
      as: w.people.observer,
    });
    expectProblem(byObserver, 403);
    const removed = await call(t, "DELETE", w.url(`/stakeholder-links/${link.id}`), {
      as: w.people.partner,
    });
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await mapOn()).links.map((l) => l.id)).not.toContain(link.id);
  });

  it("exports Kumu CSV with formulas neutralised, and imports it back exactly", async () => {
    const source = await makeCampaign("Round trip source");
    const tricky = [
      { name: '=HYPERLINK("http://evil.example","x")', notes: "=1+1" },
      { name: "+44 Embassy", notes: "Line one\nLine two, with a comma" },
      { name: "-Minus Group", notes: '"Quoted" words' },
      { name: "@handle", notes: null },
      { name: "'=Already quoted", notes: "'+also" },
      { name: "Comma, Inc.", notes: "  padded  " },
      { name: "وزارة الدفاع", notes: "ملاحظة" },
      { name: "Plain", notes: "Tab\tinside" },
    ];
    const ids: string[] = [];
    for (const [i, s] of tricky.entries()) {
      const made = await call(t, "POST", source.url("/stakeholders"), {
        as: w.people.convener,
        payload: {
          ...ministry,
          name: s.name,
          notes: s.notes,
          position: ["active_ally", "neutral", "active_opposition"][i % 3],
          influence: (i % 5) + 1,
          interest: ((i + 2) % 5) + 1,
          type: ["institution", "media", "company", "official"][i % 4],
          role: i % 2 ? "influencer" : "target",
          tags: i === 0 ? ["=cmd", "arms"] : ["arms"],
        },
      });
      expect(made.statusCode, made.body).toBe(201);
      ids.push(Stakeholder.parse(made.json()).id);
    }
    for (const [from, to, type] of [
      [1, 0, "advises"],
      [2, 0, "=funds"],
      [6, 7, ""],
      [0, 6, "pressures"],
    ] as const) {
      const linked = await call(t, "POST", source.url("/stakeholder-links"), {
        as: w.people.convener,
        payload: { fromId: ids[from], toId: ids[to], type },
      });
      expect(linked.statusCode, linked.body).toBe(201);
    }

    const exported = await exportBoth(source.url, w.people.observer);
    expect(exported.elementsType).toMatch(/^text\/csv/);
    const rows = Papa.parse<string[]>(exported.elements.replace(/^\uFEFF/, "")).data;
    expect(rows[0]).toEqual([
      "Label",
      "Type",
      "Description",
      "Tags",
      "Role",
      "Position",
      "Influence",
      "Interest",
    ]);
    // No cell can run as a formula in a spreadsheet.
    for (const csv of [exported.elements, exported.connections]) {
      const cells = Papa.parse<string[]>(csv.replace(/^\uFEFF/, "")).data.flat();
      expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    }
    expect(rows.map((r) => r[0])).toContain(`'=HYPERLINK("http://evil.example","x")`);
    expect(rows.map((r) => r[0])).toContain("''=Already quoted");
    expect(rows.find((r) => r[0] === "Plain")?.[2]).toBe("Tab\tinside");

    const target = await makeCampaign("Round trip target");
    const imported = await call(t, "POST", target.url("/stakeholders/kumu"), {
      as: w.people.convener,
      payload: { elements: exported.elements, connections: exported.connections },
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(KumuImportReport.parse(imported.json())).toEqual({
      imported: true,
      elements: { rows: 8, created: 8, updated: 0, unchanged: 0 },
      connections: { rows: 4, created: 4, unchanged: 0 },
      refused: [],
    });
    const again = await exportBoth(target.url, w.people.partner);
    expect(again.elements).toBe(exported.elements);
    expect(again.connections).toBe(exported.connections);

    const names = StakeholderList.parse(
      (
        await call(t, "GET", target.url("/stakeholders?limit=100"), { as: w.people.partner })
      ).json(),
    ).items.map((s) => s.name);
    expect(names.sort()).toEqual(tricky.map((s) => s.name).sort());

    // The same files again change nothing.
    const twice = await call(t, "POST", target.url("/stakeholders/kumu"), {
      as: w.people.convener,
      payload: { elements: exported.elements, connections: exported.connections },
    });
    expect(KumuImportReport.parse(twice.json())).toMatchObject({
      elements: { created: 0, updated: 0, unchanged: 8 },
      connections: { created: 0, unchanged: 4 },
    });
  });

  it("matches labels to stakeholders by name: what a row says changes them, as a dated move", async () => {
    const target = await makeCampaign("Matching");
    const made = await call(t, "POST", target.url("/stakeholders"), {
      as: w.people.convener,
      payload: { ...ministry, name: "Ministry", since: daysAgo(20) },
    });
    const existing = Stakeholder.parse(made.json());
    const elements = "Label,Position,Influence\nMinistry,neutral,\nNewcomer,Active ally,2\n";
    const imported = await call(t, "POST", target.url("/stakeholders/kumu"), {
      as: w.people.convener,
      payload: { elements },
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(KumuImportReport.parse(imported.json()).elements).toEqual({
      rows: 2,
      created: 1,
      updated: 1,
      unchanged: 0,
    });
    const after = Stakeholder.parse(
      (
        await call(t, "GET", target.url(`/stakeholders/${existing.id}`), { as: w.people.partner })
      ).json(),
    );
    // Influence was left empty: kept. Type and notes were not in the file: kept.
    expect(after).toMatchObject({ position: "neutral", influence: 5, type: "institution" });
    expect(after.moves.map((m) => [m.from, m.to, m.movedOn])).toEqual([
      [null, "passive_opposition", daysAgo(20)],
      ["passive_opposition", "neutral", daysAgo(0)],
    ]);
    const list = StakeholderList.parse(
      (await call(t, "GET", target.url("/stakeholders"), { as: w.people.partner })).json(),
    );
    expect(list.items.find((s) => s.name === "Newcomer")).toMatchObject({
      position: "active_ally",
      influence: 2,
      interest: 3,
      type: "other",
      role: "target",
    });
    const history = CampaignHistory.parse(
      (
        await call(t, "GET", target.url("/history?entity=stakeholder"), { as: w.people.observer })
      ).json(),
    );
    expect(history.items[0]).toMatchObject({
      action: "imported",
      changes: { created: { to: 1 }, updated: { to: 1 }, moved: { to: 1 }, linked: { to: 0 } },
    });
  });

  it("reports every refused row and why, and imports nothing unless asked for the valid rows", async () => {
    const target = await makeCampaign("Refusals");
    const elements = [
      "Label,Type,Position,Influence,Interest,Tags",
      "Good One,institution,neutral,3,3,a|b",
      "Bad Position,institution,friendly,3,3,",
      ",media,neutral,3,3,",
      "Good One,media,neutral,3,3,",
      "Too Strong,official,active_ally,7,0,",
      "Odd Type,spaceship,neutral,3,3,",
      "Good Two,company,-1,2,5,",
    ].join("\n");
    const connections = [
      "From,To,Type",
      "Good One,Good Two,advises",
      "Good One,Nobody,advises",
      "Bad Position,Good Two,",
      "Good Two,Good Two,",
    ].join("\n");

    const dry = await call(t, "POST", target.url("/stakeholders/kumu"), {
      as: w.people.convener,
      payload: { elements, connections, dryRun: true },
    });
    expect(dry.statusCode, dry.body).toBe(200);
    const report = KumuImportReport.parse(dry.json());
    expect(report.imported).toBe(false);
    expect(report.elements).toEqual({ rows: 7, created: 2, updated: 0, unchanged: 0 });
    expect(report.connections).toEqual({ rows: 4, created: 1, unchanged: 0 });
    expect(report.refused.map((r) => [r.file, r.row, r.column, r.reason])).toEqual([
      ["elements", 3, "Position", "not_in_list"],
      ["elements", 4, "Label", "required"],
      ["elements", 5, "Label", "duplicate"],
      ["elements", 6, "Influence", "out_of_range"],
      ["elements", 6, "Interest", "out_of_range"],
      ["elements", 7, "Type", "not_in_list"],
      ["connections", 3, "To", "unknown_label"],
      ["connections", 4, "From", "unknown_label"],
      ["connections", 5, "To", "same_label"],
    ]);
    expect(report.refused[0]).toMatchObject({ label: "Bad Position" });
    const empty = async () =>
      StakeholderList.parse(
        (await call(t, "GET", target.url("/stakeholders"), { as: w.people.partner })).json(),
      ).items;
    expect(await empty()).toEqual([]);

    const refused = await call(t, "POST", target.url("/stakeholders/kumu"), {
      as: w.people.convener,
      payload: { elements, connections },
    });
    const problem = expectProblem(refused, 422);
    expect(problem.errors).toHaveLength(9);
    expect(problem.errors?.[0]).toEqual({
      field: "body.elements.3.Position",
      message: expect.stringMatching(/^must be one of active_opposition/),
    });
    expect(await empty()).toEqual([]);

    const valid = await call(t, "POST", target.url("/stakeholders/kumu"), {
      as: w.people.convener,
      payload: { elements, connections, validRowsOnly: true },
    });
    expect(valid.statusCode, valid.body).toBe(200);
    const done = KumuImportReport.parse(valid.json());
    expect(done).toMatchObject({ imported: true, elements: { created: 2 } });
    expect(done.refused).toHaveLength(9);
    const items = await empty();
    expect(items.map((s) => [s.name, s.position, s.tags])).toEqual([
      ["Good One", "neutral", ["a", "b"]],
      ["Good Two", "passive_opposition", []],
    ]);
    expect(items[0]?.links).toMatchObject([{ direction: "out", other: { name: "Good Two" } }]);
  });

  it("refuses a file it cannot read, and an import by anyone who does not run the campaign", async () => {
    const noLabel = await call(t, "POST", w.url("/stakeholders/kumu"), {
      as: w.people.partner,
      payload: { elements: "Name,Type\nX,media\n" },
    });
    expect(expectProblem(noLabel, 422).errors?.[0]?.field).toBe("body.elements");
    const noTo = await call(t, "POST", w.url("/stakeholders/kumu"), {
      as: w.people.partner,
      payload: { elements: "Label\nX\n", connections: "From,Type\nX,y\n" },
    });
    expect(expectProblem(noTo, 422).errors?.[0]?.field).toBe("body.connections");
    const observer = await call(t, "POST", w.url("/stakeholders/kumu"), {
      as: w.people.observer,
      payload: { elements: "Label\nX\n" },
    });
    expectProblem(observer, 403);
    const outsider = await call(t, "POST", w.url("/stakeholders/kumu"), {
      as: w.people.outsider,
      payload: { elements: "Label\nX\n" },
    });
    expectProblem(outsider, 404);
  });

  async function makeCampaign(title: string) {
    const made = await call(t, "POST", "/api/v1/campaigns", {
      as: w.people.convener,
      payload: { organizationId: w.org.convener, coalitionId: w.coalitionId, title: text(title) },
    });
    expect(made.statusCode, made.body).toBe(201);
    const id = Campaign.parse(made.json()).id;
    return { id, url: (path = "") => `/api/v1/campaigns/${id}${path}` };
  }

  async function exportBoth(url: (path?: string) => string, as: SignedIn) {
    const elements = await call(t, "GET", url("/stakeholders/kumu/elements.csv"), { as });
    expect(elements.statusCode, elements.body).toBe(200);
    const connections = await call(t, "GET", url("/stakeholders/kumu/connections.csv"), { as });
    expect(connections.statusCode, connections.body).toBe(200);
    return {
      elements: elements.body,
      connections: connections.body,
      elementsType: String(elements.headers["content-type"]),
    };
  }
});
