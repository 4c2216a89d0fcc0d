import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { ApiError } from "../../lib/api.ts";

type Refusals = { conflict?: string; forbidden?: string };

/**
 * Says why the API refused, in the reader's language: a 409 or 403 here has one known cause
 * in context (the last owner, an owner-only step), which the caller names.
 */
export function RefusalAlert({ error, refusals }: { error: unknown; refusals: Refusals }) {
  const { t } = useTranslation("edit");
  if (!error) return null;
  const status = error instanceof ApiError ? error.status : 0;
  const message =
    status === 409 ? refusals.conflict : status === 403 ? refusals.forbidden : undefined;
  if (!message) return <FormError error={error} />;
  return (
    <Alert color="red" role="alert" title={t("refusals.title")}>
      {message}
    </Alert>
  );
}

export function ConfirmModal({
  opened,
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose,
  pending,
  error,
  refusals,
}: {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  pending: boolean;
  error: unknown;
  refusals: Refusals;
}) {
  const { t } = useTranslation("edit");
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      centered
      closeButtonProps={{ "aria-label": t("common:actions.cancel") }}
    >
      <Stack>
        <Text size="sm">{children}</Text>
        <RefusalAlert error={error} refusals={refusals} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t("common:actions.cancel")}
          </Button>
          <Button color="red" onClick={onConfirm} loading={pending}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
