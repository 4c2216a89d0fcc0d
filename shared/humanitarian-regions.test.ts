import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countryTerms } from "../scripts/taxonomy-terms.ts";
import {
  countriesOfHumanitarianRegions,
  humanitarianRegionKeys,
  humanitarianRegionLabels,
  humanitarianRegionsOf,
  humanitarianRegionsOfCountry,
} from "./humanitarian-regions.ts";

const countryCodes = countryTerms.map((term) => term.key);

describe("humanitarian regions", () => {
  it("gives every country of the taxonomy at least one grouping (Antarctica aside)", () => {
    const without = countryCodes.filter(
      (code) => code !== "AQ" && humanitarianRegionsOfCountry(code).length === 0,
    );
    expect(without).toEqual([]);
    expect(countryCodes.length).toBeGreaterThan(240);
  });

  it("names only countries the taxonomy knows", () => {
    const known = new Set(countryCodes);
    const all = countriesOfHumanitarianRegions(humanitarianRegionKeys);
    expect(all.filter((code) => !known.has(code))).toEqual([]);
  });

  it("puts each country in exactly one broad grouping; Sahel and Horn overlap them", () => {
    const broad: readonly string[] = humanitarianRegionKeys.filter(
      (k) => k !== "sahel" && k !== "horn_of_africa",
    );
    for (const code of countryCodes.filter((c) => c !== "AQ")) {
      const regions = humanitarianRegionsOfCountry(code);
      expect([code, regions.filter((r) => broad.includes(r)).length]).toEqual([code, 1]);
    }
  });

  it("files Yemen and Syria under the Middle East, Mali under two groupings", () => {
    expect(humanitarianRegionsOfCountry("YE")).toEqual(["mena"]);
    expect(humanitarianRegionsOfCountry("SY")).toEqual(["mena"]);
    expect(humanitarianRegionsOfCountry("ML")).toEqual(["west_central_africa", "sahel"]);
    expect(humanitarianRegionsOfCountry("SD")).toEqual(["mena", "horn_of_africa"]);
    expect(humanitarianRegionsOfCountry("HT")).toEqual(["latin_america_caribbean"]);
    expect(humanitarianRegionsOfCountry("CH")).toEqual(["europe_central_asia"]);
  });

  it("labels every grouping in the four languages", () => {
    for (const key of humanitarianRegionKeys) {
      const labels = humanitarianRegionLabels[key];
      for (const language of ["en", "fr", "es", "ar"] as const) {
        expect(labels[language].trim().length).toBeGreaterThan(2);
      }
      expect(labels.ar).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it("agrees both ways: a country is in a grouping's countries exactly when it is listed", () => {
    fc.assert(
      fc.property(
        fc.subarray([...countryCodes]),
        fc.subarray([...humanitarianRegionKeys]),
        (codes, keys) => {
          const inRegions = new Set(countriesOfHumanitarianRegions(keys));
          for (const code of codes) {
            const listed = humanitarianRegionsOfCountry(code).some((r) => keys.includes(r));
            expect(inRegions.has(code)).toBe(listed);
          }
          const of = humanitarianRegionsOf(codes);
          expect(new Set(of)).toEqual(
            new Set(codes.flatMap((c) => humanitarianRegionsOfCountry(c))),
          );
        },
      ),
    );
  });
});
