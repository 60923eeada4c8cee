import { loadConfig } from "@bacowr/config";
import { pino } from "pino";
import { type Platform, startPlatform } from "../src/platform";

export const TEST_BRIDGE_TOKEN = "test-bridge-token-0123456789";
export const TEST_JWT_SECRET = "test-jwt-secret-0123456789-0123456789-abcdef";

/**
 * The real platform on an ephemeral port. Embedded in-memory PGlite unless the
 * environment points at a real PostgreSQL (and Redis), as the second CI pass does.
 */
export async function startTestPlatform(overrides: Record<string, string> = {}): Promise<Platform> {
  const config = loadConfig({
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    DATA_DIR: "memory",
    DATABASE_URL: process.env.DATABASE_URL ?? "",
    REDIS_URL: process.env.REDIS_URL ?? "",
    API_TOKEN: TEST_BRIDGE_TOKEN,
    JWT_SECRET: TEST_JWT_SECRET,
    WORKER_IN_PROCESS: "false",
    ...overrides,
  });
  return startPlatform(config, pino({ level: config.env.LOG_LEVEL }));
}
