import fastifyCompress from "@fastify/compress";
import fastifySwagger from "@fastify/swagger";
import scalar from "@scalar/fastify-api-reference";
import Fastify, { type FastifyInstance, LogController } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { Config } from "./config.ts";
import type { Database } from "./db/client.ts";
import { type Clock, systemClock } from "./lib/clock.ts";
import { registerCsrfGuard } from "./lib/csrf.ts";
import { openApiOptions } from "./lib/openapi.ts";
import { registerSignInGuard } from "./lib/route-access.ts";
import { registerSecurityHeaders } from "./lib/security-headers.ts";
import { handleFrameworkError, registerErrorHandler } from "./lib/errors.ts";
import { createLocalFileStore } from "./lib/file-store.ts";
import { createS3FileStore } from "./lib/file-store-s3.ts";
import { newId } from "./lib/ids.ts";
import { type Mailer, createMailer } from "./lib/mailer.ts";
import { registerMetrics } from "./lib/metrics.ts";
import { asArrived } from "./lib/request-order.ts";
import { registerWebAssets } from "./lib/web-assets.ts";
import { createFirstView } from "./modules/first-view/first-view.ts";
import * as adminModule from "./modules/admin/admin.module.ts";
import * as authModule from "./modules/auth/auth.module.ts";
import * as campaignsModule from "./modules/campaigns/campaigns.module.ts";
import * as statementsModule from "./modules/statements/statements.module.ts";
import * as auditModule from "./modules/audit/audit.module.ts";
import * as keysModule from "./modules/keys/keys.module.ts";
import * as recordsModule from "./modules/records/records.module.ts";
import * as coalitionsModule from "./modules/coalitions/coalitions.module.ts";
import * as directoryModule from "./modules/directory/directory.module.ts";
import * as discoveryModule from "./modules/discovery/discovery.module.ts";
import * as discussionsModule from "./modules/discussions/discussions.module.ts";
import * as meetingsModule from "./modules/meetings/meetings.module.ts";
import * as notificationsModule from "./modules/notifications/notifications.module.ts";
import * as organizationsModule from "./modules/organizations/organizations.module.ts";
import * as proposalsModule from "./modules/proposals/proposals.module.ts";
import * as riskModule from "./modules/statements/risk.module.ts";
import * as taxonomiesModule from "./modules/taxonomies/taxonomies.module.ts";
import { createScheduler } from "./lib/scheduler.ts";
import { serializeRequest } from "./lib/log-serializers.ts";
import { refuseUnstorableText } from "./lib/text-guard.ts";
import { createDomainEventBus } from "./events.ts";
import type { Names } from "./lib/names.ts";

export type AppOptions = {
  config: Config;
  database: Database;
  clock?: Clock;
  mailer?: Mailer;
  /** Serve the built web app (off in API tests). */
  serveWeb?: boolean;
  /** Where the built web app is; web/dist unless a test serves a stand-in. */
  webRoot?: string;
  /** Run the background jobs on a timer (off in API tests, which run them by hand). */
  backgroundJobs?: boolean;
};

/**
 * Builds every module from plain factories, in dependency order. A module receives only the
 * narrow views of others that it uses (a coalition's standing, names, an audience), and
 * side effects travel as domain events inside the transaction that caused them.
 */
export function createServices(
  options: AppOptions,
  log: Pick<FastifyInstance["log"], "info" | "error"> = { info: () => {}, error: () => {} },
) {
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
  const events = createDomainEventBus();

  const auth = authModule.create({ db, config, mailer, clock, log });
  const { people } = auth;
  const taxonomies = taxonomiesModule.create({ db });
  // One file store for logos and record attachments: a local directory, or S3-compatible.
  const files =
    config.fileStore.kind === "s3"
      ? createS3FileStore(config.fileStore)
      : createLocalFileStore(config.fileStore.root);
  const organizations = organizationsModule.create({
    database,
    config,
    clock,
    mailer,
    files,
    taxonomies: taxonomies.taxonomies,
    people,
    events,
  });
  const { organizationDirectory } = organizations;
  const names: Names = { organizations: organizationDirectory.namesOf, people: people.namesOf };
  const directory = directoryModule.create({ db, taxonomies: taxonomies.taxonomies });
  const admin = adminModule.create({ organizations: organizationDirectory, clock });

  const coalitions = coalitionsModule.create({
    database,
    clock,
    events,
    organizations: organizationDirectory,
    taxonomies: taxonomies.taxonomies,
  });
  const { coalitionDirectory } = coalitions;
  const proposals = proposalsModule.create({
    database,
    clock,
    events,
    coalitions: coalitionDirectory,
    namesOf: names.organizations,
  });
  const { proposalDirectory } = proposals;
  const meetings = meetingsModule.create({
    database,
    config,
    clock,
    events,
    coalitions: coalitionDirectory,
    proposals: proposalDirectory,
    names,
    people,
    // The campaigns module is made below (it needs action items); the feed asks it only later.
    campaignActivities: (...args) => campaigns.workplan.forCalendar(...args),
  });
  const discussions = discussionsModule.create({
    database,
    clock,
    events,
    coalitions: coalitionDirectory,
    proposals: proposalDirectory,
    names,
  });
  const campaigns = campaignsModule.create({
    database,
    clock,
    events,
    coalitions: coalitionDirectory,
    proposals: proposalDirectory,
    membershipsOf: organizationDirectory.membershipsOf,
    names,
    actionItems: meetings.actionItems,
    taxonomies: taxonomies.taxonomies,
    // The risk module is made below (it asks campaigns of their activities); the gate is
    // asked only when an activity starts.
    activityGate: (tx, activityId) => risk.activityGate(tx, activityId),
  });
  const risk = riskModule.createRisk({
    database,
    clock,
    events,
    coalitions: coalitionDirectory,
    proposals: proposals.proposals,
    proposalDirectory,
    campaigns: campaigns.campaignDirectory,
    organizations: organizationDirectory,
    actionItems: meetings.actionItemDirectory,
    names,
  });
  const statements = statementsModule.create({
    database,
    clock,
    events,
    coalitions: coalitionDirectory,
    membershipsOf: organizationDirectory.membershipsOf,
    names,
    publicUrl: config.publicUrl,
    campaignOf: async (id, tx) => (await campaigns.campaignDirectory.campaign(id, tx)) ?? null,
    openThread: discussions.openThread,
    riskGate: risk.riskGate,
  });
  // The audit log (issue 14): its writer, and the checkpoints the scheduler signs.
  const audit = auditModule.create({ db, dataDir: config.dataDir, clock });
  const keys = keysModule.create({
    database,
    clock,
    names,
    audit: audit.auditLog,
    organizations: organizationDirectory,
    events,
  });
  const records = recordsModule.create({
    database,
    clock,
    names,
    audit: audit.auditLog,
    checkpoints: audit.auditCheckpoints,
    membershipsOf: organizationDirectory.membershipsOf,
    coalitions: coalitionDirectory,
    events,
    files,
    keys: keys.keys,
  });
  auth.onSignedIn(records.auditSignIn);
  const notifications = notificationsModule.create({
    database,
    mailer,
    clock,
    publicUrl: config.publicUrl,
    events,
    people,
    audiences: {
      representatives: (tx, audience) =>
        coalitionDirectory.representativeUserIds(tx, audience.coalitionId, audience),
      managers: organizationDirectory.managers,
    },
  });
  const discovery = discoveryModule.create({
    database,
    clock,
    directory: directory.directoryFeed,
    organizations: organizationDirectory,
    coalitions: coalitionDirectory,
    membership: coalitions.membership,
    taxonomies: taxonomies.taxonomies,
  });

  return {
    db,
    clock,
    mailer,
    events,
    ...auth,
    ...taxonomies,
    ...organizations,
    ...directory,
    ...admin,
    ...coalitions,
    ...proposals,
    ...meetings,
    ...discussions,
    ...campaigns,
    ...statements,
    ...risk,
    ...audit,
    ...keys,
    ...records,
    ...notifications,
    ...discovery,
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

  // Each request's statements are served by its arrival on the embedded database.
  app.addHook("onRequest", (_request, _reply, done) => asArrived(done));
  await registerSecurityHeaders(app, { publicUrl: config.publicUrl });
  await app.register(fastifyCompress, { global: true, threshold: 1024 });
  // Operation ids, security, refusals and the licence are added centrally (server/lib/openapi.ts).
  await app.register(fastifySwagger, openApiOptions());

  registerMetrics(app);
  registerCsrfGuard(app, { publicUrl: config.publicUrl });

  const services = createServices(options, app.log);
  app.decorate("services", services);
  registerSignInGuard(app, services.actors);

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

  for (const module of [
    authModule,
    taxonomiesModule,
    organizationsModule,
    directoryModule,
    adminModule,
    coalitionsModule,
    proposalsModule,
    meetingsModule,
    discussionsModule,
    campaignsModule,
    statementsModule,
    riskModule,
    keysModule,
    recordsModule,
    notificationsModule,
    discoveryModule,
  ]) {
    module.register(app, services);
  }

  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  await app.register(scalar, {
    routePrefix: "/api/docs",
    // No fonts from Scalar's servers: the page's policy allows our own origin only.
    configuration: { url: "/api/openapi.json", withDefaultFonts: false },
  });

  if (options.serveWeb) {
    await registerWebAssets(app, { root: options.webRoot, firstPage: createFirstView(services) });
  }

  // Proposals close at their deadline even with nobody online (readers also close them on
  // sight); reminders go out before deadlines, and digests once a day.
  const { proposals, notifications, actionItems } = services;
  const scheduler = createScheduler(
    [
      { name: "close due proposals", run: () => proposals.closeDue() },
      { name: "remind before deadlines", run: () => proposals.remindClosing() },
      { name: "remind of overdue action items", run: () => actionItems.remindOverdue() },
      { name: "send urgent reminders", run: () => notifications.sendUrgent() },
      { name: "send daily digests", run: () => notifications.sendDigests() },
      { name: "account work queued after answering", run: () => services.authJobs.work() },
      { name: "sign an audit checkpoint", run: () => services.auditCheckpoints.signIfNew() },
      { name: "end grants past retention", run: () => services.grants.endPastRetention() },
    ],
    app.log,
    config.jobIntervalMs,
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
