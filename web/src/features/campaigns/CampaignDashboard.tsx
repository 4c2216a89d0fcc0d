import { Badge, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { positionOf } from "../../../../shared/campaigns/catalogue.ts";
import type { Campaign } from "../../../../shared/campaigns/core.ts";
import type { CampaignDashboard as Dashboard } from "../../../../shared/campaigns/dashboard.ts";
import { type Track, tracks } from "../../../../shared/campaigns/track.ts";
import { pickText } from "../../../../shared/locales.ts";
import cards from "../../components/Cards.module.css";
import { FormError } from "../../components/FormError.tsx";
import { AnchorLink } from "../../components/Links.tsx";
import { isolate } from "../../lib/bidi.ts";
import { useFormatters } from "../../lib/hooks.ts";
import { useCampaignDashboard } from "./outcomes-data.ts";

const trackColor: Record<Track, string> = {
  achieved: "teal",
  on_track: "green",
  behind: "orange",
  missed: "red",
  no_data: "gray",
};

/** Coloured badges keep dark words: light green or orange text is too faint to read. */
const darkLabel = { label: { color: "var(--mantine-color-dark-7)" } };

type PartLink = "objectives" | "workplan" | "resources" | "stakeholders";

/** One card of the dashboard: a heading, what it shows, and the way to the part's page. */
function Card({
  title,
  link,
  linkLabel,
  campaignId,
  children,
}: {
  title: string;
  link: PartLink;
  linkLabel: string;
  campaignId: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <Paper withBorder p={{ base: "sm", sm: "md" }} component="section" aria-labelledby={id}>
      <Stack gap="sm" h="100%">
        <Title order={3} size="h4" id={id}>
          {title}
        </Title>
        <Stack gap="xs" style={{ flex: 1 }}>
          {children}
        </Stack>
        <AnchorLink
          to={`/campaigns/$id/${link}`}
          params={{ id: campaignId }}
          size="sm"
          w="fit-content"
        >
          {linkLabel}
        </AnchorLink>
      </Stack>
    </Paper>
  );
}

function Objectives({ data, campaignId }: { data: Dashboard["objectives"]; campaignId: string }) {
  const { t, i18n } = useTranslation("campaign-outcomes");
  const total = data.items.length;
  const attention = data.items.filter((o) => o.track === "behind" || o.track === "missed");
  const shown = tracks.filter((track) => data.counts[track] > 0);
  return (
    <Card
      title={t("dashboard.objectives.title")}
      link="objectives"
      linkLabel={t("dashboard.objectives.link")}
      campaignId={campaignId}
    >
      {total === 0 ? (
        <Text size="sm" c="dimmed">
          {t("dashboard.objectives.none")}
        </Text>
      ) : (
        <>
          <Text size="sm">
            {t("dashboard.objectives.onTrack", {
              count: data.counts.on_track + data.counts.achieved,
              total,
            })}
          </Text>
          {/* The bar is drawn from the list below it, which screen readers read instead. */}
          <Progress.Root size="lg" aria-hidden>
            {shown.map((track) => (
              <Progress.Section
                key={track}
                value={(data.counts[track] / total) * 100}
                color={trackColor[track]}
              />
            ))}
          </Progress.Root>
          <Group
            gap={6}
            renderRoot={(props) => <ul {...props} />}
            style={{ listStyle: "none", margin: 0, padding: 0 }}
            aria-label={t("dashboard.objectives.perTrack")}
          >
            {shown.map((track) => (
              <Badge
                key={track}
                component="li"
                color={trackColor[track]}
                styles={darkLabel}
                variant="light"
                tt="none"
                fw={500}
              >
                {t(`dashboard.objectives.count.${track}`, { count: data.counts[track] })}
              </Badge>
            ))}
          </Group>
          {attention.length > 0 && (
            <>
              <Text size="sm" fw={600}>
                {t("dashboard.objectives.attention")}
              </Text>
              <Stack component="ul" gap={4} className={cards.list}>
                {attention.slice(0, 3).map((o) => (
                  <Text component="li" size="sm" key={o.id} dir="auto">
                    {pickText(o.statement, i18n.language)}{" "}
                    <Text span size="xs" c="gray.8" fw={600}>
                      ({t(`track.${o.track}`)})
                    </Text>
                  </Text>
                ))}
              </Stack>
            </>
          )}
        </>
      )}
    </Card>
  );
}

function Activities({ data, campaignId }: { data: Dashboard["activities"]; campaignId: string }) {
  const { t, i18n } = useTranslation("campaign-outcomes");
  const format = useFormatters();
  return (
    <Card
      title={t("dashboard.activities.title")}
      link="workplan"
      linkLabel={t("dashboard.activities.link")}
      campaignId={campaignId}
    >
      {data.next.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("dashboard.activities.none")}
        </Text>
      ) : (
        <>
          <Text size="sm">
            {t("dashboard.activities.open", { count: data.open })}
            {data.overdue > 0 && (
              <>
                {" "}
                <Text span c="red.8" fw={600} size="sm">
                  {t("dashboard.activities.overdue", { count: data.overdue })}
                </Text>
              </>
            )}
          </Text>
          <Stack component="ul" gap="xs" className={cards.list}>
            {data.next.map((a) => (
              <li key={a.id}>
                <Text size="sm" fw={600} dir="auto" style={{ overflowWrap: "anywhere" }}>
                  {pickText(a.title, i18n.language)}
                </Text>
                <Text size="xs" c="gray.7">
                  {t("dashboard.activities.line", {
                    from: format.date(a.startsOn),
                    to: format.date(a.dueOn),
                    org: isolate(a.leadOrganization.name),
                    status: t(`activityStatus.${a.status}`, { defaultValue: a.status }),
                  })}
                </Text>
              </li>
            ))}
          </Stack>
        </>
      )}
    </Card>
  );
}

function Resources({ data, campaignId }: { data: Dashboard["resources"]; campaignId: string }) {
  const { t, i18n } = useTranslation("campaign-outcomes");
  const money = (amount: string, currency: string) => {
    try {
      return new Intl.NumberFormat(i18n.language, { style: "currency", currency }).format(
        Number(amount),
      );
    } catch {
      return `${amount} ${currency}`;
    }
  };
  const number = (amount: string) => new Intl.NumberFormat(i18n.language).format(Number(amount));
  const share = (part: string, whole: string) =>
    Number(whole) > 0 ? Math.min(100, Math.round((Number(part) / Number(whole)) * 100)) : 0;
  const noStaff = Number(data.staffDays.pledged) === 0;
  return (
    <Card
      title={t("dashboard.resources.title")}
      link="resources"
      linkLabel={t("dashboard.resources.link")}
      campaignId={campaignId}
    >
      {data.currencies.length === 0 && noStaff ? (
        <Text size="sm" c="dimmed">
          {t("dashboard.resources.none")}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" className={cards.list}>
          {data.currencies.map((c) => (
            <Stack component="li" gap={4} key={c.currency}>
              <Text size="sm" fw={700} dir="ltr" w="fit-content">
                {c.currency}
              </Text>
              <Text size="sm">
                {t("dashboard.resources.pledged", {
                  pledged: money(c.pledged, c.currency),
                  received: money(c.received, c.currency),
                })}
              </Text>
              <Text size="sm">
                {t("dashboard.resources.budget", {
                  budget: money(c.budget, c.currency),
                  spent: money(c.spent, c.currency),
                })}
              </Text>
              {Number(c.budget) > 0 && (
                <Progress
                  value={share(c.pledged, c.budget)}
                  size="sm"
                  color="blue"
                  aria-label={t("dashboard.resources.pledgedShare", {
                    currency: c.currency,
                    share: share(c.pledged, c.budget),
                  })}
                />
              )}
            </Stack>
          ))}
          {!noStaff && (
            <Text component="li" size="sm">
              {t("dashboard.resources.staffDays", {
                pledged: number(data.staffDays.pledged),
                received: number(data.staffDays.received),
              })}
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}

function Stakeholders({
  data,
  campaignId,
}: {
  data: Dashboard["stakeholders"];
  campaignId: string;
}) {
  const { t } = useTranslation("campaign-outcomes");
  const format = useFormatters();
  const position = (value: number) => t(`position.${positionOf(value)}`);
  return (
    <Card
      title={t("dashboard.stakeholders.title", { date: format.date(data.since) })}
      link="stakeholders"
      linkLabel={t("dashboard.stakeholders.link")}
      campaignId={campaignId}
    >
      {data.total === 0 ? (
        <Text size="sm" c="dimmed">
          {t("dashboard.stakeholders.none")}
        </Text>
      ) : data.moved === 0 ? (
        <Text size="sm">{t("dashboard.stakeholders.still", { count: data.total })}</Text>
      ) : (
        <>
          <Text size="sm">
            {t("dashboard.stakeholders.moved", { count: data.moved, total: data.total })}
          </Text>
          <Group gap={6}>
            <Badge color="green" styles={darkLabel} variant="light" tt="none" fw={500}>
              {t("dashboard.stakeholders.towardAllies", { count: data.towardAllies })}
            </Badge>
            <Badge color="red" styles={darkLabel} variant="light" tt="none" fw={500}>
              {t("dashboard.stakeholders.towardOpposition", { count: data.towardOpposition })}
            </Badge>
          </Group>
          <Text size="sm" fw={600}>
            {t("dashboard.stakeholders.biggest")}
          </Text>
          <Stack component="ul" gap={4} className={cards.list}>
            {data.biggestMovers.map((m) => (
              <Text component="li" size="sm" key={m.id}>
                {t("dashboard.stakeholders.move", {
                  name: isolate(m.name),
                  from: position(m.from),
                  to: position(m.to),
                })}
              </Text>
            ))}
          </Stack>
        </>
      )}
    </Card>
  );
}

/**
 * The campaign at a glance on its overview: objectives on track or not, the next activities,
 * pledges against the budget per currency, and how stakeholders moved over the last month.
 * Every figure is written out; the bars only repeat it.
 */
export function CampaignDashboard({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation("campaign-outcomes");
  const dashboard = useCampaignDashboard(campaign.id);
  const headingId = useId();
  const data = dashboard.data;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {t("dashboard.title")}
      </Title>
      <FormError error={dashboard.error} />
      {!data ? (
        !dashboard.error && (
          <Text size="sm" role="status">
            {t("common:app.loading")}
          </Text>
        )
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Objectives data={data.objectives} campaignId={campaign.id} />
          <Activities data={data.activities} campaignId={campaign.id} />
          <Resources data={data.resources} campaignId={campaign.id} />
          <Stakeholders data={data.stakeholders} campaignId={campaign.id} />
        </SimpleGrid>
      )}
    </Stack>
  );
}
