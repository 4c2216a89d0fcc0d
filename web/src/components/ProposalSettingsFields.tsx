import { NativeSelect, Stack, Switch, TextInput } from "@mantine/core";
import type { GetInputPropsReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { smallestAnonymousCount } from "../../../shared/decisions/disclosure.ts";
import { fromLocalInput, readerTimeZone, toLocalInput } from "../lib/time.ts";

/** When and how a proposal is decided, whatever it is about. */
export type ProposalSettings = {
  organizationId: string;
  /** A datetime-local value, read in the reader's time zone. */
  closesAt: string;
  hiddenResults: boolean;
  anonymous: boolean;
};

type Bind = (
  field: keyof ProposalSettings,
  options?: { type: "checkbox" },
) => GetInputPropsReturnType;

export const defaultSettings = (organizationId: string): ProposalSettings => ({
  organizationId,
  closesAt: toLocalInput(new Date(Date.now() + 7 * 24 * 3600 * 1000)),
  hiddenResults: false,
  anonymous: false,
});

export function closesAtError(value: string, t: (key: string) => string): string | null {
  const iso = fromLocalInput(value);
  if (!iso) return t("form.validation.closesAt");
  return Date.parse(iso) > Date.now() ? null : t("form.validation.closesAtPast");
}

/**
 * Who proposes, when it closes (in the reader's own time zone, named), and whether results
 * and stances stay hidden.
 */
export function ProposalSettingsFields({
  bind,
  voices,
}: {
  bind: Bind;
  voices: readonly { organizationId: string; name: string }[];
}) {
  const { t, i18n } = useTranslation("proposals");
  return (
    <Stack gap="md">
      {voices.length > 1 && (
        <NativeSelect
          label={t("form.actingFor")}
          description={t("form.actingForHint")}
          data={voices.map((v) => ({ value: v.organizationId, label: v.name }))}
          {...bind("organizationId")}
        />
      )}
      <TextInput
        type="datetime-local"
        label={t("form.closesAt")}
        description={t("form.closesAtHint", { zone: readerTimeZone() })}
        required
        w={{ base: "100%", sm: 320 }}
        {...bind("closesAt")}
      />
      <Switch
        label={t("form.hiddenResults")}
        description={t("form.hiddenResultsHint")}
        {...bind("hiddenResults", { type: "checkbox" })}
      />
      <Switch
        label={t("form.anonymous")}
        description={t("form.anonymousHint", {
          smallest: new Intl.NumberFormat(i18n.language).format(smallestAnonymousCount),
        })}
        {...bind("anonymous", { type: "checkbox" })}
      />
    </Stack>
  );
}
