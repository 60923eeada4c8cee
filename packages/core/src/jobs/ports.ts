import type { IdempotencyClaim } from "../idempotency/ports";
import type { BatchListFilters, BatchRecord, BatchTally } from "./batch-records";
import type { BatchBudget } from "./cost-limit";
import type { FootprintSibling } from "./footprint";
import type { JobCheckpoint } from "./job-checkpoint";
import type { Article, JobListFilters, JobQcReport, JobRecord, JobTransition } from "./job-records";
import type { JobStatus } from "./job-states";
import type { TierLimits } from "./limits";

export type NewJob = Pick<
  JobRecord,
  | "id"
  | "user_id"
  | "batch_id"
  | "batch_position"
  | "publisher_domain"
  | "target_url"
  | "anchor_text"
  | "options"
  | "max_cost"
  | "estimated_cost"
  | "created_at"
> & { estimated_completion: Date };

/** A change the worker makes while it holds the job's lease. */
export interface JobAdvance {
  status?: JobStatus;
  progress?: number;
  /** Recorded with the state transition, e.g. why a job was blocked. */
  note?: string;
  checkpoint?: JobCheckpoint;
  article?: Article | null;
  qc_report?: JobQcReport | null;
  addCost?: { llm?: number; serp?: number };
  error?: { code: string; message: string };
  completed?: boolean;
}

export interface JobRepository {
  /** Inserts the job, storing `claim` with it in one transaction; throws IdempotencyKeyTaken when the key is held. */
  create(job: NewJob & { note?: string | null }, claim?: IdempotencyClaim): Promise<JobRecord>;
  /** The user's jobs that are not final (waiting or running), for the note on a new job. */
  unfinishedJobs(userId: string): Promise<number>;
  findOwned(id: string, userId: string): Promise<JobRecord | undefined>;
  history(id: string): Promise<JobTransition[]>;
  list(userId: string, filters: JobListFilters): Promise<{ jobs: JobRecord[]; total: number }>;
  /** Cancels a job that is not final; undefined when the user has no such job. */
  cancel(id: string, userId: string, now: Date): Promise<{ job: JobRecord; cancelled: boolean } | undefined>;

  /**
   * Takes a runnable job whose lease is free or expired, fairly: the user with
   * the fewest running jobs first, never past a user's concurrent-job limit
   * (their own, else their tier's in `tiers`), nor past a batch's
   * `parallel_jobs` or beyond its current chunk. Claims are serialised, so
   * limits hold across workers.
   */
  claim(
    workerId: string,
    now: Date,
    leaseUntil: Date,
    tiers: TierLimits,
  ): Promise<(JobRecord & { checkpoint: JobCheckpoint }) | undefined>;
  /** Extends the lease; false when the job is no longer this worker's (cancelled, or taken after expiry). */
  heartbeat(id: string, workerId: string, leaseUntil: Date): Promise<boolean>;
  /** Applies a change if the worker still holds the job and it is not final; logs a transition when the state changes. */
  advance(id: string, workerId: string, change: JobAdvance, now: Date): Promise<boolean>;
  /** Gives the job back (retry later, or shutdown) keeping its state and checkpoint. */
  release(id: string, workerId: string, runAfter: Date, note: string | null, now: Date): Promise<boolean>;
  /**
   * The delivered articles of a batch for a target (any of `targetUrls`, its
   * spellings), all but `exceptJobId`'s, oldest delivery first (footprint control).
   */
  deliveredInBatch(batchId: string, exceptJobId: string, targetUrls: string[]): Promise<FootprintSibling[]>;
  /** A batch's cap, spending and what its running jobs other than `jobId` reserve; undefined for no such batch. */
  batchBudget(batchId: string, jobId: string): Promise<BatchBudget | undefined>;
}

export type NewBatch = Pick<
  BatchRecord,
  "id" | "user_id" | "name" | "options" | "chunk_size" | "parallel_jobs" | "max_cost" | "created_at"
>;

/** A job of a new batch: created with the batch, with a note on its first transition saying when it runs. */
export type NewBatchJob = NewJob & { note: string | null };

export interface BatchRepository {
  /** Inserts the batch and all its jobs in one transaction, storing `claim` with them. */
  create(batch: NewBatch, jobs: NewBatchJob[], claim?: IdempotencyClaim): Promise<BatchRecord>;
  findOwned(id: string, userId: string): Promise<BatchRecord | undefined>;
  /** Where the batch's jobs stand, in one read. */
  tally(id: string): Promise<BatchTally>;
  /**
   * Marks a RUNNING batch COMPLETED when none of its jobs is left to run; the
   * settled batch, or undefined when there was nothing to settle.
   */
  settle(id: string, now: Date): Promise<BatchRecord | undefined>;
  /** The batch's job ids in submission order. */
  jobIds(id: string): Promise<string[]>;
  /** Per job: target, anchor (for the anchors report). */
  anchors(id: string): Promise<{ target_url: string; anchor_text: string }[]>;
  list(userId: string, filters: BatchListFilters): Promise<{ batches: BatchRecord[]; total: number }>;
  /**
   * Cancels the batch and every job of it that is not final, in one
   * transaction; undefined when the user has no such batch. `cancelled`
   * lists the jobs this call cancelled.
   */
  cancel(
    id: string,
    userId: string,
    now: Date,
  ): Promise<{ batch: BatchRecord; cancelled: { id: string; progress: number }[] } | undefined>;
}
