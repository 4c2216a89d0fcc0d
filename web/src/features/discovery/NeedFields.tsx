import { Checkbox, MultiSelect, SimpleGrid, Stack, Switch } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Need } from "../../../../shared/discovery.ts";
import {
  useCountryOptions,
  useIssueOptions,
  useRegionOptions,
  useTermOptions,
} from "../../lib/term-options.ts";

/** Every list of a need, each drawn from its taxonomy, with the two "required" switches. */
export function NeedFields({ need, onChange }: { need: Need; onChange: (need: Need) => void }) {
  const { t } = useTranslation("discovery");
  const issues = useIssueOptions(need.issues, t("need.otherIssues"));
  const capacities = useTermOptions("capacity", true);
  const countries = useCountryOptions();
  const regions = useRegionOptions({
    humanitarian: t("need.humanitarianRegions"),
    m49: t("need.m49Regions"),
  });
  const languages = useTermOptions("language", true);
  const levels = useTermOptions("level");
  const types = useTermOptions("org_type");
  const postures = useTermOptions("posture");
  const set = <K extends keyof Need>(key: K, value: Need[K]) => onChange({ ...need, [key]: value });
  const search = {
    searchable: true,
    selectFirstOptionOnChange: true,
    clearable: true,
    hidePickedOptions: true,
    nothingFoundMessage: t("need.nothingFound"),
  };

  return (
    <Stack gap="md">
      <MultiSelect
        label={t("need.issues")}
        description={t("need.issuesHint")}
        data={issues}
        maxValues={20}
        value={need.issues}
        onChange={(v) => set("issues", v)}
        {...search}
      />
      <MultiSelect
        label={t("need.capacities")}
        description={t("need.capacitiesHint")}
        data={capacities}
        maxValues={15}
        value={need.capacities}
        onChange={(v) => set("capacities", v)}
        {...search}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MultiSelect
          label={t("need.countries")}
          data={countries}
          maxValues={10}
          value={need.countries}
          onChange={(v) => set("countries", v)}
          {...search}
        />
        <MultiSelect
          label={t("need.regions")}
          data={regions}
          maxValues={5}
          value={need.regions}
          onChange={(v) => set("regions", v)}
          {...search}
        />
      </SimpleGrid>
      <Stack gap={6}>
        <MultiSelect
          label={t("need.languages")}
          data={languages}
          maxValues={10}
          value={need.languages}
          onChange={(v) => set("languages", v)}
          {...search}
        />
        <Switch
          label={t("need.languagesRequired")}
          checked={need.languagesRequired}
          onChange={(e) => set("languagesRequired", e.currentTarget.checked)}
        />
      </Stack>
      <Stack gap="md">
        <MultiSelect
          label={t("need.levels")}
          description={t("need.levelsHint")}
          data={levels}
          maxValues={4}
          value={need.levels}
          onChange={(v) => set("levels", v)}
          {...search}
        />
        <MultiSelect
          label={t("need.includeTypes")}
          description={t("need.includeTypesHint")}
          data={types.filter((o) => !need.excludeTypes.includes(o.value))}
          maxValues={16}
          value={need.includeTypes}
          onChange={(v) => set("includeTypes", v)}
          {...search}
        />
        <MultiSelect
          label={t("need.excludeTypes")}
          description={t("need.excludeTypesHint")}
          data={types.filter((o) => !need.includeTypes.includes(o.value))}
          maxValues={16}
          value={need.excludeTypes}
          onChange={(v) => set("excludeTypes", v)}
          {...search}
        />
      </Stack>
      <Checkbox.Group
        label={t("need.postures")}
        description={t("need.posturesHint")}
        value={need.postures}
        onChange={(v) => set("postures", v.slice(0, 5))}
      >
        <Stack gap="xs" mt="xs">
          {postures.map((posture) => (
            <Checkbox key={posture.value} value={posture.value} label={posture.label} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Switch
        label={t("need.posturesRequired")}
        checked={need.posturesRequired}
        onChange={(e) => set("posturesRequired", e.currentTarget.checked)}
      />
    </Stack>
  );
}
