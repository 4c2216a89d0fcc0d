import { Alert, Anchor, Loader, Stack, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../lib/api.ts";

/** Waiting for data: announced to screen readers, quiet for everyone else. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <Stack align="center" py="xl">
      <Loader aria-label={t("app.loading")} role="status" />
    </Stack>
  );
}

/** A page that cannot show what was asked: still one h1, and a way on. */
export function PageMessage({
  title,
  children,
  color = "red",
  action,
}: {
  title: string;
  children: ReactNode;
  color?: string;
  action?: ReactNode;
}) {
  return (
    <Stack maw={640}>
      <Title order={1} size="h2">
        {title}
      </Title>
      <Alert color={color} role="alert">
        {children}
      </Alert>
      {action}
    </Stack>
  );
}

export function SignInFirst({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <PageMessage
      title={t("nav.signIn")}
      color="blue"
      action={
        <Anchor component={Link} to="/sign-in">
          {t("nav.signIn")}
        </Anchor>
      }
    >
      {message}
    </PageMessage>
  );
}

/** Explains a failed page load by its status: 403 and 404 say different things to a person. */
export function LoadFailure({ error, forbidden }: { error: unknown; forbidden: string }) {
  const { t } = useTranslation("edit");
  const status = error instanceof ApiError ? error.status : 0;
  const message =
    status === 403 ? forbidden : status === 404 ? t("page.notFound") : t("common:errors.generic");
  return (
    <PageMessage
      title={status === 403 ? t("page.forbiddenTitle") : t("common:errors.title")}
      action={
        <Anchor component={Link} to="/dashboard">
          {t("page.toDashboard")}
        </Anchor>
      }
    >
      {message}
    </PageMessage>
  );
}
