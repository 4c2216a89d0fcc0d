import { useParams } from "@tanstack/react-router";
import { CoalitionInsidePage } from "../coalitions/CoalitionInsidePage.tsx";
import { CoalitionThreadsSection } from "../discussions/CoalitionThreadsSection.tsx";
import { CoalitionActionItemsSection } from "./CoalitionActionItemsSection.tsx";
import { CoalitionMeetingsSection } from "./CoalitionMeetingsSection.tsx";

/** A coalition's working life on one page: meetings, what is to be done, and discussions. */
export function CoalitionActivityPage() {
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
          <CoalitionThreadsSection coalitionId={id} />
        </>
      )}
    </CoalitionInsidePage>
  );
}
