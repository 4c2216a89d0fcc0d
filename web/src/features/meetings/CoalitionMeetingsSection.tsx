import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { IconCalendarPlus, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import cards from "../../components/Cards.module.css";
import { PageSection } from "../../components/PageSection.tsx";
import { AnchorLink, ButtonLink } from "../../components/Links.tsx";
import { CalendarHelp } from "./CalendarHelp.tsx";
import { useCoalitionAccess } from "../../lib/coalition-access.ts";
import { useCoalitionMeetings } from "./meeting-data.ts";
import { MeetingCard } from "./meeting-ui.tsx";

const shown = 3;

/** The "add to calendar" help, behind a button so the coalition home stays short. */
export function CalendarButton({ coalitionId }: { coalitionId: string }) {
  const { t } = useTranslation("meetings");
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        variant="subtle"
        leftSection={<IconCalendarPlus size={16} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        {t("calendar.title")}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t("calendar.title")}
        size="lg"
        closeButtonProps={{ "aria-label": t("calendar.close") }}
      >
        <CalendarHelp coalitionId={coalitionId} />
      </Modal>
    </>
  );
}

/**
 * The coalition's next meetings, for its home page: the soonest few, the way to past ones,
 * planning (for the convener side) and the calendar feed. Nothing for outsiders.
 */
export function CoalitionMeetingsSection({ coalitionId }: { coalitionId: string }) {
  const { t } = useTranslation("meetings");
  const { access } = useCoalitionAccess(coalitionId);
  const inside = !!access?.inside;
  const upcoming = useCoalitionMeetings(coalitionId, "upcoming", shown, inside);
  if (!access?.inside) return null;
  const items = upcoming.data?.pages[0]?.items ?? [];
  const more = !!upcoming.data?.pages[0]?.nextCursor;
  return (
    <PageSection
      title={t("section.title")}
      action={
        <Group gap="sm" wrap="wrap">
          {access.can.manageMeetings && (
            <ButtonLink
              to="/coalitions/$id/meetings/new"
              params={{ id: coalitionId }}
              leftSection={<IconPlus size={16} aria-hidden />}
              variant="outline"
            >
              {t("section.plan")}
            </ButtonLink>
          )}
          <CalendarButton coalitionId={coalitionId} />
        </Group>
      }
    >
      <FormError error={upcoming.error} />
      {upcoming.isPending ? (
        <Text size="sm" role="status">
          {t("common:app.loading")}
        </Text>
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("section.none")}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" className={cards.list}>
          {items.map((m) => (
            <MeetingCard key={m.id} meeting={m} />
          ))}
        </Stack>
      )}
      <AnchorLink
        to="/coalitions/$id/meetings"
        params={{ id: coalitionId }}
        size="sm"
        w="fit-content"
      >
        {more ? t("section.allUpcomingAndPast") : t("section.past")}
      </AnchorLink>
    </PageSection>
  );
}
