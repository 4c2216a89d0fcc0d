import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api.ts";
import { useMe } from "../../lib/hooks.ts";

const key = ["notifications"] as const;

/** The unread count for the header, checked every minute while someone is signed in. */
export function useUnreadCount() {
  const { data: me } = useMe();
  return useQuery({
    queryKey: [...key, "unread-count"],
    queryFn: async () =>
      (await api.GET("/api/v1/me/notifications", { params: { query: { limit: 1 } } })).unreadCount,
    enabled: !!me,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}

export function useNotifications(unreadOnly: boolean) {
  return useInfiniteQuery({
    queryKey: [...key, "list", unreadOnly],
    queryFn: ({ pageParam }) =>
      api.GET("/api/v1/me/notifications", {
        params: {
          query: { cursor: pageParam, limit: 30, unread: unreadOnly ? "true" : undefined },
        },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { ids: string[] } | { all: true }) =>
      api.POST("/api/v1/me/notifications/read", { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
