import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api.ts";
import { notificationsKey } from "../../lib/notifications.ts";

export function useNotifications(unreadOnly: boolean) {
  return useInfiniteQuery({
    queryKey: [...notificationsKey, "list", unreadOnly],
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
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}
