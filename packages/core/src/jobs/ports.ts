import type { IdempotencyClaim } from "../idempotency/ports";
import type { BatchBudget } from "./cost-limit";
import type { FootprintSibling } from "./footprint";
import type { JobCheckpoint } from "./job-checkpoint";
import type { Article, JobListFilters, JobQcReport, JobRecord, JobTransition } from "./job-records";
import type { JobStatus } from "./job-states";

export type NewJob = Pick<
  JobRecord,
  "id"
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
  create(job: NewJob, claim?: IdempotencyClaim): Promise<JobRecord>;
  findOwned(id: string, userId: string): Promise<JobRecord | undefined>;
  history(id: string): Promise<JobTransition[]>;
  list(userId: string, filters: JobListFilters): Promise<{ jobs: JobRecord[]; total: number }>;
  /** Cancels a job that is not final; undefined when the user has no such job. */
  cancel(id: string, userId: string, now: Date): Promise<{ job: JobRecord; cancelled: boolean } | undefined>;

  /** Takes the oldest runnable job whose lease is free or expired (FOR UPDATE SKIP LOCKED). */
  claim(
    workerId: string,
    now: Date,
    leaseUntil: Date,
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
