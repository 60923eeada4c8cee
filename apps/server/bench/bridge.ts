/**
 * pnpm bench:bridge — simulated Python workers doing pending → lock → status
 * over HTTP against real PostgreSQL, compared with a bare fastify route that
 * runs the same task service (the same SQL) in the same process.
 *
 *   BENCH_WORKERS=16 BENCH_TASKS=2000 DATABASE_URL=postgres://… pnpm bench:bridge
 */
import { loadConfig } from "@bacowr/config";
import type { TaskService } from "@bacowr/core";
import Fastify from "fastify";
import { pino } from "pino";
import { startPlatform } from "../src/platform";
import { startTemporaryPostgres } from "./temp-postgres";

const workers = Number(process.env.BENCH_WORKERS ?? 16);
const tasksPerRun = Number(process.env.BENCH_TASKS ?? 2000);
const token = "bench-token";

interface RunResult {
  seconds: number;
  locks: number;
  lockConflicts: number;
  latenciesMs: number[];
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

/** Each simulated worker loops: fetch pending, lock the first it can, report success. */
async function simulate(
  base: string,
  paths: { pending: string; lock: (id: number) => string; status: (id: number) => string },
) {
  const headers = { "x-api-token": token, "content-type": "application/json" };
  const latencies: number[] = [];
  let locks = 0;
  let conflicts = 0;
  const timed = async (url: string, init: RequestInit) => {
    const started = performance.now();
    const response = await fetch(url, init);
    const body = await response.text();
    latencies.push(performance.now() - started);
    return { status: response.status, body };
  };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      const workerHeaders = { ...headers, "x-worker-id": `bench-${w}` };
      while (true) {
        const pending = await timed(`${base}${paths.pending}`, { headers: workerHeaders });
        const { tasks } = JSON.parse(pending.body) as { tasks: { id: number }[] };
        if (tasks.length === 0) return;
        // Start at a different candidate per worker, as real workers racing for the same list would.
        const order = tasks.map((_, i) => tasks[(i + w) % tasks.length] as { id: number });
        let mine: number | undefined;
        for (const task of order) {
          const lock = await timed(`${base}${paths.lock(task.id)}`, {
            method: "POST",
            headers: workerHeaders,
            body: JSON.stringify({ worker_id: `bench-${w}` }),
          });
          if (lock.status === 200) {
            mine = task.id;
            break;
          }
          conflicts++;
        }
        if (mine === undefined) continue;
        locks++;
        await timed(`${base}${paths.status(mine)}`, {
          method: "PUT",
          headers: workerHeaders,
          body: JSON.stringify({ status: "success", result: { url: "https://example.com/backlink" } }),
        });
      }
    }),
  );
  return {
    seconds: (performance.now() - started) / 1000,
    locks,
    lockConflicts: conflicts,
    latenciesMs: latencies,
  };
}

/** The baseline: the same task service behind plain fastify routes, with no tRPC, adapter, auth or shaping. */
async function startBareServer(tasks: TaskService) {
  const app = Fastify({ logger: false });
  app.get<{ Querystring: { type?: string } }>("/bare/pending", async (request) => ({
    tasks: await tasks.pending({ limit: 10, type: request.query.type }),
  }));
  app.post<{ Params: { id: string }; Body: { worker_id: string } }>(
    "/bare/lock/:id",
    async (request, reply) => {
      try {
        return { task: await tasks.lock(Number(request.params.id), request.body.worker_id) };
      } catch {
        return reply.code(400).send({ error: "Task already locked" });
      }
    },
  );
  app.put<{ Params: { id: string }; Body: { status: "success"; result: Record<string, unknown> } }>(
    "/bare/status/:id",
    async (request) => {
      await tasks.report(Number(request.params.id), request.body, undefined);
      return { message: "ok" };
    },
  );
  const url = await app.listen({ host: "127.0.0.1", port: 0 });
  return { url, close: () => app.close() };
}

function report(name: string, run: RunResult) {
  const sorted = [...run.latenciesMs].sort((a, b) => a - b);
  const rate = run.locks / run.seconds;
  console.log(
    `${name.padEnd(12)} ${String(run.locks).padStart(6)} locks in ${run.seconds.toFixed(2)}s = ${rate.toFixed(0).padStart(5)} locks/s` +
      `  p50 ${percentile(sorted, 0.5).toFixed(1)}ms  p99 ${percentile(sorted, 0.99).toFixed(1)}ms` +
      `  lock conflicts ${run.lockConflicts}`,
  );
  return rate;
}

async function main() {
  const temporary = process.env.DATABASE_URL ? undefined : await startTemporaryPostgres();
  const databaseUrl = process.env.DATABASE_URL ?? temporary?.url;
  if (!databaseUrl) console.warn("no DATABASE_URL and no PostgreSQL installed: measuring on embedded PGlite");
  const config = loadConfig({
    PORT: "0",
    DATA_DIR: "memory",
    DATABASE_URL: databaseUrl ?? "",
    DATABASE_POOL_SIZE: String(Math.max(10, workers + 4)),
    API_TOKEN: token,
    WORKER_IN_PROCESS: "false",
    LOG_LEVEL: "silent",
    BRIDGE_RATE_LIMIT_TASKS: "1000000",
    BRIDGE_RATE_LIMIT_DEFAULT: "1000000",
  });
  const platform = await startPlatform(config, pino({ level: "silent" }));
  const { operator, tasks } = platform.services.bridge;
  try {
    const { campaign } = await operator.createCampaign({ name: "bench", owner_id: null, settings: {} });
    const seed = async (type: string) => {
      const ids: number[] = [];
      for (let i = 0; i < tasksPerRun; i += 1000) {
        const batch = Array.from({ length: Math.min(1000, tasksPerRun - i) }, () => ({
          type,
          payload: {},
          max_retries: 3,
        }));
        ids.push(...(await operator.addTasks(campaign.id, batch)).ids);
      }
      return ids;
    };
    console.log(
      `bench:bridge  ${workers} workers, ${tasksPerRun} tasks per run, database ${platform.database.kind}, node ${process.version}`,
    );

    const bridgeType = `bench_bridge_${Date.now()}`;
    const bridgeIds = await seed(bridgeType);
    const bridge = await simulate(platform.url, {
      pending: `/api/tasks/pending?type=${bridgeType}`,
      lock: (id) => `/api/tasks/${id}/lock`,
      status: (id) => `/api/tasks/${id}/status`,
    });

    const bare = await startBareServer(tasks);
    const bareType = `bench_bare_${Date.now()}`;
    const bareIds = await seed(bareType);
    const baseline = await simulate(bare.url, {
      pending: `/bare/pending?type=${bareType}`,
      lock: (id) => `/bare/lock/${id}`,
      status: (id) => `/bare/status/${id}`,
    });
    await bare.close();

    const db = platform.database.db;
    const doubleLocks = await db
      .selectFrom("task_events")
      .select("task_id")
      .where("event", "=", "locked")
      .where("task_id", "in", [...bridgeIds, ...bareIds])
      .groupBy("task_id")
      .having((eb) => eb.fn.countAll(), ">", 1)
      .execute();
    const unfinished = await db
      .selectFrom("worker_tasks")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("id", "in", [...bridgeIds, ...bareIds])
      .where("status", "!=", "success")
      .executeTakeFirstOrThrow();

    const bridgeRate = report("REST bridge", bridge);
    const bareRate = report("bare route", baseline);
    console.log(`double-locks ${doubleLocks.length} (must be 0), tasks not finished ${Number(unfinished.n)}`);
    console.log(`ratio REST bridge / bare route: ${(bridgeRate / bareRate).toFixed(2)}`);
    if (doubleLocks.length > 0) process.exitCode = 1;
  } finally {
    await platform.close();
    temporary?.stop();
  }
}

await main();
