import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ActionItemInput,
  ActionItemPatch,
  ActionItemStatus,
  AttendanceStatus,
  Meeting,
  MeetingInput,
  MeetingPatch,
  MinutesInput,
} from "../../../../shared/meetings.ts";
import { api } from "../../lib/api.ts";
import { coalitionKey, retryUnlessRefused } from "../../lib/coalition-data.ts";

export const meetingKey = (id: string) => ["meeting", id] as const;
const meetingsKey = (coalitionId: string) => [...coalitionKey(coalitionId), "meetings"] as const;
const actionItemsKey = (coalitionId: string) =>
  [...coalitionKey(coalitionId), "action-items"] as const;

export function useMeeting(id: string) {
  return useQuery({
    queryKey: meetingKey(id),
    queryFn: () => api.GET("/api/v1/meetings/{id}", { params: { path: { id } } }),
    retry: retryUnlessRefused,
  });
}

/** Upcoming meetings soonest first, past ones latest first, a page at a time. */
export function useCoalitionMeetings(
  coalitionId: string,
  when: "upcoming" | "past",
  limit: number,
  enabled = true,
) {
  return useInfiniteQuery({
    queryKey: [...meetingsKey(coalitionId), when, limit],
    queryFn: ({ pageParam }) =>
      api.GET("/api/v1/coalitions/{id}/meetings", {
        params: { path: { id: coalitionId }, query: { when, limit, cursor: pageParam } },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    retry: retryUnlessRefused,
    enabled,
  });
}

/** Items still to do: the open ones and those in progress, soonest due first. */
export function usePendingActionItems(coalitionId: string, enabled = true) {
  return useQuery({
    queryKey: [...actionItemsKey(coalitionId), "pending"],
    queryFn: async () => {
      const page = (status: ActionItemStatus) =>
        api.GET("/api/v1/coalitions/{id}/action-items", {
          params: { path: { id: coalitionId }, query: { status, limit: 100 } },
        });
      const [open, started] = await Promise.all([page("open"), page("in_progress")]);
      return {
        items: [...open.items, ...started.items].sort(
          (a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title),
        ),
        more: !!(open.nextCursor || started.nextCursor),
      };
    },
    retry: retryUnlessRefused,
    enabled,
  });
}

/** After a change, the meeting and the coalition's lists show it. */
function useRefresh() {
  const queryClient = useQueryClient();
  return async (coalitionId: string, meeting?: Meeting) => {
    if (meeting) queryClient.setQueryData(meetingKey(meeting.id), meeting);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: meetingsKey(coalitionId) }),
      queryClient.invalidateQueries({ queryKey: actionItemsKey(coalitionId) }),
      queryClient.invalidateQueries({ queryKey: ["meeting"] }),
    ]);
  };
}

export function useCreateMeeting(coalitionId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: MeetingInput) =>
      api.POST("/api/v1/coalitions/{id}/meetings", { params: { path: { id: coalitionId } }, body }),
    onSuccess: (meeting) => refresh(coalitionId, meeting),
  });
}

export function useUpdateMeeting(meeting: Meeting) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (patch: MeetingPatch) =>
      api.PATCH("/api/v1/meetings/{id}", { params: { path: { id: meeting.id } }, body: patch }),
    onSuccess: (updated) => refresh(meeting.coalitionId, updated),
  });
}

export function useRecordAttendance(meeting: Meeting) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({
      organizationId,
      status,
    }: {
      organizationId: string;
      status: AttendanceStatus;
    }) =>
      api.PUT("/api/v1/meetings/{id}/attendance/{organizationId}", {
        params: { path: { id: meeting.id, organizationId } },
        body: { status },
      }),
    onSuccess: (updated) => refresh(meeting.coalitionId, updated),
  });
}

export function useRecordMinutes(meeting: Meeting) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: MinutesInput) =>
      api.PUT("/api/v1/meetings/{id}/minutes", { params: { path: { id: meeting.id } }, body }),
    onSuccess: (updated) => refresh(meeting.coalitionId, updated),
  });
}

export function useCreateActionItem(coalitionId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ActionItemInput) =>
      api.POST("/api/v1/coalitions/{id}/action-items", {
        params: { path: { id: coalitionId } },
        body,
      }),
    onSuccess: () => refresh(coalitionId),
  });
}

export function useUpdateActionItem(coalitionId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: ActionItemPatch }) =>
      api.PATCH("/api/v1/action-items/{id}", { params: { path: { id } }, body: patch }),
    onSuccess: () => refresh(coalitionId),
  });
}

/** A new personal calendar token, shown once; it replaces the previous one. */
export function useIssueCalendarToken() {
  return useMutation({
    mutationFn: () => api.POST("/api/v1/me/calendar-token"),
  });
}

export function useRevokeCalendarToken() {
  return useMutation({ mutationFn: () => api.DELETE("/api/v1/me/calendar-token") });
}

/** The coalition's feed, with a personal token for calendar apps that cannot sign in. */
export const calendarFeedUrl = (coalitionId: string, token?: string) =>
  `${window.location.origin}/api/v1/coalitions/${coalitionId}/calendar.ics${
    token ? `?token=${encodeURIComponent(token)}` : ""
  }`;
