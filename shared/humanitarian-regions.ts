/**
 * Humanitarian regional groupings, offered beside the UN M49 regions: people in this field
 * think of Yemen and Syria as "Middle East and North Africa", not "Asia".
 *
 * The seven broad groupings follow UNICEF's regional offices (MENARO, WCARO, ESARO, ECARO,
 * LACRO), with South Asia and East Asia and the Pacific joined as OCHA's Regional Office for
 * Asia and the Pacific does, and extended to the countries where those offices run no
 * programme (Western Europe into Europe and Central Asia, the Gulf and Israel into the Middle
 * East, Japan or Australia into Asia and the Pacific), plus North America. Two overlapping
 * crisis groupings sit on top: the Sahel of OCHA's Sahel regional humanitarian response
 * plans (nine countries) and the Horn of Africa as the IGAD member states. So a country may
 * belong to more than one: Mali to West and Central Africa and the Sahel, Sudan to the
 * Middle East and North Africa and the Horn of Africa.
 *
 * Pure data, no database: a region filter is a set of countries.
 */

export type HumanitarianRegionKey = (typeof humanitarianRegionKeys)[number];

export const humanitarianRegionKeys = [
  "mena",
  "west_central_africa",
  "sahel",
  "east_southern_africa",
  "horn_of_africa",
  "asia_pacific",
  "europe_central_asia",
  "latin_america_caribbean",
  "north_america",
] as const;

type Labels = { en: string; fr: string; es: string; ar: string };

/** Labels in the four interface languages, with the sector's usual names. */
export const humanitarianRegionLabels: Record<HumanitarianRegionKey, Labels> = {
  mena: {
    en: "Middle East and North Africa",
    fr: "Moyen-Orient et Afrique du Nord",
    es: "Oriente Medio y Norte de África",
    ar: "الشرق الأوسط وشمال أفريقيا",
  },
  west_central_africa: {
    en: "West and Central Africa",
    fr: "Afrique de l’Ouest et du Centre",
    es: "África Occidental y Central",
    ar: "غرب ووسط أفريقيا",
  },
  sahel: { en: "Sahel", fr: "Sahel", es: "Sahel", ar: "منطقة الساحل" },
  east_southern_africa: {
    en: "East and Southern Africa",
    fr: "Afrique de l’Est et australe",
    es: "África Oriental y Meridional",
    ar: "شرق وجنوب أفريقيا",
  },
  horn_of_africa: {
    en: "Horn of Africa",
    fr: "Corne de l’Afrique",
    es: "Cuerno de África",
    ar: "القرن الأفريقي",
  },
  asia_pacific: {
    en: "Asia and the Pacific",
    fr: "Asie et Pacifique",
    es: "Asia y el Pacífico",
    ar: "آسيا والمحيط الهادئ",
  },
  europe_central_asia: {
    en: "Europe and Central Asia",
    fr: "Europe et Asie centrale",
    es: "Europa y Asia Central",
    ar: "أوروبا وآسيا الوسطى",
  },
  latin_america_caribbean: {
    en: "Latin America and the Caribbean",
    fr: "Amérique latine et Caraïbes",
    es: "América Latina y el Caribe",
    ar: "أمريكا اللاتينية والبحر الكاريبي",
  },
  north_america: {
    en: "North America",
    fr: "Amérique du Nord",
    es: "América del Norte",
    ar: "أمريكا الشمالية",
  },
};

const codes = (list: string) => list.split(/\s+/).filter(Boolean);

/**
 * ISO 3166-1 alpha-2 codes of each grouping. The uninhabited Antarctic territories go with
 * the nearest grouping that administers or neighbours them (BV with Europe, GS with Latin
 * America, HM with Asia and the Pacific, TF with East and Southern Africa); Antarctica
 * itself (AQ) is in none.
 */
const countriesByRegion: Record<HumanitarianRegionKey, readonly string[]> = {
  mena: codes("AE BH DJ DZ EG EH IL IQ IR JO KW LB LY MA OM PS QA SA SD SY TN YE"),
  west_central_africa: codes(
    "BF BJ CD CF CG CI CM CV GA GH GM GN GQ GW LR ML MR NE NG SH SL SN ST TD TG",
  ),
  sahel: codes("BF CM GM ML MR NE NG SN TD"),
  east_southern_africa: codes(
    "AO BI BW ER ET IO KE KM LS MG MU MW MZ NA RE RW SC SO SS SZ TF TZ UG YT ZA ZM ZW",
  ),
  horn_of_africa: codes("DJ ER ET KE SD SO SS UG"),
  asia_pacific: codes(
    `AF BD BT IN LK MV NP PK BN ID KH LA MM MY PH SG TH TL VN CN HK JP KP KR MN MO TW
     AU CC CX HM NF NZ FJ NC PG SB VU FM GU KI MH MP NR PW AS CK NU PF PN TK TO TV WF WS UM`,
  ),
  europe_central_asia: codes(
    `AD AL AM AT AX AZ BA BE BG BV BY CH CY CZ DE DK EE ES FI FO FR GB GE GG GI GR HR HU IE
     IM IS IT JE KG KZ LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM TJ TM
     TR UA UZ VA XK`,
  ),
  latin_america_caribbean: codes(
    `AG AI AR AW BB BL BO BQ BR BS BZ CL CO CR CU CW DM DO EC FK GD GF GP GS GT GY HN HT JM
     KN KY LC MF MQ MS MX NI PA PE PR PY SR SV SX TC TT UY VC VE VG VI`,
  ),
  north_america: codes("BM CA GL PM US"),
};

const regionsByCountry = new Map<string, HumanitarianRegionKey[]>();
for (const key of humanitarianRegionKeys) {
  for (const code of countriesByRegion[key]) {
    regionsByCountry.set(code, [...(regionsByCountry.get(code) ?? []), key]);
  }
}

export function isHumanitarianRegion(key: string): key is HumanitarianRegionKey {
  return (humanitarianRegionKeys as readonly string[]).includes(key);
}

/** The groupings one country belongs to, in the order of `humanitarianRegionKeys`. */
export function humanitarianRegionsOfCountry(code: string): readonly HumanitarianRegionKey[] {
  return regionsByCountry.get(code) ?? [];
}

/** The groupings any of these countries belongs to, each once, in the order of the keys. */
export function humanitarianRegionsOf(countries: Iterable<string>): HumanitarianRegionKey[] {
  const found = new Set<string>();
  for (const code of countries) for (const key of regionsByCountry.get(code) ?? []) found.add(key);
  return humanitarianRegionKeys.filter((key) => found.has(key));
}

/** The countries of these groupings, each once (unknown keys bring none). */
export function countriesOfHumanitarianRegions(keys: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const key of keys) {
    if (isHumanitarianRegion(key)) for (const code of countriesByRegion[key]) out.add(code);
  }
  return [...out].sort();
}

/** The groupings as taxonomy terms, so the web labels and lists them like any vocabulary. */
export const humanitarianRegionTerms = humanitarianRegionKeys.map((key, sort) => ({
  key,
  parent: null,
  labels: { ...humanitarianRegionLabels[key] } as Record<string, string>,
  sort,
  region: null,
}));
