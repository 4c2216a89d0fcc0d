import { Alert, Button, Checkbox, PasswordInput, Stack } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { authClient } from "../../lib/auth-client.ts";
import { unwrap } from "../../lib/auth-client.ts";
import { useMe } from "../../lib/hooks.ts";
import { authRefusal } from "../auth/auth-errors.ts";
import { PasswordStrengthMeter } from "../auth/PasswordStrengthMeter.tsx";

export function ChangePasswordForm() {
  const { t } = useTranslation(["account", "auth"]);
  const [currentPassword, setCurrent] = useState("");
  const [newPassword, setNew] = useState("");
  const [revokeOtherSessions, setRevoke] = useState(true);
  const { data: me } = useMe();
  const change = useMutation({
    mutationFn: async () =>
      unwrap(
        await authClient.changePassword({ currentPassword, newPassword, revokeOtherSessions }),
      ),
    onSuccess: () => {
      setCurrent("");
      setNew("");
    },
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        change.mutate();
      }}
    >
      <Stack gap="sm" maw={420}>
        <PasswordInput
          label={t("currentPassword")}
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(e) => setCurrent(e.currentTarget.value)}
        />
        <div>
          <PasswordInput
            label={t("newPassword")}
            description={t("auth:passwordHint")}
            autoComplete="new-password"
            required
            minLength={10}
            value={newPassword}
            onChange={(e) => setNew(e.currentTarget.value)}
          />
          <PasswordStrengthMeter
            password={newPassword}
            owner={{ email: me?.email, name: me?.name }}
          />
        </div>
        <Checkbox
          label={t("revokeOthers")}
          checked={revokeOtherSessions}
          onChange={(e) => setRevoke(e.currentTarget.checked)}
        />
        <FormError error={authRefusal(change.error, t) ?? change.error} />
        {change.isSuccess && (
          <Alert color="teal" role="status">
            {t("passwordChanged")}
          </Alert>
        )}
        <Button type="submit" loading={change.isPending} w="fit-content">
          {t("changePassword")}
        </Button>
      </Stack>
    </form>
  );
}
