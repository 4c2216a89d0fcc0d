import { Radio, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Coalition } from "../../../../shared/coalitions.ts";
import { isolate } from "../../lib/bidi.ts";

/**
 * The server's own default when nothing is sent: named, unless the coalition is secret,
 * where the safe choice is asked for.
 */
export const namedByDefault = (coalition: Pick<Coalition, "visibility">) =>
  coalition.visibility !== "secret";

/**
 * Whether an organisation may be named outside the coalition, asked before it joins: a
 * choice between two plain answers, with what being named means and who sees it anyway.
 */
export function NamedOutsideChoice({
  name,
  value,
  onChange,
  disabled,
}: {
  /** The organisation the choice is for; empty while none is chosen. */
  name: string;
  value: boolean;
  onChange: (named: boolean) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation("coalitions");
  return (
    <Radio.Group
      label={name ? t("naming.label", { name: isolate(name) }) : t("naming.labelAny")}
      description={t("naming.explain")}
      value={value ? "named" : "unnamed"}
      onChange={(chosen) => onChange(chosen === "named")}
    >
      <Stack gap={6} mt="xs">
        <Radio value="named" label={t("naming.named")} disabled={disabled} />
        <Radio value="unnamed" label={t("naming.unnamed")} disabled={disabled} />
      </Stack>
    </Radio.Group>
  );
}
