import { Badge, Chip, Group, List, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isRtl, pickText, uiLocales, type LocalizedText } from "../../../../shared/locales.ts";
import type { StatementStatus, StatementVersion } from "../../../../shared/statements/api.ts";
import { useTermLabel } from "../../lib/hooks.ts";
import { Markdown } from "./Markdown.tsx";
import classes from "./Statements.module.css";

const statusColor: Record<StatementStatus, string> = {
  draft: "gray.7",
  open: "blue.8",
  published: "teal.9",
  withdrawn: "red.9",
};

export function StatusBadge({ status }: { status: StatementStatus }) {
  const { t } = useTranslation("statements");
  return (
    <Badge variant="outline" color={statusColor[status]} size="sm" tt="none">
      {t(`status.${status}`)}
    </Badge>
  );
}

/** The languages a text has, its original first, then the interface languages. */
export function languagesIn(value: LocalizedText): string[] {
  const rank = (l: string) =>
    l === value.original
      ? -1
      : (uiLocales as readonly string[]).includes(l)
        ? uiLocales.indexOf(l as (typeof uiLocales)[number])
        : uiLocales.length;
  return Object.keys(value.texts)
    .filter((l) => value.texts[l]?.trim())
    .sort((a, b) => rank(a) - rank(b));
}

/** The language pickText shows the reader. */
function pickedLanguage(value: LocalizedText, reader: string) {
  if (value.texts[reader]?.trim()) return reader;
  if (value.texts[value.original]?.trim()) return value.original;
  return Object.keys(value.texts)[0] ?? reader;
}

/**
 * A version's title and text in the reader's language when it has one, with a choice of
 * the other languages it is written in. The text is Markdown, shown without any markup
 * the writer typed.
 */
export function VersionText({
  version,
  headingOrder = 2,
}: {
  version: Pick<StatementVersion, "title" | "text">;
  headingOrder?: 1 | 2 | 3;
}) {
  const { t, i18n } = useTranslation("statements");
  const termLabel = useTermLabel();
  const languages = languagesIn(version.text);
  const [chosen, setChosen] = useState<string | null>(null);
  const shown =
    chosen && languages.includes(chosen) ? chosen : pickedLanguage(version.text, i18n.language);
  const title = version.title.texts[shown]?.trim()
    ? version.title.texts[shown]!
    : pickText(version.title, i18n.language);
  const name = (l: string) =>
    l === version.text.original
      ? t("text.original", { language: termLabel("language", l) })
      : termLabel("language", l);
  return (
    <Stack gap="sm">
      {languages.length > 1 && (
        <Chip.Group multiple={false} value={shown} onChange={setChosen}>
          <Group gap={6} role="radiogroup" aria-label={t("text.chooseLanguage")}>
            {languages.map((l) => (
              <Chip key={l} value={l} size="xs" variant="outline">
                {name(l)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      )}
      <Title
        order={headingOrder}
        size={headingOrder === 1 ? "h2" : "h3"}
        lang={shown}
        dir={isRtl(shown) ? "rtl" : "auto"}
        style={{ overflowWrap: "anywhere" }}
      >
        {title}
      </Title>
      <Markdown
        text={version.text.texts[shown] ?? ""}
        lang={shown}
        headingBase={headingOrder + 1}
      />
      {languages.length <= 1 && shown !== i18n.language && (
        <Text size="xs" c="gray.7">
          {t("text.language", { language: name(shown) })}
        </Text>
      )}
    </Stack>
  );
}

/** A version's number and the SHA-256 of its text, what a signature binds to. */
export function VersionStamp({ version }: { version: Pick<StatementVersion, "number" | "hash"> }) {
  const { t } = useTranslation("statements");
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {t("version.number", { number: version.number })}
      </Text>
      <Text size="xs" c="gray.7">
        {t("version.hash")}
      </Text>
      <Text size="xs" c="gray.8" className={classes.hash} dir="ltr" translate="no">
        {version.hash}
      </Text>
    </Stack>
  );
}

/** Organisations named in a short list: messengers, signatories. */
export function OrgList({
  orgs,
  empty,
}: {
  orgs: readonly { organizationId: string; name: string }[];
  empty: string;
}) {
  if (orgs.length === 0) {
    return (
      <Text size="sm" c="gray.7">
        {empty}
      </Text>
    );
  }
  return (
    <List size="sm" spacing={4}>
      {orgs.map((o) => (
        <List.Item key={o.organizationId}>
          <span dir="auto">{o.name}</span>
        </List.Item>
      ))}
    </List>
  );
}
