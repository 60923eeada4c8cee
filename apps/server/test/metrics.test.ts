import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { isFinal, systemClock } from "@bacowr/core";
import { createPlatformMetrics, serveMetrics } from "@bacowr/runtime";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import { startFixtureSites } from "./fakes/fixture-sites";
import type { FakeServer } from "./fakes/http-fake";
import { FAKE_ANTHROPIC_KEY, startFakeAnthropic } from "./fakes/llm-providers";
import { modeByAnchor } from "./fakes/scripted-writer";
import { startWebhookReceiver } from "./fakes/webhook-receiver";
import {
  bridgeHeaders,
  client,
  manualClock,
  newCustomer,
  seedTasks,
  startTestPlatform,
  uniqueType,
  waitForJob,
} from "./harness";

const METRICS_TOKEN = "metrics-token-0123456789abcdef";

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The Prometheus text exposition format, sample lines only (comments skipped). */
function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const match = line.match(/^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/);
    if (!match?.[1] || match[3] === undefined) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const pair of (match[2] ?? "").matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) {
      labels[pair[1] ?? ""] = (pair[2] ?? "").replace(/\\(.)/g, (_, c: string) => (c === "n" ? "\n" : c));
    }
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

/** The value of the one series with this name and (at least) these labels; undefined if none. */
function value(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples.filter(
    (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  );
  if (found.length > 1) throw new Error(`${name} ${JSON.stringify(labels)} names ${found.length} series`);
  return found[0]?.value;
}

async function scrape(base: string, token?: string): Promise<Sample[]> {
  const url = base.endsWith("/metrics") ? base : `${base}/metrics`;
  const answer = await fetch(url, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  expect(answer.status).toBe(200);
  expect(answer.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseMetrics(await answer.text());
}

describe("GET /metrics after real traffic", () => {
  let platform: Platform;
  let sites: Awaited<ReturnType<typeof startFixtureSites>>;
  let anthropic: FakeServer;
  // Real time, stepped past the scrape cache (2 s) where a test must see the database's latest figures.
  const clock = manualClock();

  beforeAll(async () => {
    sites = await startFixtureSites();
    anthropic = await startFakeAnthropic({ reply: modeByAnchor({}) });
    platform = await startTestPlatform(
      {
        ...sites.env,
        ANTHROPIC_API_KEY: FAKE_ANTHROPIC_KEY,
        ANTHROPIC_BASE_URL: anthropic.url,
        LLM_MAX_RETRIES: "0",
        WORKER_IN_PROCESS: "true",
        WORKER_POLL_INTERVAL_MS: "100",
        V1_RATE_LIMIT_FREE: "2",
        BRIDGE_RATE_LIMIT_DEFAULT: "2",
        METRICS_TOKEN,
      },
      { ownDatabase: true, clock },
    );
  });
  afterAll(async () => {
    await platform?.close();
    await Promise.all([sites?.close(), anthropic?.close()]);
  });

  it("is refused without the token or with a wrong one, in constant shape", async () => {
    const none = await fetch(`${platform.url}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toBe('Bearer realm="metrics"');
    expect(await none.json()).toEqual({ error: "Unauthorized" });
    for (const authorization of [
      `Bearer ${METRICS_TOKEN}x`,
      `Bearer ${METRICS_TOKEN.slice(0, -1)}`,
      `Basic ${METRICS_TOKEN}`,
      METRICS_TOKEN,
    ]) {
      const wrong = await fetch(`${platform.url}/metrics`, { headers: { authorization } });
      expect(wrong.status, authorization).toBe(401);
    }
    // Not part of either face, nor of their OpenAPI document.
    const doc = (await (await fetch(`${platform.url}/openapi.json`)).json()) as { paths: object };
    expect(Object.keys(doc.paths).filter((path) => path.includes("metrics"))).toEqual([]);
  });

  it("counts requests by route pattern and status, times them, and counts rate-limit refusals", async () => {
    const before = await scrape(platform.url, METRICS_TOKEN);
    const pro = await newCustomer(platform.url, "pro");
    const free = await newCustomer(platform.url, "free");

    const missing = await pro.call("GET", "/v1/jobs/job_doesnotexist0000000000000");
    expect(missing.status).toBe(404);
    const unknown = await fetch(`${platform.url}/v1/no-such-thing/job_secret123`);
    expect(unknown.status).toBe(404);
    for (let i = 0; i < 2; i++) expect((await free.call("GET", "/v1/jobs")).status).toBe(200);
    expect((await free.call("GET", "/v1/jobs")).status).toBe(429);
    const bridge = client(platform.url, bridgeHeaders);
    for (let i = 0; i < 2; i++) expect((await bridge("GET", "/api/meta/version")).status).toBe(200);
    expect((await bridge("GET", "/api/meta/version")).status).toBe(429);

    const after = await scrape(platform.url, METRICS_TOKEN);
    const requests = (route: string, status: string, samples = after) =>
      value(samples, "bacowr_http_requests_total", { method: "GET", route, status_code: status }) ?? 0;
    expect(requests("/v1/jobs/{job_id}", "404")).toBe(requests("/v1/jobs/{job_id}", "404", before) + 1);
    expect(requests("/v1/jobs", "200")).toBe(requests("/v1/jobs", "200", before) + 2);
    expect(requests("/v1/jobs", "429")).toBe(1);
    expect(requests("/api/meta/version", "429")).toBe(1);
    expect(requests("unmatched", "404")).toBe(requests("unmatched", "404", before) + 1);
    // The first scrape itself was answered and counted before the second one read the counters.
    expect(requests("/metrics", "200")).toBeGreaterThanOrEqual(1);
    expect(
      value(after, "bacowr_http_requests_total", { method: "POST", route: "/v1/users", status_code: "201" }),
    ).toBe(2);

    // A latency histogram per series: buckets up to +Inf that agree with the counter.
    const histogram = { method: "GET", route: "/v1/jobs", status_code: "200" };
    const count = value(after, "bacowr_http_request_duration_seconds_count", histogram);
    expect(count).toBe(requests("/v1/jobs", "200"));
    expect(value(after, "bacowr_http_request_duration_seconds_bucket", { ...histogram, le: "+Inf" })).toBe(
      count,
    );
    expect(value(after, "bacowr_http_request_duration_seconds_sum", histogram)).toBeGreaterThan(0);

    expect(value(after, "bacowr_rate_limit_refusals_total", { face: "v1", bucket: "free" })).toBe(1);
    expect(value(after, "bacowr_rate_limit_refusals_total", { face: "bridge", bucket: "default" })).toBe(1);

    // Route labels are patterns: no ids, nothing a client typed into a path.
    const routes = new Set(after.flatMap((s) => (s.labels.route === undefined ? [] : [s.labels.route])));
    for (const route of routes) {
      expect(route).not.toMatch(/(job|usr)_[a-z0-9]{8,}|secret|no-such-thing/);
    }
    expect(routes).toContain("/v1/users");
  });

  it("reports a job's stages, its LLM tokens and cost, the jobs by state and the process", async () => {
    const customer = await newCustomer(platform.url, "pro");
    const created = await customer.call("POST", "/v1/jobs", {
      publisher_domain: "worklife.example",
      target_url: `${sites.base}/product`,
      anchor_text: "best project management tools",
      options: { preflight_mode: "light" },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const job = await waitForJob(customer.call, created.body.data.job_id, (j) => isFinal(j.status));
    expect(["DELIVER", "BLOCKED"]).toContain(job.status);
    // The bridge's relay is priced and counted too, under its own source.
    const relay = await client(platform.url, bridgeHeaders)("POST", "/api/llm/generate", {
      prompt: "Hello",
      options: { model: "claude-haiku-4-5" },
    });
    expect(relay.status).toBe(200);

    clock.advance(3);
    const samples = await scrape(platform.url, METRICS_TOKEN);
    for (const stage of ["PREFLIGHT", "WRITE", "QC"]) {
      expect(
        value(samples, "bacowr_job_stage_duration_seconds_count", { stage }),
        stage,
      ).toBeGreaterThanOrEqual(1);
    }
    // The stage a job was claimed in (its queue wait) is not a stage duration; final states are never left.
    expect(value(samples, "bacowr_job_stage_duration_seconds_count", { stage: "RECEIVE" })).toBeUndefined();
    expect(value(samples, "bacowr_job_stage_duration_seconds_count", { stage: job.status })).toBeUndefined();
    expect(value(samples, "bacowr_jobs_finished_total", { status: job.status })).toBe(1);

    const jobTokens = (direction: string) =>
      value(samples, "bacowr_llm_tokens_total", { provider: "anthropic", direction, source: "job" });
    expect(jobTokens("input")).toBeGreaterThan(0);
    expect(jobTokens("output")).toBeGreaterThan(0);
    expect(value(samples, "bacowr_llm_calls_total", { provider: "anthropic", source: "job" })).toBe(
      anthropic.requests.length - 1,
    );
    // Exactly what the job was charged for its writing.
    expect(value(samples, "bacowr_llm_cost_usd_total", { provider: "anthropic", source: "job" })).toBeCloseTo(
      job.cost.llm,
      9,
    );
    expect(value(samples, "bacowr_llm_calls_total", { provider: "anthropic", source: "bridge" })).toBe(1);
    expect(
      value(samples, "bacowr_llm_tokens_total", {
        provider: "anthropic",
        direction: "output",
        source: "bridge",
      }),
    ).toBeGreaterThan(0);

    // Read from the database at scrape time: every state present, this job's among them.
    const states = samples.filter((s) => s.name === "bacowr_jobs").map((s) => s.labels.state);
    expect(states.sort()).toEqual(
      ["BLOCKED", "CANCELLED", "DELIVER", "ERROR", "PREFLIGHT", "QC", "RECEIVE", "RESCUE", "WRITE"].sort(),
    );
    expect(value(samples, "bacowr_jobs", { state: job.status })).toBeGreaterThanOrEqual(1);
    expect(value(samples, "bacowr_database_metrics_up")).toBe(1);
    expect(value(samples, "bacowr_job_queue_depth")).toBe(0);

    // prom-client's default process metrics, under their usual names.
    expect(value(samples, "process_cpu_user_seconds_total")).toBeGreaterThan(0);
    expect(value(samples, "nodejs_heap_size_used_bytes")).toBeGreaterThan(0);
  });

  it("counts webhook attempts by outcome and event, times them, and reads the outbox by status", async () => {
    // The dispatcher runs in this process (WORKER_IN_PROCESS=true), so its attempt counters are served here.
    const good = await startWebhookReceiver();
    const bad = await startWebhookReceiver();
    bad.answerWith(500);
    try {
      const customer = await newCustomer(platform.url, "pro");
      const hook = async (url: string) => {
        const created = await customer.call("POST", "/v1/webhooks", { url, events: ["job.completed"] });
        expect(created.status, JSON.stringify(created.body)).toBe(201);
        return created.body.data.webhook_id as string;
      };
      const goodId = await hook(good.url);
      const badId = await hook(bad.url);
      expect((await customer.call("POST", `/v1/webhooks/${goodId}/test`)).status).toBe(202);
      expect((await customer.call("POST", `/v1/webhooks/${badId}/test`)).status).toBe(202);
      await good.waitForDelivered(1);
      const deadline = Date.now() + 10_000;
      while (bad.received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(bad.received.length).toBe(1);
      // The failed attempt's record is written after the receiver answered: wait for it before scraping.
      for (;;) {
        const log = await customer.call("GET", `/v1/webhooks/${badId}/deliveries`);
        if (log.body.data.deliveries[0]?.attempt_log.length) break;
        if (Date.now() > deadline) throw new Error("the failed attempt was never recorded");
        await new Promise((r) => setTimeout(r, 20));
      }

      clock.advance(3);
      const samples = await scrape(platform.url, METRICS_TOKEN);
      expect(
        value(samples, "bacowr_webhook_deliveries_total", { outcome: "delivered", event: "ping" }),
      ).toBeGreaterThanOrEqual(1);
      expect(
        value(samples, "bacowr_webhook_deliveries_total", { outcome: "retry", event: "ping" }),
      ).toBeGreaterThanOrEqual(1);
      expect(
        value(samples, "bacowr_webhook_attempt_duration_seconds_count", { outcome: "delivered" }),
      ).toBeGreaterThanOrEqual(1);
      expect(
        value(samples, "bacowr_webhook_attempt_duration_seconds_sum", { outcome: "delivered" }),
      ).toBeGreaterThanOrEqual(0);
      // The outbox as the database sees it: the ping to the failing receiver waits for its retry.
      expect(value(samples, "bacowr_webhook_deliveries", { status: "delivered" })).toBeGreaterThanOrEqual(1);
      expect(value(samples, "bacowr_webhook_deliveries", { status: "pending" })).toBeGreaterThanOrEqual(1);
      expect(value(samples, "bacowr_webhook_deliveries", { status: "dead" })).toBe(0);
      expect(value(samples, "bacowr_webhook_outbox_oldest_due_seconds")).toBeGreaterThanOrEqual(0);
    } finally {
      await Promise.all([good.close(), bad.close()]);
    }
  });
});

describe("GET /metrics without a token, and the queue as the database sees it", () => {
  let platform: Platform;
  // Frozen unless told: the scrape cache and the queue's ages are read on this clock.
  const start = Date.now();
  let offsetMs = 0;
  const clock = { now: () => new Date(start + offsetMs) };

  beforeAll(async () => {
    // No job runner here: jobs stay queued (the key only lets them be accepted; no model is ever called).
    // A database of its own on PostgreSQL: the counts below are of this suite's jobs and tasks only.
    platform = await startTestPlatform(
      { ANTHROPIC_API_KEY: FAKE_ANTHROPIC_KEY },
      { clock, ownDatabase: true },
    );
  });
  afterAll(() => platform?.close());

  it("is open when METRICS_TOKEN is unset, and reads jobs, queue and bridge tasks from the database", async () => {
    const first = await scrape(platform.url);
    expect(value(first, "bacowr_job_queue_depth")).toBe(0);
    expect(value(first, "bacowr_job_queue_oldest_waiting_seconds")).toBe(0);

    const customer = await newCustomer(platform.url, "pro");
    for (let i = 0; i < 2; i++) {
      const created = await customer.call("POST", "/v1/jobs", {
        publisher_domain: "worklife.example",
        target_url: "https://example.com/product",
        anchor_text: `queued ${i}`,
        options: { preflight_mode: "light" },
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
    }
    const type = uniqueType();
    const { taskIds } = await seedTasks(platform.url, [{ type }, { type }, { type }]);
    const locked = await client(platform.url, bridgeHeaders)("POST", `/api/tasks/${taskIds[0]}/lock`, {});
    expect(locked.status, JSON.stringify(locked.body)).toBe(200);

    // Within the cache window a scrape serves the last read: the database is not asked again.
    const cached = await scrape(platform.url);
    expect(value(cached, "bacowr_job_queue_depth")).toBe(0);

    offsetMs += 90_000;
    const later = await scrape(platform.url);
    expect(value(later, "bacowr_job_queue_depth")).toBe(2);
    expect(value(later, "bacowr_jobs", { state: "RECEIVE" })).toBe(2);
    expect(value(later, "bacowr_job_queue_oldest_waiting_seconds")).toBe(90);
    expect(value(later, "bacowr_bridge_tasks", { status: "pending" })).toBe(2);
    expect(value(later, "bacowr_bridge_tasks", { status: "running" })).toBe(1);
    expect(value(later, "bacowr_bridge_tasks", { status: "failed" })).toBe(0);
  });
});

describe("a process without an HTTP server (the standalone worker) serving its metrics", () => {
  it("serves its registry at /metrics only, behind the same token", async () => {
    const metrics = createPlatformMetrics({ clock: systemClock, processMetrics: false });
    metrics.observer.llmUsage?.({
      source: "job",
      job_id: "job_x",
      campaign_id: null,
      worker_id: null,
      provider: "openai",
      model: "gpt-4o-mini",
      input_tokens: 120,
      output_tokens: 30,
      cost: 0.5,
    });
    metrics.observer.jobStageFinished?.("WRITE", 12);
    const served = await serveMetrics({
      registry: metrics.registry,
      host: "127.0.0.1",
      port: 0,
      token: METRICS_TOKEN,
    });
    try {
      expect((await fetch(served.url)).status).toBe(401);
      const wrong = await fetch(served.url, { headers: { authorization: "Bearer nope" } });
      expect(wrong.status).toBe(401);
      expect((await fetch(served.url.replace("/metrics", "/healthz"))).status).toBe(404);
      const samples = await scrape(served.url, METRICS_TOKEN);
      const labels = { provider: "openai", source: "job" };
      expect(value(samples, "bacowr_llm_tokens_total", { ...labels, direction: "input" })).toBe(120);
      expect(value(samples, "bacowr_llm_tokens_total", { ...labels, direction: "output" })).toBe(30);
      expect(value(samples, "bacowr_llm_cost_usd_total", labels)).toBe(0.5);
      expect(value(samples, "bacowr_job_stage_duration_seconds_sum", { stage: "WRITE" })).toBe(12);
      expect(value(samples, "bacowr_job_stage_duration_seconds_bucket", { stage: "WRITE", le: "10" })).toBe(
        0,
      );
      expect(value(samples, "bacowr_job_stage_duration_seconds_bucket", { stage: "WRITE", le: "30" })).toBe(
        1,
      );
      // Without a database source there are no database gauges to report twice.
      expect(samples.some((s) => s.name === "bacowr_jobs" || s.name === "bacowr_job_queue_depth")).toBe(
        false,
      );
    } finally {
      await served.close();
    }
  });
});

describe("database gauges when the database does not answer", () => {
  it("still answers the scrape, says the read failed and serves no stale figures", async () => {
    let fail = false;
    let reads = 0;
    let nowMs = Date.now();
    const metrics = createPlatformMetrics({
      clock: { now: () => new Date(nowMs) },
      processMetrics: false,
      source: {
        async read() {
          reads++;
          if (fail) throw new Error("connection refused");
          return {
            jobsByState: { RECEIVE: 3 },
            queueDepth: 3,
            oldestWaitingSeconds: 12,
            bridgeTasksByStatus: {},
            webhookDeliveriesByStatus: {},
            webhookOldestDueSeconds: 0,
          };
        },
      },
    });
    const ok = parseMetrics(await metrics.registry.metrics());
    expect(value(ok, "bacowr_database_metrics_up")).toBe(1);
    expect(value(ok, "bacowr_jobs", { state: "RECEIVE" })).toBe(3);
    expect(value(ok, "bacowr_job_queue_oldest_waiting_seconds")).toBe(12);
    // One read served every gauge of the scrape.
    expect(reads).toBe(1);

    fail = true;
    nowMs += 5_000;
    const failed = parseMetrics(await metrics.registry.metrics());
    expect(reads).toBe(2);
    expect(value(failed, "bacowr_database_metrics_up")).toBe(0);
    expect(value(failed, "bacowr_jobs", { state: "RECEIVE" })).toBeUndefined();
    expect(value(failed, "bacowr_job_queue_depth")).toBe(0);
  });
});

const databaseUrl = process.env.DATABASE_URL;

// A separate worker process needs a shared PostgreSQL: with PGlite the server runs the only job runner.
describe.skipIf(!databaseUrl)(
  `the standalone worker's METRICS_PORT${databaseUrl ? "" : " (skipped: needs DATABASE_URL)"}`,
  () => {
    let server: Platform;
    let worker: ChildProcess;
    let workerExit: Promise<number | null>;
    let workerLog = "";
    let sites: Awaited<ReturnType<typeof startFixtureSites>>;
    let anthropic: FakeServer;

    beforeAll(async () => {
      sites = await startFixtureSites();
      anthropic = await startFakeAnthropic({ reply: modeByAnchor({}) });
      server = await startTestPlatform(
        {
          ...sites.env,
          ANTHROPIC_API_KEY: FAKE_ANTHROPIC_KEY,
          ANTHROPIC_BASE_URL: anthropic.url,
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
            REDIS_URL: process.env.REDIS_URL ?? "",
            DATA_DIR: "memory",
            LOG_LEVEL: "info",
            LOG_FORMAT: "json",
            ANTHROPIC_API_KEY: FAKE_ANTHROPIC_KEY,
            ANTHROPIC_BASE_URL: anthropic.url,
            WORKER_POLL_INTERVAL_MS: "100",
            METRICS_PORT: "0",
            METRICS_TOKEN,
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
    }, 30_000);
    afterAll(async () => {
      if (worker && worker.exitCode === null) {
        worker.kill("SIGTERM");
        await workerExit;
      }
      await server?.close();
      await Promise.all([sites?.close(), anthropic?.close()]);
    });

    it("reports the stages and LLM usage of the jobs it runs", async () => {
      let metricsUrl: string | undefined;
      for (const deadline = Date.now() + 20_000; !metricsUrl; ) {
        if (worker.exitCode !== null) throw new Error(`the worker exited: ${workerLog}`);
        metricsUrl = workerLog.match(/"url":"(http:\/\/[^"]+\/metrics)"[^\n]*worker metrics listening/)?.[1];
        if (Date.now() > deadline) throw new Error(`the worker never served metrics: ${workerLog}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect((await fetch(metricsUrl)).status).toBe(401);

      const owner = await newCustomer(server.url);
      const created = await owner.call("POST", "/v1/jobs", {
        publisher_domain: "worklife.example",
        target_url: `${sites.base}/product`,
        anchor_text: "best project management tools",
        options: { preflight_mode: "light" },
      });
      expect(created.status).toBe(201);
      const job = await waitForJob(owner.call, created.body.data.job_id);
      expect(["DELIVER", "BLOCKED"]).toContain(job.status);

      const samples = await scrape(metricsUrl, METRICS_TOKEN);
      expect(value(samples, "bacowr_job_stage_duration_seconds_count", { stage: "WRITE" })).toBe(1);
      expect(value(samples, "bacowr_jobs_finished_total", { status: job.status })).toBe(1);
      expect(
        value(samples, "bacowr_llm_cost_usd_total", { provider: "anthropic", source: "job" }),
      ).toBeCloseTo(job.cost.llm, 9);
      expect(value(samples, "process_cpu_user_seconds_total")).toBeGreaterThan(0);
      // The server ran no job: its own registry has no stage of this job.
      const serverSide = await scrape(server.url);
      expect(
        value(serverSide, "bacowr_job_stage_duration_seconds_count", { stage: "WRITE" }),
      ).toBeUndefined();
      expect(value(serverSide, "bacowr_jobs", { state: job.status })).toBe(1);
    });
  },
);
