import { useTranslation } from "react-i18next";
import type { ActivityStatus } from "../../../../shared/campaigns/catalogue.ts";

export const statusColor: Record<ActivityStatus, string> = {
  planned: "gray",
  in_progress: "blue",
  done: "green",
  blocked: "red",
  cancelled: "dark",
};

/** Calendar days (YYYY-MM-DD) in the reader's language; read as UTC so no zone moves the day. */
export function useDayFormat() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeZone: "UTC" });
  return (day: string) => format.format(new Date(`${day}T00:00:00Z`));
}
