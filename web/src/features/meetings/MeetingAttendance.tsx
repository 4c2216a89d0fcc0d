import { Badge, Group, NativeSelect, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AttendanceStatus, Meeting } from "../../../../shared/meetings.ts";
import { notify } from "../../lib/notify.ts";
import cards from "../../components/Cards.module.css";
import { PageSection } from "../../components/PageSection.tsx";
import { RefusalAlert } from "../../components/RefusalAlert.tsx";
import type { CoalitionAccess } from "../../lib/coalition-access.ts";
import { useRecordAttendance } from "./meeting-data.ts";
import classes from "./Meetings.module.css";
import { isolate } from "../../lib/bidi.ts";

const statuses: AttendanceStatus[] = ["present", "apologies", "absent"];
const statusColor: Record<AttendanceStatus, string> = {
  present: "teal",
  apologies: "indigo",
  absent: "gray",
};

type Entry = Meeting["attendance"][number];

function AttendanceRow({
  meeting,
  entry,
  editable,
  started,
}: {
  meeting: Meeting;
  entry: Entry;
  editable: boolean;
  started: boolean;
}) {
  const { t } = useTranslation("meetings");
  const record = useRecordAttendance(meeting);
  return (
    <Paper component="li" withBorder p="xs">
      <div className={classes.attendance}>
        <Stack gap={2}>
          <Text size="sm" fw={600} dir="auto" style={{ overflowWrap: "anywhere" }}>
            {entry.name}
          </Text>
          {entry.recordedBy && entry.status && (
            <Text size="xs" c="gray.7">
              {t("attendance.recordedBy", { name: isolate(entry.recordedBy.name) })}
            </Text>
          )}
        </Stack>
        {editable ? (
          <NativeSelect
            aria-label={t("attendance.selectLabel", { name: entry.name })}
            value={entry.status ?? ""}
            disabled={record.isPending}
            onChange={(event) => {
              const status = event.currentTarget.value as AttendanceStatus;
              record.mutate(
                { organizationId: entry.organizationId, status },
                {
                  onSuccess: () =>
                    notify({
                      color: "teal",
                      message: t("attendance.saved", {
                        name: isolate(entry.name),
                        status: t(`attendance.status.${status}`),
                      }),
                    }),
                },
              );
            }}
            data={[
              ...(entry.status ? [] : [{ value: "", label: t("attendance.notRecorded") }]),
              ...statuses.map((s) => ({
                value: s,
                label: t(`attendance.status.${s}`),
                // Presence and absence are facts once the meeting starts; apologies come before.
                disabled: !started && s !== "apologies",
              })),
            ]}
          />
        ) : (
          <Badge
            variant={entry.status ? "light" : "outline"}
            color={entry.status ? statusColor[entry.status] : "gray.7"}
            tt="none"
            radius="sm"
          >
            {entry.status ? t(`attendance.status.${entry.status}`) : t("attendance.notRecorded")}
          </Badge>
        )}
      </div>
      <RefusalAlert
        error={record.error}
        refusals={{ conflict: t("attendance.conflict"), forbidden: t("attendance.forbidden") }}
      />
    </Paper>
  );
}

/** Who came, by organisation; each records its own, the convener side records for anyone. */
export function MeetingAttendance({
  meeting,
  access,
}: {
  meeting: Meeting;
  access: CoalitionAccess;
}) {
  const { t } = useTranslation("meetings");
  const mine = new Set(access.can.speakFor);
  const started = Date.parse(meeting.startsAt) <= Date.now();
  const open = meeting.status !== "cancelled";
  const counts = statuses.map((s) => ({
    status: s,
    n: meeting.attendance.filter((e) => e.status === s).length,
  }));
  const sorted = [...meeting.attendance].sort(
    (a, b) =>
      Number(mine.has(b.organizationId)) - Number(mine.has(a.organizationId)) ||
      a.name.localeCompare(b.name),
  );
  return (
    <PageSection
      title={t("attendance.title")}
      description={
        !open
          ? t("attendance.cancelledHint")
          : started
            ? t("attendance.hint")
            : t("attendance.beforeHint")
      }
    >
      <Group gap={6}>
        {counts.map(({ status, n }) => (
          <Badge key={status} variant="light" color={statusColor[status]} tt="none" radius="sm">
            {t(`attendance.count.${status}`, { count: n })}
          </Badge>
        ))}
      </Group>
      <Stack component="ul" gap="xs" className={cards.list}>
        {sorted.map((entry) => (
          <AttendanceRow
            key={entry.organizationId}
            meeting={meeting}
            entry={entry}
            started={started}
            editable={open && meeting.permissions.attendanceFor.includes(entry.organizationId)}
          />
        ))}
      </Stack>
    </PageSection>
  );
}
