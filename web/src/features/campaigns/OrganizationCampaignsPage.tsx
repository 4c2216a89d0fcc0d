import { Badge, Group, Stack, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { pickText } from "../../../../shared/locales.ts";
import cards from "../../components/Cards.module.css";
import { FormError } from "../../components/FormError.tsx";
import { AnchorLink, ButtonLink } from "../../components/Links.tsx";
import { PageLoading, PageMessage, SignInFirst } from "../../components/PageStates.tsx";
import { isolate } from "../../lib/bidi.ts";
import { useMyOrganizations } from "../../lib/coalition-data.ts";
import { useMe } from "../../lib/hooks.ts";
import { useDocumentTitle } from "../../lib/page.ts";
import { useCampaignList } from "./campaign-data.ts";

function OwnList({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation("campaigns");
  const list = useCampaignList({ organizationId });
  const items = list.data?.items ?? [];
  if (list.error) return <FormError error={list.error} />;
  if (list.isPending) return <PageLoading />;
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("own.none")}
      </Text>
    );
  }
  return (
    <Stack component="ul" gap="xs" className={cards.list}>
      {items.map((c) => (
        <li key={c.id}>
          <Group gap="xs" wrap="wrap">
            <AnchorLink to="/campaigns/$id" params={{ id: c.id }} fw={600} dir="auto">
              {pickText(c.title, i18n.language)}
            </AnchorLink>
            <Badge variant="outline" color="gray.7" size="sm" tt="none">
              {t(`status.${c.status}`)}
            </Badge>
          </Group>
        </li>
      ))}
    </Stack>
  );
}

/** An organisation's own campaigns, for its people, with the way to start one. */
export function OrganizationCampaignsPage() {
  const { t } = useTranslation("campaigns");
  const { id } = useParams({ from: "/organizations/$id/campaigns" });
  const me = useMe();
  const mine = useMyOrganizations(!!me.data);
  const org = mine.data?.items.find((o) => o.id === id);
  useDocumentTitle(org ? t("own.pageTitle", { name: org.name }) : undefined);
  if (me.isPending || (me.data && mine.isPending)) return <PageLoading />;
  if (!me.data) return <SignInFirst message={t("shell.signInFirst")} />;
  if (!org) {
    return (
      <PageMessage title={t("list.title")} color="blue">
        {t("shell.notFound")}
      </PageMessage>
    );
  }
  return (
    <Stack gap="lg" maw={860}>
      <div>
        <AnchorLink to="/organizations/$id" params={{ id }} size="sm" w="fit-content">
          {t("shell.backToOrganization", { name: isolate(org.name) })}
        </AnchorLink>
        <Title order={1} mt="xs" dir="auto" style={{ overflowWrap: "anywhere" }}>
          {t("own.pageTitle", { name: isolate(org.name) })}
        </Title>
        <Text c="dimmed" mt="xs">
          {t("own.intro")}
        </Text>
      </div>
      <ButtonLink
        to="/campaigns/new"
        search={{ organizationId: id }}
        w="fit-content"
        leftSection={<IconPlus size={16} aria-hidden />}
      >
        {t("own.start")}
      </ButtonLink>
      <OwnList organizationId={id} />
    </Stack>
  );
}
