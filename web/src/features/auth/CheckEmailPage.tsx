import { Button, Text } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { authClient } from "../../lib/auth-client.ts";
import { peekReturnTo } from "../../lib/return-to.ts";
import { AuthCard } from "./AuthCard.tsx";
import { unwrap } from "../../lib/auth-client.ts";

export function CheckEmailPage() {
  const { t } = useTranslation("auth");
  const { email } = useSearch({ from: "/check-email" });
  const resend = useMutation({
    mutationFn: async () =>
      unwrap(
        await authClient.sendVerificationEmail({ email: email ?? "", callbackURL: peekReturnTo() }),
      ),
  });
  return (
    <AuthCard title={t("checkEmailTitle")}>
      <Text>{t("checkEmailBody", { email: email ?? "" })}</Text>
      {email && (
        <Button
          variant="light"
          onClick={() => resend.mutate()}
          loading={resend.isPending}
          disabled={resend.isSuccess}
        >
          {resend.isSuccess ? t("resent") : t("resend")}
        </Button>
      )}
    </AuthCard>
  );
}
