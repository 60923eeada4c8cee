import { type RetryPolicy, retryDelay } from "../retry-delay";
import type { ReportedTaskStatus, TaskStatus } from "./task-schemas";

export interface TaskAttemptState {
  retryCount: number;
  maxRetries: number;
}

/** Where a task goes after one attempt ended; the repository applies it in one statement. */
export type TaskOutcome =
  | { status: "success"; final: true }
  | { status: "error"; final: true }
  | { status: "failed"; final: true }
  | { status: "pending"; final: false; retryCount: number; runAfter: Date };

/**
 * A failed attempt (reported `failed`, or a lease that ran out) goes back to
 * pending while retries remain: a task runs at most 1 + max_retries times.
 * `error` is final at once; `success` is final.
 */
export function outcomeOfAttempt(
  reported: ReportedTaskStatus,
  state: TaskAttemptState,
  policy: RetryPolicy,
  now: Date,
): TaskOutcome {
  if (reported === "success") return { status: "success", final: true };
  if (reported === "error") return { status: "error", final: true };
  if (state.retryCount < state.maxRetries) {
    const retryCount = state.retryCount + 1;
    return {
      status: "pending",
      final: false,
      retryCount,
      runAfter: new Date(now.getTime() + retryDelay(retryCount, policy) * 1000),
    };
  }
  return { status: "failed", final: true };
}

export const finalTaskStatuses: readonly TaskStatus[] = ["success", "failed", "error"];
