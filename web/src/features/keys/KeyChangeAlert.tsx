import { Alert, Button, List, Stack, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { KeyChange } from "./key-session-contract.ts";
import { useKeySessionInternals } from "./key-session-context.ts";
import { SafetyNumber } from "./SafetyNumber.tsx";

/**
 * The loud warning when the server presents a key other than the one this browser remembers
 * (KeyChangeRefused): sharing with that person or organisation stays refused until someone
 * compares safety numbers out of band and accepts the new key here. For the keys pages and the
 * confidential record pages alike.
 */
export function KeyChangeAlert({
  change,
  name,
  onAccepted,
}: {
  change: KeyChange;
  /** The person's or organisation's name, as the page knows it. */
  name: string;
  onAccepted?: () => void;
}) {
  const { t } = useTranslation("keys");
  const { acceptKeyChange } = useKeySessionInternals();
  const person = change.subject.startsWith("person:");
  if (change.reason === "unsigned") {
    return (
      <Alert
        color="red"
        variant="outline"
        role="alert"
        icon={<IconAlertTriangle aria-hidden />}
        title={t("change.unsignedTitle", { name })}
      >
        <Text size="sm">{t("change.unsignedBody")}</Text>
      </Alert>
    );
  }
  return (
    <Alert
      color="red"
      variant="outline"
      role="alert"
      icon={<IconAlertTriangle aria-hidden />}
      title={t(person ? "change.personTitle" : "change.organizationTitle", { name })}
    >
      <Stack gap="xs">
        <Text size="sm">{t("change.refused")}</Text>
        <Text size="sm">{t(person ? "change.whyPerson" : "change.whyOrganization")}</Text>
        <Text size="sm" fw={600}>
          {t("change.howTitle")}
        </Text>
        <List size="sm" type="ordered" spacing={4}>
          <List.Item>
            {t(person ? "change.howPerson" : "change.howOrganization", { name })}
          </List.Item>
          <List.Item>{t("change.howCompare")}</List.Item>
          <List.Item>{t("change.howAccept")}</List.Item>
        </List>
        <SafetyNumber label={t("change.remembered")} value={change.remembered} />
        <SafetyNumber label={t("change.presented")} value={change.presented} />
        <Button
          color="red"
          variant="outline"
          w="fit-content"
          onClick={() => {
            acceptKeyChange(change);
            onAccepted?.();
          }}
        >
          {t("change.accept")}
        </Button>
      </Stack>
    </Alert>
  );
}
