import { Badge, Button, Group, Text } from "@mantine/core";
import type { ReactNode } from "react";
import classes from "./Resources.module.css";

/** Light badges keep dark text: a light tint with its own colour's text falls short of 4.5:1. */
const darkLabel = { label: { color: "var(--mantine-color-dark-7)" } };

export function ToneBadge({ color, children }: { color: string; children: ReactNode }) {
  return (
    <Badge color={color} variant="light" tt="none" fw={600} styles={darkLabel}>
      {children}
    </Badge>
  );
}

/**
 * What the last step changed, in words: a live region that is always in the page (one added
 * with its text already in it is often not read out), next to where the change was made.
 */
export function Said({ text }: { text: string }) {
  return (
    <Text size="sm" c="teal.9" fw={600} role="status">
      {text}
    </Text>
  );
}

/** Figures as a description list: each name above its value, wrapping on a phone. */
export function Figures({
  items,
}: {
  items: { label: string; value: string; strong?: boolean }[];
}) {
  return (
    <dl className={classes.figures}>
      {items.map((item) => (
        <div key={item.label} className={classes.figure}>
          <dt>{item.label}</dt>
          <dd data-strong={item.strong || undefined}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A card's actions: wrapping, so no button pushes a phone's page sideways. */
export function Actions({ children }: { children: ReactNode }) {
  return (
    <Group gap="xs" wrap="wrap" mt={4}>
      {children}
    </Group>
  );
}

/**
 * The pair of buttons an entry's author (or those running the campaign) sees: change it, and
 * remove it after a confirmation. Both name the card they act on through `headingId`.
 */
export function EditAndRemove({
  headingId,
  editLabel,
  removeLabel,
  onEdit,
  onRemove,
}: {
  headingId: string;
  editLabel: string;
  /** Absent when the entry may not be removed (a budget line with spending on it). */
  removeLabel?: string;
  onEdit: () => void;
  onRemove: () => void;
}) {
  return (
    <>
      <Button size="xs" variant="default" onClick={onEdit} aria-describedby={headingId}>
        {editLabel}
      </Button>
      {removeLabel && (
        <Button
          size="xs"
          variant="default"
          color="red"
          onClick={onRemove}
          aria-describedby={headingId}
        >
          {removeLabel}
        </Button>
      )}
    </>
  );
}
