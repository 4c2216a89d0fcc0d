import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DirectoryQuery,
  DirectoryResult,
  type FacetName,
  facetNames,
} from "../../../shared/directory.ts";
import type { LocalizedText } from "../../../shared/locales.ts";
import { defaultFieldVisibility, type FieldVisibility } from "../../../shared/organizations.ts";
import { createOrganization, type SignedIn, signedInUser } from "../../test/actors.ts";
import { backends, createTestApp, type TestApp } from "../../test/harness.ts";
import { call, expectProblem } from "../../test/org-helpers.ts";
import { createDirectoryRepo } from "./directory.repo.ts";
import {
  type TermMatcher,
  type TermRef,
  createTermMatcher,
  meaningfulWords,
  searchWords,
} from "../../../shared/search/index.ts";
import { humanitarianRegionsOf } from "../../../shared/humanitarian-regions.ts";

type Viewer = "anonymous" | "signed_in";
type Fixture = {
  name: string;
  acronym?: string;
  types: string[];
  level: string;
  hq: string;
  countries: string[];
  /** Written out by hand, not derived, so the facet counts are checked independently. */
  regions: string[];
  issues: string[];
  capacities: string[];
  languages: string[];
  mission: LocalizedText;
  verified?: boolean;
  visibility?: Partial<FieldVisibility>;
};

/** Twelve listed organisations; every name starts with its own letter, so name order holds in any collation. */
const listed: Fixture[] = [
  {
    name: "Amal Rights Watch",
    acronym: "ARW",
    types: ["human_rights"],
    level: "national",
    hq: "JO",
    countries: ["JO", "SY"],
    regions: ["asia"],
    issues: ["arbitrary_detention", "torture"],
    capacities: ["documentation"],
    languages: ["ar", "en"],
    mission: {
      original: "ar",
      texts: {
        ar: "نوثق الاعتقال التعسفي والتعذيب في الأردن وسوريا",
        en: "We document arbitrary detention and torture in Jordan and Syria and defend the rights of detainees.",
      },
    },
    verified: true,
  },
  {
    name: "Bridges for Migrants",
    acronym: "BFM",
    types: ["humanitarian"],
    level: "regional",
    hq: "MX",
    countries: ["MX", "GT"],
    regions: ["americas"],
    issues: ["migration", "migrants_rights"],
    capacities: ["service_delivery", "field_presence"],
    languages: ["es", "en"],
    mission: {
      original: "es",
      texts: {
        es: "Acompañamos a las personas migrantes en su camino por México y Guatemala.",
        en: "We walk with migrants through Mexico and Guatemala and defend their rights.",
      },
    },
  },
  {
    name: "Collectif Justice Sahel",
    acronym: "CJS",
    types: ["legal_aid", "human_rights"],
    level: "regional",
    hq: "SN",
    countries: ["SN", "ML"],
    regions: ["africa"],
    issues: ["fair_trial", "justice"],
    capacities: ["litigation", "legal_analysis"],
    languages: ["fr"],
    mission: {
      original: "fr",
      texts: { fr: "Nous défendons les détenus devant les tribunaux du Sahel." },
    },
  },
  {
    name: "Delta Climate Defenders",
    types: ["environmental"],
    level: "local",
    hq: "BD",
    countries: ["BD"],
    regions: ["asia"],
    issues: ["climate_justice", "environmental_defenders"],
    capacities: ["grassroots_mobilisation"],
    languages: ["bn", "en"],
    mission: {
      original: "en",
      texts: { en: "Protecting the land rights of river communities facing floods." },
    },
  },
  {
    name: "Réseau Femmes Kivu",
    acronym: "REFEKI",
    types: ["womens_rights"],
    level: "local",
    hq: "CD",
    countries: ["CD"],
    regions: ["africa"],
    issues: ["gender_based_violence"],
    capacities: ["psychosocial_support"],
    languages: ["fr", "sw"],
    mission: {
      original: "fr",
      texts: { fr: "Accompagnement des survivantes de violences sexuelles au Kivu." },
    },
    verified: true,
  },
  {
    name: "Solidarity Without Borders",
    types: ["development", "humanitarian"],
    level: "international",
    hq: "ES",
    countries: ["CO", "KE"],
    regions: ["africa", "americas", "europe"],
    issues: ["right_to_food"],
    capacities: ["funding", "coalition_building"],
    languages: ["en", "es", "fr"],
    mission: {
      original: "en",
      texts: {
        en: "Funding food security and the rights of small farmers.",
        es: "Financiamos la seguridad alimentaria.",
      },
    },
  },
  {
    name: "Himalaya Rights Forum",
    types: ["human_rights"],
    level: "national",
    hq: "NP",
    countries: ["NP"],
    regions: ["asia"],
    issues: ["minority_rights"],
    capacities: ["research"],
    languages: ["ne", "en"],
    mission: { original: "en", texts: { en: "Research on minority rights in Nepal." } },
    visibility: { work: "signed_in" },
  },
  {
    name: "Imani Relief Kenya",
    acronym: "IRK",
    types: ["faith_based", "humanitarian"],
    level: "national",
    hq: "KE",
    countries: ["KE", "SD"],
    regions: ["africa"],
    issues: ["forced_displacement", "humanitarian_access"],
    capacities: ["service_delivery"],
    languages: ["sw", "en", "ar"],
    mission: {
      original: "en",
      texts: { en: "Relief and protection for displaced families, grounded in rights and faith." },
    },
    verified: true,
  },
  {
    name: "Kyiv Media Lab",
    acronym: "KML",
    types: ["media"],
    level: "national",
    hq: "UA",
    countries: ["UA"],
    regions: ["europe"],
    issues: ["freedom_of_expression"],
    capacities: ["media_communications", "digital_security"],
    languages: ["uk", "en"],
    mission: {
      original: "en",
      texts: { en: "Investigative journalism and the rights of reporters." },
    },
    visibility: { mission: "signed_in" },
  },
  {
    name: "Lumen Academic Centre",
    types: ["academic"],
    level: "international",
    hq: "FR",
    countries: ["FR", "TR"],
    regions: ["asia", "europe"],
    issues: ["transitional_justice"],
    capacities: ["research", "training"],
    languages: ["fr", "en", "tr"],
    mission: {
      original: "fr",
      texts: {
        fr: "Archives et recherche sur la justice transitionnelle.",
        en: "Archives and research on transitional justice.",
      },
    },
    visibility: { mission: "members" },
  },
  {
    name: "Manila Labour Alliance",
    types: ["trade_union"],
    level: "national",
    hq: "PH",
    countries: ["PH"],
    regions: ["asia"],
    issues: ["labour_rights"],
    capacities: ["policy_advocacy"],
    languages: ["tl", "en"],
    mission: {
      original: "en",
      texts: { en: "Organising workers for labour rights across the Philippines." },
    },
  },
  {
    name: "Nuevo Horizonte Colombia",
    types: ["community_based"],
    level: "local",
    hq: "CO",
    countries: ["CO"],
    regions: ["americas"],
    issues: ["housing_land_property", "indigenous_peoples"],
    capacities: ["grassroots_mobilisation", "training"],
    languages: ["es"],
    mission: {
      original: "es",
      texts: { es: "Defendemos la tierra de los pueblos indígenas del Cauca." },
    },
  },
];

/** Matches "solidarity", "rights" and Nepal, but has hidden itself. */
const hidden: Fixture & { hiddenFromDirectory: true } = {
  name: "Phantom Solidarity Network",
  types: ["human_rights"],
  level: "national",
  hq: "NP",
  countries: ["NP", "JO"],
  regions: ["asia"],
  issues: ["minority_rights"],
  capacities: ["research"],
  languages: ["ne"],
  mission: { original: "en", texts: { en: "Quiet rights work in Nepal." } },
  hiddenFromDirectory: true,
};

const sees = (viewer: Viewer, group: "mission" | "work", org: Fixture) => {
  const visibility = { ...defaultFieldVisibility, ...org.visibility }[group];
  return visibility === "public" || (visibility === "signed_in" && viewer === "signed_in");
};

/** The values a viewer may match and count: work fields they may not see count as empty. */
function facetValues(org: Fixture, viewer: Viewer): Record<FacetName, string[]> {
  const work = sees(viewer, "work", org);
  return {
    type: org.types,
    level: [org.level],
    humanitarianRegion: work ? humanitarianRegionsOf(org.countries) : [],
    region: work ? org.regions : [],
    country: work ? org.countries : [],
    issue: work ? org.issues : [],
    capacity: work ? org.capacities : [],
    language: work ? org.languages : [],
    verified: [String(org.verified === true)],
  };
}

/**
 * Every meaningful query word starts a word the viewer may match: of the name, the mission (if
 * shown), or the label, in any language, of a type, or (if work is shown) of an issue, capacity,
 * country or region the profile lists. Stemmed matches are not modelled: the queries checked
 * against this rule match by prefix.
 */
function textMatches(org: Fixture, q: string, viewer: Viewer, terms: TermMatcher) {
  const visibleWords = [
    ...searchWords(`${org.name} ${org.acronym ?? ""}`),
    ...(sees(viewer, "mission", org) ? Object.values(org.mission.texts).flatMap(searchWords) : []),
  ];
  const work = sees(viewer, "work", org);
  const listed = (term: TermRef) =>
    term.vocabulary === "org_type"
      ? org.types.includes(term.key)
      : work &&
        {
          issue: org.issues,
          capacity: org.capacities,
          country: org.countries,
          region: org.regions,
        }[term.vocabulary].includes(term.key);
  return terms
    .selectiveWords(meaningfulWords(searchWords(q)))
    .every(
      (w) => visibleWords.some((word) => word.startsWith(w)) || terms.termsFor(w).some(listed),
    );
}

type Filters = Partial<Record<FacetName, string[]>>;
let terms: TermMatcher;
function expectedMatches(viewer: Viewer, filters: Filters, q?: string) {
  return listed.filter((org) => {
    const values = facetValues(org, viewer);
    const facetsMatch = Object.entries(filters).every(([facet, wanted]) =>
      wanted.some((w) => values[facet as FacetName].includes(w)),
    );
    return facetsMatch && (q === undefined || textMatches(org, q, viewer, terms));
  });
}

function expectedFacets(orgs: Fixture[], viewer: Viewer) {
  const counts = Object.fromEntries(facetNames.map((f) => [f, {}])) as Record<
    FacetName,
    Record<string, number>
  >;
  for (const org of orgs) {
    for (const [facet, keys] of Object.entries(facetValues(org, viewer))) {
      const bucket = counts[facet as FacetName];
      for (const key of keys) bucket[key] = (bucket[key] ?? 0) + 1;
    }
  }
  return counts;
}

const byName = (names: string[]) =>
  [...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));

describe.each(backends)("directory on %s", (backend) => {
  let t: TestApp;
  let owner: SignedIn;
  let searcher: SignedIn;
  const idOf = new Map<string, string>();

  beforeAll(async () => {
    t = await createTestApp(backend);
    terms = createTermMatcher(await t.services.taxonomies.all());
    owner = await signedInUser(t, "owner");
    searcher = await signedInUser(t, "searcher");
    const platformAdmin = await signedInUser(t, "verifier", { isPlatformAdmin: true });
    for (const org of [...listed, hidden]) {
      const id = await createOrganization(t, owner, {
        name: org.name,
        acronym: org.acronym,
        mission: org.mission,
        types: org.types,
        level: org.level,
        headquartersCountry: org.hq,
        countries: org.countries,
        issues: org.issues,
        capacities: org.capacities,
        workingLanguages: org.languages,
        visibility: { ...defaultFieldVisibility, ...org.visibility },
        hiddenFromDirectory: "hiddenFromDirectory" in org,
      });
      idOf.set(org.name, id);
      if (org.verified) {
        const verified = await call(t, "PUT", `/api/v1/admin/organizations/${id}/verification`, {
          as: platformAdmin,
          payload: { verified: true },
        });
        expect(verified.statusCode, verified.body).toBe(200);
      }
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  async function search(
    params: Record<string, string | string[]>,
    as: SignedIn | null = null,
  ): Promise<DirectoryResult> {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      for (const v of Array.isArray(value) ? value : [value]) query.append(key, v);
    }
    const response = await call(t, "GET", `/api/v1/directory?${query}`, { as });
    expect(response.statusCode, response.body).toBe(200);
    return DirectoryResult.parse(response.json());
  }
  const namesOf = (result: DirectoryResult) => result.items.map((i) => i.name);
  const facetsOf = (result: DirectoryResult) =>
    Object.fromEntries(
      facetNames.map((f) => [f, Object.fromEntries(result.facets[f].map((c) => [c.key, c.count]))]),
    );
  /** Follows nextCursor from the first page to the last. */
  async function walk(params: Record<string, string | string[]>, as: SignedIn | null = null) {
    const pages: DirectoryResult[] = [];
    let cursor: string | null = null;
    do {
      const page = await search({ ...params, ...(cursor ? { cursor } : {}) }, as);
      pages.push(page);
      cursor = page.nextCursor;
    } while (cursor && pages.length < 50);
    return pages;
  }

  describe("text search", () => {
    it("ignores accents and case in names, and ranks the name first", async () => {
      for (const q of ["reseau", "RÉSEAU", "Réseau femmes", "kivu"]) {
        expect(namesOf(await search({ q }))[0], q).toEqual("Réseau Femmes Kivu");
      }
    });

    it("finds an organisation by its acronym", async () => {
      expect(namesOf(await search({ q: "refeki" }))).toEqual(["Réseau Femmes Kivu"]);
      expect(namesOf(await search({ q: "CJS" }))).toEqual(["Collectif Justice Sahel"]);
    });

    it("finds mission text written in Arabic, French and Spanish", async () => {
      // Other organisations may follow through the labels of their terms; the text comes first.
      const first = async (q: string) => namesOf(await search({ q }))[0];
      expect(await first("الاعتقال")).toBe("Amal Rights Watch");
      expect(await first("tribunaux")).toBe("Collectif Justice Sahel");
      expect(await first("detenus")).toBe("Collectif Justice Sahel");
      expect(await first("indígenas")).toBe("Nuevo Horizonte Colombia");
      expect(await first("pueblos indigenas")).toBe("Nuevo Horizonte Colombia");
    });

    it("tolerates a typo in a name", async () => {
      expect(namesOf(await search({ q: "Solidarty" }))).toEqual(["Solidarity Without Borders"]);
      expect(namesOf(await search({ q: "Himalya" }))).toEqual(["Himalaya Rights Forum"]);
    });

    it("finds nothing, with empty facets, for text no profile holds", async () => {
      const result = await search({ q: "zyxwvut" });
      expect(result).toMatchObject({ items: [], total: 0, nextCursor: null });
      expect(facetsOf(result)).toEqual(Object.fromEntries(facetNames.map((f) => [f, {}])));
    });
  });

  describe("facets", () => {
    it("counts every listed organisation for an anonymous searcher", async () => {
      const result = await search({ limit: "100" });

      expect(result.total).toBe(listed.length);
      expect(byName(namesOf(result))).toEqual(byName(listed.map((o) => o.name)));
      expect(facetsOf(result)).toEqual(expectedFacets(listed, "anonymous"));
      for (const facet of facetNames) {
        const counts = result.facets[facet].map((c) => c.count);
        expect(counts, facet).toEqual([...counts].sort((a, b) => b - a));
      }
    });

    it("counts work fields shown to signed-in users for a signed-in searcher", async () => {
      const result = await search({}, searcher);

      expect(result.total).toBe(listed.length);
      expect(facetsOf(result)).toEqual(expectedFacets(listed, "signed_in"));
    });

    it("counts only the current match set", async () => {
      const cases: { params: Record<string, string | string[]>; filters: Filters; q?: string }[] = [
        { params: { q: "rights" }, filters: {}, q: "rights" },
        { params: { type: "humanitarian" }, filters: { type: ["humanitarian"] } },
        {
          params: { q: "rights", region: "asia" },
          filters: { region: ["asia"] },
          q: "rights",
        },
        {
          params: { language: "fr", level: ["local", "regional"] },
          filters: { language: ["fr"], level: ["local", "regional"] },
        },
      ];
      for (const viewer of ["anonymous", "signed_in"] as const) {
        for (const { params, filters, q } of cases) {
          const expected = expectedMatches(viewer, filters, q);
          const label = `${viewer} ${JSON.stringify(params)}`;
          const result = await search(
            { ...params, limit: "100" },
            viewer === "signed_in" ? searcher : null,
          );

          expect(byName(namesOf(result)), label).toEqual(byName(expected.map((o) => o.name)));
          expect(result.total, label).toBe(expected.length);
          expect(facetsOf(result), label).toEqual(expectedFacets(expected, viewer));
        }
      }
    });
  });

  describe("filters", () => {
    it("combines facets with AND and the values of one facet with OR", async () => {
      const cases: Filters[] = [
        { type: ["human_rights", "humanitarian"] },
        { type: ["human_rights", "humanitarian"], region: ["africa"] },
        { capacity: ["research"], country: ["TR"] },
        { capacity: ["research", "training"] },
        { issue: ["minority_rights"] },
        { verified: ["true"], type: ["womens_rights", "legal_aid"] },
        { verified: ["false"], language: ["en"], level: ["national"] },
        { region: ["europe"], country: ["UA", "CO"] },
        { humanitarianRegion: ["mena"] },
        { humanitarianRegion: ["sahel", "horn_of_africa"], type: ["humanitarian"] },
        { humanitarianRegion: ["europe_central_asia"], region: ["asia"] },
      ];
      for (const viewer of ["anonymous", "signed_in"] as const) {
        for (const filters of cases) {
          const expected = expectedMatches(viewer, filters).map((o) => o.name);
          // Repeated parameters and comma-separated lists mean the same.
          const repeated = Object.fromEntries(
            Object.entries(filters).map(([k, v]) => [k, k === "verified" ? (v[0] ?? "") : v]),
          );
          const commas = Object.fromEntries(
            Object.entries(filters).map(([k, v]) => [k, v.join(",")]),
          );
          const as = viewer === "signed_in" ? searcher : null;
          const label = `${viewer} ${JSON.stringify(filters)}`;

          expect(byName(namesOf(await search(repeated, as))), label).toEqual(byName(expected));
          expect(byName(namesOf(await search(commas, as))), label).toEqual(byName(expected));
        }
      }
    });

    it("combines the same filters with text, which the search index narrows by the filtered terms", async () => {
      const cases: Filters[] = [
        { type: ["human_rights", "humanitarian"] },
        { type: ["human_rights"], region: ["asia"] },
        { country: ["JO", "NP"] },
        { issue: ["torture", "minority_rights"] },
        { capacity: ["documentation"], level: ["national"] },
        { humanitarianRegion: ["mena"] },
        { region: ["europe"], language: ["en"] },
      ];
      for (const viewer of ["anonymous", "signed_in"] as const) {
        for (const q of ["rights", "torture", "document", "droits"]) {
          for (const filters of cases) {
            const expected = expectedMatches(viewer, filters, q).map((o) => o.name);
            const label = `${viewer} ${q} ${JSON.stringify(filters)}`;
            const result = await search(
              { q, ...filters, limit: "100" },
              viewer === "signed_in" ? searcher : null,
            );
            expect(byName(namesOf(result)), label).toEqual(byName(expected));
            expect(result.total, label).toBe(expected.length);
          }
        }
      }
    });

    it("finds verified organisations only when asked", async () => {
      const result = await search({ verified: "true" });

      expect(byName(namesOf(result))).toEqual([
        "Amal Rights Watch",
        "Imani Relief Kenya",
        "Réseau Femmes Kivu",
      ]);
      expect(result.items.every((i) => i.verified)).toBe(true);
      expect(facetsOf(result).verified).toEqual({ true: 3 });
    });

    it("files Syria under the Middle East and North Africa, not only under Asia", async () => {
      const result = await search({ humanitarianRegion: "mena", limit: "100" }, searcher);

      expect(namesOf(result)).toContain("Amal Rights Watch");
      const mena = result.facets.humanitarianRegion.find((c) => c.key === "mena");
      expect(mena?.count).toBe(result.total);
    });

    it("refuses a humanitarian region it does not know", async () => {
      const response = await call(t, "GET", "/api/v1/directory?humanitarianRegion=levant");
      expect(expectProblem(response, 400).errors?.[0]?.field).toMatch(
        /^querystring\.humanitarianRegion/,
      );
    });

    it("refuses a malformed filter value", async () => {
      const response = await call(t, "GET", "/api/v1/directory?country=nepal");
      expect(expectProblem(response, 400).errors?.[0]?.field).toMatch(/^querystring\.country/);
    });
  });

  describe("ordering and pages", () => {
    it("orders by name with sort=name", async () => {
      const all = await search({ sort: "name" });
      expect(namesOf(all)).toEqual(byName(listed.map((o) => o.name)));

      const matching = await search({ q: "rights", sort: "name" });
      expect(namesOf(matching)).toEqual(
        byName(expectedMatches("anonymous", {}, "rights").map((o) => o.name)),
      );
    });

    it("ranks name matches above mission matches by relevance", async () => {
      const names = namesOf(await search({ q: "rights" }));
      expect(names.slice(0, 2).sort()).toEqual(["Amal Rights Watch", "Himalaya Rights Forum"]);
    });

    it("walks every result three at a time without duplicates or gaps, in both sorts", async () => {
      const walks: [Record<string, string>, SignedIn | null][] = [
        [{ sort: "name" }, null],
        [{ sort: "relevance" }, searcher],
        [{ sort: "name", q: "rights" }, null],
        [{ sort: "relevance", q: "rights" }, null],
        [{ sort: "relevance", q: "rights" }, searcher],
      ];
      for (const [params, as] of walks) {
        const label = `${JSON.stringify(params)} as ${as ? "signed in" : "anonymous"}`;
        const whole = await search({ ...params, limit: "100" }, as);
        expect(whole.nextCursor, label).toBeNull();
        expect(whole.total, label).toBeGreaterThan(6);

        const pages = await walk({ ...params, limit: "3" }, as);

        expect(pages.length, label).toBe(Math.ceil(whole.total / 3));
        expect(
          pages.every((p) => p.total === whole.total),
          label,
        ).toBe(true);
        expect(
          pages.slice(0, -1).every((p) => p.items.length === 3),
          label,
        ).toBe(true);
        expect(pages.at(-1)?.nextCursor, label).toBeNull();
        const walked = pages.flatMap((p) => p.items.map((i) => i.id));
        expect(new Set(walked).size, label).toBe(walked.length);
        expect(walked, label).toEqual(whole.items.map((i) => i.id));
      }
    });

    it("refuses a cursor it did not issue", async () => {
      const garbage = await call(t, "GET", "/api/v1/directory?cursor=not-a-cursor");
      expect(expectProblem(garbage, 422).errors).toEqual([
        { field: "querystring.cursor", message: expect.any(String) },
      ]);

      const forged = Buffer.from(JSON.stringify({ k: "a", id: "'; drop table x" })).toString(
        "base64url",
      );
      expectProblem(await call(t, "GET", `/api/v1/directory?cursor=${forged}`), 422);

      // A cursor from the name order cannot continue a relevance order.
      const byNamePage = await search({ q: "rights", sort: "name", limit: "2" });
      expect(byNamePage.nextCursor).not.toBeNull();
      const mixed = await call(
        t,
        "GET",
        `/api/v1/directory?q=rights&sort=relevance&cursor=${byNamePage.nextCursor}`,
      );
      expectProblem(mixed, 422);

      expectProblem(await call(t, "GET", `/api/v1/directory?cursor=${"a".repeat(600)}`), 400);
    });
  });

  describe("what searchers may not see", () => {
    it("never lists an organisation hidden from the directory, even to its own members", async () => {
      const hiddenId = idOf.get(hidden.name);
      for (const as of [null, searcher, owner]) {
        const everything = await search({ limit: "100" }, as);
        const bySolidarity = await search({ q: "solidarity" }, as);
        const byNepal = await search({ country: "NP" }, as);

        expect(everything.items.map((i) => i.id)).not.toContain(hiddenId);
        expect(everything.total).toBe(listed.length);
        expect(namesOf(bySolidarity)).toEqual(["Solidarity Without Borders"]);
        expect(namesOf(byNepal)).toEqual(as ? ["Himalaya Rights Forum"] : []);
      }
    });

    it("does not let anonymous searchers match or count work fields shown to signed-in users", async () => {
      const anonymous = await search({ country: "NP" });
      const signedIn = await search({ country: "NP" }, searcher);
      const anonymousAll = await search({ limit: "100" });

      expect(anonymous).toMatchObject({ items: [], total: 0 });
      expect(facetsOf(anonymousAll).country).not.toHaveProperty("NP");
      expect(facetsOf(anonymousAll).issue).not.toHaveProperty("minority_rights");
      const himalaya = anonymousAll.items.find((i) => i.name === "Himalaya Rights Forum");
      expect(himalaya).toMatchObject({ countries: [], issues: [] });

      expect(namesOf(signedIn)).toEqual(["Himalaya Rights Forum"]);
      expect(signedIn.items[0]).toMatchObject({ countries: ["NP"], issues: ["minority_rights"] });
      expect(facetsOf(signedIn).country).toEqual({ NP: 1 });
    });

    it("does not let searchers match mission text they may not read", async () => {
      expect(namesOf(await search({ q: "investigative" }))).toEqual([]);
      expect(namesOf(await search({ q: "investigative" }, searcher))).toEqual(["Kyiv Media Lab"]);
      // Members-only missions stay out of search for everyone, members included.
      for (const as of [null, searcher, owner]) {
        expect(namesOf(await search({ q: "archives" }, as))).toEqual([]);
      }
      const kyivAnonymous = (await search({ q: "kyiv" })).items[0];
      const kyivSignedIn = (await search({ q: "kyiv" }, searcher)).items[0];
      expect(kyivAnonymous).toMatchObject({ name: "Kyiv Media Lab", mission: null });
      expect(kyivSignedIn?.mission).toEqual(
        listed.find((o) => o.name === "Kyiv Media Lab")?.mission,
      );
    });
  });

  describe("after a profile changes", () => {
    it("counts, filters and lists the new state at once, in this process and in another", async () => {
      // A second repository on the same database stands for a second app process: it
      // loaded its facet index before the change and must notice the change by itself.
      const otherProcess = createDirectoryRepo(t.services.db, async () =>
        createTermMatcher(await t.services.taxonomies.all()),
      );
      const before = await otherProcess.search(
        DirectoryQuery.parse({ country: "IS" }),
        ["public", "signed_in"],
        null,
      );
      expect(before.total).toBe(0);

      const name = "Solidarity Without Borders";
      const id = idOf.get(name) ?? "";
      const moved = await call(t, "PATCH", `/api/v1/organizations/${id}`, {
        as: owner,
        payload: { countries: ["IS"] },
      });
      expect(moved.statusCode, moved.body).toBe(200);
      const inIceland = await search({ country: "IS" }, searcher);
      expect(namesOf(inIceland)).toEqual([name]);
      expect(facetsOf(inIceland).country).toMatchObject({ IS: 1 });
      const seenElsewhere = await otherProcess.search(
        DirectoryQuery.parse({ country: "IS" }),
        ["public", "signed_in"],
        null,
      );
      expect(seenElsewhere.total).toBe(1);
      expect(seenElsewhere.facets).toContainEqual({ facet: "country", key: "IS", count: 1 });

      const hid = await call(t, "PATCH", `/api/v1/organizations/${id}`, {
        as: owner,
        payload: { hiddenFromDirectory: true },
      });
      expect(hid.statusCode, hid.body).toBe(200);
      expect(await search({ country: "IS" }, searcher)).toMatchObject({ total: 0, items: [] });
      expect((await search({ limit: "100" })).total).toBe(listed.length - 1);
      expect(namesOf(await search({ q: "solidarity" }))).toEqual([]);
      const hiddenElsewhere = await otherProcess.search(
        DirectoryQuery.parse({ limit: "100" }),
        ["public"],
        null,
      );
      expect(hiddenElsewhere.total).toBe(listed.length - 1);

      const back = await call(t, "PATCH", `/api/v1/organizations/${id}`, {
        as: owner,
        payload: { hiddenFromDirectory: false },
      });
      expect(back.statusCode, back.body).toBe(200);
      expect((await search({ limit: "100" })).total).toBe(listed.length);
    });
  });
});
