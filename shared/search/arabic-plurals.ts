import { searchWords } from "./fold.ts";

/*
 * Arabic broken plurals change a word's inside, not its ending ("امرأة" and "نساء", "طفل" and
 * "أطفال"), so neither folding nor a shared stem brings them together. These are the ones the
 * vocabularies' labels and people's needs use; each group is one word for the term matcher.
 * Sound plurals ("لاجئون", "مدافعون") are left to the shared-stem rule.
 */
const groups: string[][] = [
  ["مرأة", "امرأة", "نساء", "نسوة"],
  ["طفل", "أطفال"],
  ["عامل", "عمال"],
  ["شعب", "شعوب"],
  ["سلاح", "أسلحة"],
  ["أرض", "أراضي"],
  ["هجوم", "هجمات"],
  ["منطقة", "مناطق"],
  ["شخص", "أشخاص"],
  ["جريمة", "جرائم"],
  ["سجين", "سجناء"],
  ["ماء", "مياه"],
  ["ملك", "ممتلكات"],
  ["حرية", "حريات"],
  ["مدينة", "مدن"],
  ["قرية", "قرى"],
  ["فتاة", "فتيات"],
  ["شاب", "شباب"],
];

/** For each folded form, the other folded forms of its word. */
export const arabicWordForms: ReadonlyMap<string, readonly string[]> = (() => {
  const forms = new Map<string, string[]>();
  for (const group of groups) {
    const folded = [...new Set(group.flatMap((word) => searchWords(word)))];
    for (const form of folded) {
      forms.set(
        form,
        folded.filter((other) => other !== form),
      );
    }
  }
  return forms;
})();
