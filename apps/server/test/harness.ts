import { signAccessToken } from "@bacowr/api";
import { loadConfig } from "@bacowr/config";
import { type Clock, isFinal } from "@bacowr/core";
import pg from "pg";
import { pino } from "pino";
import { type Platform, startPlatform } from "../src/platform";
import { fetchChecked } from "./contract";

export const TEST_BRIDGE_TOKEN = "test-bridge-token-0123456789";
export const TEST_JWT_SECRET = "test-jwt-secret-0123456789-0123456789-abcdef";

/**
 * The real platform on an ephemeral port. Embedded in-memory PGlite unless the
 * environment points at a real PostgreSQL (and Redis), as the second CI pass does.
 */
export async function startTestPlatform(
  overrides: Record<string, string> = {},
  options: {
    clock?: Clock;
    random?: () => number;
    ownDatabase?: boolean;
    /** Collects every log line (at trace level), for tests that check what is never logged. */
    logLines?: string[];
  } = {},
): Promise<Platform> {
  let databaseUrl = process.env.DATABASE_URL ?? "";
  let dropDatabase: (() => Promise<void>) | undefined;
  if (databaseUrl && options.ownDatabase) {
    // A suite that runs job workers gets a database of its own, so its workers never take other suites' jobs.
    ({ url: databaseUrl, drop: dropDatabase } = await createScratchDatabase(databaseUrl));
  }
  const config = loadConfig({
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    DATA_DIR: "memory",
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.REDIS_URL ?? "",
    // Each platform its own key space, so parallel suites never share rate-limit counters.
    REDIS_KEY_PREFIX: `test:${process.pid}:${Math.random().toString(36).slice(2)}:`,
    API_TOKEN: TEST_BRIDGE_TOKEN,
    JWT_SECRET: TEST_JWT_SECRET,
    WORKER_IN_PROCESS: "false",
    // Trust sources from the register and Wikipedia are found only where a suite asks (source-finder.test.ts
    // points them at fakes): elsewhere the outside world must not decide what a test's writer is offered.
    SOURCE_FINDER_ENABLED: "false",
    // Likewise the source ledger: offline, every real cited page (bls.gov in the fixture world) would be "dead".
    SOURCE_LEDGER_ENABLED: "false",
    // Suites make many calls from one IP; the rate-limit suite sets its own limits.
    BRIDGE_RATE_LIMIT_DEFAULT: "100000",
    BRIDGE_RATE_LIMIT_TASKS: "100000",
    BRIDGE_RATE_LIMIT_RELAY: "100000",
    V1_RATE_LIMIT_FREE: "100000",
    V1_RATE_LIMIT_PRO: "100000",
    ...overrides,
  });
  const lines = options.logLines;
  const logger = lines
    ? pino({ level: "trace" }, { write: (line: string) => void lines.push(line) })
    : pino({ level: config.env.LOG_LEVEL });
  const platform = await startPlatform(config, logger, options);
  await seedTokenUsers(platform);
  if (!dropDatabase) return platform;
  const drop = dropDatabase;
  const close = platform.close;
  return { ...platform, close: () => close().then(drop) };
}

async function createScratchDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `bacowr_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** A clock that starts at real time and moves only when told. */
export function manualClock() {
  let offsetMs = 0;
  return {
    now: () => new Date(Date.now() + offsetMs),
    advance(seconds: number) {
      offsetMs += seconds * 1000;
    },
  };
}

/**
 * The accounts behind `accessToken()`'s default subjects: v1 reads role and tier from the database and
 * refuses a token whose user does not exist, so each forged test token needs its user.
 */
export const TOKEN_USERS = [
  { id: "usr_admin", role: "admin" },
  { id: "usr_user", role: "user" },
  { id: "usr_test", role: "user" },
  { id: "usr_idem_admin", role: "admin" },
  { id: "usr_idem_other_admin", role: "admin" },
] as const;

async function seedTokenUsers(platform: Platform): Promise<void> {
  await platform.database.db
    .insertInto("users")
    .values(
      TOKEN_USERS.map(({ id, role }) => ({
        id,
        role,
        tier: "pro" as const,
        email: `${id}@token-users.test`,
        password_hash: "unusable",
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export function accessToken(role: "user" | "admin" = "admin", sub = `usr_${role}`) {
  return signAccessToken(
    { secret: new TextEncoder().encode(TEST_JWT_SECRET), issuer: "bacowr", audience: "bacowr-api" },
    { sub, role, tier: "pro" },
  );
}

export interface CallResult {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: test assertions read arbitrary JSON
  body: any;
}

/**
 * A JSON-over-HTTP client for one platform, as a worker or a customer would call it. Every answer is
 * checked against the server's OpenAPI document (status documented, body valid) before a test sees it.
 */
export function client(base: string, defaultHeaders: Record<string, string> = {}) {
  return async function call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<CallResult> {
    const init: RequestInit = { method, headers: { ...defaultHeaders, ...headers } };
    if (body !== undefined) {
      init.body = typeof body === "string" ? body : JSON.stringify(body);
      init.headers = { "content-type": "application/json", ...init.headers };
    }
    const answer = await fetchChecked(base, path, init);
    return {
      status: answer.status,
      headers: answer.headers,
      body: answer.text ? JSON.parse(answer.text) : undefined,
    };
  };
}

export const bridgeHeaders = { "x-api-token": TEST_BRIDGE_TOKEN, "x-worker-id": "python-worker-01" };

/** Creates a campaign and queues tasks through the operator endpoints; returns their ids. */
export async function seedTasks(
  base: string,
  tasks: { type: string; payload?: Record<string, unknown>; max_retries?: number }[],
): Promise<{ campaignId: number; taskIds: number[] }> {
  const admin = client(base, { authorization: `Bearer ${await accessToken("admin")}` });
  const campaign = await admin("POST", "/v1/campaigns", { name: `test ${Math.random()}` });
  if (campaign.status !== 201)
    throw new Error(`campaign: ${campaign.status} ${JSON.stringify(campaign.body)}`);
  const campaignId = campaign.body.data.id as number;
  const created = await admin("POST", `/v1/campaigns/${campaignId}/tasks`, { tasks });
  if (created.status !== 201) throw new Error(`tasks: ${created.status} ${JSON.stringify(created.body)}`);
  return { campaignId, taskIds: created.body.data.task_ids };
}

export const uniqueType = () => `t_${Math.random().toString(36).slice(2, 10)}`;

/** A real customer account (created by an admin, then logged in): a client with its bearer token. */
export async function newCustomer(base: string, tier: "free" | "pro" | "enterprise" = "pro") {
  const admin = client(base, { authorization: `Bearer ${await accessToken("admin")}` });
  const unique = Math.random().toString(36).slice(2, 10);
  const credentials = { email: `customer-${unique}@example.com`, password: `pw-${unique}-long-enough` };
  const created = await admin("POST", "/v1/users", { ...credentials, tier });
  if (created.status !== 201) throw new Error(`user: ${created.status} ${JSON.stringify(created.body)}`);
  const login = await client(base)("POST", "/v1/auth/login", credentials);
  const token = login.body.data.access_token as string;
  return {
    id: created.body.data.id as string,
    token,
    call: client(base, { authorization: `Bearer ${token}` }),
  };
}

/** Polls GET /v1/jobs/{id} until the job is final (or `until` says stop); returns the last body's data. */
export async function waitForJob(
  call: ReturnType<typeof client>,
  jobId: string,
  // biome-ignore lint/suspicious/noExplicitAny: test assertions read arbitrary JSON
  until: (job: any) => boolean = (job) => isFinal(job.status),
  timeoutMs = 30_000,
  // biome-ignore lint/suspicious/noExplicitAny: test assertions read arbitrary JSON
): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { status, body } = await call("GET", `/v1/jobs/${jobId}`);
    if (status !== 200) throw new Error(`GET job: ${status} ${JSON.stringify(body)}`);
    if (until(body.data)) return body.data;
    if (Date.now() > deadline)
      throw new Error(`job ${jobId} still ${body.data.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
