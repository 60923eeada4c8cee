/**
 * pnpm bench:batch — one 175-job batch through the real server and its in-process worker (concurrency 20),
 * with the fake Anthropic server answering every call after a fixed delay. The server runs in its own process
 * on a temporary PostgreSQL (BENCH_DATABASE=pglite: embedded PGlite); this process is the customer and the
 * fake world. Prints the batch's creation time (the POST, over HTTP), wall time against the ideal schedule
 * (chunks one after another, each in waves of `parallel_jobs`, every job its LLM calls × the delay) as a
 * ratio, and the server's peak RSS (VmHWM).
 *
 *   BENCH_JOBS=175 BENCH_CHUNK=25 BENCH_PARALLEL=20 BENCH_LLM_DELAY_MS=200 [BENCH_PROFILE=dir] pnpm bench:batch
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { batchSeconds } from "@bacowr/core";
import { startFixtureSites } from "../test/fakes/fixture-sites";
import { FAKE_ANTHROPIC_KEY, startFakeAnthropic } from "../test/fakes/llm-providers";
import { scriptedReply } from "../test/fakes/scripted-writer";
import { startTemporaryPostgres } from "./temp-postgres";

const jobs = Number(process.env.BENCH_JOBS ?? 175);
const chunk = Number(process.env.BENCH_CHUNK ?? 25);
const parallel = Number(process.env.BENCH_PARALLEL ?? 20);
const llmDelayMs = Number(process.env.BENCH_LLM_DELAY_MS ?? 200);
const callsPerJob = 3; // multi_stage: outline, draft, polish (the scripted article passes QC first time)
const admin = { email: "bench-admin@bacowr.local", password: "bench-password-not-for-production" };

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });

/** CPU seconds (user + system) the process has used, from /proc (clock ticks of 1/100 s on Linux). */
const cpuSeconds = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

const memoryMb = (pid: number, field: "VmRSS" | "VmHWM") => {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`${field}:\\s+(\\d+) kB`));
  return Number(line?.[1] ?? 0) / 1024;
};

async function main() {
  const usePglite = process.env.BENCH_DATABASE === "pglite";
  const postgres = usePglite || process.env.DATABASE_URL ? undefined : await startTemporaryPostgres();
  const databaseUrl = usePglite ? "" : (process.env.DATABASE_URL ?? postgres?.url ?? "");
  if (!usePglite && !databaseUrl)
    throw new Error("no PostgreSQL: set DATABASE_URL, install PostgreSQL, or BENCH_DATABASE=pglite");
  const sites = await startFixtureSites();
  const anthropic = await startFakeAnthropic({
    reply: (prompt) => scriptedReply(prompt),
    delayMs: llmDelayMs,
  });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const entry = fileURLToPath(new URL("../src/main.ts", import.meta.url));
  // BENCH_PROFILE=dir writes the server's CPU profile there (open it in Chrome DevTools or speedscope).
  const profile = process.env.BENCH_PROFILE
    ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
    : [];
  const server = spawn(process.execPath, [...profile, "--import", "tsx", entry], {
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      PORT: String(port),
      DATA_DIR: "memory",
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: "warn",
      JWT_SECRET: "bench-jwt-secret-0123456789-0123456789",
      BACOWR_ADMIN_EMAIL: admin.email,
      BACOWR_ADMIN_PASSWORD: admin.password,
      ANTHROPIC_API_KEY: FAKE_ANTHROPIC_KEY,
      ANTHROPIC_BASE_URL: anthropic.url,
      WORKER_IN_PROCESS: "true",
      WORKER_CONCURRENCY: String(parallel),
      ...sites.env,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const pid = server.pid ?? 0;
  try {
    for (let i = 0; ; i++) {
      if (i > 600) throw new Error("the server did not start");
      if (
        await fetch(`${base}/healthz`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const login = await fetch(`${base}/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(admin),
    }).then((r) => r.json() as Promise<{ data: { access_token: string } }>);
    const headers = {
      authorization: `Bearer ${login.data.access_token}`,
      "content-type": "application/json",
    };
    const body = JSON.stringify({
      name: "bench batch",
      // Each job its own target URL (the fixture site ignores the query), as an agency's batch would be.
      jobs: Array.from({ length: jobs }, (_, i) => ({
        publisher_domain: "worklife.example",
        target_url: `${sites.base}/product?item=${i}`,
        anchor_text: `best project management tools ${i}`,
      })),
      options: {
        strategy: "multi_stage",
        preflight_mode: "light",
        chunk_size: chunk,
        parallel_jobs: parallel,
      },
    });
    const rssBefore = memoryMb(pid, "VmRSS");
    const cpuBefore = cpuSeconds(pid);

    const started = performance.now();
    const created = await fetch(`${base}/v1/batches`, { method: "POST", headers, body });
    const createdMs = performance.now() - started;
    const batch = (await created.json()) as {
      data: { batch_id: string; options: { parallel_jobs: number } };
    };
    if (created.status !== 201)
      throw new Error(`POST /v1/batches answered ${created.status}: ${JSON.stringify(batch)}`);

    let view: { status: string; progress: Record<string, number>; summary: Record<string, number> };
    let lastLine = "";
    for (;;) {
      await new Promise((r) => setTimeout(r, 250));
      const read = await fetch(`${base}/v1/batches/${batch.data.batch_id}`, { headers });
      view = ((await read.json()) as { data: typeof view }).data;
      const line = `  ${view.progress.percentage}% (${view.progress.completed} delivered, ${view.progress.in_progress} released, ${view.progress.pending} pending)`;
      if (line !== lastLine && process.stdout.isTTY) process.stdout.write(`\r${line}`);
      lastLine = line;
      if (view.status !== "RUNNING") break;
    }
    const wall = (performance.now() - started) / 1000;
    const cpu = cpuSeconds(pid) - cpuBefore;
    if (process.stdout.isTTY) process.stdout.write("\n");
    const ideal = batchSeconds(jobs, chunk, Math.min(parallel, chunk), (callsPerJob * llmDelayMs) / 1000);

    console.log(
      `database: ${databaseUrl ? "PostgreSQL" : "embedded PGlite"}; server in its own process (pid ${pid})`,
    );
    console.log(
      `batch: ${jobs} jobs, chunk_size ${chunk}, parallel_jobs ${batch.data.options.parallel_jobs}, worker concurrency ${parallel}, LLM ${llmDelayMs} ms per call, ${anthropic.requests.length} calls`,
    );
    console.log(`creation: POST /v1/batches answered 201 in ${createdMs.toFixed(0)} ms`);
    console.log(
      `outcome: ${view.status}; ${view.summary.successful_jobs} delivered, ${view.summary.blocked_jobs} blocked, ${view.summary.failed_jobs} failed; avg QC ${view.summary.avg_qc_score}`,
    );
    console.log(
      `wall time: ${wall.toFixed(2)} s; ideal schedule ${ideal.toFixed(2)} s; ratio ${(wall / ideal).toFixed(2)}`,
    );
    console.log(
      `server CPU during the batch: ${cpu.toFixed(2)} s (${((cpu / jobs) * 1000).toFixed(0)} ms per job; ${((cpu / wall) * 100).toFixed(0)} % of one core over the wall time)`,
    );
    console.log(
      `server memory: peak RSS ${memoryMb(pid, "VmHWM").toFixed(0)} MB (RSS before the batch ${rssBefore.toFixed(0)} MB)`,
    );
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    await Promise.all([sites.close(), anthropic.close()]);
    postgres?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
