import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { loadConfig } from "@bacowr/config";
import { type JobRepository, type PageFetcher, type SerpClient, systemClock } from "@bacowr/core";
import { composeServices, type JobRunner, jobRunnerOptions, startJobRunner } from "@bacowr/runtime";
import { sql } from "kysely";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import { startFixtureSites } from "./fakes/fixture-sites";
import { type FakeServer, startFakeServer } from "./fakes/http-fake";
import { FAKE_ANTHROPIC_KEY, startFakeAnthropic } from "./fakes/llm-providers";
import { scriptedReply } from "./fakes/scripted-writer";
import { FAKE_SERP_KEY, startFakeSerpApi } from "./fakes/serp-api";
import { newCustomer, startTestPlatform, waitForJob } from "./harness";

// A worker dies in the middle of WRITE, after PREFLIGHT's research was checkpointed; another takes the job
// over when the dead worker's lease runs out and carries on from the checkpoint.
let platform: Platform;
let sites: Awaited<ReturnType<typeof startFixtureSites>>;
let anthropic: FakeServer;
let serp: FakeServer;
/** The model the doomed worker writes with: it never answers until released at the end. */
let stuck: FakeServer;
let releaseStuck: () => void = () => undefined;
const runners: JobRunner[] = [];
const silent = pino({ level: "silent" });

let env: Record<string, string>;
beforeAll(async () => {
  sites = await startFixtureSites();
  anthropic = await startFakeAnthropic({ reply: (prompt) => scriptedReply(prompt) });
  serp = await startFakeSerpApi();
  const released = new Promise<void>((resolve) => {
    releaseStuck = resolve;
  });
  stuck = await startFakeServer(async () => {
    await released;
    return { status: 529, body: { type: "error", error: { type: "overloaded_error", message: "gone" } } };
  });
  env = {
    ...sites.env,
    ANTHROPIC_API_KEY: FAKE_ANTHROPIC_KEY,
    ANTHROPIC_BASE_URL: anthropic.url,
    SERP_API_KEY: FAKE_SERP_KEY,
    SERP_API_URL: `${serp.url}/search`,
    // No cache to hide a second search: a repeated PREFLIGHT would reach the SERP API again.
    SERP_CACHE_TTL_SECONDS: "0",
    LLM_MAX_RETRIES: "0",
    // No runner in the server: the test decides which worker holds the job.
    WORKER_IN_PROCESS: "false",
  };
  platform = await startTestPlatform(env, { ownDatabase: true });
});
afterAll(async () => {
  releaseStuck();
  for (const runner of runners) await runner.stop();
  await platform?.close();
  await Promise.all([sites?.close(), anthropic?.close(), serp?.close(), stuck?.close()]);
});

/** `target` with every method call going through `around`, which may record it or refuse it. */
function intercept<T extends object>(target: T, around: (method: string, call: () => unknown) => unknown): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => around(String(property), () => value.apply(object, args));
    },
  });
}

/**
 * The job store as a process that can be killed sees it: once killed, nothing it asks of the
 * database happens any more (no heartbeat, no release, no outcome), as after SIGKILL.
 */
function killable(jobs: JobRepository) {
  let dead = false;
  const port = intercept(jobs, (_method, call) =>
    dead ? Promise.reject(new Error("the worker process is gone")) : call(),
  );
  return { port, kill: () => (dead = true) };
}

/** `target` counting the calls of one method. */
function counting<T extends object>(target: T, method: keyof T & string) {
  let calls = 0;
  const port = intercept(target, (name, call) => {
    if (name === method) calls++;
    return call();
  });
  return { port, calls: () => calls };
}

describe("a job whose worker died", () => {
  it("resumes from its checkpoint on another worker, without running finished stages again", async () => {
    const customer = await newCustomer(platform.url);
    // The doomed worker: its own services (its model never answers), a 2 s lease it renews every second.
    const doomedServices = composeServices({
      config: loadConfig({ ...env, DATA_DIR: "memory", ANTHROPIC_BASE_URL: stuck.url }),
      database: platform.database,
      clock: systemClock,
      encryptionKey: randomBytes(32),
      logger: silent,
    });
    const doomedJobs = killable(doomedServices.pipeline.jobs);
    const doomed = startJobRunner({
      ...jobRunnerOptions(loadConfig({ ...env, DATA_DIR: "memory" }), doomedServices, silent),
      pipeline: { ...doomedServices.pipeline, jobs: doomedJobs.port },
      concurrency: 1,
      pollIntervalMs: 50,
      leaseSeconds: 2,
      heartbeatSeconds: 1,
      drainTimeoutMs: 0,
    });
    runners.push(doomed);

    const created = await customer.call("POST", "/v1/jobs", {
      publisher_domain: "worklife.example",
      target_url: `${sites.base}/product`,
      anchor_text: "deadline tracking tools",
      options: { strategy: "single_stage", preflight_mode: "heavy" },
    });
    expect(created.status).toBe(201);
    const id = created.body.data.job_id as string;

    // Killed mid-WRITE: PREFLIGHT's research is saved and the model call is in flight.
    await waitForJob(customer.call, id, (job) => job.status === "WRITE");
    await expect.poll(() => stuck.requests.length, { timeout: 10_000 }).toBe(1);
    const checkpointed = await platform.database.db
      .selectFrom("jobs")
      .select(["checkpoint", "locked_by", "attempts"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(checkpointed.locked_by).toBe(doomed.workerId);
    expect(checkpointed.attempts).toBe(1);
    expect(JSON.stringify(checkpointed.checkpoint)).toContain('"research"');
    expect(serp.requests).toHaveLength(1);
    doomedJobs.kill();

    // The survivor counts what it fetches and searches: resuming must need neither.
    const pipeline = platform.services.pipeline;
    const research = pipeline.research;
    if (!research) throw new Error("SERP research is configured for this suite");
    const fetches = counting<PageFetcher>(pipeline.fetcher, "fetch");
    const searches = counting<SerpClient>(research.serp, "search");
    const survivor = startJobRunner({
      ...jobRunnerOptions(loadConfig({ ...env, DATA_DIR: "memory" }), platform.services, silent),
      pipeline: { ...pipeline, fetcher: fetches.port, research: { ...research, serp: searches.port } },
      pollIntervalMs: 100,
    });
    runners.push(survivor);

    const job = await waitForJob(customer.call, id);
    expect(job.status).toBe("DELIVER");
    const states: string[] = job.state_history.map((s: { state: string }) => s.state);
    expect(states.filter((s) => s === "PREFLIGHT")).toHaveLength(1);
    expect(states.slice(0, 3)).toEqual(["RECEIVE", "PREFLIGHT", "WRITE"]);
    expect(states.at(-1)).toBe("DELIVER");
    expect(fetches.calls()).toBe(0);
    expect(searches.calls()).toBe(0);
    expect(serp.requests).toHaveLength(1);
    // The research is the one the dead worker paid for; the survivor wrote the article.
    expect(job.cost.serp).toBeGreaterThan(0);
    expect(anthropic.requests.length).toBeGreaterThanOrEqual(1);
    const finished = await platform.database.db
      .selectFrom("jobs")
      .select(["locked_by", "attempts"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(finished).toEqual({ locked_by: survivor.workerId, attempts: 2 });
    expect(stuck.requests).toHaveLength(1);
  }, 60_000);
});

const databaseUrl = process.env.DATABASE_URL;

/** A standalone `bacowr-worker` process (apps/worker) with its output kept for failure messages. */
function spawnWorker(env: Record<string, string>) {
  let log = "";
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", fileURLToPath(new URL("../../worker/src/main.ts", import.meta.url))],
    {
      cwd: fileURLToPath(new URL("..", import.meta.url)),
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout?.on("data", (d) => {
    log += d;
  });
  child.stderr?.on("data", (d) => {
    log += d;
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, exit, log: () => log };
}

// The same story with a real process killed: SIGKILL leaves no chance to release the lease or say goodbye,
// only the database and the checkpoint saved in it. PGlite lives inside one process, so only PostgreSQL can.
describe.skipIf(!databaseUrl)(
  `a job whose worker process was killed${databaseUrl ? "" : " (skipped: needs DATABASE_URL, PGlite is one process)"}`,
  () => {
    let server: Platform;
    let pages: Awaited<ReturnType<typeof startFixtureSites>>;
    let searchApi: FakeServer;
    let writer: FakeServer;
    let hung: FakeServer;
    let releaseHung: () => void = () => undefined;
    const workers: ReturnType<typeof spawnWorker>[] = [];
    let workerEnv: Record<string, string>;

    beforeAll(async () => {
      pages = await startFixtureSites();
      searchApi = await startFakeSerpApi();
      writer = await startFakeAnthropic({ reply: (prompt) => scriptedReply(prompt) });
      const released = new Promise<void>((resolve) => {
        releaseHung = resolve;
      });
      hung = await startFakeServer(async () => {
        await released;
        return { status: 529, body: { type: "error", error: { type: "overloaded_error", message: "gone" } } };
      });
      const shared = {
        ...pages.env,
        ANTHROPIC_API_KEY: FAKE_ANTHROPIC_KEY,
        SERP_API_KEY: FAKE_SERP_KEY,
        SERP_API_URL: `${searchApi.url}/search`,
        // No cache to hide a second search: a repeated PREFLIGHT would reach the SERP API again.
        SERP_CACHE_TTL_SECONDS: "0",
        LLM_MAX_RETRIES: "0",
        REDIS_URL: "",
      };
      server = await startTestPlatform(
        { ...shared, ANTHROPIC_BASE_URL: writer.url, WORKER_IN_PROCESS: "false" },
        { ownDatabase: true },
      );
      const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(
        server.database.db,
      );
      const url = new URL(databaseUrl ?? "");
      url.pathname = `/${rows[0]?.name}`;
      workerEnv = {
        ...shared,
        DATABASE_URL: url.toString(),
        DATA_DIR: "memory",
        LOG_LEVEL: "info",
        WORKER_CONCURRENCY: "1",
        WORKER_POLL_INTERVAL_MS: "100",
        // The shortest lease configuration allows, renewed every second: a dead worker's job is free within 5 s.
        JOB_LEASE_SECONDS: "5",
        JOB_HEARTBEAT_SECONDS: "1",
      };
    }, 30_000);
    afterAll(async () => {
      releaseHung();
      for (const worker of workers) {
        if (worker.child.exitCode === null && worker.child.signalCode === null) {
          worker.child.kill("SIGTERM");
          await worker.exit;
        }
      }
      await server?.close();
      await Promise.all([pages?.close(), searchApi?.close(), writer?.close(), hung?.close()]);
    });

    it("resumes on a new worker process from the checkpoint, without running finished stages again", async () => {
      const customer = await newCustomer(server.url);
      // The doomed worker writes with a model that never answers: it sits in WRITE until killed.
      const doomed = spawnWorker({ ...workerEnv, ANTHROPIC_BASE_URL: hung.url });
      workers.push(doomed);
      const created = await customer.call("POST", "/v1/jobs", {
        publisher_domain: "worklife.example",
        target_url: `${pages.base}/product`,
        anchor_text: "deadline tracking tools",
        options: { strategy: "single_stage", preflight_mode: "heavy" },
      });
      expect(created.status).toBe(201);
      const id = created.body.data.job_id as string;

      await waitForJob(customer.call, id, (job) => job.status === "WRITE").catch((error: Error) => {
        throw new Error(`${error.message}; worker log:\n${doomed.log()}`);
      });
      await expect.poll(() => hung.requests.length, { timeout: 10_000 }).toBe(1);
      const checkpointed = await server.database.db
        .selectFrom("jobs")
        .select(["checkpoint", "locked_by", "attempts"])
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      expect(checkpointed.locked_by).toContain(`:${doomed.child.pid}:`);
      expect(checkpointed.attempts).toBe(1);
      expect(JSON.stringify(checkpointed.checkpoint)).toContain('"research"');
      expect(searchApi.requests).toHaveLength(1);
      const pagesFetched = pages.requests.length;
      expect(pagesFetched).toBeGreaterThan(0);

      doomed.child.kill("SIGKILL");
      expect(await doomed.exit).toEqual({ code: null, signal: "SIGKILL" });

      // The survivor's model answers; it may claim the job only once the dead worker's lease has run out.
      const survivor = spawnWorker({ ...workerEnv, ANTHROPIC_BASE_URL: writer.url });
      workers.push(survivor);
      const job = await waitForJob(customer.call, id, undefined, 60_000).catch((error: Error) => {
        throw new Error(`${error.message}; survivor log:\n${survivor.log()}`);
      });
      expect(job.status).toBe("DELIVER");
      const states: string[] = job.state_history.map((s: { state: string }) => s.state);
      expect(states.filter((s) => s === "PREFLIGHT")).toHaveLength(1);
      expect(states.slice(0, 3)).toEqual(["RECEIVE", "PREFLIGHT", "WRITE"]);
      expect(states.at(-1)).toBe("DELIVER");
      // Nothing researched again: no search, no page fetched by the survivor.
      expect(searchApi.requests).toHaveLength(1);
      expect(pages.requests).toHaveLength(pagesFetched);
      expect(job.cost.serp).toBeGreaterThan(0);
      expect(writer.requests.length).toBeGreaterThanOrEqual(1);
      expect(hung.requests).toHaveLength(1);
      const finished = await server.database.db
        .selectFrom("jobs")
        .select(["locked_by", "attempts"])
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      expect(finished.locked_by).toContain(`:${survivor.child.pid}:`);
      expect(finished.attempts).toBe(2);

      survivor.child.kill("SIGTERM");
      expect((await survivor.exit).code).toBe(0);
    }, 120_000);
  },
);
