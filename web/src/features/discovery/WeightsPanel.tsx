import { Button, SimpleGrid, Slider, Stack, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { type DiscoveryWeights, defaultWeights, scoreParts } from "../../../../shared/discovery.ts";
import { useFormatters } from "../../lib/hooks.ts";

function WeightSlider({
  part,
  value,
  onCommit,
}: {
  part: (typeof scoreParts)[number];
  value: number;
  onCommit: (value: number) => void;
}) {
  const { t } = useTranslation("discovery");
  const { number } = useFormatters();
  // The slider moves freely; the search re-runs once it is let go.
  const [moving, setMoving] = useState(value);
  useEffect(() => setMoving(value), [value]);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t(`parts.${part}.label`)}: {number(moving)}
      </Text>
      <Text size="xs" c="gray.7">
        {t(`parts.${part}.hint`)}
      </Text>
      <Slider
        min={0}
        max={10}
        step={0.5}
        value={moving}
        onChange={setMoving}
        onChangeEnd={onCommit}
        thumbLabel={t("weights.thumb", { part: t(`parts.${part}.label`) })}
        label={(v) => number(v)}
      />
    </Stack>
  );
}

/** The six documented weights of a score, adjustable per search. */
export function WeightsPanel({
  weights,
  onChange,
}: {
  weights: DiscoveryWeights;
  onChange: (weights: DiscoveryWeights) => void;
}) {
  const { t } = useTranslation("discovery");
  const isDefault = scoreParts.every((p) => weights[p] === defaultWeights[p]);
  return (
    <Stack gap="md">
      <Text size="sm">{t("weights.intro")}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        {scoreParts.map((part) => (
          <WeightSlider
            key={part}
            part={part}
            value={weights[part]}
            onCommit={(value) => onChange({ ...weights, [part]: value })}
          />
        ))}
      </SimpleGrid>
      <Button
        variant="default"
        w="fit-content"
        disabled={isDefault}
        onClick={() => onChange({ ...defaultWeights })}
      >
        {t("weights.reset")}
      </Button>
    </Stack>
  );
}
