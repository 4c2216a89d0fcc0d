import { Alert, Button, Group, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PageSection } from "../../components/PageSection.tsx";
import { useKeySessionInternals } from "./key-session.tsx";
import { SetKeys } from "./SetKeys.tsx";

type Mode = "passphrase" | "recovery" | "reset";

/** A CryptoRefused's reason, without importing shared/crypto (and libsodium) into this chunk. */
export function refusalReason(error: unknown): string | null {
  return error instanceof Error && error.name === "CryptoRefused"
    ? String((error as Error & { reason?: unknown }).reason)
    : null;
}

/** The keys are kept but locked in this tab: the passphrase, the recovery key, or a reset. */
export function UnlockKeys({ onRecovered }: { onRecovered: () => void }) {
  const { t } = useTranslation("keys");
  const [mode, setMode] = useState<Mode>("passphrase");

  if (mode === "reset") {
    return (
      <SetKeys
        reset
        title={t("reset.title")}
        description={t("choose.lead")}
        before={
          <Alert color="red" variant="outline" role="alert" title={t("reset.warningTitle")}>
            <Stack gap="xs">
              <Text size="sm">{t("reset.warning")}</Text>
              <Text size="sm">{t("reset.warningLast")}</Text>
            </Stack>
          </Alert>
        }
        after={
          <Button variant="subtle" w="fit-content" onClick={() => setMode("passphrase")}>
            {t("reset.back")}
          </Button>
        }
      />
    );
  }

  if (mode === "recovery") {
    return (
      <PageSection title={t("recover.title")} description={t("recover.lead")}>
        <RecoveryForm onRecovered={onRecovered} />
        <Group gap="sm">
          <Button variant="subtle" onClick={() => setMode("passphrase")}>
            {t("recover.back")}
          </Button>
          <Button variant="subtle" color="red" onClick={() => setMode("reset")}>
            {t("reset.open")}
          </Button>
        </Group>
      </PageSection>
    );
  }

  return (
    <PageSection title={t("unlock.title")} description={t("unlock.lead")}>
      <PassphraseForm />
      <Button variant="subtle" w="fit-content" onClick={() => setMode("recovery")}>
        {t("unlock.lost")}
      </Button>
    </PageSection>
  );
}

function PassphraseForm() {
  const { t } = useTranslation("keys");
  const { unlock } = useKeySessionInternals();
  const [passphrase, setPassphrase] = useState("");
  const attempt = useMutation({ mutationFn: () => unlock(passphrase) });
  const reason = refusalReason(attempt.error);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        attempt.mutate();
      }}
    >
      <Stack gap="sm" maw={480}>
        <PasswordInput
          label={t("unlock.passphrase")}
          autoComplete="off"
          required
          value={passphrase}
          error={
            reason === "wrong-passphrase"
              ? t("unlock.wrong")
              : attempt.error
                ? t("unlock.failed")
                : undefined
          }
          onChange={(event) => setPassphrase(event.currentTarget.value)}
        />
        <Button type="submit" w="fit-content" loading={attempt.isPending}>
          {t("unlock.submit")}
        </Button>
      </Stack>
    </form>
  );
}

function RecoveryForm({ onRecovered }: { onRecovered: () => void }) {
  const { t } = useTranslation("keys");
  const { unlockWithRecovery } = useKeySessionInternals();
  const [recoveryKey, setRecoveryKey] = useState("");
  const attempt = useMutation({
    mutationFn: () => unlockWithRecovery(recoveryKey),
    onSuccess: onRecovered,
  });
  const reason = refusalReason(attempt.error);
  const error =
    reason === "malformed"
      ? t("recover.malformed")
      : reason === "wrong-passphrase"
        ? t("recover.wrong")
        : attempt.error
          ? t("unlock.failed")
          : undefined;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        attempt.mutate();
      }}
    >
      <Stack gap="sm" maw={480}>
        <TextInput
          label={t("recover.key")}
          description={t("recover.keyHint")}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          dir="ltr"
          required
          value={recoveryKey}
          error={error}
          onChange={(event) => setRecoveryKey(event.currentTarget.value)}
        />
        <Button type="submit" w="fit-content" loading={attempt.isPending}>
          {t("recover.submit")}
        </Button>
      </Stack>
    </form>
  );
}
