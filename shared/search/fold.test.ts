import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldLetters, foldSearchText, searchWords, stripArabicPrefixes } from "./fold.ts";

/** Arabic letters without the forms folding removes (ة ى أ إ آ ؤ ئ ٱ), so words are already folded. */
const plainLetters = [..."ابتثجحخدذرزسشصضطظعغفقكلمنهويء"];
const attached = ["ال", "وال", "بال", "كال", "فال", "لل", "و", "ب", "ل", "ك", "ف"];
const diacritics = [..."\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640"];
const arabicWord = fc
  .array(fc.constantFrom(...plainLetters), { minLength: 1, maxLength: 9 })
  .map((letters) => letters.join(""));

describe("search folding", () => {
  it("folds the forms a writer may choose between into one", () => {
    expect(foldSearchText("أحمد إبراهيم آمنة ٱلقدس")).toBe(
      foldSearchText("احمد ابراهيم امنه القدس"),
    );
    expect(foldSearchText("مسؤول بيئة")).toBe(foldSearchText("مسوول بييه"));
    expect(foldSearchText("مستشفى")).toBe("مستشفي");
    expect(foldSearchText("مَدْرَسَةٌ")).toBe("مدرسه");
    expect(foldSearchText("مـــدرســة")).toBe("مدرسه");
    expect(foldSearchText("Accès HUMANITAIRE, niño")).toBe("acces humanitaire nino");
  });

  it("takes the attached article and prepositions off Arabic words", () => {
    for (const word of ["النساء", "للنساء", "والنساء", "بالنساء", "ونساء", "لنساء"]) {
      expect(searchWords(word), word).toEqual(["نساء"]);
    }
    expect(searchWords("الوصول الإنساني")).toEqual(searchWords("وصول الانساني"));
    // Short words keep their letters: too little would be left to mean anything.
    expect(stripArabicPrefixes("بيت")).toBe("بيت");
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => {
        const once = foldSearchText(text);
        expect(foldSearchText(once)).toBe(once);
      }),
    );
    fc.assert(
      fc.property(arabicWord, (word) => {
        const once = stripArabicPrefixes(word);
        expect(stripArabicPrefixes(once)).toBe(once);
      }),
    );
  });

  it("folds a word with an attached prefix like the word alone", () => {
    fc.assert(
      fc.property(fc.constantFrom(...attached), arabicWord, (prefix, word) => {
        fc.pre([...word].length >= 3);
        expect(searchWords(prefix + word)).toEqual(searchWords(word));
      }),
    );
  });

  it("ignores diacritics and tatweel wherever they fall", () => {
    fc.assert(
      fc.property(
        arabicWord,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...diacritics)), { maxLength: 5 }),
        (word, marks) => {
          const letters = [...word];
          for (const [at, mark] of marks) {
            const i = (at % letters.length) + 1;
            letters.splice(i, 0, mark);
          }
          expect(searchWords(letters.join(""))).toEqual(searchWords(word));
        },
      ),
    );
  });

  it("never yields anything but letters and digits", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        for (const word of searchWords(text)) expect(word).toMatch(/^[\p{L}\p{N}]+$/u);
        expect(foldLetters(text)).toBe(foldLetters(foldLetters(text)));
      }),
    );
  });
});
