import { Paper, Stack, Title } from "@mantine/core";
import type { ReactNode } from "react";

export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" maw={440} mx="auto" mt="md">
      <Stack>
        <Title order={1} size="h2">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** Better Auth answers with { error: { message, code } }; this turns it into a thrown Error. */
export function unwrap<T>(result: {
  data: T | null;
  error: { message?: string; code?: string } | null;
}): T {
  if (result.error) {
    const error = new Error(result.error.message ?? "Request failed") as Error & { code?: string };
    if (result.error.code) error.code = result.error.code;
    throw error;
  }
  return result.data as T;
}
