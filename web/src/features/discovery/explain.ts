import type { TFunction } from "i18next";
import type { Match, Requester } from "../../../../shared/discovery.ts";
import type { Vocabulary } from "../../../../shared/taxonomies.ts";
import { isolate } from "../../lib/bidi.ts";
import { isHumanitarianRegion } from "../../../../shared/humanitarian-regions.ts";

type Label = (vocabulary: Vocabulary, key: string) => string;

/** Country codes are two capitals; every other place in a need is a region key. */
export const isCountry = (key: string) => /^[A-Z]{2}$/.test(key);

/**
 * A term inside a running sentence: lower-cased at the start where the language writes it so
 * ("litigation", but "UN mechanisms" stays), and isolated so its direction cannot scramble
 * the sentence around it.
 */
export function inSentence(label: string, language: string) {
  const lowered =
    language !== "ar" && /^\p{Lu}\p{Ll}/u.test(label)
      ? label.charAt(0).toLocaleLowerCase(language) + label.slice(1)
      : label;
  return isolate(lowered);
}

/** Joins terms the way the reader's language lists them ("a, b and c"). */
export function listOf(items: readonly string[], language: string) {
  return new Intl.ListFormat(language, { style: "long", type: "conjunction" }).format(items);
}

/** Labels of places, countries and regions alike. */
export function placeLabel(label: Label, key: string) {
  return label(
    isCountry(key) ? "country" : isHumanitarianRegion(key) ? "humanitarian_region" : "region",
    key,
  );
}

/**
 * Why a candidate was suggested, as one sentence in the reader's language built from the
 * reasons the API gives (keys only), e.g. "Brings litigation; works in Yemen; verified."
 */
export function explainMatch(
  match: Match,
  requester: Requester,
  t: TFunction<"discovery">,
  label: Label,
  language: string,
): string {
  const r = match.reasons;
  const terms = (vocabulary: Vocabulary, keys: readonly string[]) =>
    listOf(
      keys.map((k) => inSentence(label(vocabulary, k), language)),
      language,
    );
  const places = (keys: readonly string[]) =>
    listOf(
      keys.map((k) => isolate(placeLabel(label, k))),
      language,
    );
  const parts: string[] = [];
  if (r.brings.length) parts.push(t("why.brings", { list: terms("capacity", r.brings) }));
  const shared = [...r.sharedCountries, ...r.sharedRegions];
  if (shared.length) parts.push(t("why.worksIn", { list: places(shared) }));
  if (r.sharedIssues.length) {
    const quoted = r.sharedIssues.map((k) =>
      t("why.quoted", { term: inSentence(label("issue", k), language) }),
    );
    parts.push(t("why.shares", { list: listOf(quoted, language) }));
  }
  if (r.newTypes.length) {
    const list = terms("org_type", r.newTypes);
    parts.push(
      "coalitionId" in requester
        ? t("why.newFrameCoalition", { list, count: r.newTypes.length })
        : t("why.newFrameOrganization", { list, count: r.newTypes.length }),
    );
  }
  if (r.localIn?.length) {
    const key = match.organization.level === "local" ? "why.localIn" : "why.nationalIn";
    parts.push(t(key, { list: places(r.localIn) }));
  }
  if (r.languages.length) {
    parts.push(
      t("why.languages", {
        list: listOf(
          r.languages.map((k) => isolate(label("language", k))),
          language,
        ),
      }),
    );
  }
  if (r.postures.length) parts.push(t("why.postures", { list: terms("posture", r.postures) }));
  if (r.verified) parts.push(t("why.verified"));
  if (r.sharedCoalitions > 0) {
    parts.push(t("why.sharedCoalitions", { count: r.sharedCoalitions }));
  }
  if (!parts.length) return t("why.nothing");
  const sentence = parts.join(t("why.separator"));
  return `${capitalise(sentence, language)}${t("why.end")}`;
}

/** Upper-cases the first letter, stepping over isolate marks that may open the sentence. */
function capitalise(text: string, language: string) {
  const at = text.search(/\p{L}/u);
  if (at < 0) return text;
  return text.slice(0, at) + text.charAt(at).toLocaleUpperCase(language) + text.slice(at + 1);
}
