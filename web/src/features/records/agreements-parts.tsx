import { Anchor, type AnchorProps, Badge } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import type { MouseEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { AgreementView } from "./agreements-data.ts";

const statusColor = { proposed: "blue.8", in_force: "teal.9", ended: "gray.7" } as const;

/** Proposed, in force or ended, in words (never colour alone). */
export function AgreementStatusBadge({ status }: { status: AgreementView["status"] }) {
  const { t } = useTranslation("agreements");
  return (
    <Badge color={statusColor[status]} variant="outline" tt="none" style={{ whiteSpace: "normal" }}>
      {t(`status.${status}`)}
    </Badge>
  );
}

/**
 * The last characters of an id, enough to tell two apart on one page (ids begin with their
 * creation time, so records made the same minute share their first characters).
 */
export const shortened = (value: string, length = 8) => value.replace(/-/g, "").slice(-length);

/**
 * A link to a record's page. That page belongs to another part of records, whose route joins
 * the tree when the parts are put together, so the link is built from the address rather than
 * the typed route list; a plain click still stays inside the app.
 */
export function RecordLink({
  id,
  children,
  ...props
}: { id: string; children: ReactNode } & AnchorProps) {
  const navigate = useNavigate();
  const href = `/records/${id}`;
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    void navigate({ href });
  };
  return (
    <Anchor href={href} onClick={handleClick} {...props}>
      {children}
    </Anchor>
  );
}
