/**
 * pnpm bench:qc — QC's speed on ~1 200-word articles, English and Swedish:
 * runs QC many times over each and prints the median and p99 in milliseconds.
 * The context comes from profiling the same publisher and target pages the
 * light-mode HTTP test serves, so the bench measures a realistic report.
 *
 * Wall time is what a caller waits; CPU time is printed beside it, since on a
 * shared machine other processes stretch wall time (the load average is shown).
 *
 *   BENCH_RUNS=500 pnpm bench:qc
 */

import { loadavg } from "node:os";
import { runQc } from "@bacowr/core";
import { qcArticles } from "./qc-articles";

const runs = Number(process.env.BENCH_RUNS ?? 500);
const warmup = 50;

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;

for (const language of ["en", "sv"] as const) {
  const { markdown, context } = qcArticles.local(language, "https://shop.example/page");
  const report = runQc(markdown, context);
  for (let i = 0; i < warmup; i++) runQc(markdown, context);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    runQc(markdown, context);
    const used = process.cpuUsage(cpuBefore);
    times.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const words = report.checks.word_count?.actual;
  console.log(
    `${language}: ${words} words, ${report.status} ${report.score} — median ${quantile(times, 0.5).toFixed(2)} ms, p99 ${quantile(times, 0.99).toFixed(2)} ms (${runs} runs; CPU time median ${quantile(cpu, 0.5).toFixed(2)} ms, p99 ${quantile(cpu, 0.99).toFixed(2)} ms, load ${loadavg()[0]?.toFixed(1)})`,
  );
}
