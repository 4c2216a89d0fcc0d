import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  MessageInput,
  MessagePatch,
  MessageStoryInput,
  StoryInput,
  StoryPatch,
} from "../../../../shared/campaigns/messages.ts";
import { api } from "../../lib/api.ts";
import { retryUnlessRefused } from "../../lib/coalition-data.ts";
import { campaignKey } from "./campaign-data.ts";

const messagesKey = (id: string) => [...campaignKey(id), "messages"] as const;
const storiesKey = (id: string) => [...campaignKey(id), "stories"] as const;

export function useCampaignMessages(id: string) {
  return useQuery({
    queryKey: messagesKey(id),
    queryFn: () => api.GET("/api/v1/campaigns/{id}/messages", { params: { path: { id } } }),
    retry: retryUnlessRefused,
  });
}

export function useCampaignStories(id: string) {
  return useQuery({
    queryKey: storiesKey(id),
    queryFn: () => api.GET("/api/v1/campaigns/{id}/stories", { params: { path: { id } } }),
    retry: retryUnlessRefused,
  });
}

/**
 * A message and its stories point at each other (flags, "told in"), so any change reads both
 * lists again, and the history.
 */
function useRefreshMessages(id: string) {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: campaignKey(id) });
}

export function useCreateMessage(id: string) {
  const refresh = useRefreshMessages(id);
  return useMutation({
    mutationFn: (body: MessageInput) =>
      api.POST("/api/v1/campaigns/{id}/messages", { params: { path: { id } }, body }),
    onSuccess: refresh,
  });
}

export function useUpdateMessage(id: string, messageId: string) {
  const refresh = useRefreshMessages(id);
  return useMutation({
    mutationFn: (body: MessagePatch) =>
      api.PATCH("/api/v1/campaigns/{id}/messages/{messageId}", {
        params: { path: { id, messageId } },
        body,
      }),
    onSuccess: refresh,
  });
}

export function useDeleteMessage(id: string, messageId: string) {
  const refresh = useRefreshMessages(id);
  return useMutation({
    mutationFn: () =>
      api.DELETE("/api/v1/campaigns/{id}/messages/{messageId}", {
        params: { path: { id, messageId } },
      }),
    onSuccess: refresh,
  });
}

export function useAttachStory(id: string, messageId: string) {
  const refresh = useRefreshMessages(id);
  return useMutation({
    mutationFn: ({ storyId, ...body }: MessageStoryInput & { storyId: string }) =>
      api.PUT("/api/v1/campaigns/{id}/messages/{messageId}/stories/{storyId}", {
        params: { path: { id, messageId, storyId } },
        body,
      }),
    onSuccess: refresh,
  });
}

export function useDetachStory(id: string, messageId: string) {
  const refresh = useRefreshMessages(id);
  return useMutation({
    mutationFn: (storyId: string) =>
      api.DELETE("/api/v1/campaigns/{id}/messages/{messageId}/stories/{storyId}", {
        params: { path: { id, messageId, storyId } },
      }),
    onSuccess: refresh,
  });
}

export function useCreateStory(id: string) {
  const refresh = useRefreshMessages(id);
  return useMutation({
    mutationFn: (body: StoryInput) =>
      api.POST("/api/v1/campaigns/{id}/stories", { params: { path: { id } }, body }),
    onSuccess: refresh,
  });
}

export function useUpdateStory(id: string, storyId: string) {
  const refresh = useRefreshMessages(id);
  return useMutation({
    mutationFn: (body: StoryPatch) =>
      api.PATCH("/api/v1/campaigns/{id}/stories/{storyId}", {
        params: { path: { id, storyId } },
        body,
      }),
    onSuccess: refresh,
  });
}

export function useWithdrawStory(id: string, storyId: string) {
  const refresh = useRefreshMessages(id);
  return useMutation({
    mutationFn: () =>
      api.POST("/api/v1/campaigns/{id}/stories/{storyId}/withdraw", {
        params: { path: { id, storyId } },
      }),
    onSuccess: refresh,
  });
}

/** Today as the server counts consent days (UTC). */
export const todayIso = () => new Date().toISOString().slice(0, 10);
