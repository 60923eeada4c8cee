import { ConfigError, loadConfig } from "@bacowr/config";
import { openCoordination } from "@bacowr/coordination";
import { systemClock } from "@bacowr/core";
import { migrateToLatest, openDatabase } from "@bacowr/db";
import {
  composeServices,
  createPlatformMetrics,
  defaultDuties,
  eventBusFor,
  jobRunnerOptions,
  processLogger,
  resolveEncryptionKey,
  serveMetrics,
  startJobRunner,
  startLinkMonitor,
  startWebhookDispatcher,
  startWorkerLoop,
} from "@bacowr/runtime";

/** A standalone worker process: the same loop the server can run in-process, against a shared PostgreSQL. */
async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`bacowr-worker: ${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  // Readable lines on a terminal, JSON lines otherwise (LOG_FORMAT).
  const logger = await processLogger({
    level: config.env.LOG_LEVEL,
    format: config.env.LOG_FORMAT,
    service: "bacowr-worker",
  });
  if (config.database.kind === "pglite") {
    // Embedded PGlite belongs to one process: the server, which runs the worker loop itself.
    logger.warn(
      "no DATABASE_URL: the embedded database belongs to the server, which runs the worker loop in-process; " +
        "this standalone worker stays idle (set DATABASE_URL to run workers separately)",
    );
    const idle = setInterval(() => undefined, 60_000);
    const quit = () => {
      clearInterval(idle);
      process.exit(0);
    };
    process.on("SIGTERM", quit);
    process.on("SIGINT", quit);
    return;
  }
  const database = await openDatabase(config.database);
  await migrateToLatest(database.db);
  const coordination = await openCoordination(config.env.REDIS_URL, config.env.REDIS_KEY_PREFIX);
  // New-job announcements from the servers: Redis when configured, PostgreSQL LISTEN/NOTIFY otherwise.
  const events = eventBusFor(coordination, database);
  // What only this process sees (its jobs' stages, its LLM calls, its own process) on METRICS_PORT. The
  // database's gauges (jobs by state, queue, bridge tasks) are the server's to report: not counted twice.
  const metrics =
    config.env.METRICS_PORT === undefined ? undefined : createPlatformMetrics({ clock: systemClock });
  const services = composeServices({
    config,
    database,
    clock: systemClock,
    encryptionKey: resolveEncryptionKey(config, logger),
    logger,
    events,
    observer: metrics?.observer,
  });
  const runner = startJobRunner(jobRunnerOptions(config, services, logger, events, metrics?.observer));
  const metricsServer =
    metrics &&
    (await serveMetrics({
      registry: metrics.registry,
      host: config.env.HOST,
      port: config.env.METRICS_PORT ?? 0,
      token: config.env.METRICS_TOKEN,
    }));
  if (metricsServer) logger.info({ url: metricsServer.url }, "worker metrics listening");
  const loop = startWorkerLoop({
    duties: defaultDuties(database, services),
    pollIntervalMs: config.env.WORKER_POLL_INTERVAL_MS,
    logger,
  });

  if (!config.env.PUBLIC_URL) {
    logger.warn(
      "PUBLIC_URL is not set: webhook payloads' article_url will point at this worker's HOST:PORT, not at the API; " +
        "set PUBLIC_URL to the API's public base URL",
    );
  }
  // Before the webhook dispatcher: its LISTEN on jobs:created is then the listening connection's last
  // statement, which jobs-workers.test.ts waits for.
  const linkMonitor = startLinkMonitor({
    links: services.links,
    pollIntervalMs: config.env.WORKER_POLL_INTERVAL_MS,
    logger: logger.child({ component: "links" }),
    events,
  });

  const webhooks = startWebhookDispatcher({
    dispatcher: services.webhookDispatcher,
    pollIntervalMs: config.env.WEBHOOK_POLL_INTERVAL_MS,
    logger: logger.child({ component: "webhooks" }),
    events,
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const deadline = setTimeout(() => process.exit(1), config.env.SHUTDOWN_TIMEOUT_MS);
    deadline.unref();
    await loop.stop();
    await runner.stop();
    await webhooks.stop();
    await linkMonitor.stop();
    await metricsServer?.close();
    await services.close();
    await coordination.close();
    await database.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

void main();
