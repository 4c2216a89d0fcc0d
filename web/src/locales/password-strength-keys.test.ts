import { describe, expect, it } from "vitest";
import { passwordReasons, passwordSuggestions } from "../../../shared/password-strength.ts";
import { uiLocales } from "../../../shared/locales.ts";
import { localeKeys } from "./translation-keys.ts";

/**
 * The meter and the refusal show `strength.reason.<key>` and `strength.suggestion.<key>` built
 * from what judgePassword answers: a key with no translation would show as the key itself.
 */
describe("password strength translations", () => {
  const needed = [
    ...passwordReasons.map((key) => `strength.reason.${key}`),
    ...passwordSuggestions.map((key) => `strength.suggestion.${key}`),
    ...[0, 1, 2, 3, 4].map((score) => `strength.level.${score}`),
    "strength.label",
    "weakPassword",
    "tooManySignIns",
    "tooManySignInsLater",
  ];

  it("knows every reason and suggestion the rule can answer", () => {
    expect(passwordReasons).toContain("userInputs");
    expect(passwordSuggestions).toContain("anotherWord");
    expect(needed.length).toBe(passwordReasons.length + passwordSuggestions.length + 9);
  });

  for (const lang of uiLocales) {
    it(`translates every reason, suggestion and refusal in ${lang}`, () => {
      const auth = localeKeys(lang).get("auth") ?? new Set<string>();
      expect(needed.filter((key) => !auth.has(key))).toEqual([]);
    });
  }
});
