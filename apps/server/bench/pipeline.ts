/**
 * pnpm bench:pipeline — 100 article jobs through the real server and worker,
 * with the fake Anthropic server answering every call after a fixed 200 ms.
 * Prints wall time against the ideal (jobs ÷ concurrency × LLM calls per job ×
 * 200 ms) as a ratio, the process's peak RSS, and the median QC time for a
 * 1 200-word article.
 *
 *   BENCH_JOBS=100 BENCH_CONCURRENCY=8 BENCH_DATABASE=pglite|postgres pnpm bench:pipeline
 */
import { briefOfPrompt, defaultQcSettings, runQc, writingPrompt } from "@bacowr/core";
import { startLocalWorld } from "../demo/local-world";
import { scriptedReply } from "../test/fakes/scripted-writer";
import { startTemporaryPostgres } from "./temp-postgres";

const jobs = Number(process.env.BENCH_JOBS ?? 100);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
const llmDelayMs = 200;
const callsPerJob = 3; // multi_stage: outline, draft, polish (the scripted article passes QC first time)

async function main() {
  const postgres = process.env.BENCH_DATABASE === "postgres" ? await startTemporaryPostgres() : undefined;
  if (process.env.BENCH_DATABASE === "postgres" && !postgres) throw new Error("no PostgreSQL binaries found");
  const world = await startLocalWorld({
    writer: "clean",
    llmDelayMs,
    env: { DATABASE_URL: postgres?.url ?? "", WORKER_CONCURRENCY: String(concurrency) },
  });
  const { client, anthropic } = world;

  let peakRss = process.memoryUsage.rss();
  const baselineRss = peakRss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 20);

  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await Promise.all(
    Array.from({ length: jobs }, (_, i) =>
      client.jobs.create(world.order(`best project management tools ${i}`)),
    ),
  );
  let finished = 0;
  let delivered = 0;
  while (finished < jobs) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const counts = await Promise.all(
      (["DELIVER", "BLOCKED", "ERROR"] as const).map(async (status) => {
        const page = await client.jobs.list({ status, limit: 1 });
        return page.pagination.total;
      }),
    );
    delivered = counts[0] ?? 0;
    finished = counts.reduce((a, b) => a + b, 0);
  }
  const wall = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sampler);
  const ideal = (jobs / concurrency) * callsPerJob * (llmDelayMs / 1000);
  const llmCalls = anthropic.requests.length;

  // QC alone, on the scripted 1 200-word article with the research context of the first job.
  const firstPrompt = anthropic.requests.find((r) => JSON.stringify(r.body).includes("<task>draft</task>"));
  const messages = (firstPrompt?.body.messages ?? []) as { content: string }[];
  const prompt = messages[0]?.content ?? "";
  const brief = briefOfPrompt(prompt);
  if (!brief) throw new Error("no draft prompt recorded");
  const article = scriptedReply(writingPrompt(brief, { task: "draft" }));
  const context = {
    publisherDomain: brief.publisher.domain,
    targetUrl: brief.target.url,
    anchorText: brief.anchor_text,
    language: brief.language,
    topicTerms: brief.topic_terms,
    trustCandidates: brief.trust_sources,
    competitorDomains: brief.avoid_linking,
    sourceTexts: brief.serp_insights.map((s) => s.snippet),
  };
  const timings: number[] = [];
  let report = runQc(article, context, defaultQcSettings);
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    report = runQc(article, context, defaultQcSettings);
    timings.push(performance.now() - t0);
  }
  timings.sort((a, b) => a - b);

  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
  console.log(`database: ${postgres ? "PostgreSQL (temporary server)" : "embedded PGlite"}`);
  console.log(
    `jobs: ${jobs} (${delivered} delivered), concurrency ${concurrency}, LLM calls ${llmCalls} at ${llmDelayMs} ms`,
  );
  console.log(
    `wall time: ${wall.toFixed(2)} s; ideal ${ideal.toFixed(2)} s; ratio ${(wall / ideal).toFixed(2)}`,
  );
  console.log(
    `CPU time in this process during the run: ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s (${((cpu.user + cpu.system) / 1e3 / jobs).toFixed(0)} ms per job, all on one event loop)`,
  );
  console.log(
    `peak RSS: ${mb(peakRss)} MB (baseline before the run ${mb(baselineRss)} MB; server, worker and fakes in one process)`,
  );
  console.log(
    `QC per article (${report.checks.word_count?.actual} words, ${report.status}): median ${timings[100]?.toFixed(2)} ms, p90 ${timings[180]?.toFixed(2)} ms`,
  );

  await world.close();
  postgres?.stop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
