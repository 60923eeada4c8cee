import { z } from "zod";
import {
  createJobRequestSchema,
  jobLlmProviders,
  jsonNumber,
  preflightModes,
  writeStrategies,
} from "./job-records";

export const batchStatuses = ["RUNNING", "COMPLETED", "CANCELLED"] as const;
export type BatchStatus = (typeof batchStatuses)[number];

/** Hard ceiling on one request, whatever a customer's limit: a guard against hostile bodies. */
export const BATCH_JOBS_CEILING = 10_000;

/**
 * A batch's options: job defaults (a job's own `options` override them) and
 * how the batch is scheduled — at most `parallel_jobs` of its jobs run at
 * once, released `chunk_size` at a time (the next chunk when the previous one is final).
 */
export const batchOptionsSchema = z.object({
  llm_provider: z.enum(jobLlmProviders).optional(),
  strategy: z.enum(writeStrategies).optional(),
  preflight_mode: z.enum(preflightModes).optional(),
  custom_instructions: z.string().max(500).optional(),
  chunk_size: jsonNumber(z.number().int().min(1).max(BATCH_JOBS_CEILING)).optional(),
  parallel_jobs: jsonNumber(z.number().int().min(1).max(BATCH_JOBS_CEILING)).optional(),
});
export type BatchOptions = z.infer<typeof batchOptionsSchema>;

export const batchJobRequestSchema = createJobRequestSchema.omit({ idempotency_key: true });

export const createBatchRequestSchema = z.object({
  name: z.string().trim().min(1).max(200),
  jobs: z.array(batchJobRequestSchema).min(1).max(BATCH_JOBS_CEILING),
  options: batchOptionsSchema.optional(),
  /** USD the whole batch may spend: no job is started that would pass it. */
  max_cost: jsonNumber(z.number().positive().max(1_000_000)).optional(),
  idempotency_key: z.string().min(1).max(255).optional(),
});
export type CreateBatchRequest = z.infer<typeof createBatchRequestSchema>;

export const batchRecordSchema = z.object({
  id: z.string(),
  user_id: z.string(),
  name: z.string(),
  status: z.enum(batchStatuses),
  options: batchOptionsSchema,
  total_jobs: z.number().int(),
  chunk_size: z.number().int(),
  parallel_jobs: z.number().int(),
  max_cost: z.number().nullable(),
  created_at: z.date(),
  updated_at: z.date(),
  completed_at: z.date().nullable(),
  cancelled_at: z.date().nullable(),
});
export type BatchRecord = z.infer<typeof batchRecordSchema>;

/**
 * Where a batch's jobs stand, one count per job: `completed` is DELIVER (as
 * the seed's example counts it), `blocked` BLOCKED, `failed` ERROR,
 * `cancelled` CANCELLED; of the unfinished jobs, `in_progress` are those
 * released to run (the current chunk's: running or waiting for one of the
 * batch's parallel slots) and `pending` those of later chunks — so a new
 * batch of 175 in chunks of 25 reads 25 / 150, as in the seed. They always
 * add up to the batch's `total_jobs`.
 */
export const batchCountsSchema = z.object({
  completed: z.number().int(),
  in_progress: z.number().int(),
  pending: z.number().int(),
  failed: z.number().int(),
  blocked: z.number().int(),
  cancelled: z.number().int(),
});
export type BatchCounts = z.infer<typeof batchCountsSchema>;

/** What the batch's jobs add up to, read in one query. */
export const batchTallySchema = batchCountsSchema.extend({
  /** Mean QC score of the jobs that have a final QC report (delivered or blocked); null when none. */
  avg_qc_score: z.number().nullable(),
  /** USD spent by all of the batch's jobs. */
  spent: z.number(),
  /** Jobs that ended in ERROR COST_LIMIT_EXCEEDED because of the batch's cap. */
  stopped_by_cost: z.number().int(),
  /** When the batch is expected to be done, as estimated at creation. */
  estimated_completion: z.date().nullable(),
  updated_at: z.date(),
});
export type BatchTally = z.infer<typeof batchTallySchema>;

export const batchListFiltersSchema = z.object({
  status: z.enum(batchStatuses).optional(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type BatchListFilters = z.infer<typeof batchListFiltersSchema>;
