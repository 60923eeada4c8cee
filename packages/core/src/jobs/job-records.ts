import { z } from "zod";
import { qcReportSchema } from "../qc/qc-report";
import { jobStatuses } from "./job-states";

/**
 * A number as JSON carries it, never coerced from a string: piped, because trpc-to-openapi's REST handler
 * coerces (`Number("3")`) every plain number schema it reaches in an input, and mutates it in doing so.
 */
export const jsonNumber = (schema: z.ZodNumber) => schema.pipe(schema);

export const jobLlmProviders = ["anthropic", "openai", "google"] as const;
export const writeStrategies = ["single_stage", "multi_stage"] as const;
export const preflightModes = ["light", "heavy"] as const;

/** A job's options once defaults are resolved; stored with the job. */
export const jobOptionsSchema = z.object({
  llm_provider: z.enum(jobLlmProviders),
  strategy: z.enum(writeStrategies),
  preflight_mode: z.enum(preflightModes),
  custom_instructions: z.string().optional(),
});
export type JobOptions = z.infer<typeof jobOptionsSchema>;

/** A create request as the contract defines it; options are defaulted by the job service. */
export const createJobRequestSchema = z.object({
  publisher_domain: z.string().min(1).max(1_000),
  target_url: z.string().min(1).max(4_096),
  // Length is judged by the order rules, which answer with the contract's codes.
  anchor_text: z.string(),
  idempotency_key: z.string().min(1).max(255).optional(),
  /** USD this job may spend; it ends in ERROR COST_LIMIT_EXCEEDED rather than pass it. */
  max_cost: jsonNumber(z.number().positive().max(10_000)).optional(),
  options: z
    .object({
      llm_provider: z.enum(jobLlmProviders).optional(),
      strategy: z.enum(writeStrategies).optional(),
      preflight_mode: z.enum(preflightModes).optional(),
      custom_instructions: z.string().max(500).optional(),
    })
    .optional(),
});
export type CreateJobRequest = z.infer<typeof createJobRequestSchema>;

/** What RESCUE did for one issue, so a reader can audit it. */
export const rescueEntrySchema = z.object({
  round: z.number().int(),
  action: z.string(),
  issue: z.string(),
  before: z.string(),
  after: z.string(),
});
export type RescueEntry = z.infer<typeof rescueEntrySchema>;

export const jobQcReportSchema = qcReportSchema.extend({
  rescue: z.array(rescueEntrySchema).default([]),
});
export type JobQcReport = z.infer<typeof jobQcReportSchema>;

export const articleSchema = z.object({
  title: z.string(),
  /** Markdown. */
  content: z.string(),
  word_count: z.number().int(),
  backlink: z.object({
    anchor_text: z.string(),
    target_url: z.string(),
    /** Character offset of the link in `content`; null when the article has none. */
    position: z.number().int().nullable(),
  }),
});
export type Article = z.infer<typeof articleSchema>;

export const jobRecordSchema = z.object({
  id: z.string(),
  user_id: z.string(),
  batch_id: z.string().nullable(),
  batch_position: z.number().int().nullable(),
  publisher_domain: z.string(),
  target_url: z.string(),
  anchor_text: z.string(),
  options: jobOptionsSchema,
  status: z.enum(jobStatuses),
  progress: z.number().int(),
  article: articleSchema.nullable(),
  qc_report: jobQcReportSchema.nullable(),
  cost_llm: z.number(),
  cost_serp: z.number(),
  max_cost: z.number().nullable(),
  estimated_cost: z.number(),
  error_code: z.string().nullable(),
  error_message: z.string().nullable(),
  attempts: z.number().int(),
  locked_by: z.string().nullable(),
  locked_until: z.date().nullable(),
  run_after: z.date(),
  cancel_requested_at: z.date().nullable(),
  estimated_completion: z.date().nullable(),
  created_at: z.date(),
  updated_at: z.date(),
  completed_at: z.date().nullable(),
});
export type JobRecord = z.infer<typeof jobRecordSchema>;

export const jobTransitionSchema = z.object({
  state: z.enum(jobStatuses),
  at: z.date(),
  note: z.string().nullable(),
});
export type JobTransition = z.infer<typeof jobTransitionSchema>;

export const jobSorts = ["created_at", "-created_at", "status"] as const;

export interface JobListFilters {
  batch_id?: string | undefined;
  status?: (typeof jobStatuses)[number] | undefined;
  publisher_domain?: string | undefined;
  date_from?: Date | undefined;
  date_to?: Date | undefined;
  sort: (typeof jobSorts)[number];
  limit: number;
  offset: number;
}
