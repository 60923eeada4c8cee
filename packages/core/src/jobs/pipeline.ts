import type { UsageRepository } from "../bridge/ports";
import type { Clock } from "../clock";
import type { EventBus } from "../coordination-ports";
import type { LlmClient, LlmProvider } from "../llm/ports";
import { costOfTokens, type PriceTable, priceOf } from "../llm/pricing";
import type { PageFetcher } from "../net/page-fetcher";
import { PreflightError, type PreflightSettings, qcContextFrom, runPreflight } from "../preflight/preflight";
import { ProviderError } from "../provider-error";
import { parseArticle } from "../qc/article-model";
import { detectVerticals } from "../qc/checks/compliance";
import { findAnchor } from "../qc/find-anchor";
import { type QcContext, qcContextSchema } from "../qc/qc-context";
import type { QcReport } from "../qc/qc-report";
import { defaultQcSettings, type QcSettings } from "../qc/qc-settings";
import { blockingIssues, runQc } from "../qc/run-qc";
import {
  classifyIntent,
  type ResearchCache,
  researchSerp,
  type SerpClient,
  SerpProviderError,
} from "../research/serp";
import { type RetryPolicy, retryDelay } from "../retry-delay";
import type { SourceFinder } from "../sources/source-finder";
import type { SourceEntry, SourceLedger } from "../sources/source-ledger";
import { cleanModelMarkdown } from "./article-edit";
import { callSize, costOfCall } from "./cost-estimate";
import { COST_LIMIT_EXCEEDED, CostLimitError, checkCost } from "./cost-limit";
import {
  type FootprintBaseline,
  footprintBaseline,
  measureFootprint,
  sameTargetUrls,
  withFootprint,
} from "./footprint";
import type { JobCheckpoint, JobResearch } from "./job-checkpoint";
import type { Article, JobRecord, RescueEntry } from "./job-records";
import { announceProgress } from "./job-service";
import { type JobStatus, progressOnEntry } from "./job-states";
import type { JobAdvance, JobRepository } from "./ports";
import { rescueRound, type Write } from "./rescue";
import { briefFrom, systemPromptFor } from "./writing-brief";
import { writingPrompt } from "./writing-tasks";

/** The slice of a structured logger the pipeline uses (pino satisfies it). */
export interface PipelineLogger {
  info(data: object, message: string): void;
  warn(data: object, message: string): void;
  error(data: object, message: string): void;
}

export interface PipelineSettings {
  maxRescueRounds: number;
  /** Claims per job before a failing provider or a crashing worker turns it into ERROR. */
  maxAttempts: number;
  /** The backoff after a provider failure (capped, jittered: `retryDelay`). */
  retry: RetryPolicy;
  maxOutputTokens: number;
}

export interface PipelineDeps {
  jobs: JobRepository;
  usage: UsageRepository;
  llm: Partial<Record<LlmProvider, LlmClient>>;
  prices: PriceTable;
  fetcher: PageFetcher;
  preflight: PreflightSettings;
  /** Trust sources without a SERP key (the register and Wikipedia), fetched before they are offered. */
  sources?: SourceFinder | undefined;
  /** Told of a delivered article's live sources, so the link monitor watches them for link rot. */
  watchSources?: ((job: JobRecord, sources: readonly SourceEntry[]) => Promise<void>) | undefined;
  /** The verified source ledger: checks every cited page after each draft, before QC judges it. */
  ledger?: SourceLedger | undefined;
  /** SERP research for heavy preflight; absent when no SERP API is configured. */
  research?: { serp: SerpClient; cache: ResearchCache; ttlSeconds: number; costPerQuery: number } | undefined;
  qc: QcSettings;
  clock: Clock;
  logger: PipelineLogger;
  settings: PipelineSettings;
  /** Where progress is pushed to watchers (SSE, subscriptions). */
  events?: EventBus | undefined;
}

/** Why the pipeline stopped early: not an error of the job. */
export type Interruption = "shutdown" | "lease-lost";

class JobLostError extends Error {
  override name = "JobLostError";
}

const unique = (items: string[]) => [...new Set(items)];

/** The article as the API returns it, with the link's character offset. */
export function articleFrom(markdown: string, context: QcContext): Article {
  const model = parseArticle(markdown, context.language);
  const { link } = findAnchor(model, context);
  return {
    title: model.title ?? "",
    content: markdown,
    word_count: model.bodyWords,
    backlink: {
      anchor_text: context.anchorText,
      target_url: context.targetUrl,
      position: link?.offset ?? null,
    },
  };
}

/** One run of a claimed job: what its stages share and hand on to each other. */
interface JobRun {
  readonly job: JobRecord & { checkpoint: JobCheckpoint };
  readonly workerId: string;
  readonly deps: PipelineDeps;
  readonly signal: AbortSignal;
  /** Saved at each stage boundary; a resumed run starts from it. */
  readonly checkpoint: JobCheckpoint;
  /** Cost incurred since the last saved change, added to the job with the next one. */
  pendingCost: { llm: number; serp: number };
  /** USD saved on the job: its cost when claimed plus every cost saved since (`max_cost` counts from it). */
  savedCost: number;
  /** LLM calls this run has made. */
  llmCalls: number;
  status: JobStatus;
  progress: number;
  /** The writing calls, once a stage needs the model. */
  write?: Write;
  /** The article as QC judged it: set by QC, improved by RESCUE, delivered or blocked at the end. */
  verdict?: { markdown: string; report: QcReport; rescue: RescueEntry[] };
  /** A batch job's earlier delivered siblings for the same target, read once by QC. */
  footprint?: FootprintBaseline;
}

/** A stage of the pipeline; `done` reads from the checkpoint whether an earlier run finished it. */
interface Stage {
  /** For the logs: where an interrupted job stopped. */
  name: string;
  done?: (checkpoint: JobCheckpoint) => boolean;
  run: (run: JobRun) => Promise<void>;
}

/**
 * Saves a change if the job is still this worker's and not final, and tells
 * watchers. A cancelled or taken-over job stops here, at the stage boundary.
 */
async function step(run: JobRun, change: JobAdvance): Promise<void> {
  if (run.signal.aborted) throw new JobLostError(String(run.signal.reason));
  const addCost = run.pendingCost;
  run.pendingCost = { llm: 0, serp: 0 };
  run.savedCost += addCost.llm + addCost.serp;
  const ok = await run.deps.jobs.advance(
    run.job.id,
    run.workerId,
    { ...change, addCost },
    run.deps.clock.now(),
  );
  if (!ok) throw new JobLostError("the job was cancelled or taken over");
  if (change.status || change.progress !== undefined) {
    if (change.status) run.status = change.status;
    if (change.progress !== undefined) run.progress = change.progress;
    await announce(run.deps, run.job, run.status, run.progress);
  }
}

const enter = (run: JobRun, status: JobStatus, extra: JobAdvance = {}) =>
  step(run, { status, progress: progressOnEntry[status], ...extra });

function contextOf(run: JobRun): QcContext {
  if (!run.checkpoint.research) throw new Error("a stage after PREFLIGHT ran without research");
  return qcContextSchema.parse(run.checkpoint.research.qcContext);
}

/** The job's model, prompted with the brief from research; each call is priced and recorded. */
function writerOf(run: JobRun): Write {
  if (run.write) return run.write;
  const { job, deps, workerId } = run;
  const research_ = run.checkpoint.research;
  if (!research_) throw new Error("a writing stage ran without research");
  const order = {
    publisherDomain: job.publisher_domain,
    targetUrl: job.target_url,
    anchorText: job.anchor_text,
  };
  const brief = briefFrom(order, research_, deps.qc, job.options.custom_instructions);
  const client = deps.llm[job.options.llm_provider];
  if (!client) {
    throw new ProviderError(job.options.llm_provider, "no API key is configured for this provider any more");
  }
  run.write = async (task) => {
    const system = systemPromptFor(brief);
    const prompt = writingPrompt(brief, task);
    // The cap is checked before the money is spent: the call is priced from the prompt it will send.
    const size = callSize(system, prompt, task, deps.qc, deps.settings.maxOutputTokens);
    const unsaved = run.pendingCost.llm + run.pendingCost.serp;
    const allowance = await checkCost({
      job,
      spent: run.savedCost + unsaved,
      unsaved,
      nextCall: costOfCall(deps.prices, client.defaultModel, size),
      firstCall: run.llmCalls === 0 && job.cost_llm === 0,
      batchBudget: (batchId, jobId) => deps.jobs.batchBudget(batchId, jobId),
    });
    run.llmCalls++;
    const result = await client.complete({
      model: client.defaultModel,
      system,
      prompt,
      maxTokens: outputTokensWithin(
        allowance,
        size,
        priceOf(deps.prices, client.defaultModel),
        deps.settings,
      ),
      signal: run.signal,
    });
    const cost = costOfTokens(deps.prices, result.model, result.inputTokens, result.outputTokens);
    run.pendingCost.llm += cost;
    await deps.usage.recordLlm({
      source: "job",
      job_id: job.id,
      campaign_id: null,
      worker_id: workerId,
      provider: client.provider,
      model: result.model,
      input_tokens: result.inputTokens,
      output_tokens: result.outputTokens,
      cost,
    });
    return result.content;
  };
  return run.write;
}

/**
 * The longest answer the caps allow: the expected answer always fits (checked before), and a model that
 * would write more is cut off where the money runs out rather than passing the cap. The prompt's tokens are
 * only estimated (4 characters each), so they are counted a quarter high here.
 */
function outputTokensWithin(
  allowance: number,
  size: { inputTokens: number; outputTokens: number },
  price: { input: number; output: number } | undefined,
  settings: PipelineSettings,
): number {
  if (!Number.isFinite(allowance) || !price || price.output <= 0) return settings.maxOutputTokens;
  const affordable = Math.floor(
    ((allowance * 1_000_000 - size.inputTokens * 1.25 * price.input) / price.output) * 0.98,
  );
  return Math.max(1, Math.min(settings.maxOutputTokens, Math.max(affordable, size.outputTokens)));
}

/** PREFLIGHT: read the target and the publisher (and the SERP when heavy), once per job. */
async function preflightStage(run: JobRun): Promise<void> {
  const { job, deps } = run;
  // Before anything is spent: a heavy preflight's SERP query must fit the job's cap, and a batch job must fit
  // its batch's cap whole (so a batch stops starting jobs it cannot pay for, rather than paying for research).
  const serpQuery = job.options.preflight_mode === "heavy" ? (deps.research?.costPerQuery ?? 0) : 0;
  const unsaved = run.pendingCost.llm + run.pendingCost.serp;
  await checkCost(
    {
      job,
      spent: run.savedCost + unsaved,
      unsaved,
      nextCall: serpQuery,
      firstCall: job.cost_llm === 0,
      batchBudget: (batchId, jobId) => deps.jobs.batchBudget(batchId, jobId),
    },
    serpQuery > 0 ? "a SERP query" : "starting the job",
  );
  await enter(run, "PREFLIGHT");
  run.checkpoint.research = await research(run.job, run.deps, (cost) => {
    run.pendingCost.serp += cost;
  });
  await step(run, { progress: 25, checkpoint: run.checkpoint });
}

/** WRITE: the draft, saved so a resumed job does not pay for it again. */
async function writeStage(run: JobRun): Promise<void> {
  const write = writerOf(run);
  await enter(run, "WRITE");
  run.checkpoint.draft = await writeArticle(run.job.options.strategy, write, contextOf(run), (progress) =>
    step(run, { progress }),
  );
  await step(run, { progress: 65, checkpoint: run.checkpoint });
}

/** QC: deterministic, so it runs again on a resumed job instead of being saved. */
async function qcStage(run: JobRun): Promise<void> {
  // Rescue rounds need the model; a job whose provider lost its key fails here, before judging.
  writerOf(run);
  const markdown = run.checkpoint.draft;
  if (markdown === undefined) throw new Error("QC ran without a draft");
  const { job, deps } = run;
  if (job.batch_id) {
    const siblings = await deps.jobs.deliveredInBatch(job.batch_id, job.id, sameTargetUrls(job.target_url));
    run.footprint = footprintBaseline(job.target_url, siblings, {
      settings: deps.qc.footprint,
      locale: contextOf(run).language,
    });
  }
  const report = await judge(run, markdown);
  run.verdict = { markdown, report, rescue: run.checkpoint.rescue ?? [] };
  await enter(run, "QC", { note: `score ${report.score}, ${report.status}` });
}

/**
 * QC's report, and for a batch job the footprint against its delivered
 * siblings: outside `runQc`, which judges an article on its own.
 */
async function judge(run: JobRun, markdown: string): Promise<QcReport> {
  const context = contextOf(run);
  const sourceLedger = await run.deps.ledger?.verify(markdown, context);
  const report = runQc(markdown, { ...context, ...(sourceLedger ? { sourceLedger } : {}) }, run.deps.qc);
  if (!run.footprint) return report;
  return withFootprint(report, measureFootprint(markdown, run.footprint), run.deps.qc.footprint);
}

/**
 * Whether a rescued article is better: it scores higher, or it has fewer
 * blocking issues without losing score (or while still scoring a pass). A
 * footprint rewrite, for one, removes a blocking issue and leaves the score
 * about where it was.
 */
export function rescueImproved(next: QcReport, previous: QcReport, settings: QcSettings): boolean {
  if (next.score > previous.score) return true;
  return (
    blockingIssues(next.issues, settings).length < blockingIssues(previous.issues, settings).length &&
    (next.score >= previous.score || next.score >= settings.passScore)
  );
}

/**
 * RESCUE: rounds of targeted repairs while QC fails with something fixable,
 * up to the configured maximum (counting rounds an earlier run already made).
 * A round that does not improve the article (`rescueImproved`) ends rescue and is not kept.
 */
async function rescueStage(run: JobRun): Promise<void> {
  const { deps, checkpoint } = run;
  const verdict = run.verdict;
  if (!verdict) throw new Error("RESCUE ran before QC");
  const context = contextOf(run);
  let rounds = checkpoint.rescueRounds ?? 0;
  while (
    verdict.report.status === "FAIL" &&
    rounds < deps.settings.maxRescueRounds &&
    rescuable(verdict.report, deps.qc)
  ) {
    rounds++;
    await step(run, {
      status: "RESCUE",
      progress: Math.min(95, progressOnEntry.RESCUE + (rounds - 1) * 8),
      note: `round ${rounds}: ${verdict.report.issues.filter((i) => i.auto_fixable).length} fixable issue(s)`,
    });
    const repaired = await rescueRound({
      markdown: verdict.markdown,
      report: verdict.report,
      context,
      settings: deps.qc,
      write: writerOf(run),
      round: rounds,
      footprint: run.footprint,
    });
    verdict.rescue.push(...repaired.entries);
    const next = repaired.markdown === verdict.markdown ? undefined : await judge(run, repaired.markdown);
    const improved = next !== undefined && rescueImproved(next, verdict.report, deps.qc);
    if (improved) {
      verdict.markdown = repaired.markdown;
      verdict.report = next;
    }
    Object.assign(checkpoint, { draft: verdict.markdown, rescue: verdict.rescue, rescueRounds: rounds });
    await step(run, {
      status: "QC",
      progress: Math.min(97, progressOnEntry.RESCUE + rounds * 8),
      checkpoint,
      note: improved
        ? `score ${verdict.report.score}, ${verdict.report.status}`
        : `rescue round ${rounds} did not improve the article; rescue ends`,
    });
    if (!improved) break;
  }
}

/** DELIVER when QC passes, else BLOCKED with the remaining issues: the job's final state. */
async function verdictStage(run: JobRun): Promise<void> {
  const verdict = run.verdict;
  if (!verdict) throw new Error("the verdict was reached before QC");
  const { markdown, report, rescue } = verdict;
  const passed = report.status === "PASS";
  await enter(run, passed ? "DELIVER" : "BLOCKED", {
    article: articleFrom(markdown, contextOf(run)),
    qc_report: { ...report, rescue },
    ...(passed ? {} : { note: blockedNote(report, run.deps.qc) }),
    completed: true,
  });
  if (passed && report.sources) await run.deps.watchSources?.(run.job, report.sources);
  run.deps.logger.info(
    { job_id: run.job.id, worker_id: run.workerId, status: run.status, score: report.score },
    "job finished",
  );
}

/**
 * The pipeline, PREFLIGHT → WRITE → QC → (RESCUE → QC)* → DELIVER | BLOCKED.
 * PREFLIGHT and WRITE save their result in the checkpoint, and a resumed job
 * skips what an earlier run finished.
 */
const stages: readonly Stage[] = [
  { name: "PREFLIGHT", done: (c) => c.research !== undefined, run: preflightStage },
  { name: "WRITE", done: (c) => c.draft !== undefined, run: writeStage },
  { name: "QC", run: qcStage },
  { name: "RESCUE", run: rescueStage },
  { name: "VERDICT", run: verdictStage },
];

/**
 * Runs one claimed job from where its checkpoint left off, stage by stage.
 * Every write is conditional on the job still being this worker's and not
 * final, so a cancelled job stops at the next stage boundary.
 */
export async function runJob(
  job: JobRecord & { checkpoint: JobCheckpoint },
  workerId: string,
  deps: PipelineDeps,
  signal: AbortSignal,
): Promise<void> {
  const run: JobRun = {
    job,
    workerId,
    deps,
    signal,
    checkpoint: { ...job.checkpoint },
    pendingCost: { llm: 0, serp: 0 },
    savedCost: job.cost_llm + job.cost_serp,
    llmCalls: 0,
    status: job.status,
    progress: job.progress,
  };
  let current: string | undefined;
  try {
    if (job.attempts > deps.settings.maxAttempts) {
      await enter(run, "ERROR", {
        error: {
          code: "INTERNAL_ERROR",
          message: `The job was interrupted ${job.attempts - 1} times and gave up`,
        },
        completed: true,
      });
      return;
    }
    for (const stage of stages) {
      if (stage.done?.(run.checkpoint)) continue;
      if (signal.aborted) throw new JobLostError(String(signal.reason));
      current = stage.name;
      await stage.run(run);
    }
  } catch (error) {
    const { jobs, clock, logger } = deps;
    if (error instanceof JobLostError || signal.aborted) {
      if (signal.reason === "shutdown") {
        await jobs.release(
          job.id,
          workerId,
          clock.now(),
          "worker shut down; the job resumes elsewhere",
          clock.now(),
        );
      }
      logger.info(
        { job_id: job.id, worker_id: workerId, stage: current, reason: String(signal.reason ?? error) },
        "job interrupted",
      );
      return;
    }
    await fail(job, workerId, deps, error, run.checkpoint, run.pendingCost);
  }
}

/**
 * Worth a rescue round: something is fixable, and no blocking issue of a
 * severity in `rescueStoppers` (critical, high) is beyond repair, since then
 * no round could lead to DELIVER and every call would be spent for nothing.
 * An unfixable medium issue (`intent_partial`) does not stop it: a round still
 * repairs the rest and raises the score, and the delivered report says what is left.
 */
export function rescuable(report: QcReport, settings: QcSettings = defaultQcSettings): boolean {
  return (
    report.issues.some((i) => i.auto_fixable) &&
    blockingIssues(report.issues, settings).every(
      (i) => i.auto_fixable || !settings.rescueStoppers.includes(i.severity),
    )
  );
}

/**
 * Pushes a job's progress to its watchers, and to its batch's; a lost message
 * only delays them until their next re-read.
 */
async function announce(
  deps: PipelineDeps,
  job: Pick<JobRecord, "id" | "batch_id">,
  status: string,
  progress: number,
): Promise<void> {
  await announceProgress(deps.events, job, status, progress);
}

function blockedNote(report: QcReport, settings: QcSettings): string {
  const remaining = blockingIssues(report.issues, settings);
  return `QC ${report.status} at ${report.score}: ${remaining.map((i) => i.category).join(", ") || "score below threshold"}`;
}

async function research(
  job: JobRecord,
  deps: PipelineDeps,
  addSerpCost: (cost: number) => void,
): Promise<JobResearch> {
  const order = {
    publisherDomain: job.publisher_domain,
    targetUrl: job.target_url,
    anchorText: job.anchor_text,
  };
  const preflight = await runPreflight(deps.fetcher, order, { ...deps.preflight, qc: deps.qc });
  const base = qcContextFrom(order, preflight);
  let serp: JobResearch["serp"];
  if (job.options.preflight_mode === "heavy") {
    if (!deps.research) throw new SerpProviderError("serp", "heavy preflight needs SERP_API_KEY");
    serp = await researchSerp(
      {
        serp: deps.research.serp,
        cache: deps.research.cache,
        qc: deps.qc,
        ttlSeconds: deps.research.ttlSeconds,
      },
      { anchorText: job.anchor_text, targetUrl: job.target_url, language: preflight.language },
    );
    if (!serp.fromCache) addSerpCost(deps.research.costPerQuery);
  }
  const found = deps.sources
    ? await deps.sources.find({
        language: preflight.language,
        verticals: detectVerticals(qcContextSchema.parse(base), deps.qc),
        anchorText: job.anchor_text,
        topics: preflight.topicTerms,
      })
    : [];
  // With the finder, every candidate is fetched before it is offered: a dead link on a page never reaches the writer.
  const pageAndSerp = unique([...(serp?.trustCandidates ?? []), ...preflight.trustCandidates]);
  const researched = deps.sources ? await deps.sources.liveOnly(pageAndSerp) : pageAndSerp;
  const qcContext: QcContext = qcContextSchema.parse({
    ...base,
    intent: serp?.intent ?? classifyIntent(job.anchor_text),
    serpResearched: serp !== undefined,
    topicTerms: unique([...preflight.topicTerms, ...(serp?.topicTerms ?? [])]).slice(0, 10),
    competitorDomains: serp?.competitorDomains ?? [],
    trustCandidates: unique([...researched, ...found.map((source) => source.url)]),
    sourceTexts: [...(base.sourceTexts ?? []), ...(serp?.sourceTexts ?? [])],
  });
  return { preflight, serp, qcContext };
}

/** WRITE: one call (single_stage), or outline → draft → polish (multi_stage). */
async function writeArticle(
  strategy: JobRecord["options"]["strategy"],
  write: Write,
  context: QcContext,
  progress: (value: number) => Promise<void>,
): Promise<string> {
  if (strategy === "single_stage") return cleanModelMarkdown(await write({ task: "draft" }), true);
  const outline = await write({ task: "outline" });
  await progress(40);
  const draft = cleanModelMarkdown(await write({ task: "draft", outline }), true);
  await progress(55);
  const polished = cleanModelMarkdown(await write({ task: "polish", article: draft }), true);
  // A polish that drops the link or a chunk of the text is worse than no polish.
  const before = parseArticle(draft);
  const after = parseArticle(polished);
  const keptLink =
    findAnchor(after, context).link !== undefined || findAnchor(before, context).link === undefined;
  return keptLink && after.bodyWords >= before.bodyWords * 0.85 ? polished : draft;
}

async function fail(
  job: JobRecord,
  workerId: string,
  deps: PipelineDeps,
  error: unknown,
  checkpoint: JobCheckpoint,
  pendingCost: { llm: number; serp: number },
): Promise<void> {
  const { jobs, clock, settings, logger } = deps;
  const now = clock.now();
  const log = { job_id: job.id, worker_id: workerId, err: error };
  /** Ends the job in ERROR with a contract code, keeping what it cost and where it got to. */
  const endInError = async (code: string, message: string) => {
    await jobs.advance(
      job.id,
      workerId,
      {
        status: "ERROR",
        progress: 100,
        checkpoint,
        error: { code, message },
        addCost: pendingCost,
        completed: true,
      },
      now,
    );
    await announce(deps, job, "ERROR", 100);
  };
  if (error instanceof PreflightError) {
    const target = error.page === "target";
    await endInError(
      target ? "INVALID_URL" : "INVALID_PUBLISHER",
      `${target ? "The target page" : "The publisher's site"} could not be read: ${error.reason}`,
    );
    logger.warn(log, "job failed in preflight");
    return;
  }
  if (error instanceof CostLimitError) {
    await endInError(COST_LIMIT_EXCEEDED, error.message);
    logger.warn({ job_id: job.id, worker_id: workerId, cap: error.cap }, "job stopped by its cost cap");
    return;
  }
  if (error instanceof ProviderError) {
    const code = error instanceof SerpProviderError ? "SERP_API_ERROR" : "LLM_API_ERROR";
    if (job.attempts < settings.maxAttempts) {
      const delay = Math.round(retryDelay(job.attempts, settings.retry));
      await jobs.advance(job.id, workerId, { checkpoint, addCost: pendingCost }, now);
      await jobs.release(
        job.id,
        workerId,
        new Date(now.getTime() + delay * 1000),
        `${code}: ${error.message}; retry ${job.attempts} of ${settings.maxAttempts - 1} in ${delay}s`,
        now,
      );
      logger.warn({ ...log, retry_in_seconds: delay }, "provider failed; the job will retry");
      return;
    }
    await endInError(code, `${error.message} (after ${job.attempts} attempts)`);
    logger.warn(log, "provider kept failing; the job is in ERROR");
    return;
  }
  logger.error(log, "job failed unexpectedly");
  await endInError("INTERNAL_ERROR", "An unexpected error stopped the job");
}
