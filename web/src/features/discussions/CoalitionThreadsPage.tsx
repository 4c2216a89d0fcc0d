import { Button, Stack, Text, Title } from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { CoalitionLoadFailure, useDocumentTitle } from "../coalitions/coalition-ui.tsx";
import { useCoalitionAccess } from "../meetings/coalition-access.ts";
import { isolate } from "../meetings/zoned-time.ts";
import { AnchorLink } from "../organizations/edit-links.tsx";
import { PageLoading, PageMessage, SignInFirst } from "../organizations/edit-page-states.tsx";
import { useCoalitionThreads } from "./discussion-data.ts";
import classes from "./Discussions.module.css";
import { ThreadCard } from "./thread-ui.tsx";

/** Every thread of a coalition the reader may see, latest activity first. */
export function CoalitionThreadsPage() {
  const { t } = useTranslation("discussions");
  const { id } = useParams({ from: "/coalitions/$id/threads" });
  const { me, isPending, error, access } = useCoalitionAccess(id);
  const threads = useCoalitionThreads(id, 20, !!access?.inside);
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
      <PageMessage title={t("section.title")} color="blue" action={back}>
        {t("list.notInside")}
      </PageMessage>
    );
  }
  const items = threads.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="lg" maw={860}>
      <div>
        {back}
        <Title order={1} mt="xs" dir="auto" style={{ overflowWrap: "anywhere" }}>
          {t("list.pageTitle", { name: isolate(access.coalition.name) })}
        </Title>
      </div>
      <FormError error={threads.error} />
      {threads.isPending ? (
        <Text size="sm" role="status">
          {t("common:app.loading")}
        </Text>
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("section.none")}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" className={classes.list}>
          {items.map((thread) => (
            <ThreadCard key={thread.id} thread={thread} />
          ))}
        </Stack>
      )}
      {threads.hasNextPage && (
        <Button
          variant="default"
          w="fit-content"
          loading={threads.isFetchingNextPage}
          onClick={() => void threads.fetchNextPage()}
        >
          {t("list.more")}
        </Button>
      )}
    </Stack>
  );
}
