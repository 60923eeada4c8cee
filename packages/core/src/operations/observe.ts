import type { UsageRepository } from "../bridge/ports";
import { isFinal, type JobStatus } from "../jobs/job-states";
import type { JobRepository } from "../jobs/ports";
import type { OperationsObserver } from "./ports";

/** Usage recording that also tells the observer, once the record is saved. */
export function observedUsage(usage: UsageRepository, observer: OperationsObserver): UsageRepository {
  return {
    recordCaptcha: (record) => usage.recordCaptcha(record),
    async recordLlm(record) {
      await usage.recordLlm(record);
      observer.llmUsage?.(record);
    },
  };
}

/**
 * The job repository as one run of one job sees it, timing the stages the run
 * enters and leaves. The stage a job was claimed in is not timed: when it was
 * entered (by another worker, before a crash, or as a queued RECEIVE) is not
 * this run's to know, and its wait is the queue's age, not a stage's length.
 * Only changes the database accepted count.
 */
export function observedJobRun(
  jobs: JobRepository,
  observer: OperationsObserver,
  claimed: { status: JobStatus },
): JobRepository {
  let current: { status: JobStatus; since: Date | undefined } = { status: claimed.status, since: undefined };
  return {
    ...jobs,
    async advance(id, workerId, change, now) {
      const applied = await jobs.advance(id, workerId, change, now);
      if (applied && change.status && change.status !== current.status) {
        if (current.since) {
          observer.jobStageFinished?.(current.status, (now.getTime() - current.since.getTime()) / 1000);
        }
        current = { status: change.status, since: now };
        if (isFinal(change.status)) observer.jobFinished?.(change.status);
      }
      return applied;
    },
  };
}
