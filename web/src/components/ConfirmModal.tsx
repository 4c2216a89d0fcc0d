import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { RefusalAlert, type Refusals } from "./RefusalAlert.tsx";

/** Asks before a step that cannot be undone, and says why the API refused it if it did. */
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
  color = "red",
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
  /** Red for a step that takes something away; another colour for one that grants. */
  color?: string;
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
          <Button color={color} onClick={onConfirm} loading={pending}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
