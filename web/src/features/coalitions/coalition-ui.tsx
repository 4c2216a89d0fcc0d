import { Badge, Paper, Stack, Text, Title } from "@mantine/core";
import { IconEye, IconEyeOff, IconLock } from "@tabler/icons-react";
import { useEffect, useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { CoalitionVisibility, CollaborationLevel } from "../../../../shared/coalitions.ts";
import { ApiError } from "../../lib/api.ts";
import { ButtonLink } from "../organizations/edit-links.tsx";
import { PageMessage, SignInFirst } from "../organizations/edit-page-states.tsx";

/** Sets the tab title to the page's own, then the app's name. */
export function useDocumentTitle(title: string | undefined) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} · ${t("app.name")}` : t("app.name");
  }, [title, t]);
}

/** Focuses the first field that needs attention, for keyboard and screen-reader users. */
export function focusFirstInvalid() {
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
  );
}

/** A titled block of a page, with a heading for the page's outline. */
export function PageSection({
  title,
  description,
  action,
  children,
}: {
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <Paper withBorder p={{ base: "sm", sm: "md" }} component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3" id={id}>
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed" mt={4}>
              {description}
            </Text>
          )}
        </div>
        {children}
        {action}
      </Stack>
    </Paper>
  );
}

/** Colours of a proposal's outcome badge: green passed, red stopped, grey undecided. */
export const outcomeColor: Record<string, string> = {
  adopted: "teal",
  elected: "teal",
  rejected: "red",
  blocked: "red",
  no_quorum: "gray",
  tie: "gray",
  no_outcome: "gray",
};

export const levelColor: Record<CollaborationLevel, string> = {
  information_sharing: "cyan",
  coordination: "grape",
  joint_action: "indigo",
};

export function LevelBadge({ level }: { level: CollaborationLevel }) {
  const { t } = useTranslation("coalitions");
  return (
    <Badge variant="light" color={levelColor[level]} tt="none" radius="sm">
      {t(`level.${level}.label`)}
    </Badge>
  );
}

const visibilityIcon = { public: IconEye, unlisted: IconEyeOff, secret: IconLock };

export function VisibilityBadge({ visibility }: { visibility: CoalitionVisibility }) {
  const { t } = useTranslation("coalitions");
  const Icon = visibilityIcon[visibility];
  return (
    <Badge
      variant="outline"
      color="gray.7"
      tt="none"
      radius="sm"
      leftSection={<Icon size={14} aria-hidden />}
    >
      {t(`visibility.${visibility}.label`)}
    </Badge>
  );
}

/** Why a coalition page could not load, in words that fit the status. */
export function CoalitionLoadFailure({ error }: { error: unknown }) {
  const { t } = useTranslation("coalitions");
  const status = error instanceof ApiError ? error.status : 0;
  if (status === 401) return <SignInFirst message={t("page.signInToSee")} />;
  const notFound = status === 404 || status === 400;
  return (
    <PageMessage
      title={notFound ? t("page.notFoundTitle") : t("common:errors.title")}
      action={
        <ButtonLink to="/coalitions" variant="default" w="fit-content">
          {t("page.toDirectory")}
        </ButtonLink>
      }
    >
      {notFound
        ? t("page.notFound")
        : status === 403
          ? t("page.forbidden")
          : t("common:errors.generic")}
    </PageMessage>
  );
}
