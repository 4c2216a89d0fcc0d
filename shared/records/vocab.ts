/*
 * The vocabularies of records (issue 14), with their labels in the four interface languages,
 * so that a monitor in Bamako and a lawyer in Geneva code the same incident the same way and
 * read it each in their own language. No Zod here: the web imports this.
 */

type Labels = { en: string; fr: string; es: string; ar: string };
export type Term = { key: string; labels: Labels };

const t = (key: string, en: string, fr: string, es: string, ar: string): Term => ({
  key,
  labels: { en, fr, es, ar },
});

/** Violation and abuse types a protection or human rights monitor codes an incident with. */
export const violationTypes: readonly Term[] = [
  t("killing", "Killing", "Meurtre", "Homicidio", "قتل"),
  t(
    "maiming",
    "Maiming or injury",
    "Mutilation ou blessure",
    "Mutilación o lesión",
    "تشويه أو إصابة",
  ),
  t(
    "arbitrary_detention",
    "Arbitrary detention",
    "Détention arbitraire",
    "Detención arbitraria",
    "احتجاز تعسفي",
  ),
  t(
    "enforced_disappearance",
    "Enforced disappearance",
    "Disparition forcée",
    "Desaparición forzada",
    "اختفاء قسري",
  ),
  t(
    "torture",
    "Torture or ill-treatment",
    "Torture ou mauvais traitements",
    "Tortura o malos tratos",
    "تعذيب أو سوء معاملة",
  ),
  t("sexual_violence", "Sexual violence", "Violence sexuelle", "Violencia sexual", "عنف جنسي"),
  t(
    "gbv",
    "Gender-based violence",
    "Violence basée sur le genre",
    "Violencia de género",
    "عنف قائم على النوع الاجتماعي",
  ),
  t(
    "child_recruitment",
    "Recruitment or use of children",
    "Recrutement ou utilisation d'enfants",
    "Reclutamiento o uso de niños",
    "تجنيد الأطفال أو استخدامهم",
  ),
  t("abduction", "Abduction", "Enlèvement", "Secuestro", "اختطاف"),
  t(
    "forced_displacement",
    "Forced displacement",
    "Déplacement forcé",
    "Desplazamiento forzado",
    "تهجير قسري",
  ),
  t(
    "attack_on_civilian_objects",
    "Attack on homes or civilian objects",
    "Attaque contre des habitations ou biens civils",
    "Ataque contra viviendas o bienes civiles",
    "هجوم على منازل أو أعيان مدنية",
  ),
  t(
    "attack_on_schools_hospitals",
    "Attack on schools or hospitals",
    "Attaque contre des écoles ou hôpitaux",
    "Ataque contra escuelas u hospitales",
    "هجوم على مدارس أو مستشفيات",
  ),
  t(
    "denial_of_humanitarian_access",
    "Denial of humanitarian access",
    "Refus d'accès humanitaire",
    "Denegación de acceso humanitario",
    "منع وصول المساعدات الإنسانية",
  ),
  t(
    "attack_on_defenders",
    "Attack on human rights defenders or journalists",
    "Attaque contre des défenseurs ou journalistes",
    "Ataque contra defensores o periodistas",
    "اعتداء على المدافعين أو الصحفيين",
  ),
  t(
    "restriction_of_expression",
    "Restriction of expression or assembly",
    "Atteinte à l'expression ou à la réunion",
    "Restricción de la expresión o la reunión",
    "تقييد حرية التعبير أو التجمع",
  ),
  t(
    "looting_extortion",
    "Looting or extortion",
    "Pillage ou extorsion",
    "Saqueo o extorsión",
    "نهب أو ابتزاز",
  ),
  t("other", "Other", "Autre", "Otro", "أخرى"),
];

export const perpetratorCategories: readonly Term[] = [
  t(
    "state_armed_forces",
    "State armed forces",
    "Forces armées de l'État",
    "Fuerzas armadas del Estado",
    "القوات المسلحة للدولة",
  ),
  t(
    "police_security",
    "Police or security services",
    "Police ou services de sécurité",
    "Policía o servicios de seguridad",
    "الشرطة أو الأجهزة الأمنية",
  ),
  t(
    "non_state_armed_group",
    "Non-state armed group",
    "Groupe armé non étatique",
    "Grupo armado no estatal",
    "جماعة مسلحة من غير الدول",
  ),
  t(
    "militia",
    "Militia or self-defence group",
    "Milice ou groupe d'autodéfense",
    "Milicia o grupo de autodefensa",
    "ميليشيا أو جماعة دفاع ذاتي",
  ),
  t("criminal_group", "Criminal group", "Groupe criminel", "Grupo criminal", "جماعة إجرامية"),
  t(
    "private_person",
    "Private person or family",
    "Particulier ou famille",
    "Particular o familia",
    "شخص عادي أو أسرة",
  ),
  t("unknown", "Unknown", "Inconnu", "Desconocido", "غير معروف"),
];

export const sourceTypes: readonly Term[] = [
  t(
    "survivor",
    "Survivor or victim",
    "Survivant ou victime",
    "Sobreviviente o víctima",
    "ناجٍ أو ضحية",
  ),
  t("witness", "Eyewitness", "Témoin oculaire", "Testigo presencial", "شاهد عيان"),
  t("family", "Family member", "Membre de la famille", "Familiar", "أحد أفراد الأسرة"),
  t(
    "community",
    "Community leader or member",
    "Responsable ou membre de la communauté",
    "Líder o miembro de la comunidad",
    "قائد أو فرد من المجتمع",
  ),
  t(
    "partner",
    "Partner organisation",
    "Organisation partenaire",
    "Organización asociada",
    "منظمة شريكة",
  ),
  t("authority", "Authority", "Autorité", "Autoridad", "سلطة رسمية"),
  t(
    "media",
    "Media or social media",
    "Médias ou réseaux sociaux",
    "Medios o redes sociales",
    "وسائل الإعلام أو التواصل",
  ),
  t(
    "document",
    "Document or record",
    "Document ou registre",
    "Documento o registro",
    "وثيقة أو سجل",
  ),
];

export const sexes: readonly Term[] = [
  t("female", "Female", "Féminin", "Femenino", "أنثى"),
  t("male", "Male", "Masculin", "Masculino", "ذكر"),
  t("unknown", "Not known", "Inconnu", "No se sabe", "غير معروف"),
];

export const ageBands: readonly Term[] = [
  t("0-4", "0–4", "0–4", "0–4", "0–4"),
  t("5-11", "5–11", "5–11", "5–11", "5–11"),
  t("12-17", "12–17", "12–17", "12–17", "12–17"),
  t("18-59", "18–59", "18–59", "18–59", "18–59"),
  t("60+", "60 and over", "60 et plus", "60 y más", "60 فأكثر"),
  t("unknown", "Not known", "Inconnu", "No se sabe", "غير معروف"),
];

export const caseStatuses: readonly Term[] = [
  t("open", "Open", "Ouvert", "Abierto", "مفتوحة"),
  t("referred", "Referred", "Référé", "Derivado", "محالة"),
  t("closed", "Closed", "Clôturé", "Cerrado", "مغلقة"),
];

export const keysOf = (terms: readonly Term[]) => terms.map((term) => term.key);

/** The label of a key in a language, or the key itself when the vocabulary lacks it. */
export function labelOf(terms: readonly Term[], key: string, locale: string): string {
  const term = terms.find((x) => x.key === key);
  if (!term) return key;
  return term.labels[locale as keyof Labels] ?? term.labels.en;
}
