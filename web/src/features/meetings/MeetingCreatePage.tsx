import { Stack, Text, Title } from "@mantine/core";
import { useNavigate, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { notify } from "../../lib/notify.ts";
import { CoalitionLoadFailure } from "../../components/CoalitionLoadFailure.tsx";
import { useDocumentTitle } from "../../lib/page.ts";
import { AnchorLink, ButtonLink } from "../../components/Links.tsx";
import { PageLoading, PageMessage, SignInFirst } from "../../components/PageStates.tsx";
import { useCoalitionAccess } from "../../lib/coalition-access.ts";
import { useCreateMeeting } from "./meeting-data.ts";
import { MeetingForm, newMeetingValues, toMeetingInput } from "./MeetingForm.tsx";
import { isolate } from "../../lib/bidi.ts";

/** The convener side plans a meeting for the coalition's member organisations. */
export function MeetingCreatePage() {
  const { t, i18n } = useTranslation("meetings");
  const { id } = useParams({ from: "/coalitions/$id/meetings/new" });
  const navigate = useNavigate();
  const { me, isPending, error, access } = useCoalitionAccess(id);
  const create = useCreateMeeting(id);
  const [initialValues] = useState(() => newMeetingValues(i18n.language));
  useDocumentTitle(t("create.pageTitle"));

  if (isPending) return <PageLoading />;
  if (!me) return <SignInFirst message={t("create.signInFirst")} />;
  if (error || !access) return <CoalitionLoadFailure error={error} />;
  const back = (
    <AnchorLink to="/coalitions/$id" params={{ id }} size="sm" w="fit-content">
      {t("page.backTo", { name: isolate(access.coalition.name) })}
    </AnchorLink>
  );
  if (!access.can.manageMeetings) {
    return (
      <PageMessage title={t("create.pageTitle")} color="blue" action={back}>
        {t("create.notConvener")}
      </PageMessage>
    );
  }
  return (
    <Stack gap="lg" maw={860}>
      <div>
        {back}
        <Title order={1} mt="xs">
          {t("create.pageTitle")}
        </Title>
        <Text c="dimmed" mt="xs">
          {t("create.intro", { name: isolate(access.coalition.name) })}
        </Text>
      </div>
      <MeetingForm
        initialValues={initialValues}
        submitLabel={t("create.submit")}
        pending={create.isPending}
        error={create.error}
        onSubmit={(values) =>
          create.mutate(toMeetingInput(values), {
            onSuccess: async (meeting) => {
              notify({ color: "teal", message: t("create.created") });
              await navigate({ to: "/meetings/$id", params: { id: meeting.id } });
            },
          })
        }
        cancel={
          <ButtonLink variant="default" to="/coalitions/$id" params={{ id }}>
            {t("common:actions.cancel")}
          </ButtonLink>
        }
      />
    </Stack>
  );
}
