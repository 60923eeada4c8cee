import { z } from "zod";
import type { CreateBatchRequest } from "./batch-records";
import { planBatch } from "./batch-service";
import { type CostEstimate, costSchema, type EstimateSettings, estimateJob, roundUsd } from "./cost-estimate";
import type { CreateJobRequest } from "./job-records";
import { estimatedSeconds, type JobServiceSettings, prepareJob } from "./job-service";
import type { UserLimits } from "./limits";

/** What an order is expected to cost and take, before it is placed (POST /v1/estimate). */
export const orderEstimateSchema = costSchema.extend({
  /** Seconds until the job (or the whole batch, as scheduled) is expected to be final. */
  duration_seconds: z.number().int(),
  jobs: z.number().int(),
  /** A batch's average job. */
  per_job: costSchema.optional(),
});
export type OrderEstimate = z.infer<typeof orderEstimateSchema>;

const costOf = (llm: number, serp: number): CostEstimate => ({
  llm: roundUsd(llm),
  serp: roundUsd(serp),
  total: roundUsd(llm + serp),
  currency: "USD",
});

/**
 * Prices an order without placing it. The order is judged exactly as
 * creating it would judge it (the same rules, codes and field names), so an
 * estimate that answers 200 is an order that would be accepted; durations
 * are the ones `estimated_completion` would show.
 */
export function createEstimateService(jobSettings: JobServiceSettings, settings: EstimateSettings) {
  return {
    job(request: CreateJobRequest): OrderEstimate {
      const { options } = prepareJob(request, jobSettings);
      const { llm, serp } = estimateJob(options, settings);
      return { ...costOf(llm, serp), duration_seconds: estimatedSeconds(options), jobs: 1 };
    },

    batch(request: CreateBatchRequest, limits: UserLimits): OrderEstimate {
      // Judged as POST /v1/batches judges it: an estimate of a batch that cannot be created would mislead.
      const { jobs: prepared, seconds } = planBatch(request, limits, jobSettings);
      let llm = 0;
      let serp = 0;
      for (const job of prepared) {
        const estimate = estimateJob(job.options, settings);
        llm += estimate.llm;
        serp += estimate.serp;
      }
      const count = prepared.length;
      return {
        ...costOf(llm, serp),
        duration_seconds: seconds,
        jobs: count,
        per_job: costOf(llm / count, serp / count),
      };
    },
  };
}

export type EstimateService = ReturnType<typeof createEstimateService>;
