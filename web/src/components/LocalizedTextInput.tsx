import {
  Fieldset,
  Group,
  NativeSelect,
  Select,
  Tabs,
  Text,
  Textarea,
  VisuallyHidden,
} from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { useId, useMemo, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { isRtl, uiLocales, type LocalizedText } from "../../../shared/locales.ts";
import { useTermOptions, useLanguageName } from "../lib/term-options.ts";

type Props = {
  label: string;
  description: string;
  value: LocalizedText;
  onChange: (value: LocalizedText) => void;
  maxLength: number;
  rows: number;
  error?: ReactNode;
};

/**
 * One text per language, in tabs, with the language it was first written in. The interface
 * languages are always offered; others can be added from the language vocabulary.
 */
export function LocalizedTextInput({
  label,
  description,
  value,
  onChange,
  maxLength,
  rows,
  error,
}: Props) {
  const { t, i18n } = useTranslation("edit");
  const languageName = useLanguageName();
  const allLanguages = useTermOptions("language", true);
  const [added, setAdded] = useState<string[]>([]);
  const languages = useMemo(
    () => [
      ...new Set<string>([...uiLocales, value.original, ...Object.keys(value.texts), ...added]),
    ],
    [value.original, value.texts, added],
  );
  const [active, setActive] = useState<string>(
    value.texts[i18n.language] !== undefined || !value.texts[value.original]
      ? i18n.language
      : value.original,
  );
  const id = useId();

  function handleText(language: string, text: string) {
    onChange({ ...value, texts: { ...value.texts, [language]: text } });
  }

  function handleAdd(language: string | null) {
    if (!language) return;
    setAdded((list) => [...list, language]);
    setActive(language);
  }

  return (
    <Fieldset
      legend={label}
      variant="unstyled"
      aria-describedby={`${id}-description`}
      styles={{
        legend: { fontWeight: 700, fontSize: "var(--mantine-font-size-md)", marginBottom: 0 },
      }}
    >
      <Text id={`${id}-description`} size="sm" c="dimmed" mb="xs">
        {description}
      </Text>
      <Tabs value={active} onChange={(next) => next && setActive(next)} keepMounted>
        <Tabs.List>
          {languages.map((language) => (
            <Tabs.Tab
              key={language}
              value={language}
              rightSection={
                value.texts[language]?.trim() ? (
                  <>
                    <IconCheck size={14} aria-hidden />
                    <VisuallyHidden>{t("text.hasText")}</VisuallyHidden>
                  </>
                ) : null
              }
            >
              {languageName(language)}
              {language === value.original && (
                <Text span size="xs" c="dimmed" ms={4}>
                  ({t("text.original")})
                </Text>
              )}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {languages.map((language) => (
          <Tabs.Panel key={language} value={language} pt="xs">
            <Textarea
              label={t("text.textIn", { field: label, language: languageName(language) })}
              lang={language}
              dir={isRtl(language) ? "rtl" : "auto"}
              value={value.texts[language] ?? ""}
              onChange={(event) => handleText(language, event.currentTarget.value)}
              maxLength={maxLength}
              autosize
              minRows={rows}
              maxRows={rows * 3}
              description={t("text.length", {
                used: (value.texts[language] ?? "").length,
                max: maxLength,
              })}
            />
          </Tabs.Panel>
        ))}
      </Tabs>
      <Group mt="xs" align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label={t("text.originalLanguage")}
          value={value.original}
          onChange={(event) => onChange({ ...value, original: event.currentTarget.value })}
          data={languages.map((language) => ({ value: language, label: languageName(language) }))}
          error={error}
          style={{ flex: "1 1 12rem" }}
        />
        <Select
          label={t("text.addLanguage")}
          placeholder={t("text.addLanguagePlaceholder")}
          data={allLanguages.filter((option) => !languages.includes(option.value))}
          value={null}
          onChange={handleAdd}
          searchable
          selectFirstOptionOnChange
          nothingFoundMessage={t("nothingFound")}
          style={{ flex: "1 1 12rem" }}
        />
      </Group>
    </Fieldset>
  );
}
