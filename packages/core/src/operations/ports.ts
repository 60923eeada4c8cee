import type { UsageRepository } from "../bridge/ports";
import type { JobStatus } from "../jobs/job-states";

/** What the database says about the work in flight, read when an operator's scraper asks. */
export interface OperationsSnapshot {
  /** Every job by its state, final states included. */
  jobsByState: Partial<Record<JobStatus, number>>;
  /** Jobs a worker could claim now: not final, not leased, due (`run_after` passed). */
  queueDepth: number;
  /** How long the longest-waiting of those has been due, in seconds; 0 when none waits. */
  oldestWaitingSeconds: number;
  /** Worker-bridge tasks by status. */
  bridgeTasksByStatus: Record<string, number>;
  /** Webhook deliveries by status (pending, delivered, dead). */
  webhookDeliveriesByStatus: Record<string, number>;
  /** How long the longest-due pending delivery has been due, in seconds; 0 when none is. */
  webhookOldestDueSeconds: number;
}

/** The read model behind the operators' gauges: a few aggregate queries, no row data. */
export interface OperationsMetricsSource {
  read(now: Date): Promise<OperationsSnapshot>;
}

/** One priced LLM call, as usage recording sees it. */
export type LlmUsageRecord = Parameters<UsageRepository["recordLlm"]>[0];

/**
 * Where the platform reports what it does, for operators' metrics. Every
 * method is optional and must not throw or block: observation never changes
 * the outcome of the work it observes.
 */
export interface OperationsObserver {
  /** A job left `stage` after `seconds` in it (stages entered and left within one run of the job). */
  jobStageFinished?(stage: JobStatus, seconds: number): void;
  /** A job reached a final state in this process. */
  jobFinished?(status: JobStatus): void;
  /** An LLM call was priced and recorded (a job's writing or the bridge's relay). */
  llmUsage?(usage: LlmUsageRecord): void;
}
