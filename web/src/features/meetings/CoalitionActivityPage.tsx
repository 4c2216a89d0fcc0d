import { Stack, Title } from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { CoalitionLoadFailure, useDocumentTitle } from "../coalitions/coalition-ui.tsx";
import { CoalitionThreadsSection } from "../discussions/CoalitionThreadsSection.tsx";
import { AnchorLink } from "../organizations/edit-links.tsx";
import { PageLoading, PageMessage, SignInFirst } from "../organizations/edit-page-states.tsx";
import { CoalitionActionItemsSection } from "./CoalitionActionItemsSection.tsx";
import { CoalitionMeetingsSection } from "./CoalitionMeetingsSection.tsx";
import { useCoalitionAccess } from "./coalition-access.ts";
import { isolate } from "./zoned-time.ts";

/** A coalition's working life on one page: meetings, what is to be done, and discussions. */
export function CoalitionActivityPage() {
  const { t } = useTranslation("meetings");
  const { id } = useParams({ from: "/coalitions/$id/activity" });
  const { me, isPending, error, access } = useCoalitionAccess(id);
  useDocumentTitle(access ? t("activity.pageTitle", { name: access.coalition.name }) : undefined);

  if (isPending) return <PageLoading />;
  if (!me) return <SignInFirst message={t("list.signInFirst")} />;
  if (error || !access) return <CoalitionLoadFailure error={error} />;
  const back = (
    <AnchorLink to="/coalitions/$id" params={{ id }} size="sm" w="fit-content">
      {t("page.backTo", { name: isolate(access.coalition.name) })}
    </AnchorLink>
  );
  if (!access.inside) {
    return (
      <PageMessage title={t("activity.heading")} color="blue" action={back}>
        {t("list.notInside")}
      </PageMessage>
    );
  }
  return (
    <Stack gap="lg" maw={860}>
      <div>
        {back}
        <Title order={1} mt="xs" dir="auto" style={{ overflowWrap: "anywhere" }}>
          {t("activity.pageTitle", { name: isolate(access.coalition.name) })}
        </Title>
      </div>
      <CoalitionMeetingsSection coalitionId={id} />
      <CoalitionActionItemsSection coalitionId={id} />
      <CoalitionThreadsSection coalitionId={id} />
    </Stack>
  );
}
