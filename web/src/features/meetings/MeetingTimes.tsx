import { Group, Stack, Text } from "@mantine/core";
import { IconClock, IconWorld } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { MeetingSummary } from "../../../../shared/meetings.ts";
import { browserTimeZone, useZonedFormat } from "./zoned-time.ts";
import { isolate } from "../../lib/bidi.ts";

/**
 * When a meeting happens, in the zone it was planned in and in the reader's own, each
 * labelled, so nobody has to work out the difference.
 */
export function MeetingTimes({ meeting }: { meeting: MeetingSummary }) {
  const { t } = useTranslation("meetings");
  const format = useZonedFormat();
  const mine = browserTimeZone();
  const at = Date.parse(meeting.startsAt);
  const planned = format.zone(meeting.timeZone, at);
  const same = format.zone(mine, at).offset === planned.offset;
  return (
    <Stack gap={6}>
      <Group gap={8} wrap="nowrap" align="flex-start">
        <IconClock size={18} aria-hidden style={{ flexShrink: 0, marginBlockStart: 2 }} />
        <div>
          <Text size="sm" fw={600}>
            {format.range(meeting.startsAt, meeting.endsAt, meeting.timeZone)}
          </Text>
          <Text size="xs" c="gray.7">
            {t("times.planned", {
              zone: isolate(planned.name),
              city: isolate(format.place(meeting.timeZone)),
            })}
          </Text>
        </div>
      </Group>
      <Group gap={8} wrap="nowrap" align="flex-start">
        <IconWorld size={18} aria-hidden style={{ flexShrink: 0, marginBlockStart: 2 }} />
        <div>
          {same ? (
            <Text size="sm">{t("times.sameZone")}</Text>
          ) : (
            <>
              <Text size="sm" fw={600}>
                {format.range(meeting.startsAt, meeting.endsAt, mine)}
              </Text>
              <Text size="xs" c="gray.7">
                {t("times.yours", {
                  zone: isolate(format.zone(mine, at).name),
                  city: isolate(format.place(mine)),
                })}
              </Text>
            </>
          )}
        </div>
      </Group>
    </Stack>
  );
}
