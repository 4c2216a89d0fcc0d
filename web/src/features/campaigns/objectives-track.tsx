import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Track } from "../../../../shared/campaigns/track.ts";

const trackColor: Record<Track, string> = {
  achieved: "teal",
  on_track: "green",
  behind: "orange",
  missed: "red",
  no_data: "gray",
};

/**
 * An objective's track as a badge: the word carries the meaning (in dark text, legible on
 * white), the coloured dot only repeats it.
 */
export function TrackBadge({ track }: { track: Track }) {
  const { t } = useTranslation("campaign-objectives");
  return (
    <Badge color={trackColor[track]} variant="dot" size="lg" style={{ flexShrink: 0 }}>
      {t(`track.${track}`)}
    </Badge>
  );
}
