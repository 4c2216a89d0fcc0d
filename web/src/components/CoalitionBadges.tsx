import { Badge } from "@mantine/core";
import { IconEye, IconEyeOff, IconLock } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { CoalitionVisibility, CollaborationLevel } from "../../../shared/coalitions.ts";

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
