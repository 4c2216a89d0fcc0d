import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  MarkRead,
  NotificationPage,
  NotificationQuery,
  NotificationSettings,
  NotificationSettingsPatch,
} from "../../../shared/notifications.ts";
import { problemResponses as errors } from "../../../shared/problem.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { NotificationsService } from "./notifications.service.ts";

export function registerNotificationRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; notifications: NotificationsService },
) {
  const { actors, notifications } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["notifications"];

  r.get(
    "/api/v1/me/notifications",
    {
      schema: {
        tags,
        summary: "Your notifications, newest first, with the number unread",
        querystring: NotificationQuery,
        response: { 200: NotificationPage, ...errors },
      },
    },
    async (request) => notifications.list(await actors.required(request), request.query),
  );

  r.post(
    "/api/v1/me/notifications/read",
    {
      schema: {
        tags,
        summary: "Mark some of your notifications read, or all of them",
        body: MarkRead,
        response: { 200: z.object({ unreadCount: z.number().int() }), ...errors },
      },
    },
    async (request) => notifications.markRead(await actors.required(request), request.body),
  );

  r.get(
    "/api/v1/me/notification-settings",
    {
      schema: {
        tags,
        summary: "Whether you receive the daily email digest",
        response: { 200: NotificationSettings, ...errors },
      },
    },
    async (request) => notifications.settings(await actors.required(request)),
  );

  r.patch(
    "/api/v1/me/notification-settings",
    {
      schema: {
        tags,
        summary: "Turn the daily email digest (and urgent reminders by email) on or off",
        body: NotificationSettingsPatch,
        response: { 200: NotificationSettings, ...errors },
      },
    },
    async (request) => notifications.updateSettings(await actors.required(request), request.body),
  );
}
