import { type NotificationData, notifications } from "@mantine/notifications";
import i18n from "../i18n.ts";

/** Shows a notification whose close button is named in the reader's language. */
export function notify(data: NotificationData) {
  return notifications.show({
    ...data,
    closeButtonProps: { "aria-label": i18n.t("common:app.closeNotice"), ...data.closeButtonProps },
  });
}
