import {
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { tactics } from "../../../../shared/campaigns/catalogue.ts";
import type { CampaignLesson } from "../../../../shared/campaigns/outcomes.ts";
import { pickText } from "../../../../shared/locales.ts";
import cards from "../../components/Cards.module.css";
import { FormError } from "../../components/FormError.tsx";
import { AnchorLink } from "../../components/Links.tsx";
import { PageLoading, SignInFirst } from "../../components/PageStates.tsx";
import { useFormatters, useMe } from "../../lib/hooks.ts";
import { useDocumentTitle } from "../../lib/page.ts";
import { useIssueOptions } from "../../lib/term-options.ts";
import { type Tactic, useLessons } from "./outcomes-data.ts";
import { LessonTags, ReviewTexts } from "./outcomes-review.tsx";

function LessonCard({ lesson }: { lesson: CampaignLesson }) {
  const { t, i18n } = useTranslation("campaign-outcomes");
  const format = useFormatters();
  const title = pickText(lesson.campaign.title, i18n.language);
  return (
    <Paper withBorder p="sm" component="li">
      <Stack gap="xs">
        <Title order={2} size="h4" dir="auto" style={{ overflowWrap: "anywhere" }}>
          {lesson.campaign.id ? (
            <AnchorLink to="/campaigns/$id/outcomes" params={{ id: lesson.campaign.id }} inherit>
              {title}
            </AnchorLink>
          ) : (
            title
          )}
        </Title>
        <Group gap="xs" wrap="wrap">
          <Badge variant="outline" color={lesson.shared === "platform" ? "teal" : "gray"} tt="none">
            {t(`lessons.from.${lesson.shared}`)}
          </Badge>
          <Text size="xs" c="gray.7">
            {t("lessons.updated", { date: format.date(lesson.updatedAt) })}
          </Text>
        </Group>
        <LessonTags tactics={lesson.tactics} issues={lesson.issues} />
        <ReviewTexts review={lesson} />
      </Stack>
    </Paper>
  );
}

/**
 * Lessons from past campaigns, by tactic and issue: those shared with the platform by any
 * coalition, and those of the reader's own coalitions.
 */
export function CampaignLessonsPage() {
  const { t } = useTranslation("campaign-outcomes");
  useDocumentTitle(t("lessons.title"));
  const me = useMe();
  const [tactic, setTactic] = useState<Tactic | "">("");
  const [issue, setIssue] = useState<string | null>(null);
  const issueOptions = useIssueOptions(issue ? [issue] : [], t("review.otherIssues"));
  const lessons = useLessons({ tactic: tactic || undefined, issue: issue ?? undefined }, !!me.data);
  const items = lessons.data?.pages.flatMap((p) => p.items) ?? [];

  if (me.isPending) return <PageLoading />;
  if (!me.data) return <SignInFirst message={t("lessons.signIn")} />;
  return (
    <Stack gap="lg" maw={900}>
      <div>
        <Title order={1} fz={{ base: 24, sm: 32 }}>
          {t("lessons.title")}
        </Title>
        <Text size="sm" c="dimmed" mt={4}>
          {t("lessons.intro")}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2 }} role="search" aria-label={t("lessons.filters")}>
        <NativeSelect
          label={t("lessons.tactic")}
          value={tactic}
          onChange={(e) => setTactic(e.currentTarget.value as Tactic | "")}
          data={[
            { value: "", label: t("lessons.anyTactic") },
            ...tactics.map((v) => ({ value: v, label: t(`tactic.${v}`) })),
          ]}
        />
        <Select
          label={t("lessons.issue")}
          placeholder={t("lessons.anyIssue")}
          data={issueOptions}
          value={issue}
          onChange={setIssue}
          searchable
          clearable
          nothingFoundMessage={t("review.nothingFound")}
        />
      </SimpleGrid>
      <FormError error={lessons.error} />
      {lessons.isPending ? (
        <Text size="sm" role="status">
          {t("common:app.loading")}
        </Text>
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed" role="status">
          {t("lessons.none")}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" className={cards.list} aria-label={t("lessons.list")}>
          {items.map((lesson) => (
            <LessonCard key={lesson.id} lesson={lesson} />
          ))}
        </Stack>
      )}
      {lessons.hasNextPage && (
        <Button
          variant="default"
          w="fit-content"
          loading={lessons.isFetchingNextPage}
          onClick={() => void lessons.fetchNextPage()}
        >
          {t("lessons.more")}
        </Button>
      )}
    </Stack>
  );
}
