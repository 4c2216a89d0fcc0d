import { ApiError, createApiClient } from "../../../shared/api-client.ts";
import { noteAnswer } from "./saved-copies.ts";

export { ApiError };

/**
 * The API as the signed-in reader calls it: same origin, the session cookie, JSON.
 * `api.GET("/api/v1/coalitions/{id}", { params: { path: { id } } })` answers the coalition.
 */
export const api = createApiClient({
  credentials: "same-origin",
  headers: { accept: "application/json" },
  // Each answer says whether it is fresh or a copy the service worker kept (saved-copies.ts).
  fetch: async (request: Request) => {
    const response = await fetch(request);
    noteAnswer(response);
    return response;
  },
});

/** Uploads an organisation's logo as the raw image, which is how the route reads it. */
export function uploadLogo(id: string, file: Blob) {
  return api.PUT("/api/v1/organizations/{id}/logo", {
    params: { path: { id } },
    // The OpenAPI document names no request body for this route (it reads the raw bytes), so
    // the typed body is `never`; the image goes through as it is, with its own content type.
    body: file as never,
    bodySerializer: (body: unknown) => body,
    headers: { "content-type": file.type },
  });
}
