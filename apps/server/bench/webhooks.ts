/**
 * pnpm bench:webhooks — webhook deliveries from the outbox to a receiver on 127.0.0.1. The server (the API, no
 * worker) and a worker process (apps/worker: the dispatcher) run in their own processes on a temporary
 * PostgreSQL (or a scratch database on DATABASE_URL's server); this process is the customer and the receiver.
 *
 * Three runs of test events (POST /v1/webhooks/{id}/test, each one event written to the outbox and a wake-up):
 * - backlog: BENCH_EVENTS events created while no worker runs, then a worker starts and drains them: the
 *   dispatcher's own rate, deliveries per second from the first arrival to the last;
 * - live burst: BENCH_EVENTS events as fast as BENCH_CLIENTS concurrent API calls create them, the worker
 *   running; deliveries per second from the first event's creation to the last arrival, and each delay;
 * - steady: BENCH_STEADY_EVENTS events at BENCH_STEADY_RATE per second, the delay when nothing queues.
 * The delay is from the event's `occurred_at` (the outbox row's time, in ms, as the API answered it) to the
 * moment its body had arrived at the receiver: both clocks are this machine's.
 *
 *   BENCH_EVENTS=2000 BENCH_CLIENTS=32 BENCH_STEADY_EVENTS=200 BENCH_STEADY_RATE=20 BENCH_CONCURRENCY=16 \
 *   BENCH_POLL_MS=1000 BENCH_RECEIVER_DELAY_MS=0 pnpm bench:webhooks
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { startWebhookReceiver } from "../test/fakes/webhook-receiver";
import { startTemporaryPostgres } from "./temp-postgres";

const events = Number(process.env.BENCH_EVENTS ?? 2_000);
const clients = Number(process.env.BENCH_CLIENTS ?? 32);
const steadyEvents = Number(process.env.BENCH_STEADY_EVENTS ?? 200);
const steadyRate = Number(process.env.BENCH_STEADY_RATE ?? 20);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
const pollMs = Number(process.env.BENCH_POLL_MS ?? 1_000);
const receiverDelayMs = Number(process.env.BENCH_RECEIVER_DELAY_MS ?? 0);
const admin = { email: "bench-admin@bacowr.local", password: "bench-password-not-for-production" };

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });

/** A scratch database on a server the caller named, dropped afterwards (never the caller's own database). */
async function scratchDatabase(serverUrl: string) {
  const name = `bacowr_bench_webhooks_${randomBytes(4).toString("hex")}`;
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

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;

async function main() {
  const postgres = process.env.DATABASE_URL ? undefined : await startTemporaryPostgres();
  const scratch = process.env.DATABASE_URL ? await scratchDatabase(process.env.DATABASE_URL) : undefined;
  const databaseUrl = scratch?.url ?? postgres?.url;
  if (!databaseUrl) throw new Error("no PostgreSQL: set DATABASE_URL or install PostgreSQL");
  const receiver = await startWebhookReceiver({ delayMs: receiverDelayMs });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    DATA_DIR: "memory",
    DATABASE_URL: databaseUrl,
    // Both processes open the secrets; wake-ups go through PostgreSQL NOTIFY.
    ENCRYPTION_KEY: randomBytes(32).toString("hex"),
    LOG_LEVEL: "info",
    FETCH_ALLOW_PRIVATE_HOSTS: "127.0.0.1",
    WEBHOOK_CONCURRENCY: String(concurrency),
    WEBHOOK_POLL_INTERVAL_MS: String(pollMs),
  };
  const children: ChildProcess[] = [];
  const start = (
    entry: string,
    extra: Record<string, string>,
    ready: (log: string) => boolean | Promise<boolean>,
  ) => {
    let log = "";
    const child = spawn(
      process.execPath,
      ["--import", "tsx", fileURLToPath(new URL(entry, import.meta.url))],
      {
        cwd: fileURLToPath(new URL("..", import.meta.url)),
        env: { ...env, ...extra },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    children.push(child);
    const append = (chunk: Buffer) => {
      log += chunk;
      if (log.length > 1_000_000) log = log.slice(-100_000);
    };
    child.stdout?.on("data", append);
    child.stderr?.on("data", append);
    return (async () => {
      for (const deadline = Date.now() + 60_000; ; ) {
        if (child.exitCode !== null) throw new Error(`${entry} exited: ${log}`);
        if (await ready(log)) return child;
        if (Date.now() > deadline) throw new Error(`${entry} did not start: ${log}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
  };
  try {
    const server = await start(
      "../src/main.ts",
      {
        PORT: String(port),
        HOST: "127.0.0.1",
        WORKER_IN_PROCESS: "false",
        JWT_SECRET: "bench-jwt-secret-0123456789-0123456789",
        BACOWR_ADMIN_EMAIL: admin.email,
        BACOWR_ADMIN_PASSWORD: admin.password,
        // The bench is one customer making thousands of calls.
        V1_RATE_LIMIT_FREE: "10000000",
        V1_RATE_LIMIT_PRO: "10000000",
        V1_RATE_LIMIT_ENTERPRISE: "10000000",
      },
      () =>
        fetch(`${base}/healthz`).then(
          (r) => r.ok,
          () => false,
        ),
    );
    const login = await fetch(`${base}/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(admin),
    }).then((r) => r.json() as Promise<{ data: { access_token: string } }>);
    const headers = {
      authorization: `Bearer ${login.data.access_token}`,
      "content-type": "application/json",
    };
    const created = await fetch(`${base}/v1/webhooks`, {
      method: "POST",
      headers,
      body: JSON.stringify({ url: receiver.url, events: ["job.created"] }),
    }).then((r) => r.json() as Promise<{ data: { webhook_id: string } }>);
    const ping = async () => {
      const answer = await fetch(`${base}/v1/webhooks/${created.data.webhook_id}/test`, {
        method: "POST",
        headers,
      });
      const body = (await answer.json()) as { data: { event_id: string; occurred_at: string } };
      if (answer.status !== 202)
        throw new Error(`POST /test answered ${answer.status}: ${JSON.stringify(body)}`);
      return body.data;
    };

    /** Waits until every event has arrived; each event's delay (ms) and the last arrival's time. */
    const measure = async (sent: { event_id: string; occurred_at: string }[]) => {
      const firstArrival = new Map<string, number>();
      for (const deadline = Date.now() + 300_000; ; ) {
        for (const request of receiver.received) {
          const id = String(request.headers["webhook-id"]);
          if (!firstArrival.has(id)) firstArrival.set(id, request.at);
        }
        if (sent.every((e) => firstArrival.has(e.event_id))) break;
        if (Date.now() > deadline) throw new Error("not every event arrived within 5 minutes");
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const delays = sent
        .map((e) => (firstArrival.get(e.event_id) ?? Number.NaN) - Date.parse(e.occurred_at))
        .sort((a, b) => a - b);
      return { delays, lastArrival: Math.max(...sent.map((e) => firstArrival.get(e.event_id) ?? 0)) };
    };

    type Sent = { event_id: string; occurred_at: string };
    /** `count` test events, created by `clients` concurrent API calls as fast as the API answers. */
    const flood = async (count: number) => {
      const sent: Sent[] = [];
      let issued = 0;
      const started = Date.now();
      await Promise.all(
        Array.from({ length: clients }, async () => {
          while (issued < count) {
            issued++;
            sent.push(await ping());
          }
        }),
      );
      return { sent, seconds: (Date.now() - started) / 1000 };
    };

    // Backlog: the events wait in the outbox while no worker runs; then a worker drains them.
    const backlog = await flood(events);
    const workerStarted = Date.now();
    const worker = await start("../../worker/src/main.ts", {}, (log) =>
      log.includes("webhook dispatcher started"),
    );
    const backlogResult = await measure(backlog.sent);
    const firstBacklogArrival = Math.min(
      ...receiver.received.map((r) => r.at).filter((at) => at >= workerStarted),
    );
    const drainSeconds = (backlogResult.lastArrival - firstBacklogArrival) / 1000;

    // Live burst: the same, with the worker running while they are created.
    const live = await flood(events);
    const burst = live.sent;
    const createdIn = live.seconds;
    const burstResult = await measure(burst);
    const firstOccurred = Math.min(...burst.map((e) => Date.parse(e.occurred_at)));
    const burstSeconds = (burstResult.lastArrival - firstOccurred) / 1000;

    // Steady.
    const steady: Sent[] = [];
    const steadyStarted = Date.now();
    for (let i = 0; i < steadyEvents; i++) {
      const due = steadyStarted + (i * 1000) / steadyRate;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
      steady.push(await ping());
    }
    const steadyResult = await measure(steady);
    const requests = receiver.received.length;
    const distinct = new Set(receiver.received.map((r) => r.headers["webhook-id"])).size;

    const ms = (v: number) => `${v.toFixed(0)} ms`;
    console.log(
      `processes: server pid ${server.pid} (API only), worker pid ${worker.pid} (dispatcher); PostgreSQL ${scratch ? "scratch database on DATABASE_URL's server" : "temporary (fsync off)"}`,
    );
    console.log(
      `settings: WEBHOOK_CONCURRENCY=${concurrency}, WEBHOOK_POLL_INTERVAL_MS=${pollMs} (wake-ups by NOTIFY), receiver answers 200 after ${receiverDelayMs} ms`,
    );
    console.log(
      `backlog: ${events} test events waiting in the outbox, then one worker drains them: ${events} in ${drainSeconds.toFixed(2)} s from the first arrival to the last: ${(events / drainSeconds).toFixed(0)} deliveries/s`,
    );
    console.log(
      `live burst: ${burst.length} test events created by ${clients} concurrent API calls in ${createdIn.toFixed(2)} s (${(burst.length / createdIn).toFixed(0)}/s)`,
    );
    console.log(
      `  delivered ${burst.length} in ${burstSeconds.toFixed(2)} s from the first event's creation to the last arrival: ${(burst.length / burstSeconds).toFixed(0)} deliveries/s`,
    );
    console.log(
      `  delay from state change to delivery: p50 ${ms(quantile(burstResult.delays, 0.5))}, p99 ${ms(quantile(burstResult.delays, 0.99))}, max ${ms(burstResult.delays.at(-1) ?? Number.NaN)}`,
    );
    console.log(`steady: ${steady.length} events at ${steadyRate}/s`);
    console.log(
      `  delay from state change to delivery: p50 ${ms(quantile(steadyResult.delays, 0.5))}, p99 ${ms(quantile(steadyResult.delays, 0.99))}, max ${ms(steadyResult.delays.at(-1) ?? Number.NaN)}`,
    );
    console.log(`receiver: ${requests} requests for ${distinct} events (${requests - distinct} sent twice)`);
  } finally {
    for (const child of children) {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await new Promise((resolve) => child.once("exit", resolve));
      }
    }
    await receiver.close();
    await scratch?.drop();
    postgres?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
