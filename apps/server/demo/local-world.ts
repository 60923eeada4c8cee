import { randomBytes } from "node:crypto";
import { loadConfig } from "@bacowr/config";
import { pino } from "pino";
import { type Platform, startPlatform } from "../src/platform";
import { startFixtureSites } from "../test/fakes/fixture-sites";
import { FAKE_ANTHROPIC_KEY, startFakeAnthropic } from "../test/fakes/llm-providers";
import { scriptedReply, type WriterMode } from "../test/fakes/scripted-writer";
import { FAKE_SERP_KEY, startFakeSerpApi } from "../test/fakes/serp-api";

const admin = { email: "local-admin@bacowr.local", password: "local-password-not-for-production" };

/**
 * The platform with its in-process worker, wired to a world on 127.0.0.1:
 * fixture publisher and target sites, a SERP API, and an Anthropic-speaking
 * server whose "model" is the scripted writer. For `pnpm demo` and the
 * pipeline benchmark; never for production.
 */
export async function startLocalWorld(options: {
  writer: WriterMode;
  llmDelayMs: number;
  env?: Record<string, string>;
}) {
  const sites = await startFixtureSites();
  const anthropic = await startFakeAnthropic({
    reply: (prompt) => scriptedReply(prompt, options.writer),
    delayMs: options.llmDelayMs,
  });
  const serp = await startFakeSerpApi();
  const config = loadConfig({
    PORT: "0",
    DATA_DIR: "memory",
    LOG_LEVEL: "warn",
    JWT_SECRET: randomBytes(32).toString("base64url"),
    BACOWR_ADMIN_EMAIL: admin.email,
    BACOWR_ADMIN_PASSWORD: admin.password,
    ANTHROPIC_API_KEY: FAKE_ANTHROPIC_KEY,
    ANTHROPIC_BASE_URL: anthropic.url,
    SERP_API_KEY: FAKE_SERP_KEY,
    SERP_API_URL: `${serp.url}/search`,
    WORKER_IN_PROCESS: "true",
    WORKER_POLL_INTERVAL_MS: "100",
    ...sites.env,
    ...options.env,
  });
  const platform: Platform = await startPlatform(config, pino({ level: config.env.LOG_LEVEL }));

  /** A JSON call to the platform, as a customer makes it. */
  const call = async (method: string, path: string, token?: string, body?: unknown) => {
    const response = await fetch(`${platform.url}${path}`, {
      method,
      headers: {
        ...(body ? { "content-type": "application/json" } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    // biome-ignore lint/suspicious/noExplicitAny: the scripts print and count whatever the API answers
    return (await response.json()) as any;
  };
  const token = (await call("POST", "/v1/auth/login", undefined, admin)).data.access_token as string;

  return {
    platform,
    call,
    /** The administrator's access token, and credentials to log in with. */
    token,
    admin,
    anthropic,
    /** An order the fixture world can research. */
    order: (anchor: string) => ({
      publisher_domain: "worklife.example",
      target_url: `${sites.base}/product`,
      anchor_text: anchor,
    }),
    async close() {
      await platform.close();
      await Promise.all([sites.close(), anthropic.close(), serp.close()]);
    },
  };
}
