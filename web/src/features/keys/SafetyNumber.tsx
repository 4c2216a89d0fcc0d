import { Code, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";

/**
 * A safety number (twelve groups of five digits), read the same in every language: left to right
 * even on an Arabic page, wrapping between groups on a phone.
 */
export function SafetyNumber({
  label,
  value,
  description,
}: {
  label: string;
  value: string;
  description?: ReactNode;
}) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      {description && (
        <Text size="xs" c="dimmed">
          {description}
        </Text>
      )}
      <Code
        dir="ltr"
        fz="sm"
        w="fit-content"
        maw="100%"
        style={{ whiteSpace: "normal", wordSpacing: "0.35em", lineHeight: 1.7 }}
      >
        {value}
      </Code>
    </Stack>
  );
}
