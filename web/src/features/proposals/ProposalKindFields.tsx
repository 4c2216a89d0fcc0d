import {
  ActionIcon,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Radio,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { readerTimeZone, toLocalInput } from "../../lib/time.ts";
import { proposalKinds, ratioPresets, rowId, type ProposalValues } from "./proposal-form-values.ts";
import { useFractionText } from "./rules-text.ts";

type Form = UseFormReturnType<ProposalValues>;

function OptionsField({ form }: { form: Form }) {
  const { t } = useTranslation("proposals");
  const options = form.values.options;
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t("form.options")}
      </Text>
      <Text size="sm" c="dimmed">
        {t("form.optionsHint")}
      </Text>
      {options.map((option, index) => (
        <Group key={option.id} gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            label={t("form.option", { n: index + 1 })}
            dir="auto"
            maxLength={200}
            style={{ flex: 1 }}
            {...form.getInputProps(`options.${index}.text`)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            mb={2}
            aria-label={t("form.removeOption", { n: index + 1 })}
            disabled={options.length <= 2}
            onClick={() => form.removeListItem("options", index)}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      {form.errors.options && (
        <Text c="red.8" size="sm" role="alert">
          {form.errors.options}
        </Text>
      )}
      {options.length < 20 && (
        <Button
          variant="outline"
          w="fit-content"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem("options", { id: rowId(), text: "" })}
        >
          {t("form.addOption")}
        </Button>
      )}
    </Stack>
  );
}

function SlotsField({ form }: { form: Form }) {
  const { t } = useTranslation("proposals");
  const slots = form.values.slots;
  function addSlot() {
    const last = slots[slots.length - 1]?.at;
    const next = last ? new Date(new Date(last).getTime() + 24 * 3600 * 1000) : new Date();
    form.insertListItem("slots", {
      id: rowId(),
      at: Number.isNaN(next.getTime()) ? "" : toLocalInput(next),
    });
  }
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t("form.slots")}
      </Text>
      <Text size="sm" c="dimmed">
        {t("form.slotsHint", { zone: readerTimeZone() })}
      </Text>
      {slots.map((slot, index) => (
        <Group key={slot.id} gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            type="datetime-local"
            label={t("form.slot", { n: index + 1 })}
            style={{ flex: 1 }}
            {...form.getInputProps(`slots.${index}.at`)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            mb={2}
            aria-label={t("form.removeSlot", { n: index + 1 })}
            disabled={slots.length <= 1}
            onClick={() => form.removeListItem("slots", index)}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      {form.errors.slots && (
        <Text c="red.8" size="sm" role="alert">
          {form.errors.slots}
        </Text>
      )}
      {slots.length < 30 && (
        <Button
          variant="outline"
          w="fit-content"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={addSlot}
        >
          {t("form.addSlot")}
        </Button>
      )}
    </Stack>
  );
}

/** The kind of decision, each explained, and the fields that kind needs. */
export function ProposalKindFields({ form }: { form: Form }) {
  const { t } = useTranslation("proposals");
  const fraction = useFractionText();
  const { kind } = form.values;
  const base = (
    <NativeSelect
      label={t("form.of")}
      description={t(form.values.of === "cast" ? "form.ofCastHint" : "form.ofEligibleHint")}
      data={[
        { value: "cast", label: t("form.ofCast") },
        { value: "eligible", label: t("form.ofEligible") },
      ]}
      style={{ flex: "1 1 16rem" }}
      {...form.getInputProps("of")}
    />
  );
  return (
    <Stack gap="md">
      <Radio.Group label={t("form.kind")} {...form.getInputProps("kind")}>
        <Stack gap="sm" mt="xs">
          {proposalKinds.map((k) => (
            <Radio
              key={k}
              value={k}
              label={t(`kind.${k}.label`)}
              description={t(`kind.${k}.explain`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      {kind === "majority" && <Group align="flex-start">{base}</Group>}
      {kind === "supermajority" && (
        <Group align="flex-start" gap="sm" wrap="wrap">
          <NativeSelect
            label={t("form.ratio")}
            data={ratioPresets.map((r) => {
              const [n = 2, d = 3] = r.split("/").map(Number);
              return { value: r, label: fraction({ numerator: n, denominator: d }) };
            })}
            style={{ flex: "1 1 10rem" }}
            {...form.getInputProps("ratio")}
          />
          {base}
        </Group>
      )}
      {kind === "ranked_choice" && <OptionsField form={form} />}
      {kind === "time_poll" && <SlotsField form={form} />}
      <NumberInput
        label={t("form.quorum")}
        description={t("form.quorumHint")}
        min={0}
        max={100}
        step={5}
        clampBehavior="strict"
        allowDecimal={false}
        suffix=" %"
        w={{ base: "100%", sm: 240 }}
        {...form.getInputProps("quorumPercent")}
      />
    </Stack>
  );
}
