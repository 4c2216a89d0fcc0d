import { Button, Group, Modal, Paper, Stack, Text } from "@mantine/core";
import { IconHistory, IconPencil, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Comment, Thread } from "../../../../shared/discussions.ts";
import { FormError } from "../../components/FormError.tsx";
import { notify } from "../../lib/notify.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { isolate } from "../../lib/bidi.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { CommentForm } from "./CommentForm.tsx";
import { useEditComment, useRevisions, useWithdrawComment } from "./discussion-data.ts";
import classes from "./Discussions.module.css";

/** Comment HTML comes from the API, rendered from Markdown and sanitised on the server. */
function CommentBody({ html }: { html: string }) {
  return <div className={classes.body} dir="auto" dangerouslySetInnerHTML={{ __html: html }} />;
}

function Revisions({ comment, onClose }: { comment: Comment; onClose: () => void }) {
  const { t } = useTranslation("discussions");
  const format = useTimeFormat();
  const revisions = useRevisions(comment.id, true);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("comment.revisionsTitle")}
      size="lg"
      closeButtonProps={{ "aria-label": t("comment.closeRevisions") }}
    >
      <Stack gap="sm">
        <FormError error={revisions.error} />
        {revisions.isPending && (
          <Text size="sm" role="status">
            {t("common:app.loading")}
          </Text>
        )}
        {revisions.data?.items.map((r) => (
          <Paper key={r.replacedAt} withBorder p="sm">
            <Text size="xs" c="gray.7" mb={4}>
              {t(`comment.revision.${r.reason}`, {
                written: format.absolute(r.writtenAt),
                replaced: format.absolute(r.replacedAt),
              })}
            </Text>
            <CommentBody html={r.html} />
          </Paper>
        ))}
      </Stack>
    </Modal>
  );
}

/** One comment: who spoke for which organisation, when, the text, and what the reader may do. */
export function CommentItem({ comment, thread }: { comment: Comment; thread: Thread }) {
  const can = comment.permissions;
  const { t } = useTranslation("discussions");
  const format = useTimeFormat();
  const edit = useEditComment(thread);
  const withdraw = useWithdrawComment(thread);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [history, setHistory] = useState(false);
  const author = comment.author;
  const who = author.person
    ? t("comment.byFor", { person: isolate(author.person.name), org: isolate(author.name) })
    : t("comment.byOrg", { org: isolate(author.name) });

  return (
    <Paper component="li" withBorder p="sm" className={classes.comment}>
      <Stack gap={6}>
        <Group gap={6} justify="space-between" wrap="wrap">
          <Text size="sm" fw={600}>
            {who}
          </Text>
          <Text size="xs" c="gray.7">
            {format.absolute(comment.createdAt)}
            {comment.editedAt && !comment.withdrawn
              ? ` · ${t("comment.edited", { date: format.absolute(comment.editedAt) })}`
              : ""}
          </Text>
        </Group>
        {comment.withdrawn ? (
          <Text size="sm" fs="italic" c="gray.7">
            {t("comment.withdrawn", {
              org: isolate(comment.withdrawn.by.name),
              date: format.absolute(comment.withdrawn.at),
            })}
          </Text>
        ) : editing ? (
          <CommentForm
            label={t("comment.editLabel")}
            submitLabel={t("comment.saveEdit")}
            initialText={comment.text ?? ""}
            speakers={[]}
            mentionable={thread.mentionable}
            pending={edit.isPending}
            error={edit.error}
            onSubmit={async ({ text, mentions }) => {
              try {
                await edit.mutateAsync({ id: comment.id, text, mentions });
              } catch {
                return false;
              }
              setEditing(false);
              notify({ color: "teal", message: t("comment.editSaved") });
              return true;
            }}
            extra={
              <Button variant="default" onClick={() => setEditing(false)}>
                {t("common:actions.cancel")}
              </Button>
            }
          />
        ) : (
          comment.html !== null && <CommentBody html={comment.html} />
        )}
        {!editing && (
          <Group gap={4} wrap="wrap">
            {can.edit && (
              <Button
                variant="subtle"
                size="compact-sm"
                leftSection={<IconPencil size={14} aria-hidden />}
                onClick={() => {
                  edit.reset();
                  setEditing(true);
                }}
              >
                {t("comment.edit")}
              </Button>
            )}
            {can.readHistory && comment.revisionCount > 0 && (
              <Button
                variant="subtle"
                size="compact-sm"
                leftSection={<IconHistory size={14} aria-hidden />}
                onClick={() => setHistory(true)}
              >
                {t("comment.revisions", { count: comment.revisionCount })}
              </Button>
            )}
            {can.withdraw && (
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                leftSection={<IconTrash size={14} aria-hidden />}
                onClick={() => {
                  withdraw.reset();
                  setConfirming(true);
                }}
              >
                {t("comment.withdraw")}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      {history && <Revisions comment={comment} onClose={() => setHistory(false)} />}
      <ConfirmModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t("comment.withdrawTitle")}
        confirmLabel={t("comment.withdraw")}
        onConfirm={() =>
          withdraw.mutate(comment.id, {
            onSuccess: () => {
              setConfirming(false);
              notify({ color: "teal", message: t("comment.withdrawnNotice") });
            },
          })
        }
        pending={withdraw.isPending}
        error={withdraw.error}
        refusals={{ forbidden: t("comment.withdrawForbidden") }}
      >
        {t("comment.withdrawBody")}
      </ConfirmModal>
    </Paper>
  );
}
