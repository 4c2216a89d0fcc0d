import { Badge, Group, Progress, Stack, Text, Title } from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { pickText } from "../../../../shared/locales.ts";
import cards from "../../components/Cards.module.css";
import { LocalizedTextView } from "../../components/LocalizedTextView.tsx";
import { LoadFailure, PageLoading } from "../../components/PageStates.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { useFormatters } from "../../lib/hooks.ts";
import { useDocumentTitle } from "../../lib/page.ts";
import { usePublicCampaign } from "./campaign-data.ts";

/** Share of the way from baseline to target, 0–100, whichever way the target lies. */
const shareDone = (o: { baseline: number; target: number; latest: number | null }) => {
  if (o.latest === null || o.target === o.baseline) return 0;
  return Math.max(0, Math.min(100, ((o.latest - o.baseline) / (o.target - o.baseline)) * 100));
};

/** A campaign's public summary: no sign-in, only what the campaign chose to publish. */
export function PublicCampaignPage() {
  const { t, i18n } = useTranslation("campaigns");
  const format = useFormatters();
  const { id } = useParams({ from: "/p/campaigns/$id" });
  const page = usePublicCampaign(id);
  useDocumentTitle(page.data ? pickText(page.data.title, i18n.language) : undefined);
  if (page.error) return <LoadFailure error={page.error} forbidden={t("shell.notFound")} />;
  const c = page.data;
  if (!c) return <PageLoading />;
  return (
    <Stack gap="lg" maw={860}>
      <Stack gap={6}>
        <Title order={1} fz={{ base: 24, sm: 32 }} dir="auto" style={{ overflowWrap: "anywhere" }}>
          {pickText(c.title, i18n.language)}
        </Title>
        <Group gap="xs" wrap="wrap">
          <Badge variant="outline" color="gray.7" tt="none">
            {t(`status.${c.status}`)}
          </Badge>
          {c.coalition && (
            <Text size="sm" c="gray.7" dir="auto">
              {c.coalition.name}
            </Text>
          )}
        </Group>
      </Stack>
      {c.goal && (
        <PageSection title={t("plan.goal")}>
          <LocalizedTextView value={c.goal} ns="campaigns" withSwitcher />
        </PageSection>
      )}
      {c.problem && (
        <PageSection title={t("plan.problem")}>
          <LocalizedTextView value={c.problem} ns="campaigns" withSwitcher />
        </PageSection>
      )}
      {c.objectives && c.objectives.length > 0 && (
        <PageSection title={t("public.objectives")}>
          <Stack component="ul" gap="sm" className={cards.list}>
            {c.objectives.map((o, i) => (
              <li key={i}>
                <Text size="sm" fw={600} dir="auto">
                  {pickText(o.statement, i18n.language)}
                </Text>
                <Progress
                  value={shareDone(o)}
                  aria-label={t("public.progressLabel", {
                    value: format.number(o.latest ?? o.baseline),
                    target: format.number(o.target),
                    unit: o.unit,
                  })}
                  mt={4}
                />
                <Text size="xs" c="gray.7">
                  {t("public.progress", {
                    value: format.number(o.latest ?? o.baseline),
                    target: format.number(o.target),
                    unit: o.unit,
                    deadline: format.date(o.deadline),
                  })}
                </Text>
              </li>
            ))}
          </Stack>
        </PageSection>
      )}
      {c.outcomes && c.outcomes.length > 0 && (
        <PageSection title={t("public.outcomes")}>
          <Stack component="ul" gap="sm" className={cards.list}>
            {c.outcomes.map((o, i) => (
              <li key={i}>
                <Text size="xs" c="gray.7">
                  {format.date(o.observedOn)}
                </Text>
                <LocalizedTextView value={o.change} ns="campaigns" />
              </li>
            ))}
          </Stack>
        </PageSection>
      )}
      {c.organizations && c.organizations.length > 0 && (
        <PageSection title={t("public.organizations")}>
          <Text size="sm" dir="auto">
            {c.organizations.map((o) => o.name).join(" · ")}
          </Text>
        </PageSection>
      )}
    </Stack>
  );
}
