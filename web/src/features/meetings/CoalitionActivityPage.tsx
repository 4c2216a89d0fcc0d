import { useParams } from "@tanstack/react-router";
import type { ComponentType } from "react";
import { CoalitionInsidePage } from "../../components/CoalitionInsidePage.tsx";
import { CoalitionActionItemsSection } from "./CoalitionActionItemsSection.tsx";
import { CoalitionMeetingsSection } from "./CoalitionMeetingsSection.tsx";

/**
 * A coalition's working life on one page: meetings, what is to be done, and discussions
 * (whose section the discussions feature provides; router.tsx adds it).
 */
export function CoalitionActivityPage({
  Threads,
}: {
  Threads: ComponentType<{ coalitionId: string }>;
}) {
  const { id } = useParams({ from: "/coalitions/$id/activity" });
  return (
    <CoalitionInsidePage
      id={id}
      ns="meetings"
      titleKey="activity.pageTitle"
      headingKey="activity.heading"
    >
      {() => (
        <>
          <CoalitionMeetingsSection coalitionId={id} />
          <CoalitionActionItemsSection coalitionId={id} />
          <Threads coalitionId={id} />
        </>
      )}
    </CoalitionInsidePage>
  );
}
