import { type ActionItemSummary, pendingActionItemStatuses } from "../../../shared/meetings.ts";
import { type CoalitionStanding, actionItemPermissions } from "../../../shared/policy/index.ts";
import type { Clock } from "../../lib/clock.ts";
import type { ActionItemRow } from "./action-items.repo.ts";

/** Today's date in UTC: one calendar day for everyone, wherever they are. */
export const todayUtc = (clock: Clock): string => clock.now().toISOString().slice(0, 10);

export const isOverdue = (row: Pick<ActionItemRow, "dueDate" | "status">, today: string) =>
  pendingActionItemStatuses.includes(row.status) && row.dueDate < today;

/** An item as one reader sees it in a list: with its owner's name and what they may do. */
export function summarizeActionItem(
  row: ActionItemRow,
  context: { today: string; names: Map<string, string>; standing: CoalitionStanding },
): ActionItemSummary {
  return {
    id: row.id,
    coalitionId: row.coalitionId,
    meetingId: row.meetingId,
    title: row.title,
    owner: {
      organizationId: row.ownerOrganizationId,
      name: context.names.get(row.ownerOrganizationId) ?? "",
    },
    dueDate: row.dueDate,
    status: row.status,
    overdue: isOverdue(row, context.today),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    permissions: actionItemPermissions(context.standing, row),
  };
}
