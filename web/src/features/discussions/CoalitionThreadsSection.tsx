import { Group, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconMessagePlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import cards from "../../components/Cards.module.css";
import { PageSection } from "../../components/PageSection.tsx";
import { useCoalitionAccess } from "../../lib/coalition-access.ts";
import { AnchorLink, ButtonLink } from "../../components/Links.tsx";
import { useCoalitionThreads } from "./discussion-data.ts";
import { ThreadCard } from "./thread-ui.tsx";

const shown = 5;

/**
 * The coalition's latest threads for its home page, with the ways to start a discussion or
 * raise a concern. Nothing for outsiders.
 */
export function CoalitionThreadsSection({ coalitionId }: { coalitionId: string }) {
  const { t } = useTranslation("discussions");
  const { access } = useCoalitionAccess(coalitionId);
  const inside = !!access?.inside;
  const threads = useCoalitionThreads(coalitionId, shown, inside);
  if (!access?.inside) return null;
  const items = threads.data?.pages[0]?.items ?? [];
  const more = !!threads.data?.pages[0]?.nextCursor;
  const speaks = access.speakFor.length > 0;
  return (
    <PageSection
      title={t("section.title")}
      action={
        speaks ? (
          <Stack gap="xs">
            <Group gap="sm" wrap="wrap">
              <ButtonLink
                to="/coalitions/$id/threads/new"
                params={{ id: coalitionId }}
                search={{ kind: "discussion" }}
                variant="outline"
                leftSection={<IconMessagePlus size={16} aria-hidden />}
              >
                {t("section.startDiscussion")}
              </ButtonLink>
              <ButtonLink
                to="/coalitions/$id/threads/new"
                params={{ id: coalitionId }}
                search={{ kind: "concern" }}
                variant="outline"
                leftSection={<IconAlertTriangle size={16} aria-hidden />}
              >
                {t("section.raiseConcern")}
              </ButtonLink>
            </Group>
            <Text size="xs" c="gray.7">
              {t("section.concernHint")}
            </Text>
          </Stack>
        ) : undefined
      }
    >
      <FormError error={threads.error} />
      {threads.isPending ? (
        <Text size="sm" role="status">
          {t("common:app.loading")}
        </Text>
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("section.none")}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" className={cards.list}>
          {items.map((thread) => (
            <ThreadCard key={thread.id} thread={thread} />
          ))}
        </Stack>
      )}
      {more && (
        <AnchorLink
          to="/coalitions/$id/threads"
          params={{ id: coalitionId }}
          size="sm"
          w="fit-content"
        >
          {t("section.all")}
        </AnchorLink>
      )}
    </PageSection>
  );
}
