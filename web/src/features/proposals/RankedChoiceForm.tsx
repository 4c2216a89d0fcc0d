import { ActionIcon, Button, Group, Paper, Stack, Text, VisuallyHidden } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconPlus, IconX } from "@tabler/icons-react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTimeFormat } from "../../lib/time.ts";
import { rankingOf } from "./ballot-text.ts";

const listStyle = { listStyle: "none", margin: 0, padding: 0 };

/**
 * Ranking options with buttons, not dragging: every move is a button press a keyboard or a
 * switch can make, and each is announced.
 */
export function RankedChoiceForm({
  options,
  current,
  pending,
  onSubmit,
}: {
  options: readonly string[];
  current: unknown;
  pending: boolean;
  onSubmit: (ballot: unknown) => void;
}) {
  const { t } = useTranslation("proposals");
  const format = useTimeFormat();
  const [ranking, setRanking] = useState<string[]>(() =>
    rankingOf(current).filter((o) => options.includes(o)),
  );
  const [announcement, setAnnouncement] = useState("");
  const [tried, setTried] = useState(false);
  const unranked = options.filter((o) => !ranking.includes(o));

  function move(option: string, to: number, direction: "up" | "down" | "add") {
    const size = ranking.includes(option) ? ranking.length : ranking.length + 1;
    setRanking((list) => {
      const next = list.filter((o) => o !== option);
      next.splice(to, 0, option);
      return next;
    });
    setAnnouncement(t("ranked.moved", { option, position: format.number(to + 1) }));
    // Focus stays with the option that moved, on a button of it that is still enabled.
    const canUp = to > 0;
    const canDown = to < size - 1;
    const preferred = direction === "down" ? ["down", "up"] : ["up", "down"];
    const button = preferred.find((b) => (b === "up" ? canUp : canDown)) ?? ("remove" as const);
    requestAnimationFrame(() => document.getElementById(`rank-${button}-${to}`)?.focus());
  }

  function remove(option: string) {
    setRanking((list) => list.filter((o) => o !== option));
    setAnnouncement(t("ranked.removed", { option }));
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (ranking.length === 0) return;
    onSubmit({ ranking });
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t("ranked.hint")}</Text>
        <Text fw={600} size="sm" id="ranking-label">
          {t("ranked.yourRanking")}
        </Text>
        {ranking.length === 0 ? (
          <Text size="sm" c={tried ? "red.8" : "dimmed"} role={tried ? "alert" : undefined}>
            {t("ranked.empty")}
          </Text>
        ) : (
          <ol style={listStyle} aria-labelledby="ranking-label">
            {ranking.map((option, index) => (
              <Paper component="li" key={option} withBorder p="xs" mb={6}>
                <Group gap="xs" wrap="nowrap" justify="space-between">
                  <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                    <Text fw={700} aria-hidden w={28} ta="center">
                      {format.number(index + 1)}
                    </Text>
                    <Text style={{ overflowWrap: "anywhere" }}>
                      <VisuallyHidden>
                        {t("ranked.position", { position: format.number(index + 1) })}
                      </VisuallyHidden>
                      {option}
                    </Text>
                  </Group>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon
                      id={`rank-up-${index}`}
                      variant="subtle"
                      size="lg"
                      disabled={index === 0}
                      aria-label={t("ranked.up", { option })}
                      onClick={() => move(option, index - 1, "up")}
                    >
                      <IconArrowUp size={18} aria-hidden />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      size="lg"
                      disabled={index === ranking.length - 1}
                      id={`rank-down-${index}`}
                      aria-label={t("ranked.down", { option })}
                      onClick={() => move(option, index + 1, "down")}
                    >
                      <IconArrowDown size={18} aria-hidden />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      id={`rank-remove-${index}`}
                      aria-label={t("ranked.remove", { option })}
                      onClick={() => remove(option)}
                    >
                      <IconX size={18} aria-hidden />
                    </ActionIcon>
                  </Group>
                </Group>
              </Paper>
            ))}
          </ol>
        )}
        {unranked.length > 0 && (
          <>
            <Text fw={600} size="sm" id="unranked-label">
              {t("ranked.notRanked")}
            </Text>
            <ul style={listStyle} aria-labelledby="unranked-label">
              {unranked.map((option) => (
                <li key={option} style={{ marginBottom: 6 }}>
                  <Button
                    variant="default"
                    size="sm"
                    leftSection={<IconPlus size={14} aria-hidden />}
                    onClick={() => move(option, ranking.length, "add")}
                    aria-label={t("ranked.add", { option })}
                    styles={{ label: { whiteSpace: "normal", textAlign: "start" } }}
                    h="auto"
                    py={6}
                  >
                    {option}
                  </Button>
                </li>
              ))}
            </ul>
            <Text size="xs" c="dimmed">
              {t("ranked.unrankedNote")}
            </Text>
          </>
        )}
        <div aria-live="polite" role="status">
          <VisuallyHidden>{announcement}</VisuallyHidden>
        </div>
        <Group>
          <Button type="submit" loading={pending}>
            {current ? t("stanceForm.change") : t("ranked.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
