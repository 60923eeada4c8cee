import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { loadConfig } from "@bacowr/config";
import { jobRunnerOptions, startJobRunner } from "@bacowr/runtime";
import { sql } from "kysely";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import { startFixtureSites } from "./fakes/fixture-sites";
import type { FakeServer } from "./fakes/http-fake";
import { FAKE_ANTHROPIC_KEY, startFakeAnthropic } from "./fakes/llm-providers";
import { scriptedReply } from "./fakes/scripted-writer";
import { FAKE_SERP_KEY, startFakeSerpApi } from "./fakes/serp-api";
import { newCustomer, startTestPlatform, waitForJob } from "./harness";

// Two job runners on one database (the platform's own and a second "process"), and a SERP API that is down.
let platform: Platform;
let sites: Awaited<ReturnType<typeof startFixtureSites>>;
let anthropic: FakeServer;
let serp: FakeServer;
let second: ReturnType<typeof startJobRunner>;
let customer: Awaited<ReturnType<typeof newCustomer>>;

beforeAll(async () => {
  sites = await startFixtureSites();
  anthropic = await startFakeAnthropic({ reply: (prompt) => scriptedReply(prompt), delayMs: 50 });
  serp = await startFakeSerpApi({ failWith: 502 });
  const env = {
    ...sites.env,
    ANTHROPIC_API_KEY: FAKE_ANTHROPIC_KEY,
    ANTHROPIC_BASE_URL: anthropic.url,
    SERP_API_KEY: FAKE_SERP_KEY,
    SERP_API_URL: `${serp.url}/search`,
    WORKER_IN_PROCESS: "true",
    WORKER_POLL_INTERVAL_MS: "50",
    WORKER_CONCURRENCY: "3",
    JOB_MAX_ATTEMPTS: "2",
    JOB_RETRY_BASE_SECONDS: "0",
  };
  platform = await startTestPlatform(env, { ownDatabase: true });
  const logger = pino({ level: "silent" });
  second = startJobRunner(
    jobRunnerOptions(loadConfig({ ...env, DATA_DIR: "memory" }), platform.services, logger),
  );
  customer = await newCustomer(platform.url);
});
afterAll(async () => {
  await second?.stop();
  await platform?.close();
  await Promise.all([sites?.close(), anthropic?.close(), serp?.close()]);
});

const order = (anchor: string, options: Record<string, unknown>) => ({
  publisher_domain: "worklife.example",
  target_url: `${sites.base}/product`,
  anchor_text: anchor,
  options,
});

describe("job workers", () => {
  it("share the queue: every job runs once, on one of the two runners", async () => {
    const before = anthropic.requests.length;
    const ids = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const created = await customer.call(
          "POST",
          "/v1/jobs",
          order(`shared queue tools ${i}`, { preflight_mode: "light" }),
        );
        expect(created.status).toBe(201);
        return created.body.data.job_id as string;
      }),
    );
    const finished = await Promise.all(ids.map((id) => waitForJob(customer.call, id)));
    expect(finished.map((job) => job.status)).toEqual(ids.map(() => "DELIVER"));
    // Three writing calls per job (outline, draft, polish), never more: no job was run twice.
    expect(anthropic.requests.length - before).toBe(ids.length * 3);
    const rows = await platform.database.db
      .selectFrom("jobs")
      .select(["locked_by", "attempts"])
      .where("id", "in", ids)
      .execute();
    expect(rows.every((r) => r.attempts === 1)).toBe(true);
    expect(new Set(rows.map((r) => r.locked_by)).size).toBe(2);
  });

  it("records SERP_API_ERROR when the SERP API keeps failing", async () => {
    const created = await customer.call(
      "POST",
      "/v1/jobs",
      order("serp down tools", { preflight_mode: "heavy" }),
    );
    const job = await waitForJob(customer.call, created.body.data.job_id);
    expect(job.status).toBe("ERROR");
    expect(job.error.code).toBe("SERP_API_ERROR");
    expect(job.error.message).toMatch(/502/);
    expect(job.cost.serp).toBe(0);
  });
});

const databaseUrl = process.env.DATABASE_URL;

// Without Redis, a separate worker process hears of new jobs through PostgreSQL NOTIFY; PGlite has no other process.
describe.skipIf(!databaseUrl)(
  `a worker process on PostgreSQL without Redis${databaseUrl ? "" : " (skipped: needs DATABASE_URL)"}`,
  () => {
    let server: Platform;
    let worker: ChildProcess;
    let workerExit: Promise<number | null>;
    let workerLog = "";

    beforeAll(async () => {
      server = await startTestPlatform(
        {
          ...sites.env,
          ANTHROPIC_API_KEY: FAKE_ANTHROPIC_KEY,
          ANTHROPIC_BASE_URL: anthropic.url,
          REDIS_URL: "",
          WORKER_IN_PROCESS: "false",
        },
        { ownDatabase: true },
      );
      const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(
        server.database.db,
      );
      const url = new URL(databaseUrl ?? "");
      url.pathname = `/${rows[0]?.name}`;
      worker = spawn(
        process.execPath,
        ["--import", "tsx", fileURLToPath(new URL("../../worker/src/main.ts", import.meta.url))],
        {
          cwd: fileURLToPath(new URL("..", import.meta.url)),
          env: {
            PATH: process.env.PATH ?? "",
            HOME: process.env.HOME ?? "",
            ...sites.env,
            DATABASE_URL: url.toString(),
            DATA_DIR: "memory",
            LOG_LEVEL: "info",
            ANTHROPIC_API_KEY: FAKE_ANTHROPIC_KEY,
            ANTHROPIC_BASE_URL: anthropic.url,
            // A poll a minute away: only the announcement can start the job within the second the test allows.
            WORKER_POLL_INTERVAL_MS: "60000",
          },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      worker.stdout?.on("data", (d) => {
        workerLog += d;
      });
      worker.stderr?.on("data", (d) => {
        workerLog += d;
      });
      workerExit = new Promise((resolve) => worker.on("exit", (code) => resolve(code)));
      // Ready once its listening connection has said LISTEN (its first claims, finding nothing, are behind it).
      for (const deadline = Date.now() + 20_000; ; ) {
        if (worker.exitCode !== null) throw new Error(`the worker exited: ${workerLog}`);
        const listening = await sql<{ n: number }>`
          select count(*)::int as n from pg_stat_activity
          where datname = current_database() and query = 'LISTEN "bacowr:jobs:created"'`.execute(
          server.database.db,
        );
        if (listening.rows[0]?.n === 1) break;
        if (Date.now() > deadline) throw new Error(`the worker never listened: ${workerLog}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }, 30_000);
    afterAll(async () => {
      if (worker && worker.exitCode === null) {
        worker.kill("SIGTERM");
        await workerExit;
      }
      await server?.close();
    });

    it("starts a new job within a second, not at its next poll", async () => {
      const owner = await newCustomer(server.url);
      const createdAt = Date.now();
      const created = await owner.call(
        "POST",
        "/v1/jobs",
        order("announced planning tools", { preflight_mode: "light" }),
      );
      expect(created.status).toBe(201);
      const id = created.body.data.job_id as string;
      await expect
        .poll(
          async () => {
            const row = await server.database.db
              .selectFrom("jobs")
              .select("locked_by")
              .where("id", "=", id)
              .executeTakeFirstOrThrow();
            return row.locked_by;
          },
          { timeout: 1_000, interval: 20 },
        )
        .toMatch(/\S/);
      expect(Date.now() - createdAt).toBeLessThan(1_000);
      const job = await waitForJob(owner.call, id);
      expect(job.status).toBe("DELIVER");
      // The standalone worker ran it: the server has no job runner of its own here.
      expect(server.jobRunner).toBeUndefined();
      worker.kill("SIGTERM");
      expect(await workerExit).toBe(0);
    });
  },
);
