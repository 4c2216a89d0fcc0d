import { Badge, Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Campaign } from "../../../../shared/campaigns/core.ts";
import { pickText } from "../../../../shared/locales.ts";
import { AnchorLink } from "../../components/Links.tsx";
import { LoadFailure, PageLoading, SignInFirst } from "../../components/PageStates.tsx";
import { ApiError } from "../../lib/api.ts";
import { isolate } from "../../lib/bidi.ts";
import { useMe } from "../../lib/hooks.ts";
import { useDocumentTitle } from "../../lib/page.ts";
import { CampaignNav } from "./CampaignNav.tsx";
import { useCampaign } from "./campaign-data.ts";
import type { CampaignPart } from "./campaign-parts.ts";

/** Outlined in dark shades: light badges in green or yellow fall short of 4.5:1 contrast. */
const statusColor = { planning: "gray.7", active: "teal.9", paused: "orange.9", closed: "dark" };

/**
 * Every campaign page: waits for the campaign, says why it could not load (a campaign the
 * reader may not see is "not found", like one that does not exist), and shows the way back
 * to its coalition, its title, status and the tabs to its parts, then the page's content.
 */
export function CampaignShell({
  id,
  part,
  title,
  children,
}: {
  id: string;
  /** The tab this page is; undefined for the overview. */
  part?: CampaignPart;
  /** The page's heading; the campaign's title on the overview. */
  title?: string;
  children: (campaign: Campaign) => ReactNode;
}) {
  const { t, i18n } = useTranslation("campaigns");
  const me = useMe();
  const campaign = useCampaign(id);
  const name = campaign.data ? pickText(campaign.data.title, i18n.language) : undefined;
  useDocumentTitle(name ? (title ? `${title} · ${name}` : name) : undefined);

  if (me.isPending) return <PageLoading />;
  if (campaign.error || !campaign.data) {
    if (!campaign.error) return <PageLoading />;
    if (!me.data && campaign.error instanceof ApiError && campaign.error.status === 404) {
      return <SignInFirst message={t("shell.signInFirst")} />;
    }
    return <LoadFailure error={campaign.error} forbidden={t("shell.notFound")} />;
  }
  const data = campaign.data;
  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={6}>
        {data.coalition ? (
          <AnchorLink
            to="/coalitions/$id/campaigns"
            params={{ id: data.coalition.id }}
            size="sm"
            w="fit-content"
          >
            {t("shell.backToCoalition", { name: isolate(data.coalition.name) })}
          </AnchorLink>
        ) : (
          data.ownerOrganization && (
            <AnchorLink
              to="/organizations/$id"
              params={{ id: data.ownerOrganization.organizationId }}
              size="sm"
              w="fit-content"
            >
              {t("shell.backToOrganization", { name: isolate(data.ownerOrganization.name) })}
            </AnchorLink>
          )
        )}
        <Title order={1} fz={{ base: 24, sm: 32 }} dir="auto" style={{ overflowWrap: "anywhere" }}>
          {title ?? name}
        </Title>
        <Group gap="xs" wrap="wrap">
          {title && (
            <Text size="sm" fw={600} dir="auto" style={{ overflowWrap: "anywhere" }}>
              {name}
            </Text>
          )}
          <Badge color={statusColor[data.status]} variant="outline" tt="none">
            {t(`status.${data.status}`)}
          </Badge>
          <Text size="sm" c="gray.7">
            {t("shell.ledBy", { name: isolate(data.leadOrganization.name) })}
          </Text>
        </Group>
      </Stack>
      <CampaignNav id={id} current={part} />
      {children(data)}
    </Stack>
  );
}
