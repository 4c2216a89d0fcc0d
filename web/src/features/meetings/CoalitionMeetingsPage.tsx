import { Button, Group, Stack, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import cards from "../../components/Cards.module.css";
import { PageSection } from "../../components/PageSection.tsx";
import { CoalitionInsidePage } from "../../components/CoalitionInsidePage.tsx";
import { ButtonLink } from "../../components/Links.tsx";
import { CalendarButton } from "./CoalitionMeetingsSection.tsx";
import { useCoalitionMeetings } from "./meeting-data.ts";
import { MeetingCard } from "./meeting-ui.tsx";

function MeetingList({ coalitionId, when }: { coalitionId: string; when: "upcoming" | "past" }) {
  const { t } = useTranslation("meetings");
  const meetings = useCoalitionMeetings(coalitionId, when, 20);
  const items = meetings.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <PageSection title={t(`list.${when}`)}>
      <FormError error={meetings.error} />
      {meetings.isPending ? (
        <Text size="sm" role="status">
          {t("common:app.loading")}
        </Text>
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t(`list.${when}None`)}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" className={cards.list}>
          {items.map((m) => (
            <MeetingCard key={m.id} meeting={m} />
          ))}
        </Stack>
      )}
      {meetings.hasNextPage && (
        <Button
          variant="default"
          w="fit-content"
          loading={meetings.isFetchingNextPage}
          onClick={() => void meetings.fetchNextPage()}
        >
          {t("list.more")}
        </Button>
      )}
    </PageSection>
  );
}

/** Every meeting of a coalition: those to come, soonest first, then the past, latest first. */
export function CoalitionMeetingsPage() {
  const { t } = useTranslation("meetings");
  const { id } = useParams({ from: "/coalitions/$id/meetings" });
  return (
    <CoalitionInsidePage id={id} ns="meetings" titleKey="list.pageTitle" headingKey="list.heading">
      {(access) => (
        <>
          <Group gap="sm" wrap="wrap">
            {access.can.manageMeetings && (
              <ButtonLink
                to="/coalitions/$id/meetings/new"
                params={{ id }}
                leftSection={<IconPlus size={16} aria-hidden />}
              >
                {t("section.plan")}
              </ButtonLink>
            )}
            <CalendarButton coalitionId={id} />
          </Group>
          <MeetingList coalitionId={id} when="upcoming" />
          <MeetingList coalitionId={id} when="past" />
        </>
      )}
    </CoalitionInsidePage>
  );
}
