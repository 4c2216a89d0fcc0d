import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  CommentInput,
  Thread,
  ThreadInput,
  ThreadList,
  ThreadUpdate,
} from "../../../../shared/discussions.ts";
import { api } from "../../lib/api.ts";
import { coalitionKey, retryUnlessRefused } from "../../lib/coalition-data.ts";

export type ThreadSummary = z.infer<typeof ThreadList>["items"][number];

export const threadKey = (id: string) => ["thread", id] as const;
const commentsKey = (threadId: string) => [...threadKey(threadId), "comments"] as const;
const threadsKey = (coalitionId: string) => [...coalitionKey(coalitionId), "threads"] as const;

/** A coalition thread, or a proposal's (whose id is the proposal's, even before a comment). */
export function useThread(id: string, of: "thread" | "proposal" = "thread") {
  return useQuery({
    queryKey: threadKey(id),
    queryFn: () =>
      of === "proposal"
        ? api.GET("/api/v1/proposals/{id}/thread", { params: { path: { id } } })
        : api.GET("/api/v1/threads/{id}", { params: { path: { id } } }),
    retry: retryUnlessRefused,
  });
}

export const commentPageSize = 20;

/** Comments oldest first; each further page holds later ones. */
export function useComments(threadId: string, enabled = true) {
  return useInfiniteQuery({
    queryKey: commentsKey(threadId),
    queryFn: ({ pageParam }) =>
      api.GET("/api/v1/threads/{id}/comments", {
        params: { path: { id: threadId }, query: { limit: commentPageSize, cursor: pageParam } },
      }),
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
      api.GET("/api/v1/coalitions/{id}/threads", {
        params: { path: { id: coalitionId }, query: { limit, cursor: pageParam } },
      }),
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
      api.POST("/api/v1/threads/{id}/comments", { params: { path: { id: thread.id } }, body }),
    onSuccess: refresh,
  });
}

export function useEditComment(thread: Thread) {
  const refresh = useRefresh(thread);
  return useMutation({
    mutationFn: ({ id, text, mentions }: { id: string; text: string; mentions: string[] }) =>
      api.PATCH("/api/v1/comments/{id}", { params: { path: { id } }, body: { text, mentions } }),
    onSuccess: refresh,
  });
}

export function useWithdrawComment(thread: Thread) {
  const refresh = useRefresh(thread);
  return useMutation({
    mutationFn: (id: string) => api.DELETE("/api/v1/comments/{id}", { params: { path: { id } } }),
    onSuccess: refresh,
  });
}

export function useRevisions(commentId: string, enabled: boolean) {
  return useQuery({
    queryKey: ["comment", commentId, "revisions"],
    queryFn: () =>
      api.GET("/api/v1/comments/{id}/revisions", { params: { path: { id: commentId } } }),
    enabled,
    retry: retryUnlessRefused,
  });
}

export function useCreateThread(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ThreadInput) =>
      api.POST("/api/v1/coalitions/{id}/threads", { params: { path: { id: coalitionId } }, body }),
    onSuccess: async (thread) => {
      queryClient.setQueryData(threadKey(thread.id), thread);
      await queryClient.invalidateQueries({ queryKey: threadsKey(coalitionId) });
    },
  });
}

export function useUpdateThread(thread: Thread) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ThreadUpdate) =>
      api.PATCH("/api/v1/threads/{id}", { params: { path: { id: thread.id } }, body }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(threadKey(thread.id), updated);
      await queryClient.invalidateQueries({ queryKey: threadsKey(thread.coalitionId) });
    },
  });
}
