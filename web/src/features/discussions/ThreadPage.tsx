import { Group, Stack, Text, Title } from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageSection } from "../../components/PageSection.tsx";
import { useDocumentTitle } from "../../lib/page.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { useCoalitionAccess } from "../../lib/coalition-access.ts";
import { ItemLoadFailure } from "../../components/ItemLoadFailure.tsx";
import { isolate } from "../../lib/bidi.ts";
import { AnchorLink } from "../../components/Links.tsx";
import { PageLoading } from "../../components/PageStates.tsx";
import { ConcernPanel } from "./ConcernPanel.tsx";
import { useThread } from "./discussion-data.ts";
import { ConcernBadge } from "./thread-ui.tsx";
import { ThreadComments } from "./ThreadComments.tsx";

/** A discussion or a concern, with its comments and the form to add one. */
export function ThreadPage() {
  const { t } = useTranslation("discussions");
  const { id } = useParams({ from: "/threads/$id" });
  const format = useTimeFormat();
  const thread = useThread(id);
  const coalition = useCoalitionAccess(thread.data?.coalitionId ?? "", !!thread.data);
  const { access } = coalition;
  useDocumentTitle(thread.data?.title);

  if (thread.isError || coalition.error) {
    return <ItemLoadFailure error={thread.error ?? coalition.error} what="thread" />;
  }
  if (thread.isPending || !access) return <PageLoading />;
  const data = thread.data;

  return (
    <Stack gap="lg" maw={860}>
      <Stack gap="xs">
        {data.proposalId ? (
          <AnchorLink
            to="/proposals/$id"
            params={{ id: data.proposalId }}
            size="sm"
            w="fit-content"
          >
            {t("page.backToProposal")}
          </AnchorLink>
        ) : (
          <AnchorLink
            to="/coalitions/$id"
            params={{ id: data.coalitionId }}
            size="sm"
            w="fit-content"
          >
            {t("page.backTo", { name: isolate(access.coalition.name) })}
          </AnchorLink>
        )}
        <Title order={1} fz={{ base: 24, sm: 32 }} dir="auto" style={{ overflowWrap: "anywhere" }}>
          {data.title}
        </Title>
        {data.kind === "concern" && (
          <Group gap={6}>
            <ConcernBadge />
          </Group>
        )}
        <Text size="sm" c="gray.7">
          {t("page.opened", {
            org: isolate(data.openedBy.name),
            date: format.absolute(data.createdAt),
          })}
        </Text>
      </Stack>
      <ConcernPanel thread={data} access={access} />
      <PageSection
        title={t("comments.title", { count: data.commentCount })}
        description={data.kind === "concern" ? t("comments.concernHint") : undefined}
      >
        <ThreadComments thread={data} access={access} />
      </PageSection>
    </Stack>
  );
}
