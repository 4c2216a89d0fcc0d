import {
  Anchor,
  Badge,
  Card,
  EmptyState,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconPlus, IconUsersGroup } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { LocalizedTextView } from "../../components/LocalizedTextView.tsx";
import { useMe } from "../../lib/hooks.ts";
import { ButtonLink } from "../../components/Links.tsx";
import classes from "../../components/Cards.module.css";
import { type CoalitionSummary, useCoalitionList } from "../../lib/coalition-data.ts";
import { LevelBadge, VisibilityBadge } from "../../components/CoalitionBadges.tsx";
import { useDocumentTitle } from "../../lib/page.ts";
import { useTimeFormat } from "../../lib/time.ts";

function CoalitionCard({ coalition }: { coalition: CoalitionSummary }) {
  const { t } = useTranslation("coalitions");
  const { number } = useTimeFormat();
  return (
    <Card component="article" withBorder padding="md" radius="md" className={classes.card}>
      <Stack gap={8}>
        <Title order={3} size="h4" dir="auto" style={{ overflowWrap: "anywhere" }}>
          <Anchor
            renderRoot={(props) => (
              <Link {...props} to="/coalitions/$id" params={{ id: coalition.id }} />
            )}
            c="inherit"
            inherit
            className={classes.cardLink}
          >
            {coalition.name}
          </Anchor>
        </Title>
        <Group gap={6}>
          <LevelBadge level={coalition.collaborationLevel} />
          {coalition.visibility !== "public" && (
            <VisibilityBadge visibility={coalition.visibility} />
          )}
          {coalition.inside && (
            <Badge variant="filled" color="teal.9" tt="none" radius="sm">
              {t("directory.mine")}
            </Badge>
          )}
          {coalition.invited && (
            <Badge variant="light" color="indigo" tt="none" radius="sm">
              {t("directory.invited")}
            </Badge>
          )}
          {coalition.applied && (
            <Badge variant="light" color="grape" tt="none" radius="sm">
              {t("directory.applied")}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="gray.7">
          {t("directory.members", {
            count: coalition.memberCount,
            n: number(coalition.memberCount),
          })}
        </Text>
        <LocalizedTextView value={coalition.purpose} ns="coalitions" lines={3} size="sm" />
      </Stack>
    </Card>
  );
}

function CoalitionGrid({ title, items }: { title: string; items: CoalitionSummary[] }) {
  const id = useId();
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      <SimpleGrid
        cols={{ base: 1, sm: 2 }}
        spacing="md"
        component="ul"
        className={classes.list}
        aria-labelledby={id}
      >
        {items.map((coalition) => (
          <li key={coalition.id}>
            <CoalitionCard coalition={coalition} />
          </li>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

export function CoalitionsPage() {
  const { t } = useTranslation("coalitions");
  const { data: me } = useMe();
  const list = useCoalitionList();
  useDocumentTitle(t("directory.title"));

  const items = list.data?.items ?? [];
  const linked = (c: (typeof items)[number]) => c.inside || c.invited || c.applied;
  const mine = items.filter(linked);
  const others = items.filter((c) => !linked(c));
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={4} maw={720}>
          <Title order={1}>{t("directory.title")}</Title>
          <Text>{t("directory.lead")}</Text>
        </Stack>
        {me && (
          <ButtonLink to="/coalitions/new" leftSection={<IconPlus size={18} aria-hidden />}>
            {t("directory.create")}
          </ButtonLink>
        )}
      </Group>
      {list.error && <FormError error={list.error} />}
      {list.isPending ? (
        <Loader role="status" aria-label={t("app.loading")} />
      ) : items.length === 0 && !list.error ? (
        <EmptyState
          icon={<IconUsersGroup size={28} aria-hidden />}
          title={t("directory.emptyTitle")}
          description={me ? t("directory.emptyBody") : t("directory.emptySignedOut")}
          color="teal"
        >
          {me && (
            <EmptyState.Actions>
              <ButtonLink to="/coalitions/new">{t("directory.create")}</ButtonLink>
            </EmptyState.Actions>
          )}
        </EmptyState>
      ) : (
        <>
          {mine.length > 0 && <CoalitionGrid title={t("directory.mineTitle")} items={mine} />}
          {others.length > 0 && (
            <CoalitionGrid
              title={mine.length ? t("directory.othersTitle") : t("directory.publicTitle")}
              items={others}
            />
          )}
          {!me && (
            <Text size="sm" c="dimmed">
              {t("directory.signInForMine")}{" "}
              <Anchor component={Link} to="/sign-in" size="sm">
                {t("common:nav.signIn")}
              </Anchor>
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
