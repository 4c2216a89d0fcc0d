import { Alert } from "@mantine/core";
import { IconCloudOff } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useSavedCopyTime } from "../lib/saved-copies.ts";

/** Says so when what the page shows is a copy kept on this device, and when it was saved. */
export function SavedCopyNotice() {
  const { t, i18n } = useTranslation();
  const savedAt = useSavedCopyTime();
  if (!savedAt) return null;
  const time = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date(savedAt));
  return (
    <Alert
      role="status"
      color="blue"
      variant="light"
      mb="md"
      icon={<IconCloudOff size={18} aria-hidden />}
      title={t("app.savedCopyTitle")}
    >
      {t("app.savedCopy", { time })}
    </Alert>
  );
}
