import { Button, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Thread } from "../../../../shared/discussions.ts";
import { FormError } from "../../components/FormError.tsx";
import { notify } from "../../lib/notify.ts";
import cards from "../../components/Cards.module.css";
import type { CoalitionAccess } from "../../lib/coalition-access.ts";
import { CommentForm } from "./CommentForm.tsx";
import { CommentItem } from "./CommentItem.tsx";
import { useAddComment, useComments } from "./discussion-data.ts";

/** A thread's comments, oldest first and a page at a time, and the form to add one. */
export function ThreadComments({ thread, access }: { thread: Thread; access: CoalitionAccess }) {
  const { t } = useTranslation("discussions");
  const comments = useComments(thread.id);
  const add = useAddComment(thread);
  const speakers = thread.permissions.commentFor.map((organizationId) => ({
    organizationId,
    name: access.nameOf(organizationId),
  }));
  const items = comments.data?.pages.flatMap((p) => p.items) ?? [];
  const shown = items.length;

  return (
    <Stack gap="md">
      <FormError error={comments.error} />
      {comments.isPending ? (
        <Text size="sm" role="status">
          {t("common:app.loading")}
        </Text>
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("comments.none")}
        </Text>
      ) : (
        <Stack component="ol" gap="sm" className={cards.list}>
          {items.map((comment) => (
            <CommentItem key={comment.id} comment={comment} thread={thread} />
          ))}
        </Stack>
      )}
      {comments.hasNextPage && (
        <Stack gap={4}>
          <Text size="xs" c="gray.7">
            {t("comments.shown", { shown, total: thread.commentCount })}
          </Text>
          <Button
            variant="default"
            w="fit-content"
            loading={comments.isFetchingNextPage}
            onClick={() => void comments.fetchNextPage()}
          >
            {t("comments.more")}
          </Button>
        </Stack>
      )}
      {speakers.length > 0 ? (
        <CommentForm
          label={t("form.label")}
          submitLabel={t("form.submit")}
          speakers={speakers}
          mentionable={thread.mentionable}
          pending={add.isPending}
          error={add.error}
          onSubmit={async ({ text, mentions, organizationId }) => {
            try {
              await add.mutateAsync({ text, mentions, organizationId });
            } catch {
              return false;
            }
            notify({ color: "teal", message: t("form.posted") });
            return true;
          }}
        />
      ) : (
        <Text size="sm" c="gray.7">
          {access.can.speakFor.length > 0 ? t("form.notTakingPart") : t("form.readOnly")}
        </Text>
      )}
    </Stack>
  );
}
