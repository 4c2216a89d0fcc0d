import { Button, Group, List, Modal, NativeSelect, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { Stakeholder } from "../../../../shared/campaigns/stakeholders.ts";
import { FormError } from "../../components/FormError.tsx";
import { isolate } from "../../lib/bidi.ts";
import { notify } from "../../lib/notify.ts";
import { useLinkStakeholders, useUnlinkStakeholders } from "./stakeholders-data.ts";

/**
 * Who influences whom: a stakeholder's links, each removable by those running the campaign.
 * The same links travel to and from Kumu as connections.
 */
export function StakeholderLinks({
  campaignId,
  stakeholder: s,
  run,
}: {
  campaignId: string;
  stakeholder: Stakeholder;
  run: boolean;
}) {
  const { t } = useTranslation("campaign-stakeholders");
  const unlink = useUnlinkStakeholders(campaignId);
  if (s.links.length === 0) return null;
  return (
    <>
      <List size="sm" spacing={4}>
        {s.links.map((l) => (
          <List.Item key={l.id}>
            <Group gap="xs" wrap="wrap">
              <span>
                {t(l.direction === "out" ? "card.linkOut" : "card.linkIn", {
                  name: isolate(l.other.name),
                  type: l.type ? isolate(l.type) : t("card.linkNoType"),
                })}
              </span>
              {run && (
                <Button
                  size="compact-xs"
                  variant="default"
                  loading={unlink.isPending && unlink.variables === l.id}
                  aria-label={t("links.removeNamed", { name: l.other.name })}
                  onClick={() =>
                    unlink.mutate(l.id, {
                      onSuccess: () => notify({ message: t("links.removed"), color: "green" }),
                    })
                  }
                >
                  {t("links.remove")}
                </Button>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
      <FormError error={unlink.error} />
    </>
  );
}

/** Records that one stakeholder influences another, and how ("funds", "advises"…). */
export function LinkModal({
  campaignId,
  from,
  others,
  onClose,
}: {
  campaignId: string;
  from: Stakeholder | null;
  others: Stakeholder[];
  onClose: () => void;
}) {
  const { t } = useTranslation("campaign-stakeholders");
  const link = useLinkStakeholders(campaignId);
  const choices = others.filter((o) => o.id !== from?.id);
  const form = useForm({
    initialValues: { toId: "", type: "" },
    validate: { toId: (value) => (value ? null : t("links.toRequired")) },
  });
  const close = () => {
    link.reset();
    form.reset();
    onClose();
  };
  const submit = form.onSubmit((values) => {
    if (!from) return;
    link.mutate(
      { fromId: from.id, toId: values.toId, ...(values.type.trim() ? { type: values.type } : {}) },
      {
        onSuccess: () => {
          notify({ message: t("links.added"), color: "green" });
          close();
        },
      },
    );
  });
  return (
    <Modal
      opened={!!from}
      onClose={close}
      title={from ? t("links.title", { name: from.name }) : ""}
      closeButtonProps={{ "aria-label": t("common:actions.cancel") }}
    >
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          <NativeSelect
            label={t("links.to")}
            required
            data={[
              { value: "", label: t("links.choose") },
              ...choices.map((o) => ({ value: o.id, label: o.name })),
            ]}
            {...form.getInputProps("toId")}
          />
          <TextInput
            label={t("links.type")}
            description={t("links.typeHint")}
            maxLength={100}
            {...form.getInputProps("type")}
          />
          <FormError error={link.error} />
          <Group justify="flex-end" gap="sm" wrap="wrap">
            <Button variant="default" onClick={close}>
              {t("common:actions.cancel")}
            </Button>
            <Button type="submit" loading={link.isPending}>
              {t("links.add")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
