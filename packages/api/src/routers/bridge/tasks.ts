import {
  AppError,
  reportedTaskStatuses,
  taskRecordSchema,
  taskTypeSchema,
  workerIdSchema,
} from "@bacowr/core";
import { z } from "zod";
import { idParam, integerParam, jsonObject, messageSchema } from "../../schemas/common";
import { bridgeProcedure } from "../../trpc";

const tags = ["worker bridge: tasks"];

const pendingTaskSchema = taskRecordSchema.pick({
  id: true,
  campaign_id: true,
  type: true,
  status: true,
  payload: true,
  max_retries: true,
  retry_count: true,
  created_at: true,
});

export const bridgeTasksRouter = {
  pending: bridgeProcedure
    .meta({
      bridgeRateLimit: "tasks",
      openapi: {
        method: "GET",
        path: "/api/tasks/pending",
        tags,
        summary: "Pending tasks",
        description:
          "Pending, unlocked tasks that are due (a failed task waits out its retry backoff), oldest first. " +
          "`limit` defaults to 10 (max 100); `type` keeps one task type.",
      },
    })
    .input(
      z.object({
        limit: integerParam(1, 100).default(10),
        type: taskTypeSchema.optional(),
      }),
    )
    .output(z.object({ tasks: z.array(pendingTaskSchema) }))
    .query(async ({ ctx, input }) => ({ tasks: await ctx.deps.bridge.tasks.pending(input) })),

  lock: bridgeProcedure
    .meta({
      bridgeRateLimit: "tasks",
      errors: ["NOT_FOUND", "BAD_REQUEST"],
      openapi: {
        method: "POST",
        path: "/api/tasks/{id}/lock",
        tags,
        summary: "Lock a task",
        description:
          "Atomically moves a pending task to `running` for one worker (`worker_id` in the body, else the " +
          "X-Worker-ID header). Of concurrent lockers exactly one succeeds; the others get 400.",
      },
    })
    .input(z.object({ id: idParam, worker_id: workerIdSchema.optional() }))
    .output(
      z.object({
        message: z.string(),
        task: taskRecordSchema.pick({ id: true, status: true, locked_at: true, locked_by: true }),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const workerId = input.worker_id ?? ctx.workerId;
      if (!workerId) {
        const message = "The worker id field is required (body worker_id or X-Worker-ID header).";
        throw new AppError("VALIDATION_ERROR", message, {
          field: "worker_id",
          fieldErrors: { worker_id: [message] },
        });
      }
      const task = await ctx.deps.bridge.tasks.lock(input.id, workerId);
      return {
        message: "Task locked successfully",
        task: { id: task.id, status: task.status, locked_at: task.locked_at, locked_by: task.locked_by },
      };
    }),

  unlock: bridgeProcedure
    .meta({
      bridgeRateLimit: "tasks",
      errors: ["NOT_FOUND", "BAD_REQUEST"],
      openapi: {
        method: "POST",
        path: "/api/tasks/{id}/unlock",
        tags,
        summary: "Unlock a task",
        description:
          "Returns a running task to pending without counting an attempt (a no-op for a pending task).",
      },
    })
    .input(z.object({ id: idParam }))
    .output(messageSchema)
    .mutation(async ({ ctx, input }) => {
      await ctx.deps.bridge.tasks.unlock(input.id, ctx.workerId);
      return { message: "Task unlocked successfully" };
    }),

  status: bridgeProcedure
    .meta({
      bridgeRateLimit: "tasks",
      errors: ["NOT_FOUND", "BAD_REQUEST"],
      openapi: {
        method: "PUT",
        path: "/api/tasks/{id}/status",
        tags,
        summary: "Report a task's outcome",
        description:
          "`success` stores `result`; `failed` retries with exponential backoff while `retry_count < " +
          "max_retries`, else the task ends `failed`; `error` ends it without retry. The task must be running.",
      },
    })
    .input(
      z.object({
        id: idParam,
        status: z.enum(reportedTaskStatuses, {
          error: "The selected status is invalid (success, failed, error).",
        }),
        result: jsonObject.nullish(),
        error: z.string().max(10_000).nullish(),
      }),
    )
    .output(messageSchema)
    .mutation(async ({ ctx, input }) => {
      const { id, ...report } = input;
      await ctx.deps.bridge.tasks.report(id, report, ctx.workerId);
      return { message: "Task status updated successfully" };
    }),
};
