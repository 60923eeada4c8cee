/**
 * pnpm demo — the whole product on one machine, nothing external: the server on
 * embedded PGlite with its in-process worker, plus a local "world" on 127.0.0.1
 * (a publisher site, a target page, a SERP API and a fake Anthropic server whose
 * model is a script). Submits one job, streams its progress and prints the
 * article and QC report.
 */
import { SingleBar } from "cli-progress";
import { startLocalWorld } from "./local-world";

const label = "SCRIPTED DEMO OUTPUT: written by a local script standing in for the LLM, not by a model";

async function main() {
  // A short delay per call, so the stages are visible as they pass; a thin first draft, so RESCUE has work.
  const world = await startLocalWorld({ writer: "thin", llmDelayMs: 600 });
  const { platform, call, token } = world;
  try {
    console.log(`BACOWR demo: server at ${platform.url} (embedded PostgreSQL, in-process worker)`);
    const order = {
      ...world.order("best project management tools"),
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
    await world.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
