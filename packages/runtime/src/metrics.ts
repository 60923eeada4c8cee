import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type Clock,
  constantTimeEquals,
  jobStatuses,
  type OperationsMetricsSource,
  type OperationsObserver,
  type OperationsSnapshot,
  taskStatuses,
  type WebhookDispatcherObserver,
  webhookDeliveryStatuses,
} from "@bacowr/core";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** Label value of requests no route or procedure took (unknown paths, bodies refused before routing). */
export const UNMATCHED_ROUTE = "unmatched";

export interface PlatformMetrics {
  /** Everything one process exposes at `/metrics`. */
  readonly registry: Registry;
  /** Job stages and LLM usage, fed by the job runner and usage recording. */
  readonly observer: OperationsObserver & WebhookDispatcherObserver;
  /** A v1 (`bucket` = the caller's tier) or bridge (`bucket` = the procedure's bucket) call refused for its rate limit. */
  rateLimitRefused(face: "v1" | "bridge", bucket: string): void;
  /** One answered HTTP request; `route` is a pattern, never the raw URL, so the label set stays bounded. */
  httpRequest(request: { method: string; route: string; status: number; seconds: number }): void;
}

export interface PlatformMetricsOptions {
  /** The database's aggregates (jobs, queue, bridge tasks), read at scrape time; absent in a worker process. */
  source?: OperationsMetricsSource;
  clock: Clock;
  /** How long one read of `source` serves scrapes (every gauge of a scrape shares it). */
  cacheMs?: number;
  /** Default process metrics (CPU, memory, event loop lag, GC), unprefixed as their dashboards expect. */
  processMetrics?: boolean;
}

// Seconds: API calls are fast, job stages take from a second to tens of minutes.
const httpBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const stageBuckets = [0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1200, 1800, 3600];

/**
 * The platform's Prometheus metrics in a registry of their own (never prom-client's global one, so two
 * platforms in one process, as in tests, do not share counters). Our own metrics are prefixed `bacowr_`.
 */
export function createPlatformMetrics(options: PlatformMetricsOptions): PlatformMetrics {
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry });

  const httpRequests = new Counter({
    name: "bacowr_http_requests_total",
    help: "HTTP requests answered, by method, route pattern and status code",
    labelNames: ["method", "route", "status_code"] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: "bacowr_http_request_duration_seconds",
    help: "Time from receiving a request to finishing its answer, by method, route pattern and status code",
    labelNames: ["method", "route", "status_code"] as const,
    buckets: httpBuckets,
    registers: [registry],
  });
  const rateLimitRefusals = new Counter({
    name: "bacowr_rate_limit_refusals_total",
    help: "Calls refused with 429 RATE_LIMIT_EXCEEDED, by face and bucket (v1: the caller's tier)",
    labelNames: ["face", "bucket"] as const,
    registers: [registry],
  });
  const stageDuration = new Histogram({
    name: "bacowr_job_stage_duration_seconds",
    help: "Time a job spent in a pipeline stage, observed when it leaves the stage (in the process running it)",
    labelNames: ["stage"] as const,
    buckets: stageBuckets,
    registers: [registry],
  });
  const jobsFinished = new Counter({
    name: "bacowr_jobs_finished_total",
    help: "Jobs this process brought to a final state, by that state",
    labelNames: ["status"] as const,
    registers: [registry],
  });
  const llmTokens = new Counter({
    name: "bacowr_llm_tokens_total",
    help: "LLM tokens recorded, by provider, direction (input/output) and source (job/bridge)",
    labelNames: ["provider", "direction", "source"] as const,
    registers: [registry],
  });
  const llmCost = new Counter({
    name: "bacowr_llm_cost_usd_total",
    help: "Priced cost of LLM calls in USD, by provider and source (job/bridge)",
    labelNames: ["provider", "source"] as const,
    registers: [registry],
  });
  const llmCalls = new Counter({
    name: "bacowr_llm_calls_total",
    help: "LLM calls recorded, by provider and source (job/bridge)",
    labelNames: ["provider", "source"] as const,
    registers: [registry],
  });

  const webhookAttempts = new Counter({
    name: "bacowr_webhook_deliveries_total",
    help: "Webhook delivery attempts by outcome (delivered, retry: failed and scheduled again, dead: failed for good) and event",
    labelNames: ["outcome", "event"] as const,
    registers: [registry],
  });
  const webhookDuration = new Histogram({
    name: "bacowr_webhook_attempt_duration_seconds",
    help: "Time one webhook delivery attempt took, until the receiver answered or it failed",
    labelNames: ["outcome"] as const,
    buckets: httpBuckets,
    registers: [registry],
  });
  const webhooksDisabled = new Counter({
    name: "bacowr_webhook_subscriptions_disabled_total",
    help: "Webhook subscriptions disabled for failing without a success for WEBHOOK_DISABLE_AFTER_SECONDS",
    registers: [registry],
  });

  const { source } = options;
  if (source) registerDatabaseGauges(registry, source, options.clock, options.cacheMs ?? 2_000);

  return {
    registry,
    observer: {
      jobStageFinished: (stage, seconds) => stageDuration.observe({ stage }, Math.max(0, seconds)),
      jobFinished: (status) => jobsFinished.inc({ status }),
      llmUsage(usage) {
        const labels = { provider: usage.provider, source: usage.source };
        llmCalls.inc(labels);
        llmTokens.inc({ ...labels, direction: "input" }, usage.input_tokens);
        llmTokens.inc({ ...labels, direction: "output" }, usage.output_tokens);
        llmCost.inc(labels, usage.cost);
      },
      attempt(outcome, event, seconds) {
        webhookAttempts.inc({ outcome, event });
        webhookDuration.observe({ outcome }, Math.max(0, seconds));
      },
      subscriptionDisabled: () => webhooksDisabled.inc(),
    },
    rateLimitRefused: (face, bucket) => rateLimitRefusals.inc({ face, bucket }),
    httpRequest({ method, route, status, seconds }) {
      const labels = { method, route, status_code: String(status) };
      httpRequests.inc(labels);
      httpDuration.observe(labels, seconds);
    },
  };
}

/**
 * Gauges read from the database when scraped. One read serves every gauge of a scrape, and scrapes within
 * `cacheMs` of it, so a busy scraper costs a few aggregate queries every couple of seconds at most. A read
 * that fails leaves the gauges empty or zero (never stale) and says so in `bacowr_database_metrics_up`.
 */
function registerDatabaseGauges(
  registry: Registry,
  source: OperationsMetricsSource,
  clock: Clock,
  cacheMs: number,
): void {
  let cached: { at: number; snapshot: Promise<OperationsSnapshot | undefined> } | undefined;
  const snapshot = () => {
    const now = clock.now();
    if (!cached || now.getTime() - cached.at >= cacheMs) {
      cached = { at: now.getTime(), snapshot: source.read(now).catch(() => undefined) };
    }
    return cached.snapshot;
  };

  new Gauge({
    name: "bacowr_database_metrics_up",
    help: "1 when the database gauges below were read at this scrape, 0 when the read failed",
    registers: [registry],
    async collect() {
      this.set((await snapshot()) ? 1 : 0);
    },
  });
  new Gauge({
    name: "bacowr_jobs",
    help: "Jobs by state, final states included",
    labelNames: ["state"] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const read = await snapshot();
      if (!read) return;
      for (const state of jobStatuses) this.set({ state }, read.jobsByState[state] ?? 0);
    },
  });
  new Gauge({
    name: "bacowr_job_queue_depth",
    help: "Jobs waiting for a worker: not final, not leased, due to run",
    registers: [registry],
    async collect() {
      this.reset();
      const read = await snapshot();
      if (read) this.set(read.queueDepth);
    },
  });
  new Gauge({
    name: "bacowr_job_queue_oldest_waiting_seconds",
    help: "How long the longest-waiting runnable job has been due, in seconds (0 when none waits)",
    registers: [registry],
    async collect() {
      this.reset();
      const read = await snapshot();
      if (read) this.set(read.oldestWaitingSeconds);
    },
  });
  new Gauge({
    name: "bacowr_webhook_deliveries",
    help: "Webhook deliveries in the outbox by status (pending is the backlog still to send)",
    labelNames: ["status"] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const read = await snapshot();
      if (!read) return;
      for (const status of webhookDeliveryStatuses)
        this.set({ status }, read.webhookDeliveriesByStatus[status] ?? 0);
    },
  });
  new Gauge({
    name: "bacowr_webhook_outbox_oldest_due_seconds",
    help: "How long the longest-due pending delivery of an active webhook has been due, in seconds (0 when none is)",
    registers: [registry],
    async collect() {
      this.reset();
      const read = await snapshot();
      if (read) this.set(read.webhookOldestDueSeconds);
    },
  });
  new Gauge({
    name: "bacowr_bridge_tasks",
    help: "Worker-bridge tasks by status",
    labelNames: ["status"] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const read = await snapshot();
      if (!read) return;
      const statuses = new Set<string>([...taskStatuses, ...Object.keys(read.bridgeTasksByStatus)]);
      for (const status of statuses) this.set({ status }, read.bridgeTasksByStatus[status] ?? 0);
    },
  });
}

/**
 * Whether a scraper may read the metrics: anyone when no token is configured, else only with
 * `Authorization: Bearer <token>`, compared in constant time (digests, so the length does not leak either).
 */
export function metricsAuthorized(authorization: string | undefined, token: string | undefined): boolean {
  if (token === undefined) return true;
  const given = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  return constantTimeEquals(given ?? "", token) && given !== undefined;
}

/**
 * A process without an HTTP server of its own (the standalone worker) serving its registry at
 * `GET /metrics` on `host:port`, behind the same token as the server's. Nothing else is served.
 */
export async function serveMetrics(options: {
  registry: Registry;
  host: string;
  port: number;
  token: string | undefined;
}): Promise<{ url: string; close(): Promise<void> }> {
  const { registry, token } = options;
  const server = createServer((request, response) => {
    const path = (request.url ?? "").split("?")[0];
    if (path !== "/metrics" || (request.method !== "GET" && request.method !== "HEAD")) {
      response.writeHead(404, { "content-type": "application/json" }).end('{"error":"Not found"}');
      return;
    }
    if (!metricsAuthorized(request.headers.authorization, token)) {
      response
        .writeHead(401, { "content-type": "application/json", "www-authenticate": 'Bearer realm="metrics"' })
        .end('{"error":"Unauthorized"}');
      return;
    }
    registry.metrics().then(
      (body) => {
        response.writeHead(200, { "content-type": registry.contentType, "cache-control": "no-store" });
        response.end(request.method === "HEAD" ? undefined : body);
      },
      () => response.writeHead(500, { "content-type": "application/json" }).end('{"error":"Internal error"}'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(":") ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
