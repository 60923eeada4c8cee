/**
 * pnpm demo — the whole product on one machine, nothing external: the server on
 * embedded PGlite with its in-process worker, plus a local "world" on 127.0.0.1
 * (a publisher site, a target page, a SERP API and a fake Anthropic server whose
 * model is a script). Submits one job, streams its progress and prints the
 * article and QC report.
 */
import { randomBytes } from "node:crypto";
import { loadConfig } from "@bacowr/config";
import { SingleBar } from "cli-progress";
import { pino } from "pino";
import { startPlatform } from "../src/platform";
import { startFixtureSites } from "../test/fakes/fixture-sites";
import { FAKE_ANTHROPIC_KEY, startFakeAnthropic } from "../test/fakes/llm-providers";
import { scriptedReply } from "../test/fakes/scripted-writer";
import { FAKE_SERP_KEY, startFakeSerpApi } from "../test/fakes/serp-api";

const admin = { email: "demo-admin@bacowr.local", password: "demo-password-not-for-production" };
const label = "SCRIPTED DEMO OUTPUT: written by a local script standing in for the LLM, not by a model";

async function main() {
  const sites = await startFixtureSites();
  // A short delay per call, so the stages are visible as they pass.
  const anthropic = await startFakeAnthropic({
    reply: (prompt) => scriptedReply(prompt, "thin"),
    delayMs: 600,
  });
  const serp = await startFakeSerpApi();
  const config = loadConfig({
    ...process.env,
    PORT: process.env.PORT ?? "0",
    DATA_DIR: "memory",
    DATABASE_URL: "",
    REDIS_URL: "",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    JWT_SECRET: randomBytes(32).toString("base64url"),
    BACOWR_ADMIN_EMAIL: admin.email,
    BACOWR_ADMIN_PASSWORD: admin.password,
    ANTHROPIC_API_KEY: FAKE_ANTHROPIC_KEY,
    ANTHROPIC_BASE_URL: anthropic.url,
    SERP_API_KEY: FAKE_SERP_KEY,
    SERP_API_URL: `${serp.url}/search`,
    WORKER_IN_PROCESS: "true",
    WORKER_POLL_INTERVAL_MS: "200",
    ...sites.env,
  });
  const platform = await startPlatform(config, pino({ level: config.env.LOG_LEVEL }));
  const close = async () => {
    await platform.close();
    await Promise.all([sites.close(), anthropic.close(), serp.close()]);
  };
  try {
    const call = async (method: string, path: string, token?: string, body?: unknown) => {
      const response = await fetch(`${platform.url}${path}`, {
        method,
        headers: {
          ...(body ? { "content-type": "application/json" } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      // biome-ignore lint/suspicious/noExplicitAny: the demo prints whatever the API answers
      return (await response.json()) as any;
    };
    console.log(`BACOWR demo: server at ${platform.url} (embedded PostgreSQL, in-process worker)`);
    const login = await call("POST", "/v1/auth/login", undefined, admin);
    const token = login.data.access_token as string;
    const order = {
      publisher_domain: "worklife.example",
      target_url: `${sites.base}/product`,
      anchor_text: "best project management tools",
      options: { llm_provider: "anthropic", strategy: "multi_stage", preflight_mode: "heavy" },
    };
    console.log("POST /v1/jobs", JSON.stringify(order));
    const created = await call("POST", "/v1/jobs", token, order);
    const jobId = created.data.job_id as string;
    console.log(`→ ${created.data.status} ${jobId}\n`);

    const bar = new SingleBar({ format: " {bar} {percentage}% | {status}", hideCursor: true });
    if (process.stdout.isTTY) bar.start(100, 0, { status: "RECEIVE" });
    let shown = "";
    // biome-ignore lint/suspicious/noExplicitAny: the demo prints whatever the API answers
    let job: any;
    for (;;) {
      job = (await call("GET", `/v1/jobs/${jobId}`, token)).data;
      if (process.stdout.isTTY) bar.update(job.progress, { status: job.status });
      else if (job.status !== shown) console.log(`  ${String(job.progress).padStart(3)}%  ${job.status}`);
      shown = job.status;
      if (["DELIVER", "BLOCKED", "ERROR", "CANCELLED"].includes(job.status)) break;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    if (process.stdout.isTTY) bar.stop();

    console.log("\nState history:");
    for (const step of job.state_history)
      console.log(`  ${step.timestamp}  ${step.state}${step.note ? `  (${step.note})` : ""}`);
    if (job.article) {
      console.log(`\n===== ${label} =====\n`);
      console.log(job.article.content);
      console.log(`===== end of ${label.split(":")[0]} =====\n`);
      console.log(`Words: ${job.article.word_count}; link at character ${job.article.backlink.position}`);
    }
    if (job.qc_report) {
      console.log(`\nQC: ${job.qc_report.status}, score ${job.qc_report.score}`);
      for (const [name, check] of Object.entries(
        job.qc_report.checks as Record<string, { passed: boolean }>,
      )) {
        console.log(`  ${check.passed ? "✓" : "✗"} ${name}`);
      }
      for (const issue of job.qc_report.issues)
        console.log(`  issue (${issue.severity}) ${issue.category}: ${issue.message}`);
      for (const step of job.qc_report.rescue)
        console.log(`  rescue round ${step.round}: ${step.action} — ${step.issue}`);
    }
    if (job.error) console.log(`\nError: ${job.error.code}: ${job.error.message}`);
    console.log(
      `\nCost: LLM $${job.cost.llm}, SERP $${job.cost.serp}, total $${job.cost.total} (${job.duration_seconds}s)`,
    );
    console.log(`HTML: ${platform.url}/v1/jobs/${jobId}/article.html (Bearer token required)`);
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
