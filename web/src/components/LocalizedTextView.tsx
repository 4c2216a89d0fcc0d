import { Chip, Group, Stack, Text, type MantineSize } from "@mantine/core";
import { IconLanguage } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { pickText, uiLocales, type LocalizedText } from "../../../shared/locales.ts";
import { useTermLabel } from "../lib/hooks.ts";

/** The language pickText chooses: the reader's, then the original, then any. */
function pickedLanguage(value: LocalizedText, locale: string): string | undefined {
  if (value.texts[locale]) return locale;
  if (value.texts[value.original]) return value.original;
  return Object.keys(value.texts)[0];
}

/** The original first, then the interface languages, then the rest. */
function orderLanguages(value: LocalizedText): string[] {
  const rank = (language: string) =>
    language === value.original
      ? -1
      : (uiLocales as readonly string[]).includes(language)
        ? uiLocales.indexOf(language as (typeof uiLocales)[number])
        : uiLocales.length;
  return Object.keys(value.texts)
    .filter((language) => value.texts[language]?.trim())
    .sort((a, b) => rank(a) - rank(b));
}

/**
 * Text written in several languages, shown in the reader's language when it exists. The
 * text carries its own `lang`, so screen readers pronounce it and fonts shape it right.
 * `ns` names the page's translation namespace, which carries the wording of the markers.
 */
export function LocalizedTextView({
  value,
  ns,
  lines,
  size,
  withSwitcher = false,
  switcherLabel,
}: {
  value: LocalizedText | null | undefined;
  ns:
    | "directory"
    | "organization"
    | "coalitions"
    | "proposals"
    | "meetings"
    | "discussions"
    | "campaigns";
  /** Clamps the text to this many lines, for previews. */
  lines?: number;
  size?: MantineSize;
  /** Lets the reader choose among the available languages. */
  withSwitcher?: boolean;
  /** Names the language choice for screen readers, e.g. "Language of the mission". */
  switcherLabel?: string;
}) {
  const { t, i18n } = useTranslation(ns);
  const termLabel = useTermLabel();
  const [chosen, setChosen] = useState<string | null>(null);
  if (!value) return null;
  const reader = i18n.language;
  const languages = orderLanguages(value);
  const picked = pickedLanguage(value, reader);
  const shown = chosen && languages.includes(chosen) ? chosen : picked;
  if (!shown) return null;
  const text = shown === picked ? pickText(value, reader) : (value.texts[shown] ?? "");
  const name = (language: string) =>
    language === value.original
      ? t("text.original", { language: termLabel("language", language) })
      : termLabel("language", language);
  const switcher = withSwitcher && languages.length > 1;

  return (
    <Stack gap={6}>
      {switcher && (
        <Chip.Group multiple={false} value={shown} onChange={setChosen}>
          <Group gap={6} role="radiogroup" aria-label={switcherLabel ?? t("text.chooseLanguage")}>
            {languages.map((language) => (
              <Chip key={language} value={language} size="xs" variant="outline">
                {name(language)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      )}
      <Text
        lang={shown}
        dir="auto"
        size={size}
        lineClamp={lines}
        style={{ whiteSpace: "pre-line", overflowWrap: "anywhere" }}
      >
        {text}
      </Text>
      {!switcher && shown !== reader && (
        <Group gap={4} wrap="nowrap">
          <IconLanguage size={14} aria-hidden color="var(--mantine-color-gray-7)" />
          <Text size="xs" c="gray.7">
            {t("text.language", { language: name(shown) })}
          </Text>
        </Group>
      )}
    </Stack>
  );
}
