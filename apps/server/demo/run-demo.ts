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
  const { platform, client } = world;
  try {
    console.log(`BACOWR demo: server at ${platform.url} (embedded PostgreSQL, in-process worker)`);
    const order = {
      ...world.order("best project management tools"),
      options: { llmProvider: "anthropic", strategy: "multi_stage", preflightMode: "heavy" } as const,
    };
    console.log("jobs.create", JSON.stringify(order));
    const created = await client.jobs.create(order);
    const jobId = created.jobId;
    console.log(`→ ${created.status} ${jobId}\n`);

    // Progress arrives pushed over the job's event stream (GET /v1/jobs/{id}/events).
    const bar = new SingleBar({ format: " {bar} {percentage}% | {status}", hideCursor: true });
    if (process.stdout.isTTY) bar.start(100, 0, { status: "RECEIVE" });
    const job = await created.waitForCompletion({
      timeout: 120_000,
      onProgress: ({ status, progress }) => {
        if (process.stdout.isTTY) bar.update(progress, { status });
        else console.log(`  ${String(progress).padStart(3)}%  ${status}`);
      },
    });
    if (process.stdout.isTTY) bar.stop();

    console.log("\nState history:");
    for (const step of job.stateHistory ?? [])
      console.log(`  ${step.timestamp}  ${step.state}${step.note ? `  (${step.note})` : ""}`);
    if (job.article) {
      console.log(`\n===== ${label} =====\n`);
      console.log(job.article.content);
      console.log(`===== end of ${label.split(":")[0]} =====\n`);
      console.log(`Words: ${job.article.wordCount}; link at character ${job.article.backlink.position}`);
    }
    if (job.qcReport) {
      console.log(`\nQC: ${job.qcReport.status}, score ${job.qcReport.score}`);
      for (const [name, check] of Object.entries(job.qcReport.checks)) {
        console.log(`  ${check.passed ? "✓" : "✗"} ${name}`);
      }
      for (const issue of job.qcReport.issues)
        console.log(`  issue (${issue.severity}) ${issue.category}: ${issue.message}`);
      for (const step of job.qcReport.rescue ?? [])
        console.log(`  rescue round ${step.round}: ${step.action} — ${step.issue}`);
    }
    if (job.error) console.log(`\nError: ${job.error.code}: ${job.error.message}`);
    if (job.cost) {
      console.log(
        `\nCost: LLM $${job.cost.llm}, SERP $${job.cost.serp}, total $${job.cost.total} (${job.durationSeconds}s)`,
      );
    }
    console.log(`HTML: ${platform.url}/v1/jobs/${jobId}/article.html (Bearer token required)`);
  } finally {
    await world.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
