import { useQuery } from "@tanstack/react-query";
import { api } from "./api.ts";
import { useMe } from "./hooks.ts";

/** Every notification query starts with this key, so marking read refreshes them all. */
export const notificationsKey = ["notifications"] as const;

/** The unread count for the header, checked every minute while someone is signed in. */
export function useUnreadCount() {
  const { data: me } = useMe();
  return useQuery({
    queryKey: [...notificationsKey, "unread-count"],
    queryFn: async () =>
      (await api.GET("/api/v1/me/notifications", { params: { query: { limit: 1 } } })).unreadCount,
    enabled: !!me,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}
