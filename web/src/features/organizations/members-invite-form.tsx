import { Button, Group, NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { InvitationInput, OrgRole } from "../../../../shared/organizations.ts";
import { api } from "../../lib/api.ts";
import { RefusalAlert } from "../../components/RefusalAlert.tsx";
import { isolate } from "../../lib/bidi.ts";
import { notify } from "../../lib/notify.ts";

/** Invites someone by email, with one of the roles the reader may give. */
export function InviteForm({
  organizationId,
  roles,
}: {
  organizationId: string;
  roles: readonly OrgRole[];
}) {
  const { t } = useTranslation("edit");
  const queryClient = useQueryClient();
  const form = useForm<Required<InvitationInput>>({
    initialValues: { email: "", role: "member" },
    validate: {
      email: (v) => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()) ? null : t("validation.email")),
    },
  });
  const invite = useMutation({
    mutationFn: (values: Required<InvitationInput>) =>
      api.POST("/api/v1/organizations/{id}/invitations", {
        params: { path: { id: organizationId } },
        body: { ...values, email: values.email.trim() },
      }),
    onSuccess: (invitation) => {
      notify({
        color: "teal",
        message: t("invitations.sent", { email: isolate(invitation.email) }),
      });
      form.reset();
      return queryClient.invalidateQueries({
        queryKey: ["organization", organizationId, "invitations"],
      });
    },
  });

  return (
    <form onSubmit={form.onSubmit((values) => invite.mutate(values))} noValidate>
      <Stack gap="sm">
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label={t("invitations.email")}
            type="email"
            inputMode="email"
            autoComplete="off"
            dir="ltr"
            required
            maxLength={254}
            style={{ flex: "1 1 16rem" }}
            {...form.getInputProps("email")}
          />
          <NativeSelect
            label={t("invitations.role")}
            data={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            style={{ flex: "0 1 10rem" }}
            {...form.getInputProps("role")}
          />
        </Group>
        <Text size="xs" c="dimmed">
          {t("invitations.roleHint")}
        </Text>
        <RefusalAlert error={invite.error} refusals={{ forbidden: t("refusals.ownerOnly") }} />
        <Group>
          <Button type="submit" loading={invite.isPending}>
            {t("invitations.send")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
