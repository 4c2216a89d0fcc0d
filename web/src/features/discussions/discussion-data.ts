import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  Comment,
  CommentInput,
  CommentList,
  RevisionList,
  Thread,
  ThreadInput,
  ThreadList,
  ThreadUpdate,
} from "../../../../shared/discussions.ts";
import { api, toQuery } from "../../lib/api.ts";
import { coalitionKey, retryUnlessRefused } from "../coalitions/coalition-data.ts";

export type ThreadSummary = z.infer<typeof ThreadList>["items"][number];

export const threadKey = (id: string) => ["thread", id] as const;
const commentsKey = (threadId: string) => [...threadKey(threadId), "comments"] as const;
const threadsKey = (coalitionId: string) => [...coalitionKey(coalitionId), "threads"] as const;

/** A coalition thread, or a proposal's (whose id is the proposal's, even before a comment). */
export function useThread(id: string, of: "thread" | "proposal" = "thread") {
  return useQuery({
    queryKey: threadKey(id),
    queryFn: () =>
      api.get<Thread>(
        of === "proposal" ? `/api/v1/proposals/${id}/thread` : `/api/v1/threads/${id}`,
      ),
    retry: retryUnlessRefused,
  });
}

export const commentPageSize = 20;

/** Comments oldest first; each further page holds later ones. */
export function useComments(threadId: string, enabled = true) {
  return useInfiniteQuery({
    queryKey: commentsKey(threadId),
    queryFn: ({ pageParam }) =>
      api.get<z.infer<typeof CommentList>>(
        `/api/v1/threads/${threadId}/comments${toQuery({ limit: commentPageSize, cursor: pageParam })}`,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    retry: retryUnlessRefused,
    enabled,
  });
}

export function useCoalitionThreads(coalitionId: string, limit: number, enabled = true) {
  return useInfiniteQuery({
    queryKey: [...threadsKey(coalitionId), limit],
    queryFn: ({ pageParam }) =>
      api.get<z.infer<typeof ThreadList>>(
        `/api/v1/coalitions/${coalitionId}/threads${toQuery({ limit, cursor: pageParam })}`,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    retry: retryUnlessRefused,
    enabled,
  });
}

/** After a comment changes, the thread's count and the coalition's list follow. */
function useRefresh(thread: Pick<Thread, "id" | "coalitionId">) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: threadKey(thread.id) }),
      queryClient.invalidateQueries({ queryKey: threadsKey(thread.coalitionId) }),
      queryClient.invalidateQueries({ queryKey: ["comment"] }),
    ]);
}

export function useAddComment(thread: Thread) {
  const refresh = useRefresh(thread);
  return useMutation({
    mutationFn: (body: CommentInput) =>
      api.post<Comment>(`/api/v1/threads/${thread.id}/comments`, body),
    onSuccess: refresh,
  });
}

export function useEditComment(thread: Thread) {
  const refresh = useRefresh(thread);
  return useMutation({
    mutationFn: ({ id, text, mentions }: { id: string; text: string; mentions: string[] }) =>
      api.patch<Comment>(`/api/v1/comments/${id}`, { text, mentions }),
    onSuccess: refresh,
  });
}

export function useWithdrawComment(thread: Thread) {
  const refresh = useRefresh(thread);
  return useMutation({
    mutationFn: (id: string) => api.delete<Comment>(`/api/v1/comments/${id}`),
    onSuccess: refresh,
  });
}

export function useRevisions(commentId: string, enabled: boolean) {
  return useQuery({
    queryKey: ["comment", commentId, "revisions"],
    queryFn: () => api.get<z.infer<typeof RevisionList>>(`/api/v1/comments/${commentId}/revisions`),
    enabled,
    retry: retryUnlessRefused,
  });
}

export function useCreateThread(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ThreadInput) =>
      api.post<Thread>(`/api/v1/coalitions/${coalitionId}/threads`, body),
    onSuccess: async (thread) => {
      queryClient.setQueryData(threadKey(thread.id), thread);
      await queryClient.invalidateQueries({ queryKey: threadsKey(coalitionId) });
    },
  });
}

export function useUpdateThread(thread: Thread) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ThreadUpdate) => api.patch<Thread>(`/api/v1/threads/${thread.id}`, body),
    onSuccess: async (updated) => {
      queryClient.setQueryData(threadKey(thread.id), updated);
      await queryClient.invalidateQueries({ queryKey: threadsKey(thread.coalitionId) });
    },
  });
}
