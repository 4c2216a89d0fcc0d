import { Anchor, Button, PasswordInput, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { authClient } from "../../lib/auth-client.ts";
import { AuthCard } from "./AuthCard.tsx";
import { authRefusal } from "./auth-errors.ts";
import { PasswordStrengthMeter } from "./PasswordStrengthMeter.tsx";
import { unwrap } from "../../lib/auth-client.ts";
import { peekReturnTo } from "../../lib/return-to.ts";

export function SignUpPage() {
  const { t, i18n } = useTranslation("auth");
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { name: "", email: "", password: "" },
    validate: {
      name: (v) => (v.trim().length >= 2 ? null : t("nameTooShort")),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v) ? null : t("emailInvalid")),
      password: (v) => (v.length >= 10 ? null : t("passwordTooShort")),
    },
  });
  const signUp = useMutation({
    mutationFn: async (values: typeof form.values) =>
      unwrap(
        await authClient.signUp.email({
          ...values,
          locale: i18n.language,
          callbackURL: peekReturnTo(),
        } as Parameters<typeof authClient.signUp.email>[0]),
      ),
    onSuccess: (_data, values) => navigate({ to: "/check-email", search: { email: values.email } }),
  });

  return (
    <AuthCard title={t("signUpTitle")}>
      <form onSubmit={form.onSubmit((values) => signUp.mutate(values))} noValidate>
        <TextInput
          label={t("name")}
          autoComplete="name"
          required
          {...form.getInputProps("name")}
          mb="sm"
        />
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
          description={t("passwordHint")}
          autoComplete="new-password"
          required
          {...form.getInputProps("password")}
        />
        <PasswordStrengthMeter
          password={form.values.password}
          owner={{ email: form.values.email, name: form.values.name }}
        />
        <FormError error={authRefusal(signUp.error, t) ?? signUp.error} />
        <Button type="submit" loading={signUp.isPending} fullWidth mt="sm">
          {t("signUp")}
        </Button>
      </form>
      <Text size="sm">
        {t("haveAccount")}{" "}
        <Anchor component={Link} to="/sign-in">
          {t("signIn")}
        </Anchor>
      </Text>
    </AuthCard>
  );
}
