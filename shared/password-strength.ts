// The web imports this file only through a dynamic import(): the dictionaries weigh
// megabytes and must stay out of the first bundle.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import * as es from "@zxcvbn-ts/language-es-es";
import * as fr from "@zxcvbn-ts/language-fr";

export const minimumPasswordLength = 10;
export const maximumPasswordLength = 128;
/** zxcvbn's 0–4 scale; 3 means "safely unguessable: moderate protection from offline attacks". */
export const minimumPasswordScore = 3;
/** The error code the server answers when it refuses a password by this rule. */
export const weakPasswordCode = "WEAK_PASSWORD";

/** Why a password is refused: zxcvbn's warning keys, plus our own length and fallback reasons. */
export const passwordReasons = [
  "tooShort",
  "tooLong",
  "straightRow",
  "keyPattern",
  "simpleRepeat",
  "extendedRepeat",
  "sequences",
  "recentYears",
  "dates",
  "topTen",
  "topHundred",
  "common",
  "similarToCommon",
  "wordByItself",
  "namesByThemselves",
  "commonNames",
  "userInputs",
  "pwned",
  "guessable",
] as const;
export type PasswordReason = (typeof passwordReasons)[number];

/** What would make a password stronger: zxcvbn's suggestion keys. */
export const passwordSuggestions = [
  "l33t",
  "reverseWords",
  "allUppercase",
  "capitalization",
  "dates",
  "recentYears",
  "associatedYears",
  "sequences",
  "repeated",
  "longerKeyboardPattern",
  "anotherWord",
  "useWords",
  "noNeed",
  "pwned",
] as const;
export type PasswordSuggestion = (typeof passwordSuggestions)[number];

export type PasswordScore = 0 | 1 | 2 | 3 | 4;
export type PasswordVerdict = {
  score: PasswordScore;
  acceptable: boolean;
  /** Why it is refused; null when it is acceptable. */
  reason: PasswordReason | null;
  suggestions: PasswordSuggestion[];
};

/** Who the password belongs to: an attacker tries these first. */
export type PasswordOwner = { email?: string | null; name?: string | null };

/**
 * Only the first characters are estimated: zxcvbn's matching grows steeply with length (a
 * 128-character l33t pattern took three seconds), and a strong 64-character prefix is enough.
 */
const estimatedLength = 64;

let factory: ZxcvbnFactory | null = null;
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: {
      ...common.dictionary,
      ...en.dictionary,
      ...fr.dictionary,
      ...es.dictionary,
    },
    graphs: common.adjacencyGraphs,
    // Few substitutions keep the worst case under a tenth of a second on the server.
    l33tMaxSubstitutions: 4,
    maxLength: estimatedLength,
  });
  return factory;
}

/** The owner's email, name and their parts, as zxcvbn "user inputs". */
export function ownerWords(owner: PasswordOwner): string[] {
  const words = new Set<string>();
  const add = (value: string) => {
    const word = value.trim().toLowerCase();
    if (word.length >= 2) words.add(word);
  };
  const email = owner.email?.trim().toLowerCase() ?? "";
  if (email) {
    add(email);
    const [local = "", domain = ""] = email.split("@");
    add(local);
    add(domain);
    for (const part of `${local} ${domain}`.split(/[^\p{L}\p{N}]+/u)) add(part);
  }
  const name = owner.name ?? "";
  if (name.trim()) {
    add(name);
    add(name.replace(/\s+/g, ""));
    for (const part of name.split(/[^\p{L}\p{N}]+/u)) add(part);
  }
  return [...words];
}

const isReason = (key: string | null): key is PasswordReason =>
  key !== null && (passwordReasons as readonly string[]).includes(key);
const isSuggestion = (key: string): key is PasswordSuggestion =>
  (passwordSuggestions as readonly string[]).includes(key);

/**
 * Judges a new password offline: long enough, and at least score 3 in zxcvbn with the common
 * password list, English, French and Spanish words, and the owner's own email and name.
 * Server and web run this same function, so the meter and the refusal agree.
 */
export function judgePassword(password: string, owner: PasswordOwner = {}): PasswordVerdict {
  if (password.length < minimumPasswordLength) {
    return { score: 0, acceptable: false, reason: "tooShort", suggestions: ["anotherWord"] };
  }
  if (password.length > maximumPasswordLength) {
    return { score: 0, acceptable: false, reason: "tooLong", suggestions: [] };
  }
  const result = estimator().check(password.slice(0, estimatedLength), ownerWords(owner));
  const score = result.score as PasswordScore;
  const suggestions = result.feedback.suggestions.filter(isSuggestion);
  if (score >= minimumPasswordScore) return { score, acceptable: true, reason: null, suggestions };
  const warning = result.feedback.warning;
  return {
    score,
    acceptable: false,
    reason: isReason(warning) ? warning : "guessable",
    suggestions: suggestions.length ? suggestions : ["anotherWord"],
  };
}

/** An English sentence for logs and API clients; the web shows its own translation of `reason`. */
export const passwordReasonText: Record<PasswordReason, string> = {
  tooShort: `It is shorter than ${minimumPasswordLength} characters.`,
  tooLong: `It is longer than ${maximumPasswordLength} characters.`,
  straightRow: "Straight rows of keys are easy to guess.",
  keyPattern: "Short keyboard patterns are easy to guess.",
  simpleRepeat: 'Repeated characters like "aaa" are easy to guess.',
  extendedRepeat: 'Repeated patterns like "abcabcabc" are easy to guess.',
  sequences: 'Common sequences like "abc" are easy to guess.',
  recentYears: "Recent years are easy to guess.",
  dates: "Dates are easy to guess.",
  topTen: "This is one of the ten most used passwords.",
  topHundred: "This is one of the hundred most used passwords.",
  common: "This is a commonly used password.",
  similarToCommon: "This is similar to a commonly used password.",
  wordByItself: "A single word is easy to guess.",
  namesByThemselves: "Names or surnames on their own are easy to guess.",
  commonNames: "Common names and surnames are easy to guess.",
  userInputs: "It contains your name or email address.",
  pwned: "This password has appeared in a data breach.",
  guessable: "It would be guessed too quickly.",
};
