import {
  type BatchNotice,
  type BatchView,
  batchAnchorsReportSchema,
  batchCountsSchema,
  batchOptionsSchema,
  batchProgress,
  batchStatuses,
  createBatchRequestSchema,
  roundUsd,
} from "@bacowr/core";
import { z } from "zod";
import { answerCreation, idempotencyKeyOf } from "../../http/idempotency";
import { paginationInput, paginationOf, paginationSchema } from "../../schemas/common";
import { v1Procedure } from "../../trpc";

const tags = ["batches"];
const batchId = z.string().trim().min(1).max(100);
const timestamp = z.date();

const progressSchema = batchCountsSchema.extend({
  /** Share of the batch's jobs delivered (`completed`), 0–100, as in the seed's example (87 of 175: 49.7). */
  percentage: z.number(),
});

const summarySchema = z.object({
  successful_jobs: z.number().int(),
  blocked_jobs: z.number().int(),
  failed_jobs: z.number().int(),
  cancelled_jobs: z.number().int(),
  avg_qc_score: z.number().nullable(),
  total_cost: z.number(),
  currency: z.literal("USD"),
  max_cost: z.number().nullable(),
  /** Jobs the batch's `max_cost` stopped (ERROR COST_LIMIT_EXCEEDED) so the batch stays within it. */
  stopped_by_cost_limit: z.number().int(),
});

const noticeSchema = z.object({
  code: z.literal("PARALLEL_JOBS_CLAMPED"),
  message: z.string(),
  details: z.record(z.string(), z.unknown()),
});

/** A batch as every batch answer shows it. */
const batchSchema = z.object({
  batch_id: z.string(),
  name: z.string(),
  total_jobs: z.number().int(),
  status: z.enum(batchStatuses),
  created_at: timestamp,
  updated_at: timestamp,
  estimated_completion: timestamp.nullable(),
  completed_at: timestamp.optional(),
  cancelled_at: timestamp.optional(),
  options: batchOptionsSchema,
  progress: progressSchema,
  summary: summarySchema,
});

function batchOf({ batch, tally }: BatchView): z.infer<typeof batchSchema> {
  return {
    batch_id: batch.id,
    name: batch.name,
    total_jobs: batch.total_jobs,
    status: batch.status,
    created_at: batch.created_at,
    updated_at: tally.updated_at,
    estimated_completion: tally.estimated_completion,
    ...(batch.completed_at ? { completed_at: batch.completed_at } : {}),
    ...(batch.cancelled_at ? { cancelled_at: batch.cancelled_at } : {}),
    options: batch.options,
    progress: batchProgress(tally, batch.total_jobs),
    summary: {
      successful_jobs: tally.completed,
      blocked_jobs: tally.blocked,
      failed_jobs: tally.failed,
      cancelled_jobs: tally.cancelled,
      avg_qc_score: tally.avg_qc_score,
      total_cost: roundUsd(tally.spent),
      currency: "USD",
      max_cost: batch.max_cost,
      stopped_by_cost_limit: tally.stopped_by_cost,
    },
  };
}

export const batchesRouter = {
  create: v1Procedure
    .meta({
      errors: ["BATCH_TOO_LARGE", "ANCHOR_TOO_LONG", "INVALID_URL", "INVALID_PUBLISHER"],
      idempotent: true,
      openapi: {
        method: "POST",
        path: "/v1/batches",
        tags,
        summary: "Create a batch of jobs",
        description:
          "Queues up to your plan's batch size of jobs in one transaction: every job is validated exactly like " +
          "POST /v1/jobs, and one invalid job refuses the whole batch (400 with the job's code, `field` naming it " +
          "by index, e.g. `jobs[3].anchor_text`); more jobs than your plan allows answers 400 BATCH_TOO_LARGE " +
          "with `details {max, provided}`. `options` are defaults each job's own `options` override, plus " +
          "`chunk_size` (jobs released at a time; the next chunk starts when the previous one is final; default " +
          "25) and `parallel_jobs` (at most this many run at once; clamped to your concurrent-job limit, said in " +
          "`notices`). `max_cost` caps what the whole batch may spend (USD). The idempotency rules of jobs apply.",
      },
      successStatus: 201,
    })
    .input(createBatchRequestSchema)
    .output(
      batchSchema.extend({
        job_ids: z.array(z.string()),
        anchors: batchAnchorsReportSchema,
        notices: z.array(noticeSchema),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { principal } = ctx;
      const { view, notices, ...outcome } = await ctx.deps.batches.create(
        { userId: principal.userId, limits: ctx.limits },
        input,
        idempotencyKeyOf(ctx),
      );
      answerCreation(ctx, outcome);
      const { jobIds, anchors } = await ctx.deps.batches.get(view.batch.id, principal.userId);
      return { ...batchOf(view), job_ids: jobIds, anchors, notices: notices satisfies BatchNotice[] };
    }),

  get: v1Procedure
    .meta({
      errors: ["BATCH_NOT_FOUND"],
      openapi: {
        method: "GET",
        path: "/v1/batches/{batch_id}",
        tags,
        summary: "Get a batch's progress and summary",
        description:
          "`progress` counts every job once and adds up to `total_jobs`: `completed` (DELIVER), `blocked`, " +
          "`failed` (ERROR), `cancelled`, `in_progress` (released to run: the current chunk's unfinished jobs) " +
          "and `pending` (later chunks); `percentage` is the share delivered (`completed` ÷ `total_jobs`, as in the seed's example), so a batch with a blocked job completes under 100; `status` says when it is done. `job_ids` are in submission " +
          "order. `anchors` reports, per target, the exact-match anchor (the one used most often for it, when " +
          "more than once) and its share of the target's jobs, with `warning` above the configured share " +
          "(default 0.3): anchors that repeat across a batch are a footprint. Another user's batch answers 404 " +
          "BATCH_NOT_FOUND.",
      },
    })
    .input(z.object({ batch_id: batchId }))
    .output(batchSchema.extend({ job_ids: z.array(z.string()), anchors: batchAnchorsReportSchema }))
    .query(async ({ ctx, input }) => {
      const { jobIds, anchors, ...view } = await ctx.deps.batches.get(input.batch_id, ctx.principal.userId);
      return { ...batchOf(view), job_ids: jobIds, anchors };
    }),

  list: v1Procedure
    .meta({ openapi: { method: "GET", path: "/v1/batches", tags, summary: "List your batches" } })
    .input(z.object({ status: z.enum(batchStatuses).optional(), ...paginationInput }))
    .output(z.object({ batches: z.array(batchSchema), pagination: paginationSchema }))
    .query(async ({ ctx, input }) => {
      const { views, total } = await ctx.deps.batches.list(ctx.principal.userId, input);
      return { batches: views.map(batchOf), pagination: paginationOf(total, input.limit, input.offset) };
    }),

  cancel: v1Procedure
    .meta({
      errors: ["BATCH_NOT_FOUND", "CANNOT_CANCEL_COMPLETED_BATCH"],
      openapi: {
        method: "DELETE",
        path: "/v1/batches/{batch_id}",
        tags,
        summary: "Cancel a batch",
        description:
          "Cancels every job of the batch that is not final (running jobs stop at their next stage boundary); " +
          "finished jobs keep their results. Cancelling a cancelled batch answers it again; a batch whose jobs " +
          "are all final answers 400 CANNOT_CANCEL_COMPLETED_BATCH.",
      },
    })
    .input(z.object({ batch_id: batchId }))
    .output(batchSchema)
    .mutation(async ({ ctx, input }) =>
      batchOf(await ctx.deps.batches.cancel(input.batch_id, ctx.principal.userId)),
    ),

  /** The batch's progress as it happens (tRPC subscription; the REST face serves it as SSE at /v1/batches/{batch_id}/events). */
  events: v1Procedure
    .meta({ errors: ["BATCH_NOT_FOUND"] })
    .input(z.object({ batch_id: batchId }))
    .subscription(async function* ({ ctx, input, signal }) {
      for await (const view of ctx.deps.batches.watch(input.batch_id, ctx.principal.userId, signal)) {
        yield batchOf(view);
      }
    }),
};
