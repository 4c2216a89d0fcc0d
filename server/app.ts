import fastifyCompress from "@fastify/compress";
import fastifySwagger from "@fastify/swagger";
import scalar from "@scalar/fastify-api-reference";
import Fastify, { type FastifyInstance, LogController } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import path from "node:path";
import type { Config } from "./config.ts";
import type { Database } from "./db/client.ts";
import { type Clock, systemClock } from "./lib/clock.ts";
import { registerCsrfGuard } from "./lib/csrf.ts";
import { handleFrameworkError, registerErrorHandler } from "./lib/errors.ts";
import { createLocalFileStore } from "./lib/file-store.ts";
import { newId } from "./lib/ids.ts";
import { type Mailer, createMailer } from "./lib/mailer.ts";
import { registerMetrics } from "./lib/metrics.ts";
import { registerWebAssets } from "./lib/web-assets.ts";
import { createAccountRepo } from "./modules/account/account.repo.ts";
import { registerAccountRoutes } from "./modules/account/account.routes.ts";
import { registerAdminRoutes } from "./modules/admin/admin.routes.ts";
import { createAdminService } from "./modules/admin/admin.service.ts";
import { createCoalitionsRepo } from "./modules/coalitions/coalitions.repo.ts";
import { registerCoalitionRoutes } from "./modules/coalitions/coalitions.routes.ts";
import { createCoalitionsService } from "./modules/coalitions/coalitions.service.ts";
import { createMembershipService } from "./modules/coalitions/membership.service.ts";
import * as meetingsModule from "./modules/coalitions/meetings.module.ts";
import { createProposalsRepo } from "./modules/coalitions/proposals.repo.ts";
import { createNotificationsRepo } from "./modules/notifications/notifications.repo.ts";
import { registerNotificationRoutes } from "./modules/notifications/notifications.routes.ts";
import { createNotificationsService } from "./modules/notifications/notifications.service.ts";
import { createScheduler } from "./lib/scheduler.ts";
import { serializeRequest } from "./lib/log-serializers.ts";
import { refuseUnstorableText } from "./lib/text-guard.ts";
import { registerProposalRoutes } from "./modules/coalitions/proposals.routes.ts";
import { createProposalsService } from "./modules/coalitions/proposals.service.ts";
import { createDiscussionsRepo } from "./modules/coalitions/discussions.repo.ts";
import { registerDiscussionRoutes } from "./modules/coalitions/discussions.routes.ts";
import { createDiscussionsService } from "./modules/coalitions/discussions.service.ts";
import { createActorResolver } from "./modules/auth/actor.ts";
import { createAuth } from "./modules/auth/auth.ts";
import { registerAuthRoutes } from "./modules/auth/auth.routes.ts";
import { createDirectoryRepo } from "./modules/directory/directory.repo.ts";
import { registerDirectoryRoutes } from "./modules/directory/directory.routes.ts";
import { createDirectoryService } from "./modules/directory/directory.service.ts";
import { createDiscoveryRepo } from "./modules/discovery/discovery.repo.ts";
import { registerDiscoveryRoutes } from "./modules/discovery/discovery.routes.ts";
import { createDiscoveryService } from "./modules/discovery/discovery.service.ts";
import { registerNetworkRoutes } from "./modules/discovery/network.routes.ts";
import { createNetworkService } from "./modules/discovery/network.service.ts";
import { createInvitationsRepo } from "./modules/organizations/invitations.repo.ts";
import { createInvitationsService } from "./modules/organizations/invitations.service.ts";
import { createMembersService } from "./modules/organizations/members.service.ts";
import { createOrganizationsRepo } from "./modules/organizations/organizations.repo.ts";
import { registerOrganizationRoutes } from "./modules/organizations/organizations.routes.ts";
import { createOrganizationsService } from "./modules/organizations/organizations.service.ts";
import { registerTaxonomyRoutes } from "./modules/taxonomies/taxonomies.routes.ts";
import { createTaxonomiesService } from "./modules/taxonomies/taxonomies.service.ts";

export type AppOptions = {
  config: Config;
  database: Database;
  clock?: Clock;
  mailer?: Mailer;
  /** Serve the built web app (off in API tests). */
  serveWeb?: boolean;
  /** Run the background jobs on a timer (off in API tests, which run them by hand). */
  backgroundJobs?: boolean;
};

/** Builds the services from plain factories and registers every module's routes. */
export function createServices(options: AppOptions, log: FastifyInstance["log"]) {
  const { config, database } = options;
  const db = database.db;
  const clock = options.clock ?? systemClock;
  const mailer =
    options.mailer ??
    createMailer({
      smtpUrl: config.smtpUrl,
      from: config.mailFrom,
      outboxDir: config.outboxDir,
      log,
    });
  const auth = createAuth({ db, config, mailer });
  const actors = createActorResolver(auth);
  const taxonomies = createTaxonomiesService({ db });
  const organizationsRepo = createOrganizationsRepo(db);
  const files = createLocalFileStore(path.join(config.dataDir, "files"));
  const organizations = createOrganizationsService({
    database,
    repo: organizationsRepo,
    taxonomies,
    files,
  });
  const members = createMembersService({ database, repo: organizationsRepo });
  const invitations = createInvitationsService({
    database,
    repo: createInvitationsRepo(db),
    organizationsRepo,
    organizations,
    mailer,
    clock,
    config,
    localeOf: createAccountRepo(db).localeOf,
  });
  const directory = createDirectoryService({ repo: createDirectoryRepo(db) });
  const admin = createAdminService({ organizationsRepo, clock });
  const notifications = createNotificationsService({
    database,
    repo: createNotificationsRepo(db),
    mailer,
    clock,
    publicUrl: config.publicUrl,
  });
  const coalitionsRepo = createCoalitionsRepo(db);
  const coalitions = createCoalitionsService({ database, repo: coalitionsRepo });
  const proposalsRepo = createProposalsRepo(db);
  const membership = createMembershipService({
    database,
    repo: coalitionsRepo,
    organizationsRepo,
    coalitions,
    proposalsRepo,
    clock,
    notifications,
  });
  const proposals = createProposalsService({
    database,
    repo: proposalsRepo,
    coalitionsRepo,
    coalitions,
    clock,
    notifications,
  });
  const meetingsPart = meetingsModule.create({
    ...options,
    clock,
    coalitions,
    coalitionsRepo,
    notifications,
  });
  const discussions = createDiscussionsService({
    database,
    repo: createDiscussionsRepo(db),
    proposalsRepo,
    coalitionsRepo,
    coalitions,
    clock,
    onMentioned: (tx, event) => notifications.mentioned(tx, event),
  });
  const discoveryRepo = createDiscoveryRepo(db);
  const discovery = createDiscoveryService({
    database,
    repo: discoveryRepo,
    organizationsRepo,
    coalitions,
    membership,
    taxonomies,
    clock,
  });
  const network = createNetworkService({ repo: discoveryRepo, organizationsRepo, taxonomies });
  return {
    db,
    clock,
    mailer,
    auth,
    actors,
    taxonomies,
    organizations,
    members,
    invitations,
    directory,
    admin,
    coalitions,
    membership,
    proposals,
    notifications,
    discussions,
    discovery,
    network,
    ...meetingsPart,
  };
}
export type Services = ReturnType<typeof createServices>;

export async function buildApp(options: AppOptions) {
  const { config, database } = options;
  const app = Fastify({
    logger:
      config.logLevel === "silent"
        ? false
        : {
            level: config.logLevel,
            redact: ["req.headers.cookie", "req.headers.authorization"],
            serializers: { req: serializeRequest },
          },
    genReqId: (request) => {
      const given = request.headers["x-request-id"];
      return typeof given === "string" && /^[\w-]{8,64}$/.test(given) ? given : newId();
    },
    logController: new LogController({ requestIdLogLabel: "requestId" }),
    trustProxy: config.trustProxy,
    bodyLimit: 256 * 1024,
    routerOptions: { maxParamLength: 200 },
    frameworkErrors: handleFrameworkError,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });
  registerErrorHandler(app);
  app.addHook("preValidation", async (request) => refuseUnstorableText(request));

  for (const type of ["image/png", "image/jpeg", "image/webp"]) {
    app.addContentTypeParser(type, { parseAs: "buffer" }, (_request, body, done) =>
      done(null, body),
    );
  }

  await app.register(fastifyCompress, { global: true, threshold: 1024 });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Common Ground API",
        version: "1",
        description:
          "Organisations, directory and accounts. Sign-in and sessions live under /api/auth (Better Auth); everything else under /api/v1. Errors are RFC 9457 problem+json.",
      },
      servers: [{ url: config.publicUrl }],
    },
    transform: jsonSchemaTransform,
  });

  registerMetrics(app);
  registerCsrfGuard(app, { publicUrl: config.publicUrl });

  const services = createServices(options, app.log);
  app.decorate("services", services);

  app.get("/healthz", { schema: { hide: true } }, async () => ({ status: "ok" }));
  app.get("/readyz", { schema: { hide: true } }, async (_request, reply) => {
    try {
      await database.ping();
      return { status: "ready", database: database.kind };
    } catch (error) {
      app.log.warn({ err: error }, "database not reachable");
      return reply.status(503).type("application/problem+json").send({
        type: "https://common-ground.dev/problems/503",
        title: "Service unavailable",
        status: 503,
        detail: "The database is not reachable.",
      });
    }
  });

  registerAuthRoutes(app, { auth: services.auth, db: services.db, clock: services.clock });
  registerAccountRoutes(app, { actors: services.actors, db: services.db });
  registerTaxonomyRoutes(app, services);
  registerOrganizationRoutes(app, services);
  registerCoalitionRoutes(app, services);
  registerProposalRoutes(app, services);
  registerNotificationRoutes(app, services);
  registerDiscussionRoutes(app, services);
  meetingsModule.register(app, services);
  registerDirectoryRoutes(app, services);
  registerDiscoveryRoutes(app, services);
  registerNetworkRoutes(app, services);
  registerAdminRoutes(app, services);

  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  await app.register(scalar, {
    routePrefix: "/api/docs",
    configuration: { url: "/api/openapi.json" },
  });

  if (options.serveWeb) await registerWebAssets(app);

  // Proposals close at their deadline even with nobody online (readers also close them on
  // sight); reminders go out before deadlines, and digests once a day.
  const { proposals, notifications, actionItems } = services;
  const scheduler = createScheduler(
    [
      { name: "close due proposals", run: () => proposals.closeDue() },
      { name: "remind before deadlines", run: () => notifications.remindClosing() },
      {
        name: "remind of overdue action items",
        run: async () => notifications.remindOverdue((await actionItems.overdueAsOfNow()).items),
      },
      { name: "send urgent reminders", run: () => notifications.sendUrgent() },
      { name: "send daily digests", run: () => notifications.sendDigests() },
    ],
    app.log,
  );
  app.decorate("scheduler", scheduler);
  if (options.backgroundJobs !== false) scheduler.start();
  app.addHook("onClose", () => scheduler.stop());
  return app;
}

declare module "fastify" {
  interface FastifyInstance {
    services: Services;
    scheduler: ReturnType<typeof createScheduler>;
  }
}
