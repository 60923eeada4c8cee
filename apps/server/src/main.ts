import { processLogger } from "@bacowr/runtime";
import { loadConfigOrExit } from "./config-or-exit";
import { startPlatform } from "./platform";

const config = loadConfigOrExit("bacowr");
// Readable lines on a terminal, JSON lines otherwise (LOG_FORMAT).
const logger = await processLogger({
  level: config.env.LOG_LEVEL,
  format: config.env.LOG_FORMAT,
  service: "bacowr-server",
});

try {
  const platform = await startPlatform(config, logger);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: draining requests");
    const deadline = setTimeout(() => {
      logger.error({ timeoutMs: config.env.SHUTDOWN_TIMEOUT_MS }, "shutdown timed out");
      process.exit(1);
    }, config.env.SHUTDOWN_TIMEOUT_MS);
    deadline.unref();
    await platform.close();
    logger.info("shutdown complete");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
} catch (error) {
  logger.fatal({ err: error }, "failed to start");
  process.exit(1);
}
