import {
  articleSchema,
  costSchema,
  createJobRequestSchema,
  type JobRecord,
  type JobTransition,
  jobExportView,
  jobExportViewSchema,
  jobOptionsSchema,
  jobQcReportSchema,
  jobSorts,
  jobStatuses,
  linkStatuses,
  linkView,
  linkViewSchema,
  roundUsd,
} from "@bacowr/core";
import { z } from "zod";
import { answerCreation, idempotencyKeyOf } from "../../http/idempotency";
import {
  isoPeriodEnd,
  isoPeriodStart,
  paginationInput,
  paginationOf,
  paginationSchema,
} from "../../schemas/common";
import { v1Procedure } from "../../trpc";

const tags = ["jobs"];
const jobId = z.string().trim().min(1).max(100);
const timestamp = z.date();

const createdJobSchema = z.object({
  job_id: z.string(),
  status: z.enum(jobStatuses),
  created_at: timestamp,
  estimated_completion: timestamp.nullable(),
});

/** A job in a list: who, what, where it stands. */
const jobSummarySchema = z.object({
  job_id: z.string(),
  /** Present when the job belongs to a batch. */
  batch_id: z.string().optional(),
  status: z.enum(jobStatuses),
  progress: z.number().int().min(0).max(100),
  publisher_domain: z.string(),
  target_url: z.string(),
  anchor_text: z.string(),
  created_at: timestamp,
  completed_at: timestamp.nullable(),
});

/** A job in full; `completed_at` and the other end times appear once it is final. */
const jobViewSchema = jobSummarySchema.omit({ completed_at: true }).extend({
  options: jobOptionsSchema,
  updated_at: timestamp,
  estimated_completion: timestamp.nullable(),
  completed_at: timestamp.optional(),
  blocked_at: timestamp.optional(),
  cancelled_at: timestamp.optional(),
  duration_seconds: z.number().int().optional(),
  state_history: z.array(z.object({ state: z.enum(jobStatuses), timestamp, note: z.string().optional() })),
  article: articleSchema.optional(),
  qc_report: jobQcReportSchema.optional(),
  cost: costSchema,
  /** The job's own cost cap (USD), when it has one. */
  max_cost: z.number().optional(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
  /** Where the article was exported (one entry per site; a re-export updates it). */
  exports: z.array(jobExportViewSchema).optional(),
  /** The latest verdict of the job's most recently placed link. */
  link_status: z.enum(linkStatuses).optional(),
  /** Every page the article was placed on, with its latest check. */
  links: z.array(linkViewSchema).optional(),
});

function jobSummary(job: JobRecord): z.infer<typeof jobSummarySchema> {
  return {
    job_id: job.id,
    ...(job.batch_id ? { batch_id: job.batch_id } : {}),
    status: job.status,
    progress: job.progress,
    publisher_domain: job.publisher_domain,
    target_url: job.target_url,
    anchor_text: job.anchor_text,
    created_at: job.created_at,
    completed_at: job.completed_at,
  };
}

/** A job as the contract shows it: finished jobs carry their article, QC report and duration. */
function jobView(job: JobRecord, history: JobTransition[]): z.infer<typeof jobViewSchema> {
  const finishedAt = job.completed_at ?? undefined;
  const { completed_at: _, ...summary } = jobSummary(job);
  return {
    ...summary,
    options: job.options,
    updated_at: job.updated_at,
    estimated_completion: job.estimated_completion,
    ...(finishedAt ? { completed_at: finishedAt } : {}),
    ...(finishedAt && job.status === "BLOCKED" ? { blocked_at: finishedAt } : {}),
    ...(finishedAt && job.status === "CANCELLED" ? { cancelled_at: finishedAt } : {}),
    ...(finishedAt
      ? { duration_seconds: Math.round((finishedAt.getTime() - job.created_at.getTime()) / 1000) }
      : {}),
    state_history: history.map((t) => ({
      state: t.state,
      timestamp: t.at,
      ...(t.note ? { note: t.note } : {}),
    })),
    ...(job.article ? { article: job.article } : {}),
    ...(job.qc_report ? { qc_report: job.qc_report } : {}),
    cost: {
      llm: roundUsd(job.cost_llm),
      serp: roundUsd(job.cost_serp),
      total: roundUsd(job.cost_llm + job.cost_serp),
      currency: "USD",
    },
    ...(job.max_cost === null ? {} : { max_cost: job.max_cost }),
    ...(job.error_code ? { error: { code: job.error_code, message: job.error_message ?? "" } } : {}),
  };
}

export const jobsRouter = {
  create: v1Procedure
    .meta({
      errors: ["ANCHOR_TOO_LONG", "INVALID_URL", "INVALID_PUBLISHER"],
      idempotent: true,
      openapi: {
        method: "POST",
        path: "/v1/jobs",
        tags,
        summary: "Create a job",
        description:
          "Queues a backlink article. 201 with the new job; with an `idempotency_key` already used by you in the " +
          "last 24 h for the same request, 200 with that job; for a different request, 422 " +
          "IDEMPOTENCY_KEY_REUSED. Errors: VALIDATION_ERROR (anchor_text under 3 characters, options.llm_provider " +
          "not configured, …), ANCHOR_TOO_LONG, INVALID_URL, INVALID_PUBLISHER.",
      },
      successStatus: 201,
    })
    .input(createJobRequestSchema)
    .output(createdJobSchema)
    .mutation(async ({ ctx, input }) => {
      const { job, ...outcome } = await ctx.deps.jobs.create(
        { userId: ctx.principal.userId, limits: ctx.limits },
        input,
        idempotencyKeyOf(ctx),
      );
      answerCreation(ctx, outcome);
      return {
        job_id: job.id,
        status: job.status,
        created_at: job.created_at,
        estimated_completion: job.estimated_completion,
      };
    }),

  get: v1Procedure
    .meta({
      errors: ["JOB_NOT_FOUND"],
      openapi: {
        method: "GET",
        path: "/v1/jobs/{job_id}",
        tags,
        summary: "Get a job's status and results",
        description:
          "Progress and state history while it runs; the article, QC report (with what RESCUE did) and cost " +
          "once finished; its exports and placed links (with `link_status`) once published. Another user's " +
          "job answers 404 JOB_NOT_FOUND.",
      },
    })
    .input(z.object({ job_id: jobId }))
    .output(jobViewSchema)
    .query(async ({ ctx, input }) => {
      const { job, history } = await ctx.deps.jobs.get(input.job_id, ctx.principal.userId);
      const [exports, links] = await Promise.all([
        ctx.deps.exports.exportsForJob(job.id),
        ctx.deps.links.forJob(job.id),
      ]);
      const latest = links
        .filter((link) => link.kind === "placement")
        .reduce<(typeof links)[number] | undefined>(
          (newest, link) => (!newest || link.placed_at >= newest.placed_at ? link : newest),
          undefined,
        );
      return {
        ...jobView(job, history),
        ...(exports.length > 0 ? { exports: exports.map(jobExportView) } : {}),
        ...(latest ? { link_status: latest.status } : {}),
        ...(links.length > 0 ? { links: links.map(linkView) } : {}),
      };
    }),

  list: v1Procedure
    .meta({
      openapi: { method: "GET", path: "/v1/jobs", tags, summary: "List your jobs" },
    })
    .input(
      z.object({
        batch_id: z.string().trim().min(1).max(100).optional(),
        status: z.enum(jobStatuses).optional(),
        publisher_domain: z.string().trim().toLowerCase().min(1).max(253).optional(),
        ...paginationInput,
        sort: z.enum(jobSorts).default("-created_at"),
        date_from: isoPeriodStart.optional(),
        date_to: isoPeriodEnd.optional(),
      }),
    )
    .output(z.object({ jobs: z.array(jobSummarySchema), pagination: paginationSchema }))
    .query(async ({ ctx, input }) => {
      const { jobs, total } = await ctx.deps.jobs.list(ctx.principal.userId, input);
      return {
        jobs: jobs.map(jobSummary),
        pagination: paginationOf(total, input.limit, input.offset),
      };
    }),

  cancel: v1Procedure
    .meta({
      errors: ["JOB_NOT_FOUND", "CANNOT_CANCEL_COMPLETED_JOB"],
      openapi: {
        method: "DELETE",
        path: "/v1/jobs/{job_id}",
        tags,
        summary: "Cancel a job",
        description:
          "The worker stops at its next stage boundary. A finished job answers 400 CANNOT_CANCEL_COMPLETED_JOB " +
          "with `job_status`.",
      },
    })
    .input(z.object({ job_id: jobId }))
    .output(z.object({ job_id: z.string(), status: z.literal("CANCELLED"), cancelled_at: timestamp }))
    .mutation(async ({ ctx, input }) => {
      const job = await ctx.deps.jobs.cancel(input.job_id, ctx.principal.userId);
      return {
        job_id: job.id,
        status: "CANCELLED" as const,
        cancelled_at: job.cancel_requested_at ?? job.updated_at,
      };
    }),

  /** The job's progress as it happens (tRPC subscription; the REST face serves it as SSE at /v1/jobs/{job_id}/events). */
  events: v1Procedure
    .meta({ errors: ["JOB_NOT_FOUND"] })
    .input(z.object({ job_id: jobId }))
    .subscription(async function* ({ ctx, input, signal }) {
      yield* ctx.deps.jobs.watch(input.job_id, ctx.principal.userId, signal);
    }),

  /** Served as text/html at GET /v1/jobs/{job_id}/article.html by the HTTP host. */
  articleHtml: v1Procedure
    .meta({ errors: ["JOB_NOT_FOUND", "ARTICLE_NOT_READY"] })
    .input(z.object({ job_id: jobId }))
    .output(z.string())
    .query(({ ctx, input }) => ctx.deps.jobs.articleHtml(input.job_id, ctx.principal.userId)),
};
