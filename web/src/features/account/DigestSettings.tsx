import { Switch, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { api } from "../../lib/api.ts";
import { useFormatters } from "../../lib/hooks.ts";

const key = ["notification-settings"];

/** The daily email digest: on by default, off with one switch. */
export function DigestSettings() {
  const { t } = useTranslation("notifications");
  const { dateTime } = useFormatters();
  const queryClient = useQueryClient();
  const settings = useQuery({
    queryKey: key,
    queryFn: () => api.GET("/api/v1/me/notification-settings"),
  });
  const save = useMutation({
    mutationFn: (emailDigest: boolean) =>
      api.PATCH("/api/v1/me/notification-settings", { body: { emailDigest } }),
    onSuccess: (data) => queryClient.setQueryData(key, data),
  });
  return (
    <>
      <Switch
        label={t("digestSwitch")}
        description={t("digestHelp")}
        checked={settings.data?.emailDigest ?? true}
        disabled={settings.isPending || save.isPending}
        onChange={(event) => save.mutate(event.currentTarget.checked)}
      />
      {settings.data?.lastDigestAt && (
        <Text size="sm" c="gray.7">
          {t("digestLast", { when: dateTime(settings.data.lastDigestAt) })}
        </Text>
      )}
      <FormError error={settings.error ?? save.error} />
    </>
  );
}
