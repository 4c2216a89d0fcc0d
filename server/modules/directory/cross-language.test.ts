import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DirectoryResult } from "../../../shared/directory.ts";
import { uiLocales } from "../../../shared/locales.ts";
import { createOrganization, signedInUser } from "../../test/actors.ts";
import { backends, createTestApp, type TestApp } from "../../test/harness.ts";
import { call } from "../../test/org-helpers.ts";
import { crossLanguageOrgs, crossLanguageQueries, otherOrgs } from "./cross-language.fixtures.ts";

/** Issue 16: at least this share of the organisations each query must find is in its first 10. */
const requiredRecall = 0.9;

describe.each(backends)("directory search across languages on %s", (backend) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(backend);
    const owner = await signedInUser(t, "owner");
    for (const org of [...crossLanguageOrgs, ...otherOrgs]) {
      await createOrganization(t, owner, {
        name: org.name,
        acronym: undefined,
        mission: { original: org.language, texts: { [org.language]: org.mission } },
        types: org.types,
        level: "national",
        headquartersCountry: org.countries[0],
        countries: org.countries,
        issues: org.issues,
        capacities: org.capacities,
        workingLanguages: [org.language],
      });
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it(`finds at least ${requiredRecall * 100} % of what each query must find in its first 10, in every language`, async () => {
    const recallOf: Record<string, number[]> = {};
    const misses: string[] = [];
    for (const language of uiLocales) {
      for (const [q, mustFind] of crossLanguageQueries[language]) {
        const response = await call(
          t,
          "GET",
          `/api/v1/directory?${new URLSearchParams({ q, limit: "10" })}`,
        );
        expect(response.statusCode, response.body).toBe(200);
        const names = new Set(DirectoryResult.parse(response.json()).items.map((i) => i.name));
        const found = mustFind.filter((name) => names.has(name));
        (recallOf[language] ??= []).push(found.length / mustFind.length);
        if (found.length < mustFind.length) {
          misses.push(
            `${language} "${q}": missed ${mustFind.filter((n) => !names.has(n)).join(", ")}`,
          );
        }
      }
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const all = Object.values(recallOf).flat();
    const lines = Object.entries(recallOf).map(
      ([language, xs]) => `${language}: recall@10 ${mean(xs).toFixed(3)} over ${xs.length} queries`,
    );
    console.info(
      [
        `${backend}: recall@10 ${mean(all).toFixed(3)} over ${all.length} queries`,
        ...lines,
        ...misses,
      ].join("\n"),
    );
    expect(all.length).toBeGreaterThanOrEqual(100);
    expect(mean(all)).toBeGreaterThanOrEqual(requiredRecall);
  });
});
