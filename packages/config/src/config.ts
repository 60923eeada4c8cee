import { resolve } from "node:path";
import { llmProviders, parseLinkCheckSchedule, priceTableSchema } from "@bacowr/core";

/** The SERP APIs with an adapter (packages/providers), and each one's endpoint. */
export const serpProviders = ["serper", "serpapi", "brave"] as const;
export const serpEndpoints: Record<(typeof serpProviders)[number], string> = {
  serper: "https://google.serper.dev/search",
  serpapi: "https://serpapi.com/search.json",
  brave: "https://api.search.brave.com/res/v1/web/search",
};

import { z } from "zod";

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/**
 * Which `X-Forwarded-For` hops to believe, as fastify's `trustProxy` takes it: `false` (none), a number of hops
 * (`1` behind one reverse proxy: the address it appended), or the proxies' addresses or CIDR ranges. `true`
 * believes every hop, so a client can choose its own address unless the proxy drops what the client sent.
 */
const trustProxy = z
  .string()
  .trim()
  .default("false")
  .transform((value, context): boolean | number | string[] => {
    const lower = value.toLowerCase();
    if (["", "false", "no", "0"].includes(lower)) return false;
    if (["true", "yes"].includes(lower)) return true;
    if (/^\d{1,2}$/.test(value)) return Number(value);
    const list = value.split(",").map((entry) => entry.trim());
    if (list.every((entry) => /^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(entry))) return list;
    context.issues.push({
      code: "custom",
      message: "must be false, true, a number of proxy hops, or a comma-separated list of proxy IPs/CIDRs",
      input: value,
    });
    return z.NEVER;
  });

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v));

const optionalUrl = z.preprocess((v) => (v === "" ? undefined : v), z.url().optional());

const postgresUrl = z
  .url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// or postgresql:// URL" })
  .optional();
const redisUrl = z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL" }).optional();

/**
 * Every environment variable the platform reads, with its default. This is
 * the only place that touches `process.env`; `.env.example` mirrors it.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: int(0, 65535).default(8000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_FORMAT: z.enum(["auto", "json", "pretty"]).default("auto"),
  PUBLIC_URL: z.preprocess((v) => (v === "" ? undefined : v), z.url().optional()),

  DATABASE_URL: z.preprocess((v) => (v === "" ? undefined : v), postgresUrl),
  DATABASE_POOL_SIZE: int(1, 200).default(10),
  DATA_DIR: z.string().min(1).default(".data"),
  REDIS_URL: z.preprocess((v) => (v === "" ? undefined : v), redisUrl),
  REDIS_KEY_PREFIX: z.string().min(1).max(100).default("bacowr:"),

  BODY_LIMIT_BYTES: int(1024, 50 * 1024 * 1024).default(1024 * 1024),
  SHUTDOWN_TIMEOUT_MS: int(0, 600_000).default(15_000),
  TRUST_PROXY: trustProxy,
  // Stack traces name the server's files: sent in error answers only when an operator asks, whatever NODE_ENV says.
  EXPOSE_ERROR_STACKS: bool.default(false),

  WORKER_IN_PROCESS: bool.default(true),
  WORKER_POLL_INTERVAL_MS: int(50, 600_000).default(1_000),
  WORKER_CONCURRENCY: int(1, 256).default(4),
  JOB_LEASE_SECONDS: int(5, 86_400).default(120),
  JOB_HEARTBEAT_SECONDS: int(1, 3_600).default(20),
  JOB_MAX_ATTEMPTS: int(1, 20).default(3),
  JOB_RETRY_BASE_SECONDS: int(0, 86_400).default(30),
  JOB_RETRY_MAX_SECONDS: int(0, 604_800).default(3_600),
  RESCUE_MAX_ROUNDS: int(0, 10).default(2),
  LLM_MAX_OUTPUT_TOKENS: int(256, 200_000).default(8_000),

  JWT_SECRET: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().min(32, "must be at least 32 characters").optional(),
  ),
  JWT_ISSUER: z.string().min(1).default("bacowr"),
  JWT_AUDIENCE: z.string().min(1).default("bacowr-api"),
  REFRESH_TOKEN_TTL_SECONDS: int(60, 31_536_000).default(2_592_000),
  BACOWR_ADMIN_EMAIL: z.preprocess((v) => (v === "" ? undefined : v), z.email().optional()),
  BACOWR_ADMIN_PASSWORD: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().min(12, "must be at least 12 characters").optional(),
  ),

  API_TOKEN: optionalString,
  APP_API_TOKEN: optionalString,
  // Bearer token of GET /metrics; unset serves the metrics to anyone who can reach the port.
  METRICS_TOKEN: optionalString,
  // The standalone worker's own /metrics listener (on HOST); unset: the worker serves no metrics.
  METRICS_PORT: z.preprocess((v) => (v === "" ? undefined : v), int(0, 65535).optional()),
  ENCRYPTION_KEY: optionalString,

  TASK_LEASE_SECONDS: int(1, 86_400).default(600),
  TASK_RETRY_BASE_SECONDS: int(0, 86_400).default(30),
  TASK_RETRY_MAX_SECONDS: int(0, 604_800).default(3_600),
  PROXY_MAX_ERRORS: int(1, 1_000).default(5),

  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_MODEL: z.string().min(1).default("gpt-4o-mini"),
  ANTHROPIC_API_KEY: optionalString,
  ANTHROPIC_BASE_URL: optionalUrl,
  ANTHROPIC_MODEL: z.string().min(1).default("claude-sonnet-4-6"),
  GOOGLE_API_KEY: optionalString,
  GOOGLE_BASE_URL: z.url().default("https://generativelanguage.googleapis.com/v1beta/openai/"),
  GOOGLE_MODEL: z.string().min(1).default("gemini-2.5-flash"),
  DEEPSEEK_API_KEY: optionalString,
  DEEPSEEK_BASE_URL: z.url().default("https://api.deepseek.com"),
  DEEPSEEK_MODEL: z.string().min(1).default("deepseek-chat"),
  LLM_TIMEOUT_MS: int(1_000, 600_000).default(120_000),
  LLM_MAX_RETRIES: int(0, 10).default(2),
  LLM_PRICES: z.preprocess(
    (v) => (v === undefined || v === "" ? "{}" : v),
    z.string().transform((text, ctx) => {
      try {
        const parsed = priceTableSchema.safeParse(JSON.parse(text));
        if (parsed.success) return parsed.data;
      } catch {}
      ctx.addIssue({
        code: "custom",
        message: 'must be JSON like {"model": {"input": 0.15, "output": 0.6}}',
      });
      return z.NEVER;
    }),
  ),
  LLM_RELAY_PROVIDER: z.enum(llmProviders).default("openai"),
  LLM_RELAY_DEFAULT_MAX_TOKENS: int(1, 200_000).default(1_024),
  LLM_RELAY_MAX_TOKENS: int(1, 200_000).default(4_096),

  // Webhooks: 10 attempts over about 24 h (170 s doubling to a 12 h cap, shortened by up to 25 % jitter).
  WEBHOOK_TIMEOUT_MS: int(100, 60_000).default(10_000),
  // How long a claimed delivery is reserved: a dispatcher that dies mid-send leaves it to others after this.
  // Longer than one attempt (WEBHOOK_TIMEOUT_MS); unset, that timeout in seconds + 30 (40 s by default).
  WEBHOOK_LEASE_SECONDS: z.preprocess((v) => (v === "" ? undefined : v), int(1, 86_400).optional()),
  WEBHOOK_MAX_ATTEMPTS: int(1, 50).default(10),
  WEBHOOK_RETRY_BASE_SECONDS: z.coerce.number().min(0).max(86_400).default(170),
  WEBHOOK_RETRY_MAX_SECONDS: int(0, 604_800).default(43_200),
  WEBHOOK_DISABLE_AFTER_SECONDS: int(1, 31_536_000).default(259_200),
  WEBHOOK_SECRET_OVERLAP_SECONDS: int(0, 2_592_000).default(86_400),
  WEBHOOK_POLL_INTERVAL_MS: int(50, 600_000).default(1_000),
  WEBHOOK_CONCURRENCY: int(1, 256).default(16),
  WEBHOOK_MAX_PER_USER: int(1, 1_000).default(20),
  // Delivered and dead deliveries (with their attempts) are deleted this long after they were created.
  WEBHOOK_RETENTION_DAYS: int(1, 3_650).default(30),

  // The live-link monitor: when placed links are re-checked (after placement; the last interval repeats),
  // how many hosts one checker visits at once (one request per host at a time, across processes), and how
  // long a check may hold its link before another checker takes it over.
  LINK_CHECK_SCHEDULE: z
    .string()
    .default("1h,1d,7d,30d")
    .transform((value, context) => {
      try {
        return parseLinkCheckSchedule(value);
      } catch (error) {
        context.issues.push({ code: "custom", message: (error as Error).message, input: value });
        return z.NEVER;
      }
    }),
  LINK_CHECK_CONCURRENCY: int(1, 64).default(4),
  LINK_CHECK_LEASE_SECONDS: int(10, 3_600).default(120),
  LINK_CHECK_USER_AGENT: z
    .string()
    .min(1)
    .max(200)
    .default("BACOWR-LinkMonitor/1.0 (+https://github.com/bacowr/bacowr; checks links we placed)"),
  CAPTCHA_PROVIDER: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(["2captcha", "anticaptcha"]).optional(),
  ),
  CAPTCHA_API_KEY: optionalString,
  CAPTCHA_BASE_URL: optionalUrl,
  CAPTCHA_POLL_INTERVAL_MS: int(10, 60_000).default(5_000),
  CAPTCHA_TIMEOUT_MS: int(1_000, 600_000).default(180_000),

  FETCH_ALLOW_PRIVATE_HOSTS: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean),
    ),
  SERP_API_KEY: optionalString,
  // Trust sources without a SERP key: the curated register (plus SOURCE_REGISTER_FILE's entries) and
  // Wikipedia's public APIs (`{lang}` is the article's language; empty: no Wikipedia), each candidate fetched
  // before it is offered and the result kept SOURCE_CHECK_TTL_SECONDS.
  SOURCE_FINDER_ENABLED: bool.default(true),
  SOURCE_WIKIPEDIA_URL: z
    .string()
    .trim()
    .default("https://{lang}.wikipedia.org")
    .refine(
      (v) => v === "" || URL.canParse(v.replaceAll("{lang}", "en")),
      "must be a URL with {lang}, or empty",
    ),
  SOURCE_REGISTER_FILE: optionalString,
  SOURCE_CHECK_TTL_SECONDS: int(0, 2_592_000).default(86_400),
  // The verified source ledger: every page an article cites is fetched and checked before QC judges it.
  SOURCE_LEDGER_ENABLED: bool.default(true),
  // Which JSON SERP API heavy preflight calls; SERP_API_URL defaults to that provider's endpoint.
  SERP_PROVIDER: z.enum(serpProviders).default("serper"),
  SERP_API_URL: optionalUrl,
  SERP_CACHE_TTL_SECONDS: int(0, 2_592_000).default(86_400),
  SERP_COST_PER_QUERY: z.coerce.number().min(0).max(100).default(0.001),
  PUBLISHER_URL_TEMPLATE: z
    .string()
    .default("https://{domain}/")
    .refine(
      (v) => v.includes("{domain}") && /^https?:\/\//.test(v),
      'must be an http(s) URL containing "{domain}"',
    ),
  FETCH_TIMEOUT_MS: int(100, 120_000).default(15_000),
  FETCH_MAX_BYTES: int(1_024, 50 * 1024 * 1024).default(3 * 1024 * 1024),
  FETCH_MAX_REDIRECTS: int(0, 20).default(5),
  FETCH_USER_AGENT: z.string().min(1).max(200).default("BACOWR/0.1 (+https://github.com/bacowr/bacowr)"),

  RATE_LIMIT_WINDOW_SECONDS: int(1, 86_400).default(60),
  V1_RATE_LIMIT_WINDOW_SECONDS: int(1, 86_400).default(3_600),
  V1_RATE_LIMIT_FREE: int(1, 10_000_000).default(100),
  V1_RATE_LIMIT_PRO: int(1, 10_000_000).default(1_000),
  V1_RATE_LIMIT_ENTERPRISE: int(1, 10_000_000).default(10_000),
  // The seed's tier table; Enterprise is "Custom": set it here, or per customer with PATCH /v1/users/{id}.
  TIER_CONCURRENT_JOBS_FREE: int(1, 100_000).default(5),
  TIER_CONCURRENT_JOBS_PRO: int(1, 100_000).default(20),
  TIER_CONCURRENT_JOBS_ENTERPRISE: int(1, 100_000).default(100),
  TIER_BATCH_SIZE_FREE: int(1, 10_000).default(25),
  TIER_BATCH_SIZE_PRO: int(1, 10_000).default(175),
  TIER_BATCH_SIZE_ENTERPRISE: int(1, 10_000).default(1_000),
  BRIDGE_RATE_LIMIT_DEFAULT: int(1, 1_000_000).default(60),
  BRIDGE_RATE_LIMIT_TASKS: int(1, 1_000_000).default(120),
  BRIDGE_RATE_LIMIT_RELAY: int(1, 1_000_000).default(30),
});

export type Env = z.infer<typeof envSchema>;

/**
 * Where the data lives: a PostgreSQL server, or embedded PGlite on disk or in
 * memory. `openDatabase` (@bacowr/db) takes it as it is; it is declared here so
 * reading the configuration never loads the database package.
 */
export type DatabaseConfig =
  | { kind: "postgres"; url: string; poolSize: number }
  | { kind: "pglite"; dataDir: string | "memory" };

export interface AppConfig {
  env: Env;
  database: DatabaseConfig;
  /** The worker-bridge token: `API_TOKEN`, else `APP_API_TOKEN`. */
  apiToken: string | undefined;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Parses the environment once. A bad value throws a `ConfigError` whose
 * message names the variable, for the entry point to print and exit on.
 */
export function loadConfig(
  source: Record<string, string | undefined> = process.env,
  cwd = process.cwd(),
): AppConfig {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = issue.path.join(".") || "environment";
      const raw = source[name];
      if (raw === undefined) return `${name}: ${issue.message}`;
      const shown = shownValue(name, raw);
      return `${name}: ${issue.message} (${shown === undefined ? "value not shown" : `got ${shown}`})`;
    });
    throw new ConfigError(`invalid configuration: ${lines.join("; ")}`);
  }
  const env = parsed.data;
  if (env.WEBHOOK_LEASE_SECONDS !== undefined && env.WEBHOOK_LEASE_SECONDS * 1000 <= env.WEBHOOK_TIMEOUT_MS) {
    // A lease that ends while the attempt still runs lets a second dispatcher send the same delivery.
    throw new ConfigError(
      `invalid configuration: WEBHOOK_LEASE_SECONDS: must be longer than WEBHOOK_TIMEOUT_MS (${env.WEBHOOK_TIMEOUT_MS} ms) (got ${env.WEBHOOK_LEASE_SECONDS})`,
    );
  }
  const database: DatabaseConfig = env.DATABASE_URL
    ? { kind: "postgres", url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE }
    : {
        kind: "pglite",
        dataDir: env.DATA_DIR === "memory" ? "memory" : resolve(cwd, env.DATA_DIR, "pglite"),
      };
  return { env, database, apiToken: env.API_TOKEN ?? env.APP_API_TOKEN };
}

const SECRET_NAME = /_(SECRET|PASSWORD|KEY|TOKEN)$/;

/**
 * A bad value as an error message may show it, or undefined when it must not
 * be shown: the message ends up in terminals, CI logs and crash reports. A
 * secret's value never appears, not even in part; a URL appears without its
 * password.
 */
export function shownValue(name: string, raw: string): string | undefined {
  if (SECRET_NAME.test(name)) return undefined;
  const masked = withoutPassword(raw);
  if (masked === undefined) return undefined;
  return JSON.stringify(masked.length > 60 ? `${masked.slice(0, 60)}…` : masked);
}

/** The text with a URL's password replaced by `***`; undefined when it may hold credentials that cannot be found. */
function withoutPassword(raw: string): string | undefined {
  if (!raw.includes("@")) return raw;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // Not a URL the parser accepts (a bad port, say): guessing where its password ends could leak part of it.
    return raw.includes("://") ? undefined : raw;
  }
  if (url.password === "") return raw;
  url.password = "***";
  return url.toString();
}
