import {
  Anchor,
  Avatar,
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import {
  IconBuildingCommunity,
  IconPencil,
  IconPlus,
  IconRosetteDiscountCheck,
  IconFileText,
  IconSpeakerphone,
  IconUsers,
} from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { MyOrganization } from "../../../../shared/organizations.ts";
import { FormError } from "../../components/FormError.tsx";
import { api } from "../../lib/api.ts";
import { useFormatters, useMe } from "../../lib/hooks.ts";

type Mine = z.infer<typeof MyOrganization>;

function SignedOutPrompt() {
  const { t } = useTranslation("organization");
  return (
    <Paper withBorder p="lg" maw={560}>
      <Stack>
        <Title order={1}>{t("dashboard.title")}</Title>
        <Text>{t("dashboard.signedOut")}</Text>
        <Group>
          <Button component={Link} to="/sign-in">
            {t("dashboard.signIn")}
          </Button>
          <Button component={Link} to="/sign-up" variant="default">
            {t("dashboard.signUp")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function OrganizationCard({ org }: { org: Mine }) {
  const { t } = useTranslation("organization");
  const { number } = useFormatters();
  const manages = org.permissions.manage;
  return (
    <Card withBorder radius="md" padding="md" component="article">
      <Group wrap="nowrap" align="flex-start" gap="md">
        <Avatar src={org.logoUrl} alt="" radius="md" size="lg" color="gray" variant="light">
          {org.name.slice(0, 1)}
        </Avatar>
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Title order={2} size="h4" style={{ overflowWrap: "anywhere" }}>
            <Anchor
              c="inherit"
              inherit
              renderRoot={(props) => (
                <Link {...props} to="/organizations/$id" params={{ id: org.id }} />
              )}
            >
              {org.name}
            </Anchor>
            {org.acronym && (
              <>
                {" "}
                <Text span c="gray.7" fw={600} size="sm">
                  {org.acronym}
                </Text>
              </>
            )}
          </Title>
          <Group gap="xs">
            <Badge variant="outline" color="gray.7" tt="none">
              {t(`role.${org.role}`)}
            </Badge>
            {org.verified ? (
              <Badge
                variant="outline"
                color="teal.9"
                tt="none"
                leftSection={<IconRosetteDiscountCheck size={14} aria-hidden />}
              >
                {t("verified")}
              </Badge>
            ) : (
              <Badge variant="light" color="gray" tt="none">
                {t("notVerified")}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="gray.7">
            {t("dashboard.members", { count: org.memberCount, n: number(org.memberCount) })}
          </Text>
          {manages && (
            <Group gap="xs" mt={4}>
              <Button
                size="compact-sm"
                variant="outline"
                leftSection={<IconPencil size={14} aria-hidden />}
                renderRoot={(props) => (
                  <Link {...props} to="/organizations/$id/edit" params={{ id: org.id }} />
                )}
                aria-label={t("dashboard.editNamed", { name: org.name })}
              >
                {t("dashboard.edit")}
              </Button>
              <Button
                size="compact-sm"
                variant="outline"
                leftSection={<IconUsers size={14} aria-hidden />}
                renderRoot={(props) => (
                  <Link {...props} to="/organizations/$id/members" params={{ id: org.id }} />
                )}
                aria-label={t("dashboard.membersNamed", { name: org.name })}
              >
                {t("dashboard.manageMembers")}
              </Button>
            </Group>
          )}
          <Button
            size="compact-sm"
            variant="subtle"
            w="fit-content"
            leftSection={<IconSpeakerphone size={14} aria-hidden />}
            renderRoot={(props) => (
              <Link {...props} to="/organizations/$id/campaigns" params={{ id: org.id }} />
            )}
            aria-label={t("dashboard.campaignsNamed", { name: org.name })}
          >
            {t("dashboard.campaigns")}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            w="fit-content"
            leftSection={<IconFileText size={14} aria-hidden />}
            renderRoot={(props) => (
              <Link {...props} to="/records" search={{ organizationId: org.id }} />
            )}
            aria-label={t("dashboard.recordsNamed", { name: org.name })}
          >
            {t("dashboard.records")}
          </Button>
        </Stack>
      </Group>
    </Card>
  );
}

export function DashboardPage() {
  const { t } = useTranslation("organization");
  const { data: me, isPending } = useMe();
  const mine = useQuery({
    queryKey: ["organizations", "mine"],
    queryFn: () => api.GET("/api/v1/organizations/mine"),
    enabled: Boolean(me),
  });

  useEffect(() => {
    document.title = `${t("dashboard.title")} · ${t("app.name")}`;
  }, [t]);

  if (isPending) return <Loader role="status" aria-label={t("app.loading")} m="xl" />;
  if (!me) return <SignedOutPrompt />;

  const items = mine.data?.items ?? [];
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t("dashboard.title")}</Title>
          <Text>{t("dashboard.lead")}</Text>
        </Stack>
        <Button
          component={Link}
          to="/organizations/new"
          leftSection={<IconPlus size={18} aria-hidden />}
        >
          {t("dashboard.create")}
        </Button>
      </Group>
      {mine.error && <FormError error={mine.error} />}
      {mine.isPending ? (
        <Loader role="status" aria-label={t("app.loading")} />
      ) : items.length === 0 && !mine.error ? (
        <EmptyState
          icon={<IconBuildingCommunity size={28} aria-hidden />}
          title={t("dashboard.emptyTitle")}
          description={t("dashboard.emptyBody")}
          color="teal"
        >
          <EmptyState.Actions>
            <Button component={Link} to="/organizations/new">
              {t("dashboard.create")}
            </Button>
            <Button component={Link} to="/directory" variant="default">
              {t("dashboard.browse")}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {items.map((org) => (
            <OrganizationCard key={org.id} org={org} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
