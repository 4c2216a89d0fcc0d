import {
  Button,
  EmptyState,
  Group,
  Loader,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { IconSearchOff } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { useFormatters } from "../../lib/hooks.ts";
import cards from "../../components/Cards.module.css";
import classes from "./Directory.module.css";
import { ResultCard } from "./ResultCard.tsx";
import type { useDirectoryResults } from "./use-directory.ts";

export function ResultList({
  results,
  hasFilters,
  onClearFilters,
}: {
  results: ReturnType<typeof useDirectoryResults>;
  hasFilters: boolean;
  onClearFilters: () => void;
}) {
  const { t } = useTranslation("directory");
  const { number } = useFormatters();
  const { data, error, isFetching, isFetchingNextPage, isPlaceholderData, hasNextPage } = results;

  if (!data) {
    if (error) {
      return (
        <Stack align="flex-start">
          <FormError error={error} />
          <Button variant="default" onClick={() => void results.refetch()}>
            {t("retry")}
          </Button>
        </Stack>
      );
    }
    return (
      <Stack gap="md" aria-busy>
        <VisuallyHidden role="status">{t("loading")}</VisuallyHidden>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} h={150} radius="md" />
        ))}
      </Stack>
    );
  }

  const items = data.pages.flatMap((page) => page.items);
  const total = data.pages[0]?.total ?? 0;
  const updating = isFetching && !isFetchingNextPage;

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="nowrap" role="status">
        <Title order={2} size="h4">
          {t("results", { count: total, n: number(total) })}
        </Title>
        {updating && (
          <Group gap={6} wrap="nowrap">
            <Loader size="sm" aria-hidden />
            <VisuallyHidden>{t("updating")}</VisuallyHidden>
          </Group>
        )}
      </Group>
      {total === 0 ? (
        <EmptyState
          icon={<IconSearchOff size={28} aria-hidden />}
          title={t("emptyTitle")}
          description={t("emptyBody")}
          color="teal"
        >
          {hasFilters && (
            <EmptyState.Actions>
              <Button variant="default" onClick={onClearFilters}>
                {t("clearFilters")}
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      ) : (
        <Stack
          gap="md"
          renderRoot={(props) => <ul {...props} />}
          className={`${cards.list} ${isPlaceholderData ? classes.stale : ""}`}
        >
          {items.map((entry) => (
            <li key={entry.id}>
              <ResultCard entry={entry} />
            </li>
          ))}
        </Stack>
      )}
      {error && <FormError error={error} />}
      {items.length > 0 && (
        <Stack align="center" gap="xs">
          <Text size="sm" c="gray.7">
            {t("showing", { shown: number(items.length), total: number(total) })}
          </Text>
          {hasNextPage && (
            <Button
              variant="default"
              onClick={() => void results.fetchNextPage()}
              loading={isFetchingNextPage}
            >
              {t("loadMore")}
            </Button>
          )}
        </Stack>
      )}
    </Stack>
  );
}
