import { Alert, Button, Group, Stack, Text, Title } from "@mantine/core";
import { IconBan, IconPencil, IconRestore } from "@tabler/icons-react";
import { useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Meeting } from "../../../../shared/meetings.ts";
import { LocalizedTextView } from "../../components/LocalizedTextView.tsx";
import { notify } from "../../lib/notify.ts";
import cards from "../../components/Cards.module.css";
import { PageSection } from "../../components/PageSection.tsx";
import { useDocumentTitle } from "../../lib/page.ts";
import { AnchorLink, ButtonLink } from "../../components/Links.tsx";
import { PageLoading } from "../../components/PageStates.tsx";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { ActionItemForm, ActionItemRow } from "./action-items.tsx";
import { CalendarHelp } from "./CalendarHelp.tsx";
import { type CoalitionAccess, useCoalitionAccess } from "../../lib/coalition-access.ts";
import { useMeeting, useUpdateMeeting } from "./meeting-data.ts";
import { ItemLoadFailure } from "../../components/ItemLoadFailure.tsx";
import { MeetingPlace, MeetingStatusBadge } from "./meeting-ui.tsx";
import { MeetingAttendance } from "./MeetingAttendance.tsx";
import { MeetingMinutes } from "./MeetingMinutes.tsx";
import classes from "./Meetings.module.css";
import { MeetingTimes } from "./MeetingTimes.tsx";
import { isolate } from "../../lib/bidi.ts";

/** The convener side edits, cancels or reinstates a meeting. */
function ConvenerActions({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation("meetings");
  const update = useUpdateMeeting(meeting);
  const [confirming, setConfirming] = useState(false);
  const cancelled = meeting.status === "cancelled";
  const setStatus = (status: Meeting["status"]) =>
    update.mutate(
      { status },
      {
        onSuccess: () => {
          setConfirming(false);
          notify({
            color: "teal",
            message: status === "cancelled" ? t("manage.cancelled") : t("manage.reinstated"),
          });
        },
      },
    );
  return (
    <Group gap="sm" wrap="wrap">
      <ButtonLink
        to="/meetings/$id/edit"
        params={{ id: meeting.id }}
        variant="outline"
        leftSection={<IconPencil size={16} aria-hidden />}
      >
        {t("manage.edit")}
      </ButtonLink>
      {cancelled ? (
        <Button
          variant="outline"
          leftSection={<IconRestore size={16} aria-hidden />}
          loading={update.isPending}
          onClick={() => setStatus("scheduled")}
        >
          {t("manage.reinstate")}
        </Button>
      ) : (
        <Button
          variant="outline"
          color="red"
          leftSection={<IconBan size={16} aria-hidden />}
          onClick={() => {
            update.reset();
            setConfirming(true);
          }}
        >
          {t("manage.cancel")}
        </Button>
      )}
      <ConfirmModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t("manage.cancelTitle")}
        confirmLabel={t("manage.cancel")}
        onConfirm={() => setStatus("cancelled")}
        pending={update.isPending}
        error={update.error}
        refusals={{ forbidden: t("manage.forbidden") }}
      >
        {t("manage.cancelBody")}
      </ConfirmModal>
    </Group>
  );
}

function MeetingHeader({ meeting, access }: { meeting: Meeting; access: CoalitionAccess | null }) {
  const { t } = useTranslation("meetings");
  const cancelled = meeting.status === "cancelled";
  return (
    <Stack gap="sm">
      <AnchorLink
        to="/coalitions/$id"
        params={{ id: meeting.coalitionId }}
        size="sm"
        w="fit-content"
      >
        {access
          ? t("page.backTo", { name: isolate(access.coalition.name) })
          : t("page.backToCoalition")}
      </AnchorLink>
      <Title
        order={1}
        fz={{ base: 24, sm: 32 }}
        dir="auto"
        className={cancelled ? classes.cancelled : undefined}
        style={{ overflowWrap: "anywhere" }}
      >
        {meeting.title}
      </Title>
      <Group gap={6}>
        <MeetingStatusBadge meeting={meeting} />
      </Group>
      {cancelled && (
        <Alert color="red" variant="light" icon={<IconBan size={18} aria-hidden />}>
          {t("page.cancelledNotice")}
        </Alert>
      )}
      <MeetingTimes meeting={meeting} />
      <MeetingPlace meeting={meeting} linked={!cancelled} />
      {meeting.organizedBy && (
        <Text size="sm" c="gray.7">
          {t("page.organizedBy", { name: isolate(meeting.organizedBy.name) })}
        </Text>
      )}
      {meeting.permissions.manage && <ConvenerActions meeting={meeting} />}
    </Stack>
  );
}

/** A meeting: when and where, the agenda, who came, what was decided and who does what. */
export function MeetingPage() {
  const { t } = useTranslation("meetings");
  const { id } = useParams({ from: "/meetings/$id" });
  const meeting = useMeeting(id);
  const { access } = useCoalitionAccess(meeting.data?.coalitionId ?? "", !!meeting.data);
  useDocumentTitle(meeting.data?.title);

  if (meeting.isError) return <ItemLoadFailure error={meeting.error} what="meeting" />;
  if (meeting.isPending) return <PageLoading />;
  const data = meeting.data;

  return (
    <Stack gap="lg" maw={960}>
      <MeetingHeader meeting={data} access={access} />
      <PageSection title={t("agenda.title")}>
        {data.agenda ? (
          <LocalizedTextView
            value={data.agenda}
            ns="meetings"
            withSwitcher
            switcherLabel={t("agenda.language")}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t("agenda.none")}
          </Text>
        )}
      </PageSection>
      {access && <MeetingAttendance meeting={data} access={access} />}
      <MeetingMinutes meeting={data} />
      <PageSection
        title={t("actions.meetingTitle")}
        description={data.actionItems.length === 0 ? t("actions.meetingNone") : undefined}
      >
        {data.actionItems.length > 0 && (
          <Stack component="ul" gap="xs" className={cards.list}>
            {data.actionItems.map((item) => (
              <ActionItemRow key={item.id} item={item} />
            ))}
          </Stack>
        )}
        {access && data.permissions.manage && data.status !== "cancelled" && (
          <ActionItemForm coalitionId={data.coalitionId} meetingId={data.id} access={access} />
        )}
      </PageSection>
      <PageSection title={t("calendar.title")}>
        <CalendarHelp coalitionId={data.coalitionId} />
      </PageSection>
    </Stack>
  );
}
