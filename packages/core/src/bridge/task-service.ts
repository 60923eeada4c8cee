import { AppError } from "../app-error";
import type { Clock } from "../clock";
import type { RetryPolicy } from "../retry-delay";
import type { TaskEvent, TaskRepository } from "./ports";
import type { TaskRecord } from "./records";
import { outcomeOfAttempt } from "./task-rules";
import type { ReportedTaskStatus } from "./task-schemas";

export interface TaskServiceSettings {
  retry: RetryPolicy;
  /** How long a lock holds without a status report before the task returns to pending. */
  leaseSeconds: number;
}

export interface StatusReport {
  status: ReportedTaskStatus;
  result?: Record<string, unknown> | null | undefined;
  error?: string | null | undefined;
}

const notFound = () => new AppError("NOT_FOUND", "Task not found");

/** The task rules of the worker bridge: pending, lock, unlock, status reports and lease expiry. */
export function createTaskService(tasks: TaskRepository, clock: Clock, settings: TaskServiceSettings) {
  const why = (task: TaskRecord, now: Date): string => {
    if (task.status === "running") return "Task already locked";
    if (task.status === "pending" && task.run_after > now) {
      return `Task is waiting to be retried until ${task.run_after.toISOString()}`;
    }
    return `Task is not pending (status: ${task.status})`;
  };

  const service = {
    async pending(query: { limit: number; type?: string | undefined }): Promise<TaskRecord[]> {
      // Expired leases come back first, so a crashed worker's tasks are offered
      // again even when no background worker loop is running.
      await service.reapExpiredLeases();
      return tasks.listPending({ ...query, now: clock.now() });
    },

    async lock(id: number, workerId: string): Promise<TaskRecord> {
      const now = clock.now();
      const leaseUntil = new Date(now.getTime() + settings.leaseSeconds * 1000);
      const locked = await tasks.tryLock(id, { workerId, now, leaseUntil });
      if (locked) return locked;
      const task = await tasks.find(id);
      if (!task) throw notFound();
      throw new AppError("BAD_REQUEST", why(task, now), { extra: { task_status: task.status } });
    },

    async unlock(id: number, workerId: string | undefined): Promise<void> {
      const task = await tasks.find(id);
      if (!task) throw notFound();
      if (task.status === "pending") return; // already unlocked: unlocking again changes nothing
      if (task.status !== "running")
        throw new AppError("BAD_REQUEST", `Task is not locked (status: ${task.status})`);
      if (workerId && task.locked_by && task.locked_by !== workerId) {
        throw new AppError("BAD_REQUEST", "Task is locked by another worker");
      }
      const event: TaskEvent = { workerId, event: "unlocked" };
      const released = await tasks.release(id, { lockedBy: task.locked_by ?? undefined }, clock.now(), event);
      if (!released) throw new AppError("BAD_REQUEST", "Task changed while unlocking; fetch it again");
    },

    async report(id: number, report: StatusReport, workerId: string | undefined): Promise<void> {
      const task = await tasks.find(id);
      if (!task) throw notFound();
      if (task.status !== "running") {
        throw new AppError("BAD_REQUEST", `Task is not running (status: ${task.status})`, {
          field: "status",
          fieldErrors: { status: [`Task is not running (status: ${task.status})`] },
        });
      }
      // A worker whose lease ran out must not overwrite the attempt of the worker that holds the task now.
      if (workerId && task.locked_by && task.locked_by !== workerId) {
        throw new AppError("BAD_REQUEST", "Task is locked by another worker");
      }
      const now = clock.now();
      const outcome = outcomeOfAttempt(
        report.status,
        { retryCount: task.retry_count, maxRetries: task.max_retries },
        settings.retry,
        now,
      );
      const applied = await tasks.finishAttempt(
        id,
        { lockedBy: task.locked_by ?? undefined },
        { outcome, result: report.result ?? null, error: report.error ?? null, now },
        { workerId, event: "reported", detail: report.status },
      );
      if (!applied)
        throw new AppError("BAD_REQUEST", "Task is no longer running (its lease may have expired)");
    },

    /** Returns tasks whose lease ran out to pending, each counted as a failed attempt. */
    async reapExpiredLeases(limit = 100): Promise<number> {
      const now = clock.now();
      let reaped = 0;
      for (const task of await tasks.findExpiredLeases(now, limit)) {
        const outcome = outcomeOfAttempt(
          "failed",
          { retryCount: task.retry_count, maxRetries: task.max_retries },
          settings.retry,
          now,
        );
        const error = `lease expired: worker ${task.locked_by ?? "unknown"} did not report within ${settings.leaseSeconds}s`;
        const applied = await tasks.finishAttempt(
          task.id,
          { lockedBy: task.locked_by ?? undefined, leaseEndedBy: now },
          { outcome, result: null, error, now },
          { workerId: task.locked_by ?? undefined, event: "lease_expired", detail: error },
        );
        if (applied) reaped++;
      }
      return reaped;
    },
  };
  return service;
}

export type TaskService = ReturnType<typeof createTaskService>;
