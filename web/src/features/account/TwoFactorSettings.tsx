import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { QRCodeSVG } from "qrcode.react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { authClient } from "../../lib/auth-client.ts";
import { unwrap } from "../../lib/auth-client.ts";

type Setup = { totpURI: string; backupCodes: string[] };

/**
 * Turning on TOTP takes two steps: the server issues a secret, then the person proves their
 * authenticator app holds it. Recovery codes are shown once, at the first step.
 */
export function TwoFactorSettings({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation("account");
  const queryClient = useQueryClient();
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [setup, setSetup] = useState<Setup | null>(null);

  const start = useMutation({
    mutationFn: async () => unwrap(await authClient.twoFactor.enable({ password })) as Setup,
    onSuccess: (data) => {
      setSetup(data);
      setPassword("");
    },
  });
  const confirm = useMutation({
    mutationFn: async () => unwrap(await authClient.twoFactor.verifyTotp({ code: code.trim() })),
    onSuccess: async () => {
      setSetup(null);
      setCode("");
      await queryClient.invalidateQueries({ queryKey: ["me"] });
    },
  });
  const disable = useMutation({
    mutationFn: async () => unwrap(await authClient.twoFactor.disable({ password })),
    onSuccess: async () => {
      setPassword("");
      await queryClient.invalidateQueries({ queryKey: ["me"] });
    },
  });

  if (setup) {
    const secret = new URL(setup.totpURI).searchParams.get("secret") ?? "";
    return (
      <Stack gap="sm">
        <Text size="sm">{t("scanQr")}</Text>
        <QRCodeSVG value={setup.totpURI} size={176} title={t("qrTitle")} marginSize={2} />
        <Text size="sm">
          {t("manualKey")} <Code>{secret}</Code>
        </Text>
        <Alert color="yellow" title={t("recoveryTitle")}>
          <Text size="sm" mb="xs">
            {t("recoveryHelp")}
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
            {setup.backupCodes.map((c) => (
              <Code key={c}>{c}</Code>
            ))}
          </SimpleGrid>
        </Alert>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            confirm.mutate();
          }}
        >
          <Group align="end">
            <TextInput
              label={t("codeFromApp")}
              inputMode="numeric"
              autoComplete="one-time-code"
              required
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
            />
            <Button type="submit" loading={confirm.isPending}>
              {t("confirmTwoFactor")}
            </Button>
          </Group>
        </form>
        <FormError error={confirm.error} />
      </Stack>
    );
  }

  return (
    <Stack gap="sm" maw={420}>
      <Group>
        <Badge color={enabled ? "teal" : "gray"}>
          {enabled ? t("twoFactorOn") : t("twoFactorOff")}
        </Badge>
      </Group>
      <Text size="sm">{t("twoFactorHelp")}</Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (enabled) disable.mutate();
          else start.mutate();
        }}
      >
        <Stack gap="sm">
          <PasswordInput
            label={t("confirmWithPassword")}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <FormError error={start.error ?? disable.error} />
          <Button
            type="submit"
            color={enabled ? "red" : undefined}
            loading={start.isPending || disable.isPending}
            w="fit-content"
          >
            {enabled ? t("disableTwoFactor") : t("enableTwoFactor")}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
