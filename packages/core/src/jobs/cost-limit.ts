import { roundUsd } from "./cost-estimate";
import type { JobRecord } from "./job-records";

/** The error code of a job stopped by its own `max_cost` or its batch's. */
export const COST_LIMIT_EXCEEDED = "COST_LIMIT_EXCEEDED";

/** What a batch's cap leaves to spend, read before a job of the batch calls the model. */
export interface BatchBudget {
  /** The batch's cap in USD; null when it has none. */
  max_cost: number | null;
  /** USD recorded on all of the batch's jobs so far. */
  spent: number;
  /**
   * USD the batch's other running jobs are still expected to spend: each
   * one's `estimated_cost` less what it has spent, never below 0.
   */
  reserved: number;
}

/** The job would pass a cap with its next call; the pipeline ends it in ERROR COST_LIMIT_EXCEEDED. */
export class CostLimitError extends Error {
  override name = "CostLimitError";
  /** Which cap stopped the job. */
  constructor(
    readonly cap: "job" | "batch",
    message: string,
  ) {
    super(message);
  }
}

const usd = (value: number) => `$${roundUsd(value)}`;

/** A cost equal to the cap is allowed; float sums must not refuse it by a rounding error. */
const passes = (total: number, cap: number) => total > cap + 1e-9;

export interface CostCheck {
  job: Pick<JobRecord, "id" | "batch_id" | "max_cost" | "estimated_cost">;
  /** USD this job has cost so far: saved on the job and not yet saved. */
  spent: number;
  /** The part of `spent` not yet saved, which the batch's recorded total lacks. */
  unsaved: number;
  /** The expected USD of the call about to be made. */
  nextCall: number;
  /** Whether no call of this job has been made yet: then the batch's cap must hold the whole job. */
  firstCall: boolean;
  batchBudget: (batchId: string, jobId: string) => Promise<BatchBudget | undefined>;
}

/**
 * Refuses the next paid step (throws CostLimitError) if it would take the job
 * past its `max_cost`, or its batch past the batch's: the batch's spending,
 * plus what its running jobs submitted earlier still reserve, plus this step
 * — or, before a job's first call, the rest of this job's estimate, since
 * starting a job the batch cannot pay to the end only wastes money. Returns
 * the USD this step may cost at most under the caps (Infinity without one),
 * which bounds how long the model's answer may be.
 */
export async function checkCost(check: CostCheck, what = "an LLM call"): Promise<number> {
  const { job, spent, nextCall } = check;
  let allowance = Number.POSITIVE_INFINITY;
  if (job.max_cost !== null) {
    if (passes(spent + nextCall, job.max_cost)) {
      throw new CostLimitError(
        "job",
        `Stopped before ${what} that would pass the job's max_cost of ${usd(job.max_cost)}: ` +
          `spent ${usd(spent)}, next ${what === "an LLM call" ? "call" : "step"} expected to cost ${usd(nextCall)}`,
      );
    }
    allowance = job.max_cost - spent;
  }
  if (!job.batch_id) return allowance;
  const budget = await check.batchBudget(job.batch_id, job.id);
  if (!budget || budget.max_cost === null) return allowance;
  const need = check.firstCall ? Math.max(nextCall, job.estimated_cost - spent) : nextCall;
  const batchSpent = budget.spent + check.unsaved;
  if (passes(batchSpent + budget.reserved + need, budget.max_cost)) {
    throw new CostLimitError(
      "batch",
      `Stopped before ${what} that would pass the batch's max_cost of ${usd(budget.max_cost)}: ` +
        `the batch has spent ${usd(batchSpent)}, its other running jobs reserve ${usd(budget.reserved)}, ` +
        `and ${check.firstCall ? "this job is" : "this job's next call is"} expected to cost ${usd(need)}`,
    );
  }
  return Math.min(allowance, budget.max_cost - batchSpent - budget.reserved);
}
