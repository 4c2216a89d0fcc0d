import { Button, Stack, Text } from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import cards from "../../components/Cards.module.css";
import { CoalitionInsidePage } from "../../components/CoalitionInsidePage.tsx";
import { useCoalitionThreads } from "./discussion-data.ts";
import { ThreadCard } from "./thread-ui.tsx";

function ThreadList({ coalitionId }: { coalitionId: string }) {
  const { t } = useTranslation("discussions");
  const threads = useCoalitionThreads(coalitionId, 20);
  const items = threads.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
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
        <Stack component="ul" gap="xs" className={cards.list}>
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
    </>
  );
}

/** Every thread of a coalition the reader may see, latest activity first. */
export function CoalitionThreadsPage() {
  const { id } = useParams({ from: "/coalitions/$id/threads" });
  return (
    <CoalitionInsidePage
      id={id}
      ns="discussions"
      titleKey="list.pageTitle"
      headingKey="section.title"
    >
      {() => <ThreadList coalitionId={id} />}
    </CoalitionInsidePage>
  );
}
