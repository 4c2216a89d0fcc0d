import { Badge, Button, Group, Stack, Text, Title } from "@mantine/core";
import { IconHistory, IconTrash } from "@tabler/icons-react";
import { useRouter } from "@tanstack/react-router";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { AnchorLink } from "../../components/Links.tsx";
import { notify } from "../../lib/notify.ts";
import { PathButton } from "./record-view-links.tsx";

/*
 * The top of a record's page, readable or confidential: what it is, whose it is, its version,
 * and what the reader may do with it. Each page gives its own words and badges.
 */

/** The kicker, the heading, the owner, the badges (classification, then version) and when. */
export function RecordHeading({
  kicker,
  heading,
  ownerLabel,
  ownerId,
  ownerName,
  classification,
  version,
  changed,
  muted,
  children,
}: {
  kicker: string;
  heading: string;
  ownerLabel: string;
  ownerId: string;
  ownerName: string;
  classification: ReactNode;
  version: string;
  changed: string;
  /** The colour of the kicker and the date line. */
  muted: string;
  /** Below the date line: notes about how the reader sees it, and the actions. */
  children: ReactNode;
}) {
  return (
    <Stack gap="xs">
      <Text size="sm" fw={700} c={muted}>
        {kicker}
      </Text>
      <Title order={1} fz={{ base: 24, sm: 32 }} dir="auto" style={{ overflowWrap: "anywhere" }}>
        {heading}
      </Title>
      <Text size="sm">
        {ownerLabel}{" "}
        <AnchorLink to="/organizations/$id" params={{ id: ownerId }} dir="auto" size="sm">
          {ownerName}
        </AnchorLink>
      </Text>
      <Group gap="xs" wrap="wrap">
        {classification}
        <Badge variant="outline" color="gray" tt="none" radius="sm">
          {version}
        </Badge>
      </Group>
      <Text size="sm" c={muted}>
        {changed}
      </Text>
      {children}
    </Stack>
  );
}

type DeleteMutation = {
  mutate: (variables: undefined, options: { onSuccess: () => Promise<void> }) => void;
  reset: () => void;
  isPending: boolean;
  error: unknown;
};

/**
 * Edit, audit and delete, as the record's `may` allows. After a deletion the reader goes back to
 * the list, and only then is the record forgotten (read again while shown, it would be a 404).
 */
export function RecordActions({
  recordId,
  edit,
  mayAudit,
  mayDelete,
  remove,
  listHref,
  forget,
  deleteBody,
}: {
  recordId: string;
  /** The edit button, where the reader may edit. */
  edit: ReactNode;
  mayAudit: boolean;
  mayDelete: boolean;
  remove: DeleteMutation;
  listHref: string;
  forget: (id: string) => void;
  deleteBody: string;
}) {
  const { t } = useTranslation("record");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  if (!edit && !mayAudit && !mayDelete) return null;

  function handleDelete() {
    remove.mutate(undefined, {
      onSuccess: async () => {
        notify({ color: "teal", message: t("delete.done") });
        setConfirming(false);
        await router.navigate({ href: listHref });
        forget(recordId);
      },
    });
  }

  return (
    <Group gap="xs" wrap="wrap">
      {edit}
      {mayAudit && (
        <PathButton
          href={`/records/${recordId}/audit`}
          variant="default"
          leftSection={<IconHistory size={16} aria-hidden />}
        >
          {t("actions.audit")}
        </PathButton>
      )}
      {mayDelete && (
        <Button
          variant="light"
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          onClick={() => setConfirming(true)}
        >
          {t("actions.delete")}
        </Button>
      )}
      <ConfirmModal
        opened={confirming}
        title={t("delete.title")}
        confirmLabel={t("delete.confirm")}
        onClose={() => {
          setConfirming(false);
          remove.reset();
        }}
        onConfirm={handleDelete}
        pending={remove.isPending}
        error={remove.error}
        refusals={{ forbidden: t("delete.forbidden") }}
      >
        {deleteBody}
      </ConfirmModal>
    </Group>
  );
}
