import { Alert, Button, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { authClient } from "../../lib/auth-client.ts";
import { AuthCard } from "./AuthCard.tsx";
import { unwrap } from "../../lib/auth-client.ts";

export function ForgotPasswordPage() {
  const { t } = useTranslation("auth");
  const [email, setEmail] = useState("");
  const request = useMutation({
    mutationFn: async () =>
      unwrap(await authClient.requestPasswordReset({ email, redirectTo: "/reset-password" })),
  });
  return (
    <AuthCard title={t("forgotTitle")}>
      {request.isSuccess ? (
        <Alert color="teal" role="status">
          {t("resetSent")}
        </Alert>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            request.mutate();
          }}
        >
          <TextInput
            label={t("email")}
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            mb="md"
          />
          <FormError error={request.error} />
          <Button type="submit" loading={request.isPending} fullWidth mt="sm">
            {t("sendResetLink")}
          </Button>
        </form>
      )}
    </AuthCard>
  );
}
