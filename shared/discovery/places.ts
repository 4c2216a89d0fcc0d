import { humanitarianRegionsOfCountry, isHumanitarianRegion } from "../humanitarian-regions.ts";

/**
 * Whether a country lies in a region key of a need: its UN M49 region, or one of the
 * humanitarian groupings it belongs to (../humanitarian-regions.ts). A region filter or a
 * need's region is a set of countries either way.
 */
export function countryInRegion(
  country: string,
  region: string,
  m49: ReadonlyMap<string, string>,
): boolean {
  if (m49.get(country) === region) return true;
  return isHumanitarianRegion(region) && humanitarianRegionsOfCountry(country).includes(region);
}

/** A profile's regions as discovery reads them: its M49 regions and its countries' groupings. */
export function withHumanitarianRegions(
  regions: readonly string[],
  countries: readonly string[],
): readonly string[] {
  const extra = new Set<string>();
  for (const c of countries) for (const r of humanitarianRegionsOfCountry(c)) extra.add(r);
  if (!extra.size) return regions;
  return [...regions, ...[...extra].filter((r) => !regions.includes(r))];
}
