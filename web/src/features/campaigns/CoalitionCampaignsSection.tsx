import { Badge, Group, Stack, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { pickText } from "../../../../shared/locales.ts";
import cards from "../../components/Cards.module.css";
import { FormError } from "../../components/FormError.tsx";
import { AnchorLink, ButtonLink } from "../../components/Links.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { useCoalitionAccess } from "../../lib/coalition-access.ts";
import { useCampaignList } from "./campaign-data.ts";

/** A coalition's campaigns, for those inside, with the way to start one. */
export function CoalitionCampaignsSection({ coalitionId }: { coalitionId: string }) {
  const { t, i18n } = useTranslation("campaigns");
  const { access } = useCoalitionAccess(coalitionId);
  const list = useCampaignList({ coalitionId });
  if (!access?.inside) return null;
  const items = list.data?.items ?? [];
  return (
    <PageSection
      title={t("list.title")}
      action={
        access.speakFor.length > 0 && (
          <ButtonLink
            to="/campaigns/new"
            search={{ coalitionId }}
            variant="outline"
            w="fit-content"
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            {t("list.start")}
          </ButtonLink>
        )
      }
    >
      <FormError error={list.error} />
      {list.isPending ? (
        <Text size="sm" role="status">
          {t("common:app.loading")}
        </Text>
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("list.none")}
        </Text>
      ) : (
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
                <Text size="sm" c="gray.7" dir="auto">
                  {c.leadOrganization.name}
                </Text>
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </PageSection>
  );
}
