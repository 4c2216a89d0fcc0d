import { Stack, Title } from "@mantine/core";
import { useNavigate, useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { Meeting } from "../../../../shared/meetings.ts";
import { notify } from "../../lib/notify.ts";
import { useDocumentTitle } from "../../lib/page.ts";
import { AnchorLink, ButtonLink } from "../../components/Links.tsx";
import { PageLoading, PageMessage } from "../../components/PageStates.tsx";
import { useMeeting, useUpdateMeeting } from "./meeting-data.ts";
import { ItemLoadFailure } from "../../components/ItemLoadFailure.tsx";
import { MeetingForm, meetingValuesOf, toMeetingInput } from "./MeetingForm.tsx";
import { isolate } from "../../lib/bidi.ts";

function EditForm({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation("meetings");
  const navigate = useNavigate();
  const update = useUpdateMeeting(meeting);
  const toMeeting = { to: "/meetings/$id", params: { id: meeting.id } } as const;
  return (
    <MeetingForm
      initialValues={meetingValuesOf(meeting, i18n.language)}
      submitLabel={t("edit.submit")}
      pending={update.isPending}
      error={update.error}
      onSubmit={(values) => {
        const input = toMeetingInput(values);
        update.mutate(
          {
            ...input,
            // An emptied field is cleared, not left as it was.
            location: input.location ?? null,
            onlineUrl: input.onlineUrl ?? null,
            agenda: input.agenda ?? null,
          },
          {
            onSuccess: async () => {
              notify({ color: "teal", message: t("edit.saved") });
              await navigate(toMeeting);
            },
          },
        );
      }}
      cancel={
        <ButtonLink variant="default" {...toMeeting}>
          {t("common:actions.cancel")}
        </ButtonLink>
      }
    />
  );
}

/** The convener side changes a meeting's title, time, place or agenda. */
export function MeetingEditPage() {
  const { t } = useTranslation("meetings");
  const { id } = useParams({ from: "/meetings/$id/edit" });
  const meeting = useMeeting(id);
  useDocumentTitle(meeting.data ? t("edit.pageTitle", { title: meeting.data.title }) : undefined);

  if (meeting.isError) return <ItemLoadFailure error={meeting.error} what="meeting" />;
  if (meeting.isPending) return <PageLoading />;
  const back = (
    <AnchorLink to="/meetings/$id" params={{ id }} size="sm" w="fit-content">
      {t("edit.backTo", { title: isolate(meeting.data.title) })}
    </AnchorLink>
  );
  if (!meeting.data.permissions.manage) {
    return (
      <PageMessage title={t("edit.heading")} color="blue" action={back}>
        {t("edit.notConvener")}
      </PageMessage>
    );
  }
  return (
    <Stack gap="lg" maw={860}>
      <div>
        {back}
        <Title order={1} mt="xs" dir="auto" style={{ overflowWrap: "anywhere" }}>
          {t("edit.pageTitle", { title: meeting.data.title })}
        </Title>
      </div>
      <EditForm meeting={meeting.data} />
    </Stack>
  );
}
