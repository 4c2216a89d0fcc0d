import { Anchor, Button, Group, PasswordInput, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { authClient } from "../../lib/auth-client.ts";
import { takeReturnTo } from "../../lib/return-to.ts";
import { AuthCard } from "./AuthCard.tsx";
import { authRefusal } from "./auth-errors.ts";
import { unwrap } from "../../lib/auth-client.ts";

export function SignInPage() {
  const { t } = useTranslation("auth");
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { email: "", password: "" } });
  const signIn = useMutation({
    mutationFn: async (values: typeof form.values) => {
      const data = unwrap(await authClient.signIn.email(values));
      return data as { twoFactorRedirect?: boolean } | null;
    },
    onSuccess: async (data) => {
      if (data?.twoFactorRedirect) return navigate({ to: "/sign-in/second-factor" });
      await queryClient.invalidateQueries({ queryKey: ["me"] });
      return navigate({ href: takeReturnTo() });
    },
  });
  const code = (signIn.error as { code?: string } | null)?.code;

  return (
    <AuthCard title={t("signInTitle")}>
      <form onSubmit={form.onSubmit((values) => signIn.mutate(values))}>
        <TextInput
          label={t("email")}
          type="email"
          autoComplete="email"
          required
          {...form.getInputProps("email")}
          mb="sm"
        />
        <PasswordInput
          label={t("password")}
          autoComplete="current-password"
          required
          {...form.getInputProps("password")}
          mb="md"
        />
        {code === "EMAIL_NOT_VERIFIED" ? (
          <Text c="red" role="alert" size="sm">
            {t("notVerified")}
          </Text>
        ) : (
          <FormError
            error={
              signIn.error ? (authRefusal(signIn.error, t) ?? new Error(t("signInFailed"))) : null
            }
          />
        )}
        <Button type="submit" loading={signIn.isPending} fullWidth mt="sm">
          {t("signIn")}
        </Button>
      </form>
      <Group justify="space-between">
        <Anchor component={Link} to="/forgot-password" size="sm">
          {t("forgot")}
        </Anchor>
        <Anchor component={Link} to="/sign-up" size="sm">
          {t("createAccount")}
        </Anchor>
      </Group>
    </AuthCard>
  );
}
