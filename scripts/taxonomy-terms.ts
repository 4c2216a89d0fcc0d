import countries from "world-countries";

/** The interface languages every term carries a label for. */
export const locales = ["en", "fr", "es", "ar"] as const;
export type Locale = (typeof locales)[number];
export type Labels = Record<Locale, string>;

export interface TermDefinition {
  vocabulary: string;
  key: string;
  parentKey: string | null;
  labels: Labels;
  sort: number;
  regionKey: string | null;
}

interface HandTerm {
  key: string;
  labels: Labels;
  children?: HandTerm[];
}

function flat(vocabulary: string, list: HandTerm[]): TermDefinition[] {
  const out: TermDefinition[] = [];
  const visit = (term: HandTerm, parentKey: string | null) => {
    out.push({
      vocabulary,
      key: term.key,
      parentKey,
      labels: term.labels,
      sort: out.length,
      regionKey: null,
    });
    for (const child of term.children ?? []) visit(child, term.key);
  };
  for (const term of list) visit(term, null);
  return out;
}

export const orgTypes = flat("org_type", [
  {
    key: "human_rights",
    labels: {
      en: "Human rights",
      fr: "Droits humains",
      es: "Derechos humanos",
      ar: "حقوق الإنسان",
    },
  },
  {
    key: "humanitarian",
    labels: {
      en: "Humanitarian",
      fr: "Action humanitaire",
      es: "Acción humanitaria",
      ar: "العمل الإنساني",
    },
  },
  {
    key: "development",
    labels: { en: "Development", fr: "Développement", es: "Desarrollo", ar: "التنمية" },
  },
  {
    key: "faith_based",
    labels: { en: "Faith-based", fr: "Confessionnelle", es: "Confesional", ar: "منظمة دينية" },
  },
  {
    key: "womens_rights",
    labels: {
      en: "Women's rights / feminist",
      fr: "Droits des femmes / féministe",
      es: "Derechos de las mujeres / feminista",
      ar: "حقوق المرأة / نسوية",
    },
  },
  {
    key: "environmental",
    labels: { en: "Environmental", fr: "Environnement", es: "Medio ambiente", ar: "البيئة" },
  },
  {
    key: "legal_aid",
    labels: {
      en: "Legal aid",
      fr: "Aide juridique",
      es: "Asistencia jurídica",
      ar: "المساعدة القانونية",
    },
  },
  {
    key: "media",
    labels: { en: "Media", fr: "Médias", es: "Medios de comunicación", ar: "الإعلام" },
  },
  {
    key: "academic",
    labels: {
      en: "Academic / research",
      fr: "Université / recherche",
      es: "Academia / investigación",
      ar: "أكاديمية / بحثية",
    },
  },
  {
    key: "community_based",
    labels: {
      en: "Community-based",
      fr: "Organisation communautaire",
      es: "Organización comunitaria",
      ar: "منظمة مجتمعية",
    },
  },
  {
    key: "trade_union",
    labels: { en: "Trade union", fr: "Syndicat", es: "Sindicato", ar: "نقابة عمالية" },
  },
  {
    key: "donor",
    labels: { en: "Donor", fr: "Bailleur de fonds", es: "Donante", ar: "جهة مانحة" },
  },
  {
    key: "un_agency",
    labels: {
      en: "UN agency",
      fr: "Agence des Nations Unies",
      es: "Organismo de las Naciones Unidas",
      ar: "وكالة تابعة للأمم المتحدة",
    },
  },
  {
    key: "government",
    labels: { en: "Government", fr: "Gouvernement", es: "Gobierno", ar: "جهة حكومية" },
  },
  {
    key: "business",
    labels: { en: "Business", fr: "Entreprise", es: "Empresa", ar: "قطاع الأعمال" },
  },
  { key: "other", labels: { en: "Other", fr: "Autre", es: "Otro", ar: "أخرى" } },
]);

export const levels = flat("level", [
  { key: "local", labels: { en: "Local", fr: "Local", es: "Local", ar: "محلي" } },
  { key: "national", labels: { en: "National", fr: "National", es: "Nacional", ar: "وطني" } },
  { key: "regional", labels: { en: "Regional", fr: "Régional", es: "Regional", ar: "إقليمي" } },
  {
    key: "international",
    labels: { en: "International", fr: "International", es: "Internacional", ar: "دولي" },
  },
]);

// Arabic counted nouns follow the number: plural after 3–10, accusative singular after 11–99,
// genitive singular after hundreds.
export const sizeBands = flat("size_band", [
  {
    key: "micro",
    labels: {
      en: "1–5 staff",
      fr: "1 à 5 employés",
      es: "De 1 a 5 empleados",
      ar: "من 1 إلى 5 موظفين",
    },
  },
  {
    key: "small",
    labels: {
      en: "6–20 staff",
      fr: "6 à 20 employés",
      es: "De 6 a 20 empleados",
      ar: "من 6 إلى 20 موظفًا",
    },
  },
  {
    key: "medium",
    labels: {
      en: "21–100 staff",
      fr: "21 à 100 employés",
      es: "De 21 a 100 empleados",
      ar: "من 21 إلى 100 موظف",
    },
  },
  {
    key: "large",
    labels: {
      en: "101–500 staff",
      fr: "101 à 500 employés",
      es: "De 101 a 500 empleados",
      ar: "من 101 إلى 500 موظف",
    },
  },
  {
    key: "very_large",
    labels: {
      en: "More than 500 staff",
      fr: "Plus de 500 employés",
      es: "Más de 500 empleados",
      ar: "أكثر من 500 موظف",
    },
  },
]);

export const postures = flat("posture", [
  {
    key: "speaks_publicly",
    labels: {
      en: "Speaks publicly",
      fr: "S'exprime publiquement",
      es: "Se pronuncia públicamente",
      ar: "تتخذ مواقف علنية",
    },
  },
  {
    key: "private_diplomacy",
    labels: {
      en: "Prefers private diplomacy",
      fr: "Privilégie la diplomatie discrète",
      es: "Prefiere la diplomacia discreta",
      ar: "تفضّل الدبلوماسية الهادئة",
    },
  },
  {
    key: "litigates",
    labels: {
      en: "Litigates",
      fr: "Engage des contentieux",
      es: "Recurre al litigio",
      ar: "تلجأ إلى التقاضي",
    },
  },
  {
    key: "accountability_mechanisms",
    labels: {
      en: "Engages accountability mechanisms",
      fr: "Saisit les mécanismes de redevabilité",
      es: "Recurre a mecanismos de rendición de cuentas",
      ar: "تلجأ إلى آليات المساءلة",
    },
  },
  {
    key: "no_public_association",
    labels: {
      en: "Cannot be publicly associated with advocacy",
      fr: "Ne peut pas être associée publiquement au plaidoyer",
      es: "No puede asociarse públicamente a acciones de incidencia",
      ar: "لا يمكنها الارتباط علنًا بأنشطة المناصرة",
    },
  },
]);

export const capacities = flat("capacity", [
  {
    key: "documentation",
    labels: { en: "Documentation", fr: "Documentation", es: "Documentación", ar: "التوثيق" },
  },
  {
    key: "legal_analysis",
    labels: {
      en: "Legal analysis",
      fr: "Analyse juridique",
      es: "Análisis jurídico",
      ar: "التحليل القانوني",
    },
  },
  {
    key: "litigation",
    labels: { en: "Litigation", fr: "Contentieux", es: "Litigio", ar: "التقاضي" },
  },
  {
    key: "research",
    labels: { en: "Research", fr: "Recherche", es: "Investigación", ar: "البحث" },
  },
  {
    key: "policy_advocacy",
    labels: {
      en: "Policy advocacy",
      fr: "Plaidoyer politique",
      es: "Incidencia política",
      ar: "المناصرة في مجال السياسات",
    },
  },
  {
    key: "private_diplomacy",
    labels: {
      en: "Private diplomacy",
      fr: "Diplomatie discrète",
      es: "Diplomacia discreta",
      ar: "الدبلوماسية الهادئة",
    },
  },
  {
    key: "media_communications",
    labels: {
      en: "Media and communications",
      fr: "Médias et communication",
      es: "Medios y comunicación",
      ar: "الإعلام والاتصال",
    },
  },
  {
    key: "grassroots_mobilisation",
    labels: {
      en: "Grassroots mobilisation",
      fr: "Mobilisation communautaire",
      es: "Movilización de base",
      ar: "التعبئة الشعبية",
    },
  },
  {
    key: "field_presence",
    labels: {
      en: "Operational presence in the field",
      fr: "Présence opérationnelle sur le terrain",
      es: "Presencia operativa sobre el terreno",
      ar: "وجود عملياتي في الميدان",
    },
  },
  {
    key: "service_delivery",
    labels: {
      en: "Service delivery",
      fr: "Prestation de services",
      es: "Prestación de servicios",
      ar: "تقديم الخدمات",
    },
  },
  {
    key: "funding",
    labels: { en: "Funding", fr: "Financement", es: "Financiación", ar: "التمويل" },
  },
  {
    key: "training",
    labels: { en: "Training", fr: "Formation", es: "Capacitación", ar: "التدريب" },
  },
  {
    key: "translation",
    labels: { en: "Translation", fr: "Traduction", es: "Traducción", ar: "الترجمة" },
  },
  {
    key: "digital_security",
    labels: {
      en: "Security and digital safety",
      fr: "Sécurité et protection numérique",
      es: "Seguridad y protección digital",
      ar: "الأمن والسلامة الرقمية",
    },
  },
  {
    key: "un_mechanisms",
    labels: {
      en: "UN mechanisms engagement",
      fr: "Interaction avec les mécanismes des Nations Unies",
      es: "Interacción con los mecanismos de las Naciones Unidas",
      ar: "التعامل مع آليات الأمم المتحدة",
    },
  },
  {
    key: "psychosocial_support",
    labels: {
      en: "Psychosocial support",
      fr: "Soutien psychosocial",
      es: "Apoyo psicosocial",
      ar: "الدعم النفسي والاجتماعي",
    },
  },
  {
    key: "data_analysis",
    labels: {
      en: "Data analysis",
      fr: "Analyse de données",
      es: "Análisis de datos",
      ar: "تحليل البيانات",
    },
  },
  {
    key: "coalition_building",
    labels: {
      en: "Coalition building",
      fr: "Construction de coalitions",
      es: "Creación de coaliciones",
      ar: "بناء التحالفات",
    },
  },
]);

// Sort runs over the flattened tree (each parent, then its children), so ordering by sort alone
// keeps children under their parent.
export const issues = flat("issue", [
  {
    key: "civil_political",
    labels: {
      en: "Civil and political rights",
      fr: "Droits civils et politiques",
      es: "Derechos civiles y políticos",
      ar: "الحقوق المدنية والسياسية",
    },
    children: [
      {
        key: "freedom_of_expression",
        labels: {
          en: "Freedom of expression",
          fr: "Liberté d'expression",
          es: "Libertad de expresión",
          ar: "حرية التعبير",
        },
      },
      {
        key: "freedom_of_assembly",
        labels: {
          en: "Freedom of assembly and association",
          fr: "Liberté de réunion et d'association",
          es: "Libertad de reunión y de asociación",
          ar: "حرية التجمع وتكوين الجمعيات",
        },
      },
      {
        key: "arbitrary_detention",
        labels: {
          en: "Arbitrary detention",
          fr: "Détention arbitraire",
          es: "Detención arbitraria",
          ar: "الاحتجاز التعسفي",
        },
      },
      {
        key: "torture",
        labels: {
          en: "Torture and ill-treatment",
          fr: "Torture et mauvais traitements",
          es: "Tortura y malos tratos",
          ar: "التعذيب وسوء المعاملة",
        },
      },
      {
        key: "enforced_disappearance",
        labels: {
          en: "Enforced disappearance",
          fr: "Disparitions forcées",
          es: "Desapariciones forzadas",
          ar: "الاختفاء القسري",
        },
      },
      {
        key: "fair_trial",
        labels: {
          en: "Fair trial",
          fr: "Procès équitable",
          es: "Juicio justo",
          ar: "المحاكمة العادلة",
        },
      },
      {
        key: "death_penalty",
        labels: {
          en: "Death penalty",
          fr: "Peine de mort",
          es: "Pena de muerte",
          ar: "عقوبة الإعدام",
        },
      },
      {
        key: "human_rights_defenders",
        labels: {
          en: "Human rights defenders",
          fr: "Défenseurs des droits humains",
          es: "Personas defensoras de derechos humanos",
          ar: "المدافعون عن حقوق الإنسان",
        },
      },
    ],
  },
  {
    key: "economic_social",
    labels: {
      en: "Economic, social and cultural rights",
      fr: "Droits économiques, sociaux et culturels",
      es: "Derechos económicos, sociales y culturales",
      ar: "الحقوق الاقتصادية والاجتماعية والثقافية",
    },
    children: [
      {
        key: "right_to_food",
        labels: {
          en: "Right to food",
          fr: "Droit à l'alimentation",
          es: "Derecho a la alimentación",
          ar: "الحق في الغذاء",
        },
      },
      {
        key: "right_to_health",
        labels: {
          en: "Right to health",
          fr: "Droit à la santé",
          es: "Derecho a la salud",
          ar: "الحق في الصحة",
        },
      },
      {
        key: "right_to_education",
        labels: {
          en: "Right to education",
          fr: "Droit à l'éducation",
          es: "Derecho a la educación",
          ar: "الحق في التعليم",
        },
      },
      {
        key: "water_sanitation",
        labels: {
          en: "Water and sanitation",
          fr: "Eau et assainissement",
          es: "Agua y saneamiento",
          ar: "المياه والصرف الصحي",
        },
      },
      {
        key: "housing_land_property",
        labels: {
          en: "Housing, land and property",
          fr: "Logement, terre et propriété",
          es: "Vivienda, tierra y propiedad",
          ar: "الإسكان والأراضي والممتلكات",
        },
      },
      {
        key: "labour_rights",
        labels: {
          en: "Labour rights",
          fr: "Droits des travailleurs",
          es: "Derechos laborales",
          ar: "حقوق العمال",
        },
      },
    ],
  },
  {
    key: "equality",
    labels: {
      en: "Equality and non-discrimination",
      fr: "Égalité et non-discrimination",
      es: "Igualdad y no discriminación",
      ar: "المساواة وعدم التمييز",
    },
    children: [
      {
        key: "gender_equality",
        labels: {
          en: "Gender equality",
          fr: "Égalité de genre",
          es: "Igualdad de género",
          ar: "المساواة بين الجنسين",
        },
      },
      {
        key: "gender_based_violence",
        labels: {
          en: "Gender-based violence",
          fr: "Violences basées sur le genre",
          es: "Violencia de género",
          ar: "العنف القائم على النوع الاجتماعي",
        },
      },
      {
        key: "lgbtiq_rights",
        labels: {
          en: "LGBTIQ+ rights",
          fr: "Droits des personnes LGBTIQ+",
          es: "Derechos de las personas LGBTIQ+",
          ar: "حقوق أفراد مجتمع الميم",
        },
      },
      {
        key: "disability_rights",
        labels: {
          en: "Rights of persons with disabilities",
          fr: "Droits des personnes handicapées",
          es: "Derechos de las personas con discapacidad",
          ar: "حقوق الأشخاص ذوي الإعاقة",
        },
      },
      {
        key: "minority_rights",
        labels: {
          en: "Minority rights",
          fr: "Droits des minorités",
          es: "Derechos de las minorías",
          ar: "حقوق الأقليات",
        },
      },
      {
        key: "indigenous_peoples",
        labels: {
          en: "Indigenous peoples' rights",
          fr: "Droits des peuples autochtones",
          es: "Derechos de los pueblos indígenas",
          ar: "حقوق الشعوب الأصلية",
        },
      },
      {
        key: "child_rights",
        labels: {
          en: "Children's rights",
          fr: "Droits de l'enfant",
          es: "Derechos de la infancia",
          ar: "حقوق الطفل",
        },
      },
    ],
  },
  {
    key: "protection",
    labels: {
      en: "Protection of civilians",
      fr: "Protection des civils",
      es: "Protección de los civiles",
      ar: "حماية المدنيين",
    },
    children: [
      {
        key: "attacks_on_health_care",
        labels: {
          en: "Attacks on health care",
          fr: "Attaques contre les soins de santé",
          es: "Ataques contra la atención de salud",
          ar: "الهجمات على الرعاية الصحية",
        },
      },
      {
        key: "attacks_on_education",
        labels: {
          en: "Attacks on education",
          fr: "Attaques contre l'éducation",
          es: "Ataques contra la educación",
          ar: "الهجمات على التعليم",
        },
      },
      {
        key: "explosive_weapons",
        labels: {
          en: "Explosive weapons in populated areas",
          fr: "Armes explosives en zones peuplées",
          es: "Armas explosivas en zonas pobladas",
          ar: "الأسلحة المتفجرة في المناطق المأهولة بالسكان",
        },
      },
      {
        key: "forced_displacement",
        labels: {
          en: "Forced displacement",
          fr: "Déplacements forcés",
          es: "Desplazamiento forzado",
          ar: "التهجير القسري",
        },
      },
      {
        key: "humanitarian_access",
        labels: {
          en: "Humanitarian access",
          fr: "Accès humanitaire",
          es: "Acceso humanitario",
          ar: "وصول المساعدات الإنسانية",
        },
      },
      {
        key: "children_armed_conflict",
        labels: {
          en: "Children and armed conflict",
          fr: "Enfants et conflits armés",
          es: "Los niños y los conflictos armados",
          ar: "الأطفال والنزاع المسلح",
        },
      },
    ],
  },
  {
    key: "justice",
    labels: {
      en: "Justice and accountability",
      fr: "Justice et redevabilité",
      es: "Justicia y rendición de cuentas",
      ar: "العدالة والمساءلة",
    },
    children: [
      {
        key: "transitional_justice",
        labels: {
          en: "Transitional justice",
          fr: "Justice transitionnelle",
          es: "Justicia transicional",
          ar: "العدالة الانتقالية",
        },
      },
      {
        key: "international_crimes",
        labels: {
          en: "International crimes",
          fr: "Crimes internationaux",
          es: "Crímenes internacionales",
          ar: "الجرائم الدولية",
        },
      },
      {
        key: "corruption",
        labels: { en: "Corruption", fr: "Corruption", es: "Corrupción", ar: "الفساد" },
      },
    ],
  },
  {
    key: "migration",
    labels: {
      en: "Migration and asylum",
      fr: "Migrations et asile",
      es: "Migración y asilo",
      ar: "الهجرة واللجوء",
    },
    children: [
      {
        key: "refugees_asylum",
        labels: {
          en: "Refugees and asylum seekers",
          fr: "Réfugiés et demandeurs d'asile",
          es: "Personas refugiadas y solicitantes de asilo",
          ar: "اللاجئون وطالبو اللجوء",
        },
      },
      {
        key: "migrants_rights",
        labels: {
          en: "Migrants' rights",
          fr: "Droits des migrants",
          es: "Derechos de las personas migrantes",
          ar: "حقوق المهاجرين",
        },
      },
      {
        key: "human_trafficking",
        labels: {
          en: "Trafficking in persons",
          fr: "Traite des personnes",
          es: "Trata de personas",
          ar: "الاتجار بالأشخاص",
        },
      },
      {
        key: "statelessness",
        labels: {
          en: "Statelessness",
          fr: "Apatridie",
          es: "Apatridia",
          ar: "انعدام الجنسية",
        },
      },
    ],
  },
  {
    key: "environment",
    labels: {
      en: "Environment and business",
      fr: "Environnement et entreprises",
      es: "Medio ambiente y empresas",
      ar: "البيئة وقطاع الأعمال",
    },
    children: [
      {
        key: "climate_justice",
        labels: {
          en: "Climate justice",
          fr: "Justice climatique",
          es: "Justicia climática",
          ar: "العدالة المناخية",
        },
      },
      {
        key: "environmental_defenders",
        labels: {
          en: "Environmental defenders",
          fr: "Défenseurs de l'environnement",
          es: "Personas defensoras del medio ambiente",
          ar: "المدافعون عن البيئة",
        },
      },
      {
        key: "business_human_rights",
        labels: {
          en: "Business and human rights",
          fr: "Entreprises et droits humains",
          es: "Empresas y derechos humanos",
          ar: "الأعمال التجارية وحقوق الإنسان",
        },
      },
    ],
  },
  {
    key: "arms",
    labels: {
      en: "Arms control",
      fr: "Maîtrise des armements",
      es: "Control de armas",
      ar: "تحديد الأسلحة",
    },
    children: [
      {
        key: "arms_transfers",
        labels: {
          en: "Arms transfers",
          fr: "Transferts d'armes",
          es: "Transferencias de armas",
          ar: "عمليات نقل الأسلحة",
        },
      },
      {
        key: "small_arms",
        labels: {
          en: "Small arms and light weapons",
          fr: "Armes légères et de petit calibre",
          es: "Armas pequeñas y ligeras",
          ar: "الأسلحة الصغيرة والأسلحة الخفيفة",
        },
      },
    ],
  },
]);

export const regions = flat("region", [
  { key: "africa", labels: { en: "Africa", fr: "Afrique", es: "África", ar: "أفريقيا" } },
  {
    key: "americas",
    labels: { en: "Americas", fr: "Amériques", es: "Américas", ar: "الأمريكتان" },
  },
  { key: "asia", labels: { en: "Asia", fr: "Asie", es: "Asia", ar: "آسيا" } },
  { key: "europe", labels: { en: "Europe", fr: "Europe", es: "Europa", ar: "أوروبا" } },
  { key: "oceania", labels: { en: "Oceania", fr: "Océanie", es: "Oceanía", ar: "أوقيانوسيا" } },
]);

const regionKeyOf: Record<string, string> = {
  Africa: "africa",
  Americas: "americas",
  Asia: "asia",
  Europe: "europe",
  Oceania: "oceania",
};

// CLDR's long names for the two Congos ("Congo - Kinshasa", "Congo - Brazzaville") are
// disambiguation artefacts, not names anyone in the sector uses.
const countryLabelOverrides: Record<string, Partial<Labels>> = {
  CD: {
    en: "Democratic Republic of the Congo",
    fr: "République démocratique du Congo",
    es: "República Democrática del Congo",
    ar: "جمهورية الكونغو الديمقراطية",
  },
  CG: {
    en: "Republic of the Congo",
    fr: "République du Congo",
    es: "República del Congo",
    ar: "جمهورية الكونغو",
  },
};

const worldCountriesTranslation: Record<Exclude<Locale, "en">, string> = {
  fr: "fra",
  es: "spa",
  ar: "ara",
};

function displayNames(type: "region" | "language"): Record<Locale, Intl.DisplayNames> {
  return {
    en: new Intl.DisplayNames(["en"], { type }),
    fr: new Intl.DisplayNames(["fr"], { type }),
    es: new Intl.DisplayNames(["es"], { type }),
    ar: new Intl.DisplayNames(["ar"], { type }),
  };
}

function countryLabels(): TermDefinition[] {
  const names = displayNames("region");
  const rows = countries.map((country) => {
    const code = country.cca2.toUpperCase();
    const labels = {} as Labels;
    for (const locale of locales) {
      const fromIcu = names[locale].of(code);
      const fallback =
        locale === "en"
          ? country.name.common
          : (country.translations[worldCountriesTranslation[locale]]?.common ??
            country.name.common);
      labels[locale] =
        countryLabelOverrides[code]?.[locale] ?? (fromIcu && fromIcu !== code ? fromIcu : fallback);
    }
    // The "Antarctic" entries (AQ, BV, GS, HM, TF) are kept as countries but get no region:
    // M49 places Antarctica in none, and world-countries does not give the M49 region of the others.
    return { code, labels, regionKey: regionKeyOf[country.region] ?? null };
  });
  rows.sort((a, b) => a.labels.en.localeCompare(b.labels.en, "en"));
  return rows.map((row, sort) => ({
    vocabulary: "country",
    key: row.code,
    parentKey: null,
    labels: row.labels,
    sort,
    regionKey: row.regionKey,
  }));
}

export const countryTerms = countryLabels();

/** ISO 639-1 codes, roughly grouped: UN official languages, then by region. */
export const languageCodes = [
  // UN official languages, and Portuguese
  "en",
  "fr",
  "es",
  "ar",
  "ru",
  "zh",
  "pt",
  // Middle East, Caucasus, Central Asia
  "fa",
  "ku",
  "tr",
  "he",
  "ps",
  "ur",
  "hy",
  "ka",
  "az",
  "uz",
  "kk",
  "ug",
  "bo",
  // South and South-East Asia
  "hi",
  "bn",
  "pa",
  "ne",
  "si",
  "ta",
  "my",
  "th",
  "km",
  "vi",
  "id",
  "ms",
  "tl",
  "ko",
  // Africa
  "sw",
  "ha",
  "so",
  "am",
  "ti",
  "om",
  "yo",
  "ig",
  "ln",
  "rw",
  "rn",
  "wo",
  "ff",
  "bm",
  "lg",
  "mg",
  "ny",
  "sn",
  "zu",
  "xh",
  "ak",
  // Europe
  "uk",
  "de",
  "it",
  "nl",
  "pl",
  "ro",
  "el",
  "sq",
  "sr",
  // Americas
  "qu",
  "ay",
  "gn",
  "ht",
] as const;

// Where CLDR's name is not the one speakers and the sector use (e.g. "Ganda" for Luganda), or
// is wrong (Arabic "الماليزية" means Malaysian, not Malay).
const languageLabelOverrides: Record<string, Partial<Labels>> = {
  lg: { en: "Luganda", fr: "Luganda", es: "Luganda" },
  rn: { en: "Kirundi", fr: "Kirundi" },
  ny: { en: "Chichewa", fr: "Chichewa", es: "Chichewa" },
  ms: { ar: "الملايوية" },
};

// French and Spanish write language names in lower case in running text; a label stands alone.
const capitalise = (name: string, locale: Locale) =>
  name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);

function languageLabels(): TermDefinition[] {
  const names = displayNames("language");
  return languageCodes.map((code, sort) => {
    const labels = {} as Labels;
    for (const locale of locales) {
      const fromIcu = names[locale].of(code);
      const name =
        languageLabelOverrides[code]?.[locale] ?? (fromIcu && fromIcu !== code ? fromIcu : null);
      if (!name) throw new Error(`No ${locale} name for language ${code}`);
      labels[locale] = capitalise(name, locale);
    }
    return { vocabulary: "language", key: code, parentKey: null, labels, sort, regionKey: null };
  });
}

export const languageTerms = languageLabels();

export const terms: TermDefinition[] = [
  ...orgTypes,
  ...levels,
  ...sizeBands,
  ...postures,
  ...capacities,
  ...issues,
  ...regions,
  ...countryTerms,
  ...languageTerms,
];
