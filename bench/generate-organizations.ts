/**
 * Deterministic generator of realistic organisations for benchmarks.
 *
 * Everything comes from a seeded PRNG and the word lists below: no external data. The same
 * seed and count always give the same rows (ids included), so runs can be compared.
 * Taxonomy keys (types, levels, issues, capacities, countries with their regions, languages)
 * are read from the migrated `taxonomy_terms` table, so every generated key is valid.
 */
import { type SQL, sql } from "drizzle-orm";
import { type Database, type Db, rowsOf } from "../server/db/client.ts";
import {
  createOrganizationsRepo,
  searchTexts,
} from "../server/modules/organizations/organizations.repo.ts";
import type { LocalizedText } from "../shared/locales.ts";
import type { FieldVisibility } from "../shared/organizations.ts";

// ---------------------------------------------------------------------------------------------
// PRNG and sampling
// ---------------------------------------------------------------------------------------------

/** sfc32: small, fast, good enough for test data, and the same on every platform. */
export function createRandom(seed: number) {
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88 ^ Math.imul(seed, 0x85ebca6b);
  let c = 0xb7e15162 ^ Math.imul(seed, 0xc2b2ae35);
  let d = 1;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 32; i++) next();

  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const chance = (p: number) => next() < p;
  function pick<T>(list: readonly T[]): T {
    const value = list[Math.floor(next() * list.length)];
    if (value === undefined) throw new Error("pick from an empty list");
    return value;
  }
  return { next, int, chance, pick };
}
export type Random = ReturnType<typeof createRandom>;

/** A weighted choice over a fixed list, by binary search on cumulative weights. */
export class Weighted<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;
  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    if (!items.length || items.length !== weights.length) throw new Error("bad weighted list");
    let sum = 0;
    for (const w of weights) {
      sum += w;
      this.cumulative.push(sum);
    }
    this.total = sum;
  }

  pick(random: Random): T {
    const x = random.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] ?? 0) > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }

  /** `count` distinct items (or all of them if there are fewer). */
  pickDistinct(random: Random, count: number): T[] {
    const out = new Set<T>();
    const want = Math.min(count, this.items.length);
    for (let guard = 0; out.size < want && guard < want * 50; guard++) out.add(this.pick(random));
    return [...out];
  }
}

/** Zipf-like weights: the first items are far more common than the last. */
const zipf = (n: number, s = 1) => Array.from({ length: n }, (_, i) => 1 / (i + 1) ** s);
const zipfOf = <T>(items: readonly T[], s = 1) => new Weighted(items, zipf(items.length, s));

// ---------------------------------------------------------------------------------------------
// Word lists
// ---------------------------------------------------------------------------------------------

type NameLanguage = "en" | "fr" | "es" | "ar";

/** Countries with far more organisations based in or working in them than the rest. */
const hotCountries: Record<string, number> = {
  UA: 60,
  SY: 55,
  CD: 55,
  SD: 45,
  KE: 45,
  YE: 40,
  AF: 40,
  CO: 40,
  NG: 38,
  SO: 35,
  ET: 35,
  SS: 30,
  UG: 30,
  LB: 30,
  PS: 30,
  MM: 28,
  IQ: 28,
  JO: 26,
  BD: 25,
  ML: 25,
  HT: 24,
  VE: 22,
  BF: 20,
  NE: 18,
  CF: 18,
  TD: 16,
  MZ: 15,
  CM: 15,
  GT: 14,
  MX: 14,
  PK: 14,
  TR: 14,
  SN: 12,
  PH: 12,
  LY: 12,
  BI: 10,
  RW: 10,
  ZW: 10,
  PE: 10,
  HN: 10,
  SV: 9,
  BR: 9,
  EG: 9,
  TN: 9,
  US: 30,
  GB: 28,
  CH: 26,
  FR: 24,
  BE: 18,
  NL: 16,
  DE: 16,
  NO: 10,
  SE: 10,
  CA: 10,
  ES: 8,
  IT: 6,
  DK: 6,
  AU: 5,
  ZA: 12,
  IN: 12,
  ID: 6,
  NP: 6,
  LK: 5,
  TH: 6,
  GE: 5,
  AM: 4,
};
/** Where international organisations tend to have their headquarters. */
const globalNorth = ["US", "GB", "CH", "FR", "BE", "NL", "DE", "NO", "SE", "CA", "ES", "DK", "IT"];
const francophone = [
  "CD",
  "ML",
  "BF",
  "NE",
  "CF",
  "TD",
  "CM",
  "SN",
  "BI",
  "RW",
  "HT",
  "FR",
  "BE",
  "CH",
  "TN",
  "CI",
  "GN",
  "BJ",
  "TG",
  "MG",
  "CG",
  "GA",
  "DJ",
  "KM",
  "MA",
  "DZ",
];
const hispanophone = [
  "CO",
  "VE",
  "GT",
  "MX",
  "PE",
  "HN",
  "SV",
  "ES",
  "AR",
  "BO",
  "CL",
  "EC",
  "PY",
  "UY",
  "NI",
  "CR",
  "PA",
  "DO",
  "CU",
];
const arabophone = [
  "SY",
  "YE",
  "LB",
  "PS",
  "IQ",
  "JO",
  "LY",
  "EG",
  "SD",
  "SO",
  "TN",
  "MA",
  "DZ",
  "SA",
  "KW",
  "QA",
  "AE",
  "OM",
  "BH",
  "MR",
];

const cities: Record<string, string[]> = {
  KE: ["Nairobi", "Mombasa", "Kisumu", "Garissa", "Turkana"],
  UG: ["Kampala", "Gulu", "Arua", "Mbarara"],
  CD: ["Kinshasa", "Goma", "Bukavu", "Lubumbashi", "Bunia", "Kananga"],
  NG: ["Lagos", "Abuja", "Maiduguri", "Kano", "Port Harcourt"],
  SY: ["Aleppo", "Idlib", "Damascus", "Homs", "Qamishli"],
  LB: ["Beirut", "Tripoli", "Saida", "Tyre", "Zahlé"],
  JO: ["Amman", "Irbid", "Mafraq", "Zarqa"],
  PS: ["Gaza", "Ramallah", "Hebron", "Nablus", "Jenin"],
  IQ: ["Baghdad", "Erbil", "Mosul", "Basra", "Duhok"],
  YE: ["Sana'a", "Aden", "Taiz", "Marib", "Hodeidah"],
  SD: ["Khartoum", "El Fasher", "Nyala", "Port Sudan", "Kassala"],
  SO: ["Mogadishu", "Baidoa", "Kismayo", "Hargeisa", "Garowe"],
  ET: ["Addis Ababa", "Mekelle", "Gondar", "Dire Dawa"],
  SS: ["Juba", "Malakal", "Bentiu", "Wau"],
  AF: ["Kabul", "Herat", "Mazar-i-Sharif", "Kandahar"],
  UA: ["Kyiv", "Kharkiv", "Odesa", "Dnipro", "Lviv", "Zaporizhzhia"],
  CO: ["Bogotá", "Medellín", "Cali", "Cúcuta", "Quibdó", "Barranquilla"],
  VE: ["Caracas", "Maracaibo", "Valencia", "Mérida"],
  GT: ["Guatemala", "Quetzaltenango", "Cobán"],
  MX: ["Ciudad de México", "Tijuana", "Oaxaca", "Chiapas", "Monterrey"],
  PE: ["Lima", "Ayacucho", "Cusco", "Puno"],
  HN: ["Tegucigalpa", "San Pedro Sula"],
  SV: ["San Salvador", "Santa Ana"],
  HT: ["Port-au-Prince", "Cap-Haïtien", "Les Cayes", "Gonaïves"],
  ML: ["Bamako", "Mopti", "Gao", "Tombouctou", "Kidal", "Ségou"],
  BF: ["Ouagadougou", "Bobo-Dioulasso", "Djibo"],
  NE: ["Niamey", "Agadez", "Zinder", "Diffa"],
  CF: ["Bangui", "Bria", "Bambari"],
  TD: ["N'Djamena", "Abéché", "Moundou"],
  CM: ["Yaoundé", "Douala", "Bamenda", "Maroua"],
  SN: ["Dakar", "Ziguinchor", "Saint-Louis", "Thiès"],
  BI: ["Bujumbura", "Gitega"],
  RW: ["Kigali", "Huye"],
  MZ: ["Maputo", "Pemba", "Beira", "Nampula"],
  ZW: ["Harare", "Bulawayo"],
  ZA: ["Johannesburg", "Cape Town", "Durban"],
  MM: ["Yangon", "Mandalay", "Sittwe", "Myitkyina"],
  BD: ["Dhaka", "Cox's Bazar", "Chittagong"],
  PK: ["Karachi", "Lahore", "Peshawar", "Quetta"],
  IN: ["New Delhi", "Mumbai", "Kolkata", "Chennai"],
  PH: ["Manila", "Davao", "Cotabato"],
  TR: ["Istanbul", "Gaziantep", "Ankara", "Diyarbakır"],
  EG: ["Cairo", "Alexandria", "Aswan"],
  TN: ["Tunis", "Sfax", "Sousse"],
  LY: ["Tripoli", "Benghazi", "Misrata"],
  US: ["New York", "Washington", "Chicago", "San Francisco"],
  GB: ["London", "Manchester", "Oxford", "Edinburgh"],
  CH: ["Genève", "Zürich", "Bern", "Lausanne"],
  FR: ["Paris", "Lyon", "Marseille", "Strasbourg"],
  BE: ["Bruxelles", "Liège", "Antwerpen"],
  NL: ["Den Haag", "Amsterdam", "Utrecht"],
  DE: ["Berlin", "Bonn", "Hamburg"],
  ES: ["Madrid", "Barcelona", "Sevilla"],
};

const surnames = zipfOf(
  [
    "Mandela",
    "García",
    "Diallo",
    "Haddad",
    "Mwangi",
    "Rodríguez",
    "Traoré",
    "Khoury",
    "Okafor",
    "Martínez",
    "Ndiaye",
    "Mansour",
    "Kamau",
    "López",
    "Keïta",
    "Nasser",
    "Otieno",
    "Hernández",
    "Lumumba",
    "Saleh",
    "Banda",
    "Torres",
    "Sankara",
    "Hussein",
    "Phiri",
    "Ramírez",
    "Mukwege",
    "Dlamini",
    "Castillo",
    "Moreau",
    "Adeyemi",
    "Vargas",
    "Dubois",
    "Nyambura",
    "Menchú",
    "Mercier",
    "Ilunga",
    "Romero",
    "Tshabalala",
    "Galeano",
    "Bemba",
    "Lefèvre",
    "Mutombo",
    "Brown",
    "Williams",
    "Abdullahi",
    "Osman",
    "Farah",
    "Yusuf",
    "Ibrahim",
    "Boateng",
    "Mensah",
    "Asante",
    "Achebe",
    "Wambui",
    "Chávez",
    "Quispe",
    "Mamani",
    "Huamán",
    "Condori",
    "Coulibaly",
    "Sissoko",
    "Kaboré",
    "Ouédraogo",
    "Zongo",
    "Habimana",
    "Uwimana",
    "Niyonzima",
    "Nkurunziza",
    "Al-Masri",
    "Darwish",
    "Barghouti",
    "Qasim",
    "Shaheen",
    "Wiesenthal",
    "Cassin",
    "Tutu",
    "Maathai",
    "Wangari",
    "Sirleaf",
    "Gbowee",
    "Karman",
    "Yousafzai",
    "Ebadi",
    "Mohammadi",
  ],
  0.9,
);

const en = {
  orgNouns: zipfOf(
    [
      "Centre",
      "Network",
      "Foundation",
      "Initiative",
      "Association",
      "Alliance",
      "Coalition",
      "Institute",
      "Forum",
      "Project",
      "Trust",
      "Collective",
      "Observatory",
      "Council",
      "Society",
      "Union",
      "Committee",
      "Fund",
      "Watch",
      "Action",
      "Platform",
      "Partnership",
      "Movement",
      "Clinic",
      "Center",
      "Programme",
    ],
    0.6,
  ),
  adjectives: zipfOf(
    [
      "Independent",
      "National",
      "International",
      "Regional",
      "Global",
      "United",
      "Community",
      "Youth",
      "Women's",
      "Democratic",
      "Open",
      "Free",
      "Humanitarian",
      "Grassroots",
      "Civic",
      "Popular",
      "Pan-African",
      "Interfaith",
      "Rural",
      "Coastal",
      "Northern",
      "Southern",
    ],
    0.7,
  ),
  causes: zipfOf(
    [
      "Human Rights",
      "Justice",
      "Peace",
      "Democracy",
      "Accountability",
      "Refugee Protection",
      "Civic Space",
      "Women's Rights",
      "Child Protection",
      "Legal Aid",
      "Transitional Justice",
      "Climate Justice",
      "Land Rights",
      "Press Freedom",
      "Dignity",
      "Development",
      "Education",
      "Health",
      "Food Security",
      "Disability Rights",
      "Indigenous Rights",
      "Humanitarian Response",
      "Conflict Resolution",
      "Memory and Truth",
      "Labour Rights",
      "Minority Rights",
      "the Rule of Law",
      "Digital Rights",
      "Migrant Rights",
      "Peacebuilding",
      "Reconciliation",
      "Water and Sanitation",
    ],
    0.8,
  ),
  people: zipfOf(
    [
      "Women",
      "Youth",
      "Lawyers",
      "Journalists",
      "Farmers",
      "Mothers",
      "Teachers",
      "Doctors",
      "Survivors",
      "Families of the Disappeared",
      "Students",
      "Workers",
      "Widows",
      "Nurses",
      "Artists",
      "Human Rights Defenders",
      "Paralegals",
      "Displaced People",
    ],
    0.8,
  ),
};

type Gendered = { word: string; feminine: boolean };
const fr = {
  nouns: zipfOf<Gendered>(
    [
      { word: "Réseau", feminine: false },
      { word: "Association", feminine: true },
      { word: "Ligue", feminine: true },
      { word: "Collectif", feminine: false },
      { word: "Observatoire", feminine: false },
      { word: "Centre", feminine: false },
      { word: "Coalition", feminine: true },
      { word: "Fondation", feminine: true },
      { word: "Mouvement", feminine: false },
      { word: "Alliance", feminine: true },
      { word: "Comité", feminine: false },
      { word: "Groupe", feminine: false },
      { word: "Plateforme", feminine: true },
      { word: "Union", feminine: true },
      { word: "Initiative", feminine: true },
      { word: "Action", feminine: true },
      { word: "Forum", feminine: false },
      { word: "Conseil", feminine: false },
      { word: "Maison", feminine: true },
      { word: "Clinique juridique", feminine: true },
    ],
    0.6,
  ),
  adjectives: zipfOf<[string, string]>(
    [
      ["national", "nationale"],
      ["africain", "africaine"],
      ["citoyen", "citoyenne"],
      ["international", "internationale"],
      ["indépendant", "indépendante"],
      ["populaire", "populaire"],
      ["solidaire", "solidaire"],
      ["humanitaire", "humanitaire"],
      ["démocratique", "démocratique"],
      ["sahélien", "sahélienne"],
      ["congolais", "congolaise"],
      ["malien", "malienne"],
      ["ivoirien", "ivoirienne"],
      ["féminin", "féminine"],
      ["rural", "rurale"],
      ["juridique", "juridique"],
      ["régional", "régionale"],
      ["paysan", "paysanne"],
    ],
    0.7,
  ),
  causes: zipfOf(
    [
      "la défense des droits humains",
      "la paix",
      "la justice",
      "les droits des femmes",
      "la protection de l'enfance",
      "les réfugiés et déplacés",
      "la démocratie et la bonne gouvernance",
      "le développement durable",
      "l'accès à la justice",
      "la liberté de la presse",
      "la dignité humaine",
      "l'éducation pour tous",
      "la santé communautaire",
      "la sécurité alimentaire",
      "la lutte contre la torture",
      "l'abolition de la peine de mort",
      "la promotion de la femme",
      "la cohésion sociale",
      "l'environnement",
      "les droits économiques et sociaux",
      "la mémoire et la vérité",
    ],
    0.8,
  ),
  people: zipfOf(
    [
      "femmes juristes",
      "jeunes",
      "défenseurs des droits humains",
      "journalistes",
      "paysans",
      "mères",
      "enseignants",
      "survivants",
      "familles de disparus",
      "étudiants",
      "travailleurs",
      "veuves",
      "avocats",
      "victimes",
      "personnes handicapées",
      "femmes rurales",
      "déplacés",
    ],
    0.8,
  ),
};

const es = {
  foundationWords: zipfOf(
    [
      "Esperanza",
      "Manos Unidas",
      "Pueblo",
      "Tierra Viva",
      "Nuevo Amanecer",
      "Paz y Esperanza",
      "Luz",
      "Semilla",
      "Raíces",
      "Horizonte",
      "Caminos",
      "Sembrar",
      "Vida Digna",
      "Puentes",
      "Madre Tierra",
      "Mujeres Valientes",
      "Nuestra Voz",
      "Huellas",
    ],
    0.8,
  ),
  nouns: zipfOf<Gendered>(
    [
      { word: "Red", feminine: true },
      { word: "Colectivo", feminine: false },
      { word: "Movimiento", feminine: false },
      { word: "Observatorio", feminine: false },
      { word: "Corporación", feminine: true },
      { word: "Alianza", feminine: true },
      { word: "Coordinadora", feminine: true },
      { word: "Instituto", feminine: false },
      { word: "Centro", feminine: false },
      { word: "Comité", feminine: false },
      { word: "Asociación", feminine: true },
      { word: "Plataforma", feminine: true },
    ],
    0.6,
  ),
  adjectives: zipfOf<[string, string]>(
    [
      ["Nacional", "Nacional"],
      ["Latinoamericano", "Latinoamericana"],
      ["Ciudadano", "Ciudadana"],
      ["Popular", "Popular"],
      ["Colombiano", "Colombiana"],
      ["Andino", "Andina"],
      ["Indígena", "Indígena"],
      ["Comunitario", "Comunitaria"],
      ["Independiente", "Independiente"],
      ["Feminista", "Feminista"],
      ["Campesino", "Campesina"],
      ["Mesoamericano", "Mesoamericana"],
    ],
    0.7,
  ),
  causes: zipfOf(
    [
      "los Derechos Humanos",
      "la Paz",
      "la Justicia",
      "la Memoria y la Verdad",
      "los Derechos de las Mujeres",
      "la Niñez",
      "los Pueblos Indígenas",
      "la Tierra y el Territorio",
      "la Democracia",
      "la Libertad de Expresión",
      "el Medio Ambiente",
      "la Dignidad",
      "el Desarrollo Comunitario",
      "las Personas Migrantes",
      "la Reconciliación",
    ],
    0.8,
  ),
  people: zipfOf(
    [
      "Mujeres",
      "Jóvenes",
      "Abogados",
      "Periodistas",
      "Campesinos",
      "Madres",
      "Víctimas",
      "Familiares de Desaparecidos",
      "Defensores",
      "Trabajadoras",
      "Estudiantes",
      "Migrantes",
    ],
    0.8,
  ),
};

const ar = {
  words: zipfOf(
    [
      "Amal",
      "Karama",
      "Haq",
      "Nour",
      "Salam",
      "Adl",
      "Hurriya",
      "Tadamon",
      "Insan",
      "Mustaqbal",
      "Wafa",
      "Hayat",
      "Rahma",
      "Sanabel",
      "Basma",
      "Masar",
      "Jusoor",
      "Ghad",
      "Ihsan",
      "Ittihad",
      "Bayader",
      "Najdeh",
      "Sawa",
      "Ruwad",
      "Tamkeen",
      "Mizan",
      "Shams",
      "Zeitouna",
    ],
    0.8,
  ),
  prefixes: zipfOf(["Jam'iyat", "Mu'assasat", "Markaz", "Shabakat", "Multaqa", "Majmu'at"], 0.7),
};

/** Mission phrases per issue, in the four interface languages; other issues use their parent's. */
const issuePhrases: Record<string, Record<NameLanguage, string>> = {
  civil_political: {
    en: "civil and political rights",
    fr: "les droits civils et politiques",
    es: "los derechos civiles y políticos",
    ar: "الحقوق المدنية والسياسية",
  },
  freedom_of_expression: {
    en: "freedom of expression and the safety of journalists",
    fr: "la liberté d'expression et la sécurité des journalistes",
    es: "la libertad de expresión y la seguridad de periodistas",
    ar: "حرية التعبير وسلامة الصحفيين",
  },
  arbitrary_detention: {
    en: "people held in arbitrary detention",
    fr: "les personnes en détention arbitraire",
    es: "las personas en detención arbitraria",
    ar: "المحتجزين تعسفياً",
  },
  torture: {
    en: "the prevention of torture and care for survivors",
    fr: "la prévention de la torture et l'accompagnement des survivants",
    es: "la prevención de la tortura y la atención a sobrevivientes",
    ar: "منع التعذيب ورعاية الناجين",
  },
  enforced_disappearance: {
    en: "the families of the disappeared",
    fr: "les familles de personnes disparues",
    es: "las familias de personas desaparecidas",
    ar: "عائلات المختفين قسراً",
  },
  human_rights_defenders: {
    en: "the protection of human rights defenders",
    fr: "la protection des défenseurs des droits humains",
    es: "la protección de personas defensoras de derechos humanos",
    ar: "حماية المدافعين عن حقوق الإنسان",
  },
  economic_social: {
    en: "economic and social rights",
    fr: "les droits économiques et sociaux",
    es: "los derechos económicos y sociales",
    ar: "الحقوق الاقتصادية والاجتماعية",
  },
  right_to_health: {
    en: "access to health care",
    fr: "l'accès aux soins de santé",
    es: "el acceso a la salud",
    ar: "الحق في الصحة",
  },
  right_to_education: {
    en: "the right to education",
    fr: "le droit à l'éducation",
    es: "el derecho a la educación",
    ar: "الحق في التعليم",
  },
  equality: {
    en: "equality and non-discrimination",
    fr: "l'égalité et la non-discrimination",
    es: "la igualdad y la no discriminación",
    ar: "المساواة وعدم التمييز",
  },
  gender_based_violence: {
    en: "survivors of gender-based violence",
    fr: "les survivantes de violences basées sur le genre",
    es: "las sobrevivientes de violencia de género",
    ar: "الناجيات من العنف القائم على النوع الاجتماعي",
  },
  child_rights: {
    en: "the rights of children",
    fr: "les droits de l'enfant",
    es: "los derechos de la niñez",
    ar: "حقوق الطفل",
  },
  indigenous_peoples: {
    en: "the rights of indigenous peoples",
    fr: "les droits des peuples autochtones",
    es: "los derechos de los pueblos indígenas",
    ar: "حقوق الشعوب الأصلية",
  },
  protection: {
    en: "the protection of civilians",
    fr: "la protection des civils",
    es: "la protección de la población civil",
    ar: "حماية المدنيين",
  },
  forced_displacement: {
    en: "displaced families",
    fr: "les familles déplacées",
    es: "las familias desplazadas",
    ar: "الأسر النازحة",
  },
  humanitarian_access: {
    en: "humanitarian access",
    fr: "l'accès humanitaire",
    es: "el acceso humanitario",
    ar: "وصول المساعدات الإنسانية",
  },
  justice: {
    en: "justice and accountability",
    fr: "la justice et la redevabilité",
    es: "la justicia y la rendición de cuentas",
    ar: "العدالة والمساءلة",
  },
  transitional_justice: {
    en: "truth, memory and transitional justice",
    fr: "la vérité, la mémoire et la justice transitionnelle",
    es: "la verdad, la memoria y la justicia transicional",
    ar: "الحقيقة والذاكرة والعدالة الانتقالية",
  },
  migration: {
    en: "refugees and migrants",
    fr: "les réfugiés et les migrants",
    es: "las personas refugiadas y migrantes",
    ar: "اللاجئين والمهاجرين",
  },
  statelessness: {
    en: "stateless people",
    fr: "les personnes apatrides",
    es: "las personas apátridas",
    ar: "عديمي الجنسية",
  },
  environment: {
    en: "climate justice and a healthy environment",
    fr: "la justice climatique et un environnement sain",
    es: "la justicia climática y un ambiente sano",
    ar: "العدالة المناخية وبيئة صحية",
  },
  arms: {
    en: "arms control and disarmament",
    fr: "le contrôle des armes et le désarmement",
    es: "el control de armas y el desarme",
    ar: "الحد من التسلح ونزع السلاح",
  },
};

const capacityPhrases: Record<string, Record<NameLanguage, string>> = {
  documentation: {
    en: "document violations",
    fr: "documentons les violations",
    es: "documentamos violaciones",
    ar: "نوثق الانتهاكات",
  },
  legal_analysis: {
    en: "provide legal analysis",
    fr: "produisons des analyses juridiques",
    es: "elaboramos análisis jurídicos",
    ar: "نقدم التحليل القانوني",
  },
  litigation: {
    en: "litigate strategic cases",
    fr: "portons des contentieux stratégiques",
    es: "llevamos litigio estratégico",
    ar: "نرفع قضايا استراتيجية",
  },
  research: {
    en: "publish research",
    fr: "publions des recherches",
    es: "publicamos investigaciones",
    ar: "ننشر الأبحاث",
  },
  policy_advocacy: {
    en: "advocate with decision-makers",
    fr: "menons un plaidoyer auprès des décideurs",
    es: "hacemos incidencia ante autoridades",
    ar: "نناصر لدى صناع القرار",
  },
  media_communications: {
    en: "run public campaigns",
    fr: "menons des campagnes publiques",
    es: "realizamos campañas públicas",
    ar: "ننظم حملات عامة",
  },
  grassroots_mobilisation: {
    en: "mobilise communities",
    fr: "mobilisons les communautés",
    es: "movilizamos a las comunidades",
    ar: "نحشد المجتمعات",
  },
  service_delivery: {
    en: "deliver emergency assistance",
    fr: "apportons une assistance d'urgence",
    es: "brindamos asistencia de emergencia",
    ar: "نقدم المساعدة الطارئة",
  },
  training: {
    en: "train local partners",
    fr: "formons des partenaires locaux",
    es: "capacitamos a organizaciones locales",
    ar: "ندرب الشركاء المحليين",
  },
  psychosocial_support: {
    en: "offer psychosocial support",
    fr: "offrons un soutien psychosocial",
    es: "ofrecemos apoyo psicosocial",
    ar: "نقدم الدعم النفسي والاجتماعي",
  },
  un_mechanisms: {
    en: "engage with UN mechanisms",
    fr: "saisissons les mécanismes de l'ONU",
    es: "acudimos a los mecanismos de la ONU",
    ar: "نتعامل مع آليات الأمم المتحدة",
  },
};
const genericCapacity: Record<NameLanguage, string> = {
  en: "work with partners",
  fr: "travaillons avec nos partenaires",
  es: "trabajamos con aliados",
  ar: "نعمل مع الشركاء",
};

const missionOpeners: Record<NameLanguage, readonly string[]> = {
  en: ["works to defend", "promotes", "protects", "stands up for", "advances", "supports"],
  fr: ["œuvre pour", "défend", "promeut", "agit pour", "soutient", "accompagne"],
  es: ["trabaja por", "defiende", "promueve", "acompaña", "impulsa", "protege"],
  ar: ["تعمل من أجل", "تدافع عن", "تعزز", "تحمي", "تدعم"],
};
const descriptionSentences: Record<NameLanguage, readonly string[]> = {
  en: [
    "Founded by survivors and volunteers, we now work with partners across the region.",
    "Our team includes lawyers, researchers, social workers and community mobilisers.",
    "We publish regular reports and brief diplomats, journalists and UN bodies.",
    "Our programmes reach displaced families in camps and host communities.",
    "We are governed by an elected board and audited every year.",
  ],
  fr: [
    "Fondée par des survivants et des bénévoles, l'organisation travaille avec des partenaires dans toute la région.",
    "Notre équipe réunit des juristes, des chercheurs, des travailleurs sociaux et des animateurs communautaires.",
    "Nous publions des rapports réguliers et informons diplomates, journalistes et organes de l'ONU.",
    "Nos programmes atteignent les familles déplacées dans les camps et les communautés d'accueil.",
  ],
  es: [
    "Fundada por sobrevivientes y voluntarios, trabajamos con aliados en toda la región.",
    "Nuestro equipo reúne abogadas, investigadores, trabajadoras sociales y promotores comunitarios.",
    "Publicamos informes periódicos e informamos a diplomáticos, periodistas y órganos de la ONU.",
    "Nuestros programas llegan a familias desplazadas en albergues y comunidades de acogida.",
  ],
  ar: [
    "تأسست على يد ناجين ومتطوعين، وتعمل اليوم مع شركاء في أنحاء المنطقة.",
    "يضم فريقنا محامين وباحثين وأخصائيين اجتماعيين.",
    "ننشر تقارير دورية ونطلع الدبلوماسيين والصحفيين وهيئات الأمم المتحدة.",
  ],
};

// ---------------------------------------------------------------------------------------------
// Taxonomy, read from the database
// ---------------------------------------------------------------------------------------------

export type Taxonomy = {
  types: string[];
  levels: string[];
  issues: string[];
  issueParent: Map<string, string | null>;
  capacities: string[];
  sizeBands: string[];
  languages: string[];
  countries: string[];
  regionOf: Map<string, string>;
  countryLabel: Map<string, Record<string, string>>;
};

export async function loadTaxonomy(db: Db): Promise<Taxonomy> {
  const result = await db.execute(
    sql`select vocabulary, key, parent_key, labels, region_key from taxonomy_terms order by vocabulary, sort`,
  );
  const rows = rowsOf<{
    vocabulary: string;
    key: string;
    parent_key: string | null;
    labels: Record<string, string>;
    region_key: string | null;
  }>(result);
  const of = (vocabulary: string) => rows.filter((r) => r.vocabulary === vocabulary);
  const taxonomy: Taxonomy = {
    types: of("org_type").map((r) => r.key),
    levels: of("level").map((r) => r.key),
    issues: of("issue").map((r) => r.key),
    issueParent: new Map(of("issue").map((r) => [r.key, r.parent_key])),
    capacities: of("capacity").map((r) => r.key),
    sizeBands: of("size_band").map((r) => r.key),
    languages: of("language").map((r) => r.key),
    countries: of("country").map((r) => r.key),
    regionOf: new Map(
      of("country")
        .filter((r) => r.region_key)
        .map((r) => [r.key, r.region_key as string]),
    ),
    countryLabel: new Map(of("country").map((r) => [r.key, r.labels])),
  };
  for (const [name, list] of Object.entries(taxonomy)) {
    if (Array.isArray(list) && !list.length) throw new Error(`No ${name} in taxonomy_terms`);
  }
  return taxonomy;
}

// ---------------------------------------------------------------------------------------------
// One organisation
// ---------------------------------------------------------------------------------------------

export type GeneratedOrganization = {
  id: string;
  name: string;
  acronym: string | null;
  mission: LocalizedText | null;
  description: LocalizedText | null;
  website: string | null;
  types: string[];
  level: string;
  headquartersCountry: string;
  countries: string[];
  regions: string[];
  issues: string[];
  capacities: string[];
  workingLanguages: string[];
  sizeBand: string | null;
  visibility: FieldVisibility;
  hiddenFromDirectory: boolean;
  verifiedAt: Date | null;
  createdAt: Date;
};

const baseTime = Date.UTC(2024, 0, 1);

/** A UUIDv7 whose time and random bits both come from the generator, like the app's ids. */
export function uuidV7(random: Random, ms: number): string {
  const hex = (n: number, digits: number) => Math.floor(n).toString(16).padStart(digits, "0");
  const time = hex(ms, 12);
  const r = () => Math.floor(random.next() * 0x10000);
  return (
    `${time.slice(0, 8)}-${time.slice(8, 12)}-7${hex(r() & 0xfff, 3)}-` +
    `${hex((r() & 0x3fff) | 0x8000, 4)}-${hex(r(), 4)}${hex(r(), 4)}${hex(r(), 4)}`
  );
}

const smallWords = new Set([
  "for",
  "of",
  "the",
  "and",
  "pour",
  "de",
  "des",
  "la",
  "le",
  "les",
  "du",
  "l",
  "et",
  "por",
  "y",
  "el",
  "los",
  "las",
  "al",
  "lil",
  "li",
]);

function acronymOf(name: string): string | null {
  const words = name.split(/[\s'-]+/).filter((w) => w && !smallWords.has(w.toLowerCase()));
  const letters = words.map((w) => w[0]?.toUpperCase() ?? "").join("");
  return letters.length >= 2 && letters.length <= 8 ? letters : null;
}

export function createOrganizationGenerator(taxonomy: Taxonomy, seed: number) {
  const random = createRandom(seed);
  const countryWeights = taxonomy.countries.map((c) => hotCountries[c] ?? 0.6);
  const countries = new Weighted(taxonomy.countries, countryWeights);
  const known = (list: readonly string[]) => list.filter((c) => taxonomy.regionOf.has(c));
  const northHq = new Weighted(
    known(globalNorth),
    known(globalNorth).map((c) => hotCountries[c] ?? 1),
  );
  const byRegion = new Map<string, Weighted<string>>();
  for (const region of new Set(taxonomy.regionOf.values())) {
    const list = taxonomy.countries.filter((c) => taxonomy.regionOf.get(c) === region);
    byRegion.set(
      region,
      new Weighted(
        list,
        list.map((c) => hotCountries[c] ?? 0.6),
      ),
    );
  }

  const typeWeights: Record<string, number> = {
    human_rights: 30,
    humanitarian: 28,
    development: 20,
    community_based: 16,
    womens_rights: 12,
    legal_aid: 8,
    faith_based: 7,
    environmental: 6,
    media: 5,
    academic: 5,
    donor: 3,
    trade_union: 2,
    un_agency: 1,
    government: 1,
    business: 1,
    other: 2,
  };
  const types = new Weighted(
    taxonomy.types,
    taxonomy.types.map((t) => typeWeights[t] ?? 1),
  );
  const levelWeights: Record<string, number> = {
    local: 40,
    national: 35,
    regional: 12,
    international: 13,
  };
  const levels = new Weighted(
    taxonomy.levels,
    taxonomy.levels.map((l) => levelWeights[l] ?? 5),
  );
  const issueWeights: Record<string, number> = {
    human_rights_defenders: 12,
    gender_based_violence: 12,
    forced_displacement: 11,
    child_rights: 10,
    refugees_asylum: 10,
    gender_equality: 9,
    freedom_of_expression: 8,
    humanitarian_access: 8,
    right_to_health: 7,
    right_to_food: 6,
    right_to_education: 6,
    arbitrary_detention: 6,
    torture: 5,
    transitional_justice: 5,
    climate_justice: 5,
  };
  const issues = new Weighted(
    taxonomy.issues,
    taxonomy.issues.map((i) => issueWeights[i] ?? 1.5),
  );
  const capacities = zipfOf(taxonomy.capacities, 0.5);
  const otherLanguages = zipfOf(
    taxonomy.languages.filter((l) => !["en", "fr", "es", "ar"].includes(l)),
    0.8,
  );
  const counts = {
    types: new Weighted([1, 2, 3], [70, 24, 6]),
    issues: new Weighted([1, 2, 3, 4, 5, 6], [18, 30, 24, 14, 8, 6]),
    capacities: new Weighted([1, 2, 3, 4, 5, 6], [20, 30, 22, 14, 8, 6]),
    operations: new Weighted([1, 2, 3, 4, 5], [45, 25, 15, 9, 6]),
  };
  const sizeBands = zipfOf(taxonomy.sizeBands, 0.3);

  const placeIn = (country: string, language: NameLanguage): string => {
    const list = cities[country];
    if (list && random.chance(0.8)) return random.pick(list);
    const labels = taxonomy.countryLabel.get(country);
    return labels?.[language] ?? labels?.en ?? country;
  };

  function nameFor(language: NameLanguage, place: string): string {
    const r = random.next();
    switch (language) {
      case "en": {
        if (r < 0.25) return `${place} ${en.orgNouns.pick(random)} for ${en.causes.pick(random)}`;
        if (r < 0.45)
          return `${en.adjectives.pick(random)} ${en.orgNouns.pick(random)} for ${en.causes.pick(random)}`;
        if (r < 0.6) return `${en.causes.pick(random)} ${en.orgNouns.pick(random)} ${place}`;
        if (r < 0.72) return `${surnames.pick(random)} ${en.orgNouns.pick(random)}`;
        if (r < 0.88) return `${en.people.pick(random)} ${en.orgNouns.pick(random)} of ${place}`;
        return `${en.adjectives.pick(random)} ${en.people.pick(random)} ${en.orgNouns.pick(random)}`;
      }
      case "fr": {
        const noun = fr.nouns.pick(random);
        const adj = fr.adjectives.pick(random)[noun.feminine ? 1 : 0];
        if (r < 0.4) return `${noun.word} ${adj} pour ${fr.causes.pick(random)}`;
        if (r < 0.7) return `${noun.word} des ${fr.people.pick(random)} de ${place}`;
        if (r < 0.85) return `${noun.word} ${adj} des ${fr.people.pick(random)}`;
        return `${noun.word} ${surnames.pick(random)} pour ${fr.causes.pick(random)}`;
      }
      case "es": {
        const noun = es.nouns.pick(random);
        const adj = es.adjectives.pick(random)[noun.feminine ? 1 : 0];
        if (r < 0.2) return `Fundación ${es.foundationWords.pick(random)}`;
        if (r < 0.32) return `Fundación ${surnames.pick(random)}`;
        if (r < 0.55) return `${noun.word} ${adj} por ${es.causes.pick(random)}`;
        if (r < 0.78) return `${noun.word} de ${es.people.pick(random)} de ${place}`;
        if (r < 0.9) return `Centro de Derechos Humanos ${surnames.pick(random)}`;
        return `${noun.word} ${adj} de ${es.people.pick(random)}`;
      }
      case "ar": {
        const word = ar.words.pick(random);
        if (r < 0.3) return `Al-${word} ${en.orgNouns.pick(random)} for ${en.causes.pick(random)}`;
        if (r < 0.5) return `Al-${word} Foundation`;
        if (r < 0.7) return `${ar.prefixes.pick(random)} Al-${word}`;
        if (r < 0.82) return `${ar.prefixes.pick(random)} Al-${word} li-Huquq Al-Insan`;
        if (r < 0.92) return `Al-${word} Organization for Relief and Development`;
        return `${word} ${en.orgNouns.pick(random)} ${place}`;
      }
    }
  }

  function missionText(
    language: NameLanguage,
    name: string,
    issueKeys: string[],
    capacityKeys: string[],
    place: string,
  ): string {
    const phrase = (key: string) =>
      issuePhrases[key]?.[language] ??
      issuePhrases[taxonomy.issueParent.get(key) ?? ""]?.[language] ??
      issuePhrases.civil_political?.[language] ??
      "";
    const cap = (key: string | undefined) =>
      (key ? capacityPhrases[key]?.[language] : undefined) ?? genericCapacity[language];
    const opener = random.pick(missionOpeners[language]);
    const first = phrase(issueKeys[0] ?? "");
    const second = issueKeys[1] ? phrase(issueKeys[1]) : null;
    const what = second && second !== first ? `${first}, ${second}` : first;
    switch (language) {
      case "en":
        return `${name} ${opener} ${what} in ${place}. We ${cap(capacityKeys[0])} and ${cap(capacityKeys[1])}.`;
      case "fr":
        return `${name} ${opener} ${what} à ${place}. Nous ${cap(capacityKeys[0])} et ${cap(capacityKeys[1])}.`;
      case "es":
        return `${name} ${opener} ${what} en ${place}. ${cap(capacityKeys[0])} y ${cap(capacityKeys[1])}.`;
      case "ar":
        return `${name} ${opener} ${what} في ${place}. ${cap(capacityKeys[0])} و${cap(capacityKeys[1])}.`;
    }
  }

  function localized(
    languages: NameLanguage[],
    text: (language: NameLanguage) => string,
  ): LocalizedText {
    const texts: Record<string, string> = {};
    for (const l of languages) texts[l] = text(l);
    return { original: languages[0] ?? "en", texts };
  }

  let index = 0;
  return function next(): GeneratedOrganization {
    const i = index++;
    const level = levels.pick(random);
    const international = level === "international";
    const headquartersCountry =
      international && random.chance(0.6) ? northHq.pick(random) : countries.pick(random);
    const hqRegion = taxonomy.regionOf.get(headquartersCountry);

    // Countries of operation: local and national groups work at home, regional ones nearby.
    const operations = new Set<string>();
    const want = counts.operations.pick(random);
    if (level === "local" || level === "national") {
      operations.add(headquartersCountry);
      if (want > 2 && hqRegion) {
        for (const c of byRegion.get(hqRegion)?.pickDistinct(random, want - 2) ?? [])
          operations.add(c);
      }
    } else if (level === "regional" && hqRegion) {
      operations.add(headquartersCountry);
      for (const c of byRegion.get(hqRegion)?.pickDistinct(random, want) ?? []) operations.add(c);
    } else {
      for (const c of countries.pickDistinct(random, want + 1)) operations.add(c);
    }
    const countryList = [...operations];
    const regions = [
      ...new Set(
        [...countryList, headquartersCountry]
          .map((c) => taxonomy.regionOf.get(c))
          .filter((r): r is string => !!r),
      ),
    ].sort();

    const language: NameLanguage = hispanophone.includes(headquartersCountry)
      ? random.chance(0.85)
        ? "es"
        : "en"
      : francophone.includes(headquartersCountry)
        ? random.chance(0.8)
          ? "fr"
          : "en"
        : arabophone.includes(headquartersCountry)
          ? random.chance(0.7)
            ? "ar"
            : "en"
          : random.chance(0.92)
            ? "en"
            : random.pick(["fr", "es"] as const);
    const place = placeIn(headquartersCountry, language);
    const name = nameFor(language, place);
    const acronym = random.chance(0.55) ? acronymOf(name) : null;

    const typeKeys = types.pickDistinct(random, counts.types.pick(random));
    const issueKeys = issues.pickDistinct(random, counts.issues.pick(random));
    const capacityKeys = capacities.pickDistinct(random, counts.capacities.pick(random));

    const working = new Set<string>();
    if (language !== "en" || random.chance(0.85)) working.add(language);
    if (language !== "en" && random.chance(0.55)) working.add("en");
    if (random.chance(0.12)) working.add(random.pick(["fr", "es", "ar"]));
    if (random.chance(0.35))
      for (const l of otherLanguages.pickDistinct(random, random.int(1, 2))) working.add(l);
    if (!working.size) working.add("en");

    // Missions in one or two languages; the second is usually English, or French from English.
    const missionLanguages: NameLanguage[] = [language];
    if (random.chance(0.4))
      missionLanguages.push(language === "en" ? random.pick(["fr", "es", "ar"] as const) : "en");
    const mission = random.chance(0.94)
      ? localized(missionLanguages, (l) => missionText(l, name, issueKeys, capacityKeys, place))
      : null;
    const description = random.chance(0.5)
      ? localized([language], (l) => {
          const list = descriptionSentences[l];
          const n = random.int(1, 3);
          const start = random.int(0, list.length - 1);
          return Array.from({ length: n }, (_, k) => list[(start + k) % list.length]).join(" ");
        })
      : null;

    const visibility: FieldVisibility = {
      mission: random.chance(0.06) ? "signed_in" : "public",
      work: random.chance(0.1) ? "signed_in" : "public",
      posture: "members",
      contacts: "signed_in",
    };
    const createdMs = baseTime + i * 60_000 * 5;
    const id = uuidV7(random, createdMs);
    const verified = random.chance(0.1);
    return {
      id,
      name,
      acronym,
      mission,
      description,
      website: random.chance(0.7) ? `https://org-${id.slice(-12)}.example.org` : null,
      types: typeKeys,
      level,
      headquartersCountry,
      countries: countryList,
      regions,
      issues: issueKeys,
      capacities: capacityKeys,
      workingLanguages: [...working],
      sizeBand: random.chance(0.7) ? sizeBands.pick(random) : null,
      visibility,
      hiddenFromDirectory: random.chance(0.02),
      verifiedAt: verified ? new Date(createdMs + 86_400_000 * random.int(1, 60)) : null,
      createdAt: new Date(createdMs),
    };
  };
}

// ---------------------------------------------------------------------------------------------
// Bulk insert
// ---------------------------------------------------------------------------------------------

/**
 * One batch as a single INSERT ... SELECT over a JSON array: one parameter per batch, so
 * neither the driver's parameter limit nor the query builder's cost grows with the batch.
 *
 * The three search columns are computed here from the repository's own `searchTexts` with the
 * same SQL expressions as its `searchColumns`, applied to columns instead of parameters. This is the only copy in bench/; `verifySearchColumns` below checks
 * it against the repository's own code after every generation.
 */
function insertBatch(rows: GeneratedOrganization[]): SQL {
  const json = JSON.stringify(rows.map((row) => ({ ...row, ...searchTexts(row) })));
  return sql`
    insert into organizations (
      id, name, acronym, mission, description, website, types, level, headquarters_country,
      countries, regions, issues, capacities, working_languages, size_band, postures, contacts,
      visibility, hidden_from_directory, verified_at, created_at, updated_at,
      name_search, name_vector, mission_vector)
    select
      r.id, r.name, r.acronym, r.mission, r.description, r.website, r.types, r.level,
      r."headquartersCountry", r.countries, r.regions, r.issues, r.capacities,
      r."workingLanguages", r."sizeBand", '{}', '[]'::jsonb,
      r.visibility, r."hiddenFromDirectory", r."verifiedAt", r."createdAt", r."createdAt",
      cg_unaccent(lower(r."nameText")),
      cg_search_vector(cg_unaccent(r."foldedName")),
      cg_search_vector(cg_unaccent(r."foldedMission"))
    from jsonb_to_recordset(${json}::jsonb) as r(
      id uuid, name text, acronym text, mission jsonb, description jsonb, website text,
      types text[], level text, "headquartersCountry" text, countries text[], regions text[],
      issues text[], capacities text[], "workingLanguages" text[], "sizeBand" text,
      visibility jsonb, "hiddenFromDirectory" boolean, "verifiedAt" timestamptz,
      "createdAt" timestamptz, "nameText" text, "foldedName" text, "foldedMission" text)`;
}

class Rollback extends Error {}

/**
 * Rewrites a sample of rows through the real organisations repository (which recomputes the
 * search columns with its own `searchColumns`) inside a transaction that is rolled back, and
 * fails if any search column differs from what the bulk insert stored.
 */
export async function verifySearchColumns(database: Database, sample = 100): Promise<void> {
  const repo = createOrganizationsRepo(database.db);
  const columns = sql`name_search, name_vector::text as name_vector, mission_vector::text as mission_vector`;
  const ids = rowsOf<{ id: string }>(
    await database.db.execute(sql`select id from organizations order by id limit ${sample}`),
  ).map((r) => r.id);
  const mismatches: string[] = [];
  try {
    await database.db.transaction(async (tx) => {
      for (const id of ids) {
        const row = await repo.findById(id, tx);
        if (!row) throw new Error(`row ${id} vanished`);
        const before = await tx.execute(sql`select ${columns} from organizations where id = ${id}`);
        const {
          id: _id,
          nameSearch: _nameSearch,
          nameVector: _nameVector,
          missionVector: _missionVector,
          createdAt: _createdAt,
          missionVisibility: _missionVisibility,
          workVisibility: _workVisibility,
          ...writable
        } = row;
        await repo.update(tx, id, writable);
        const after = await tx.execute(sql`select ${columns} from organizations where id = ${id}`);
        const [a, b] = [before, after].map((r) => JSON.stringify(rowsOf(r)[0]));
        if (a !== b) mismatches.push(`${id}: bulk ${a} vs repository ${b}`);
      }
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  if (mismatches.length) {
    throw new Error(`Search columns differ from the repository's:\n${mismatches.join("\n")}`);
  }
}

export type GenerateOptions = {
  count: number;
  seed?: number;
  batchSize?: number;
  /** Drop the secondary indexes while loading and rebuild them after (much faster). */
  deferIndexes?: boolean;
  onProgress?: (done: number) => void;
};

export type GenerateReport = {
  count: number;
  insertMs: number;
  indexMs: number;
  analyzeMs: number;
  totalMs: number;
};

export async function generateOrganizations(
  database: Database,
  options: GenerateOptions,
): Promise<GenerateReport> {
  const { db } = database;
  const started = performance.now();
  const taxonomy = await loadTaxonomy(db);
  const next = createOrganizationGenerator(taxonomy, options.seed ?? 20261125);
  const batchSize = options.batchSize ?? 1000;

  let indexes: { indexname: string; indexdef: string }[] = [];
  if (options.deferIndexes ?? true) {
    indexes = rowsOf<{ indexname: string; indexdef: string }>(
      await db.execute(
        sql`select indexname, indexdef from pg_indexes where schemaname = current_schema() and tablename in ('organizations', 'directory_entries') and indexname not like '%_pkey' and indexname not like '%_unique'`,
      ),
    );
    for (const index of indexes) await db.execute(sql.raw(`drop index "${index.indexname}"`));
  }

  for (let done = 0; done < options.count;) {
    const size = Math.min(batchSize, options.count - done);
    const batch = Array.from({ length: size }, () => next());
    await db.transaction(async (tx) => {
      await tx.execute(insertBatch(batch));
    });
    done += size;
    options.onProgress?.(done);
  }
  const inserted = performance.now();

  for (const index of indexes) await db.execute(sql.raw(index.indexdef));
  const indexed = performance.now();
  await verifySearchColumns(database);
  await db.execute(sql`vacuum analyze organizations`);
  await db.execute(sql`vacuum analyze directory_entries`);
  await db.execute(sql`analyze taxonomy_terms`);
  const analyzed = performance.now();
  return {
    count: options.count,
    insertMs: inserted - started,
    indexMs: indexed - inserted,
    analyzeMs: analyzed - indexed,
    totalMs: analyzed - started,
  };
}
