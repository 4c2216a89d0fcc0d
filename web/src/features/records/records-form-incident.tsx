import {
  Group,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  informationCredibilities,
  placePrecisions,
  sourceReliabilities,
} from "../../../../shared/records/fields.ts";
import {
  ageBands,
  perpetratorCategories,
  sexes,
  sourceTypes,
} from "../../../../shared/records/vocab.ts";
import { FormSection } from "../../components/FormSection.tsx";
import { useRecordLabels } from "./record-labels.ts";
import {
  AddRow,
  NarrativeField,
  PlaceFields,
  type RecordForm,
  RemoveRow,
  ViolationsSelect,
  selectProps,
  useTermData,
} from "./records-form-inputs.tsx";

const maxAffectedRows = 18;

/** An incident: when and where, what happened and to whom, the source and its grading. */
export function IncidentFields({ form, editing }: { form: RecordForm; editing: boolean }) {
  const { t } = useTranslation("records");
  const labels = useRecordLabels();
  const perpetrators = useTermData(perpetratorCategories);
  const sources = useTermData(sourceTypes);
  const sexData = useTermData(sexes);
  const ageData = useTermData(ageBands);
  const v = form.values;
  return (
    <>
      <FormSection title={t("form.sections.whenWhere")}>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={labels.field("occurredOn")}
            required
            {...form.getInputProps("occurredOn")}
          />
          <TextInput
            type="date"
            label={labels.field("occurredUntil")}
            description={t("form.untilHint")}
            min={v.occurredOn || undefined}
            {...form.getInputProps("occurredUntil")}
          />
        </SimpleGrid>
        <PlaceFields form={form} />
        <TextInput
          label={labels.field("placeText")}
          description={t("form.placeTextHint")}
          maxLength={500}
          dir="auto"
          {...form.getInputProps("placeText")}
        />
        <Stack gap="xs" component="fieldset" m={0} p={0} style={{ border: 0, minInlineSize: 0 }}>
          <Text component="legend" fw={500} size="sm" p={0}>
            {labels.field("coordinates")}
          </Text>
          <Text size="sm" c="gray.7">
            {t(editing ? "form.coordinatesHintEdit" : "form.coordinatesHint")}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              label={t("form.latitude")}
              inputMode="decimal"
              dir="ltr"
              placeholder="15.3694"
              {...form.getInputProps("lat")}
            />
            <TextInput
              label={t("form.longitude")}
              inputMode="decimal"
              dir="ltr"
              placeholder="44.1910"
              {...form.getInputProps("lon")}
            />
          </SimpleGrid>
          <Radio.Group label={t("form.precision")} {...form.getInputProps("precision")}>
            <Stack gap={6} mt={6}>
              {placePrecisions.map((p) => (
                <Radio
                  key={p}
                  value={p}
                  label={labels.t(`precision.${p}`)}
                  description={t(`form.precisionHint.${p}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
        </Stack>
      </FormSection>
      <FormSection title={t("form.sections.what")}>
        <ViolationsSelect form={form} path="violationTypes" required />
        <Select
          label={labels.field("perpetratorCategory")}
          data={perpetrators}
          clearable
          {...selectProps(form, "perpetratorCategory")}
        />
        <Stack gap="xs" component="fieldset" m={0} p={0} style={{ border: 0, minInlineSize: 0 }}>
          <Text component="legend" fw={500} size="sm" p={0}>
            {labels.field("affected")}
          </Text>
          <Text size="sm" c="gray.7">
            {t("form.affectedHint")}
          </Text>
          {v.affected.map((_, i) => (
            <Group key={i} gap="xs" align="flex-end" wrap="wrap">
              <Select
                label={t("form.sex")}
                required
                data={sexData}
                style={{ flex: "1 1 8rem" }}
                {...selectProps(form, `affected.${i}.sex`)}
              />
              <Select
                label={t("form.ageBand")}
                required
                data={ageData}
                style={{ flex: "1 1 8rem" }}
                {...selectProps(form, `affected.${i}.ageBand`)}
              />
              <NumberInput
                label={t("form.count")}
                required
                min={1}
                max={1_000_000}
                allowDecimal={false}
                allowNegative={false}
                style={{ flex: "1 1 6rem" }}
                {...form.getInputProps(`affected.${i}.count`)}
                onChange={(value) => form.setFieldValue(`affected.${i}.count`, String(value))}
              />
              <RemoveRow
                label={t("form.removeAffected", { n: i + 1 })}
                onClick={() => form.removeListItem("affected", i)}
              />
            </Group>
          ))}
          <AddRow
            disabled={v.affected.length >= maxAffectedRows}
            onClick={() => form.insertListItem("affected", { sex: "", ageBand: "", count: "1" })}
          >
            {t("form.addAffected")}
          </AddRow>
        </Stack>
      </FormSection>
      <FormSection title={t("form.sections.source")} description={t("form.sourceHint")}>
        <Select
          label={labels.field("sourceType")}
          data={sources}
          clearable
          {...selectProps(form, "sourceType")}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <Radio.Group
            label={labels.field("sourceReliability")}
            {...form.getInputProps("sourceReliability")}
          >
            <Stack gap={6} mt={6}>
              <Radio value="" label={t("form.notGraded")} />
              {sourceReliabilities.map((r) => (
                <Radio key={r} value={r} label={labels.t(`reliability.${r}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <Radio.Group
            label={labels.field("informationCredibility")}
            {...form.getInputProps("informationCredibility")}
          >
            <Stack gap={6} mt={6}>
              <Radio value="" label={t("form.notGraded")} />
              {informationCredibilities.map((c) => (
                <Radio key={c} value={String(c)} label={labels.t(`credibility.${c}`)} />
              ))}
            </Stack>
          </Radio.Group>
        </SimpleGrid>
      </FormSection>
      <FormSection title={t("form.sections.narrative")}>
        <NarrativeField form={form} />
      </FormSection>
    </>
  );
}
