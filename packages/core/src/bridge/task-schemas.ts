import { z } from "zod";

/** The statuses a worker task moves through. `pending` and `running` are live; the rest are final. */
export const taskStatuses = ["pending", "running", "success", "failed", "error"] as const;
export type TaskStatus = (typeof taskStatuses)[number];

/** What a worker may report in `PUT /api/tasks/{id}/status`. */
export const reportedTaskStatuses = ["success", "failed", "error"] as const;
export type ReportedTaskStatus = (typeof reportedTaskStatuses)[number];

export const taskTypeSchema = z
  .string()
  .trim()
  .min(1)
  .max(50)
  .regex(/^[a-z0-9_.-]+$/, "must be lowercase letters, digits, '_', '-' or '.'");

export const workerIdSchema = z.string().trim().min(1).max(255);
