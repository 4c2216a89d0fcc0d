import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import {
  CoalitionLoadFailure,
  PageSection,
  useDocumentTitle,
} from "../coalitions/coalition-ui.tsx";
import { AnchorLink, ButtonLink } from "../organizations/edit-links.tsx";
import { PageLoading, PageMessage, SignInFirst } from "../organizations/edit-page-states.tsx";
import { useCoalitionAccess } from "./coalition-access.ts";
import { CalendarButton } from "./CoalitionMeetingsSection.tsx";
import { useCoalitionMeetings } from "./meeting-data.ts";
import { MeetingCard } from "./meeting-ui.tsx";
import classes from "./Meetings.module.css";
import { isolate } from "./zoned-time.ts";

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
        <Stack component="ul" gap="xs" className={classes.list}>
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
  const { me, isPending, error, access } = useCoalitionAccess(id);
  useDocumentTitle(access ? t("list.pageTitle", { name: access.coalition.name }) : undefined);

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
      <PageMessage title={t("list.heading")} color="blue" action={back}>
        {t("list.notInside")}
      </PageMessage>
    );
  }
  return (
    <Stack gap="lg" maw={860}>
      <div>
        {back}
        <Title order={1} mt="xs" dir="auto" style={{ overflowWrap: "anywhere" }}>
          {t("list.pageTitle", { name: isolate(access.coalition.name) })}
        </Title>
      </div>
      <Group gap="sm" wrap="wrap">
        {access.convenesFor.length > 0 && (
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
    </Stack>
  );
}
