import { Anchor, Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { IconMapPin, IconVideo } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { MeetingSummary } from "../../../../shared/meetings.ts";
import cards from "../../components/Cards.module.css";
import classes from "./Meetings.module.css";
import { browserTimeZone, useZonedFormat } from "./zoned-time.ts";

/** Where a meeting stands against the clock: still to come, under way, or over. */
export function phaseOf(meeting: Pick<MeetingSummary, "startsAt" | "endsAt">, now = Date.now()) {
  if (Date.parse(meeting.endsAt) <= now) return "past" as const;
  if (Date.parse(meeting.startsAt) <= now) return "ongoing" as const;
  return "upcoming" as const;
}

export function MeetingStatusBadge({ meeting }: { meeting: MeetingSummary }) {
  const { t } = useTranslation("meetings");
  if (meeting.status === "cancelled") {
    return (
      <Badge color="red" variant="filled" tt="none" radius="sm">
        {t("status.cancelled")}
      </Badge>
    );
  }
  const phase = phaseOf(meeting);
  return (
    <Badge
      color={phase === "past" ? "gray" : "teal"}
      variant={phase === "ongoing" ? "filled" : "light"}
      tt="none"
      radius="sm"
    >
      {t(`status.${phase}`)}
    </Badge>
  );
}

/** A meeting's place: the address and, when there is one, the link to join online. */
export function MeetingPlace({ meeting, linked }: { meeting: MeetingSummary; linked: boolean }) {
  const { t } = useTranslation("meetings");
  return (
    <>
      {meeting.location && (
        <Group gap={8} wrap="nowrap" align="flex-start">
          <IconMapPin size={18} aria-hidden style={{ flexShrink: 0, marginBlockStart: 2 }} />
          <Text size="sm" dir="auto" style={{ overflowWrap: "anywhere" }}>
            <Text span c="gray.7" size="sm">
              {t("place.location")}{" "}
            </Text>
            {meeting.location}
          </Text>
        </Group>
      )}
      {meeting.onlineUrl && (
        <Group gap={8} wrap="nowrap" align="flex-start">
          <IconVideo size={18} aria-hidden style={{ flexShrink: 0, marginBlockStart: 2 }} />
          {linked ? (
            <Anchor
              href={meeting.onlineUrl}
              target="_blank"
              rel="noopener noreferrer"
              size="sm"
              style={{ overflowWrap: "anywhere" }}
            >
              {t("place.join")}{" "}
              <Text span size="xs" c="gray.7" dir="ltr">
                ({new URL(meeting.onlineUrl).host})
              </Text>
            </Anchor>
          ) : (
            <Text size="sm">{t("place.online")}</Text>
          )}
        </Group>
      )}
    </>
  );
}

/** One meeting in a list: the title opens it; the time is the reader's own. */
export function MeetingCard({ meeting }: { meeting: MeetingSummary }) {
  const format = useZonedFormat();
  const cancelled = meeting.status === "cancelled";
  return (
    <Paper component="li" withBorder p="sm" className={cards.card}>
      <Stack gap={4}>
        <Group gap={6} justify="space-between" wrap="wrap" align="flex-start">
          <Anchor
            renderRoot={(props) => (
              <Link {...props} to="/meetings/$id" params={{ id: meeting.id }} />
            )}
            fw={600}
            dir="auto"
            className={`${cards.cardLink} ${cancelled ? classes.cancelled : ""}`}
            style={{ overflowWrap: "anywhere", flex: "1 1 12rem" }}
          >
            {meeting.title}
          </Anchor>
          <MeetingStatusBadge meeting={meeting} />
        </Group>
        <Text size="sm" c="gray.7">
          {format.short(meeting.startsAt, browserTimeZone())}
        </Text>
        <MeetingPlace meeting={meeting} linked={false} />
      </Stack>
    </Paper>
  );
}
