import { createAccessTokenIssuer } from "@bacowr/api";
import type { AppConfig } from "@bacowr/config";
import { openCoordination } from "@bacowr/coordination";
import {
  type AuthService,
  type Clock,
  createAuthService,
  createLoginThrottle,
  systemClock,
} from "@bacowr/core";
import {
  createAuthRepositories,
  createOperationsMetricsSource,
  type DatabaseHandle,
  migrateToLatest,
  openDatabase,
} from "@bacowr/db";
import {
  composeServices,
  createPlatformMetrics,
  defaultDuties,
  eventBusFor,
  type JobRunner,
  jobRunnerOptions,
  resolveEncryptionKey,
  type Services,
  startJobRunner,
  startLinkMonitor,
  startWebhookDispatcher,
  startWorkerLoop,
  type WorkerLoop,
} from "@bacowr/runtime";
import type { FastifyInstance } from "fastify";
import { type Logger, pino } from "pino";
import { accessTokenSettingsFrom, buildServer } from "./app";

export interface Platform {
  app: FastifyInstance;
  database: DatabaseHandle;
  worker: WorkerLoop | undefined;
  /** Runs article jobs in this process (WORKER_IN_PROCESS). */
  jobRunner: JobRunner | undefined;
  services: Services;
  auth: AuthService;
  /** The listening address, e.g. `http://127.0.0.1:8000`. */
  url: string;
  /** Stops accepting, drains in-flight requests, stops the worker, closes pools. Idempotent. */
  close(): Promise<void>;
}

export function createLogger(config: AppConfig): Logger {
  return pino({ level: config.env.LOG_LEVEL, base: { service: "bacowr-server" } });
}

/** Opens the database (migrating it), the coordination layer, the HTTP server and, if configured, the worker loop. */
export async function startPlatform(
  config: AppConfig,
  logger: Logger = createLogger(config),
  options: { clock?: Clock; random?: () => number } = {},
): Promise<Platform> {
  const clock = options.clock ?? systemClock;
  const database = await openDatabase(
    config.database.kind === "postgres"
      ? {
          ...config.database,
          onIdleError: (error) => logger.warn({ err: error }, "idle database connection lost"),
        }
      : config.database,
  );
  const closers: (() => Promise<void>)[] = [() => database.close()];
  try {
    const { applied } = await migrateToLatest(database.db);
    if (applied.length > 0) logger.info({ applied, database: database.kind }, "migrations applied");
    const coordination = await openCoordination(config.env.REDIS_URL, config.env.REDIS_KEY_PREFIX);
    closers.unshift(() => coordination.close());
    const events = eventBusFor(coordination, database);
    const metrics = createPlatformMetrics({ source: createOperationsMetricsSource(database.db), clock });

    const services = composeServices({
      config,
      database,
      clock,
      encryptionKey: resolveEncryptionKey(config, logger),
      logger,
      events,
      random: options.random,
      observer: metrics.observer,
    });
    closers.splice(closers.length - 1, 0, () => services.close());
    const accessTokens = accessTokenSettingsFrom(config, logger);
    const auth = createAuthService(
      createAuthRepositories(database.db),
      createAccessTokenIssuer(accessTokens),
      clock,
      {
        refreshTokenTtlSeconds: config.env.REFRESH_TOKEN_TTL_SECONDS,
        secretBox: services.box,
        // In the coordination cache (Redis when configured), so every instance counts the same failures.
        loginThrottle: createLoginThrottle(coordination.cache, clock),
      },
    );
    const { BACOWR_ADMIN_EMAIL: adminEmail, BACOWR_ADMIN_PASSWORD: adminPassword } = config.env;
    if (adminEmail && adminPassword && (await auth.ensureAdmin(adminEmail, adminPassword))) {
      logger.info({ email: adminEmail }, "created the first administrator from BACOWR_ADMIN_EMAIL");
    }
    const app = await buildServer({
      config,
      database,
      coordination,
      logger,
      services,
      accessTokens,
      auth,
      metrics,
    });
    closers.unshift(() => app.close());
    const url = await app.listen({ host: config.env.HOST, port: config.env.PORT });

    let worker: WorkerLoop | undefined;
    let jobRunner: JobRunner | undefined;
    if (config.env.WORKER_IN_PROCESS) {
      worker = startWorkerLoop({
        duties: defaultDuties(database, services),
        pollIntervalMs: config.env.WORKER_POLL_INTERVAL_MS,
        logger: logger.child({ component: "worker" }),
      });
      const running = worker;
      jobRunner = startJobRunner(jobRunnerOptions(config, services, logger, events, metrics.observer));
      const runner = jobRunner;
      const webhooks = startWebhookDispatcher({
        dispatcher: services.webhookDispatcher,
        pollIntervalMs: config.env.WEBHOOK_POLL_INTERVAL_MS,
        logger: logger.child({ component: "webhooks" }),
        events,
      });
      const linkMonitor = startLinkMonitor({
        links: services.links,
        pollIntervalMs: config.env.WORKER_POLL_INTERVAL_MS,
        logger: logger.child({ component: "links" }),
        events,
      });
      // Stop the workers after the HTTP server has drained, before the pools close.
      closers.splice(
        1,
        0,
        () => running.stop(),
        () => runner.stop(),
        () => webhooks.stop(),
        () => linkMonitor.stop(),
      );
    }

    logger.info(
      {
        url,
        database: database.kind,
        redis: coordination.kind === "redis",
        events: events === coordination.events ? coordination.kind : "postgres",
      },
      "bacowr server listening",
    );
    let closing: Promise<void> | undefined;
    return {
      app,
      database,
      worker,
      jobRunner,
      services,
      auth,
      url,
      close() {
        closing ??= (async () => {
          for (const close of closers) await close();
        })();
        return closing;
      },
    };
  } catch (error) {
    for (const close of closers) await close().catch(() => undefined);
    throw error;
  }
}
