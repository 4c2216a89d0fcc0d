import {
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isRtl, pickText, type LocalizedText } from "../../../../shared/locales.ts";
import type { StatementVersion } from "../../../../shared/statements/api.ts";
import { AnchorLink } from "../../components/Links.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { LoadFailure, PageLoading } from "../../components/PageStates.tsx";
import { useTermLabel } from "../../lib/hooks.ts";
import { useDocumentTitle } from "../../lib/page.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { useStatement, useStatementVersions } from "./statement-data.ts";
import classes from "./Statements.module.css";
import { changed, compareIn, languagesOf, type DiffPart } from "./word-diff.ts";

/** Insertions and deletions, each named for screen readers and marked by more than colour. */
function DiffText({ parts, lang }: { parts: DiffPart[]; lang: string }) {
  const { t } = useTranslation("statements");
  return (
    <div className={classes.diff} lang={lang} dir={isRtl(lang) ? "rtl" : "auto"}>
      {parts.map((p, n) =>
        p.kind === "added" ? (
          <ins key={n}>
            <VisuallyHidden>{t("versions.addedStart")}</VisuallyHidden>
            {p.text}
            <VisuallyHidden>{t("versions.addedEnd")}</VisuallyHidden>
          </ins>
        ) : p.kind === "removed" ? (
          <del key={n}>
            <VisuallyHidden>{t("versions.removedStart")}</VisuallyHidden>
            {p.text}
            <VisuallyHidden>{t("versions.removedEnd")}</VisuallyHidden>
          </del>
        ) : (
          <span key={n}>{p.text}</span>
        ),
      )}
    </div>
  );
}

function Comparison({ before, after }: { before: StatementVersion; after: StatementVersion }) {
  const { t } = useTranslation("statements");
  const termLabel = useTermLabel();
  const both = (a: LocalizedText, b: LocalizedText) => languagesOf(a, b);
  const languages = [
    ...new Set([...both(before.title, after.title), ...both(before.text, after.text)]),
  ];
  return (
    <Stack gap="md">
      <Text size="sm" c="gray.7">
        {t("versions.legend")}
      </Text>
      {languages.map((language) => {
        const title = compareIn(before.title, after.title, language);
        const text = compareIn(before.text, after.text, language);
        return (
          <Paper key={language} withBorder p="sm">
            <Stack gap="xs">
              <Title order={3} size="h4">
                {termLabel("language", language)}
              </Title>
              {!changed(title) && !changed(text) ? (
                <Text size="sm" c="gray.7">
                  {t("versions.unchanged")}
                </Text>
              ) : (
                <>
                  <Text size="sm" fw={700}>
                    {t("versions.titleLabel")}
                  </Text>
                  <DiffText parts={title} lang={language} />
                  <Text size="sm" fw={700}>
                    {t("versions.textLabel")}
                  </Text>
                  <DiffText parts={text} lang={language} />
                </>
              )}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}

/** Every version of a statement, and any two compared word by word in each language. */
export function StatementVersionsPage() {
  const { t, i18n } = useTranslation("statements");
  const { id } = useParams({ from: "/statements/$id/versions" });
  const statement = useStatement(id);
  const versions = useStatementVersions(id);
  const format = useTimeFormat();
  const items = versions.data?.items ?? [];
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const title = statement.data ? pickText(statement.data.current.title, i18n.language) : undefined;
  useDocumentTitle(title ? t("versions.pageTitle", { title }) : undefined);

  if (statement.isPending || versions.isPending) return <PageLoading />;
  const error = statement.error ?? versions.error;
  if (error) return <LoadFailure error={error} forbidden={t("page.forbidden")} />;

  const last = items[items.length - 1];
  const after = items.find((v) => v.id === to) ?? last;
  const before = items.find((v) => v.id === from) ?? items[items.length - 2] ?? last;
  const options = items.map((v) => ({
    value: v.id,
    label: t("versions.option", { number: v.number, date: format.absolute(v.createdAt) }),
  }));

  return (
    <Stack gap="lg" maw={860}>
      <div>
        <AnchorLink to="/statements/$id" params={{ id }} size="sm" w="fit-content" dir="auto">
          {t("versions.back", { title })}
        </AnchorLink>
        <Title order={1} mt="xs" fz={{ base: 24, sm: 32 }}>
          {t("versions.title")}
        </Title>
      </div>
      <PageSection title={t("versions.listTitle")}>
        <Table.ScrollContainer minWidth={0}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("versions.version")}</Table.Th>
                <Table.Th>{t("versions.hashColumn")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((v) => (
                <Table.Tr key={v.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {t("version.number", { number: v.number })}
                    </Text>
                    <Text size="xs" c="gray.7">
                      {format.absolute(v.createdAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <span className={classes.hash} dir="ltr" translate="no">
                      {v.hash}
                    </span>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </PageSection>
      {before && after && (
        <PageSection title={t("versions.compareTitle")}>
          <Group gap="sm" wrap="wrap" align="flex-end">
            <NativeSelect
              label={t("versions.from")}
              data={options}
              value={before.id}
              onChange={(event) => setFrom(event.currentTarget.value)}
              style={{ flex: "1 1 14rem" }}
            />
            <NativeSelect
              label={t("versions.to")}
              data={options}
              value={after.id}
              onChange={(event) => setTo(event.currentTarget.value)}
              style={{ flex: "1 1 14rem" }}
            />
          </Group>
          {before.id === after.id ? (
            <Text size="sm" c="gray.7">
              {t("versions.same")}
            </Text>
          ) : (
            <Comparison before={before} after={after} />
          )}
        </PageSection>
      )}
    </Stack>
  );
}
