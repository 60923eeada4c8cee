import { randomBytes } from "node:crypto";
import { loadConfig } from "@bacowr/config";
import { pino } from "pino";
// A relative import: @bacowr/sdk's own tests depend on this package, so a workspace dependency would be a cycle.
import { BacowrClient } from "../../../packages/sdk/src/index";
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

  // The scripts use the platform as a customer would: through the SDK, logged in as the first admin.
  const client = new BacowrClient({ baseUrl: platform.url });
  const { accessToken: token } = await client.auth.login(admin);

  return {
    platform,
    client,
    /** The administrator's access token, and credentials to log in with. */
    token,
    admin,
    anthropic,
    /** An order the fixture world can research, as the SDK takes it. */
    order: (anchor: string) => ({
      publisherDomain: "worklife.example",
      targetUrl: `${sites.base}/product`,
      anchorText: anchor,
    }),
    async close() {
      await platform.close();
      await Promise.all([sites.close(), anthropic.close(), serp.close()]);
    },
  };
}
