import { Alert, Anchor, Button, PasswordInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { Link, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { authClient } from "../../lib/auth-client.ts";
import { AuthCard } from "./AuthCard.tsx";
import { authRefusal } from "./auth-errors.ts";
import { PasswordStrengthMeter } from "./PasswordStrengthMeter.tsx";
import { unwrap } from "../../lib/auth-client.ts";

export function ResetPasswordPage() {
  const { t } = useTranslation("auth");
  const { token, error } = useSearch({ from: "/reset-password" });
  const [password, setPassword] = useState("");
  const reset = useMutation({
    mutationFn: async () =>
      unwrap(await authClient.resetPassword({ newPassword: password, token: token ?? "" })),
  });
  if (!token || error) {
    return (
      <AuthCard title={t("resetTitle")}>
        <Alert color="red" role="alert">
          {t("resetLinkInvalid")}
        </Alert>
        <Anchor component={Link} to="/forgot-password">
          {t("forgot")}
        </Anchor>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("resetTitle")}>
      {reset.isSuccess ? (
        <Alert color="teal" role="status">
          {t("resetDone")}{" "}
          <Anchor component={Link} to="/sign-in">
            {t("signIn")}
          </Anchor>
        </Alert>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            reset.mutate();
          }}
        >
          <PasswordInput
            label={t("newPassword")}
            description={t("passwordHint")}
            autoComplete="new-password"
            required
            minLength={10}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          {/* The link's owner is known only to the server, which also judges against their email. */}
          <PasswordStrengthMeter password={password} owner={{}} />
          <FormError error={authRefusal(reset.error, t) ?? reset.error} />
          <Button type="submit" loading={reset.isPending} fullWidth mt="sm">
            {t("savePassword")}
          </Button>
        </form>
      )}
    </AuthCard>
  );
}
