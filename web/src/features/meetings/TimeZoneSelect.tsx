import { Select } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { placeOf, timeZoneNames, zoneLabel } from "./zoned-time.ts";

/**
 * A searchable list of every IANA time zone, each with its place and name in the reader's
 * language, its current offset and its IANA name, so "Mali", "Bamako", "GMT+9" or "heure du
 * Japon" all find the right one.
 */
export function TimeZoneSelect({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (zone: string) => void;
  error?: string;
}) {
  const { t, i18n } = useTranslation("meetings");
  const options = useMemo(() => {
    const now = Date.now();
    return timeZoneNames().map((zone) => {
      const { name, offset } = zoneLabel(zone, i18n.language, now);
      return {
        value: zone,
        label: `${placeOf(zone, i18n.language)} · ${name} (${offset}) · ${zone}`,
      };
    });
  }, [i18n.language]);
  return (
    <Select
      label={t("form.timeZone")}
      description={t("form.timeZoneHint")}
      data={options}
      value={value}
      onChange={(zone) => zone && onChange(zone)}
      searchable
      allowDeselect={false}
      nothingFoundMessage={t("form.noTimeZone")}
      limit={60}
      required
      error={error}
      comboboxProps={{ middlewares: { flip: true, shift: true } }}
    />
  );
}
