import { AppError } from "../app-error";
import type { Clock } from "../clock";
import { createOnce, idempotencyScopes, requestFingerprint } from "../idempotency/idempotency";
import type { IdempotencyKeyStore } from "../idempotency/ports";
import { prefixedId } from "../ids";
import type {
  BatchCounts,
  BatchListFilters,
  BatchRecord,
  BatchTally,
  CreateBatchRequest,
} from "./batch-records";
import { type BatchAnchorReport, batchAnchorReport, type FootprintSettings } from "./footprint";
import {
  announceProgress,
  batchProgressChannel,
  estimatedSeconds,
  JOBS_CREATED_CHANNEL,
  type JobOptionDefaults,
  type JobServiceSettings,
  type PreparedJob,
  prepareJob,
} from "./job-service";
import type { UserLimits } from "./limits";
import type { BatchRepository, NewBatchJob } from "./ports";

/** The seed's example: 25 jobs released at a time. */
export const DEFAULT_CHUNK_SIZE = 25;

/** A change the server made to what was asked, said in the answer rather than silently. */
export interface BatchNotice {
  code: "PARALLEL_JOBS_CLAMPED";
  message: string;
  details: Record<string, unknown>;
}

/** A batch as its owner sees it: the record and where its jobs stand. */
export interface BatchView {
  batch: BatchRecord;
  tally: BatchTally;
}

/**
 * What the seed's `progress` reports. `percentage` is the share of jobs
 * delivered (`completed`), as the seed's example computes it (87 of 175 is
 * 49.7), rounded down so it reads 100 only when every job was delivered.
 */
export function batchProgress(tally: BatchCounts, total: number) {
  return {
    ...tally,
    percentage: total === 0 ? 0 : Math.floor((tally.completed / total) * 1000) / 10,
  };
}

/**
 * Seconds until a batch is done if it runs as scheduled: its chunks one
 * after another, each in waves of `parallel` jobs of `perJob` seconds.
 */
export function batchSeconds(total: number, chunk: number, parallel: number, perJob: number): number {
  let waves = 0;
  for (let start = 0; start < total; start += chunk) {
    waves += Math.ceil(Math.min(chunk, total - start) / parallel);
  }
  return waves * perJob;
}

/** Why a job of a batch waits in RECEIVE at first, for its state history. */
function waitingNote(position: number, chunk: number, parallel: number, total: number): string | null {
  const chunkIndex = Math.floor(position / chunk);
  const chunks = Math.ceil(total / chunk);
  if (chunkIndex > 0) {
    return `waiting for its chunk: chunk ${chunkIndex + 1} of ${chunks} starts when chunk ${chunkIndex} is final`;
  }
  if (position >= parallel) return `waiting for a slot: the batch runs ${parallel} jobs at once`;
  return null;
}

/** A batch as it would run: its jobs judged, its schedule settled, and what was changed from the request. */
export interface BatchPlan {
  jobs: PreparedJob[];
  defaults: JobOptionDefaults;
  chunk: number;
  parallel: number;
  notices: BatchNotice[];
  /** Seconds until the whole batch is done if it runs as scheduled. */
  seconds: number;
}

/**
 * Judges a batch request the one way both creating and estimating it do:
 * the plan's batch size (BATCH_TOO_LARGE), every job like POST /v1/jobs
 * (errors naming it by index), `parallel_jobs` within the concurrent-job limit.
 */
export function planBatch(
  request: CreateBatchRequest,
  limits: UserLimits,
  settings: JobServiceSettings,
): BatchPlan {
  if (request.jobs.length > limits.batch_size) {
    throw new AppError(
      "BATCH_TOO_LARGE",
      `A batch may hold at most ${limits.batch_size} jobs on your plan; this one has ${request.jobs.length}`,
      { field: "jobs", details: { max: limits.batch_size, provided: request.jobs.length } },
    );
  }
  const { chunk_size, parallel_jobs, ...defaults } = request.options ?? {};
  const jobs = request.jobs.map((job, index) => prepareJob(job, settings, defaults, `jobs[${index}]`));
  const notices: BatchNotice[] = [];
  const chunk = chunk_size ?? DEFAULT_CHUNK_SIZE;
  const wanted = parallel_jobs ?? Math.min(chunk, limits.concurrent_jobs);
  const parallel = Math.min(wanted, limits.concurrent_jobs);
  if (parallel < wanted) {
    notices.push({
      code: "PARALLEL_JOBS_CLAMPED",
      message: `parallel_jobs ${wanted} is above your limit of ${limits.concurrent_jobs} concurrent jobs; ${parallel} will run at once`,
      details: { requested: wanted, applied: parallel, max: limits.concurrent_jobs },
    });
  }
  const perJob = Math.max(...jobs.map((p) => estimatedSeconds(p.options)));
  const seconds = batchSeconds(jobs.length, chunk, Math.min(parallel, chunk), perJob);
  return { jobs, defaults, chunk, parallel, notices, seconds };
}

/** The customer's side of batches: create, read, list, cancel, watch. Every lookup is scoped to the owner. */
export function createBatchService(
  repository: BatchRepository,
  idempotencyKeys: IdempotencyKeyStore,
  clock: Clock,
  settings: JobServiceSettings & { footprint?: FootprintSettings },
) {
  const notFound = (id: string) =>
    new AppError("BATCH_NOT_FOUND", `Batch ${id} not found`, { field: "batch_id" });
  const owned = async (id: string, userId: string): Promise<BatchRecord> => {
    const batch = await repository.findOwned(id, userId);
    if (!batch) throw notFound(id);
    return batch;
  };
  /**
   * The batch with its tally. Settling normally follows a job's final change; should that have been lost
   * (the process died in between), any read of a batch with nothing left to run settles it.
   */
  const view = async (batch: BatchRecord): Promise<BatchView> => {
    const tally = await repository.tally(batch.id);
    if (batch.status === "RUNNING" && tally.in_progress + tally.pending === 0) {
      return { batch: (await repository.settle(batch.id, clock.now())) ?? batch, tally };
    }
    return { batch, tally };
  };

  return {
    /**
     * Creates the batch and all its jobs in one transaction, or nothing: one
     * invalid job refuses the whole batch, naming it (`jobs[3].anchor_text`).
     */
    async create(
      user: { userId: string; limits: UserLimits },
      request: CreateBatchRequest,
      headerKey?: string,
    ): Promise<{ view: BatchView; notices: BatchNotice[]; status: number; replayed: boolean }> {
      const {
        jobs: prepared,
        defaults,
        chunk,
        parallel,
        notices,
        seconds,
      } = planBatch(request, user.limits, settings);
      const bodyKey = request.idempotency_key;
      const now = clock.now();
      const batchId = prefixedId("batch");
      const jobs: NewBatchJob[] = prepared.map((job, position) => ({
        id: prefixedId("job"),
        user_id: user.userId,
        batch_id: batchId,
        batch_position: position,
        ...job.order,
        options: job.options,
        max_cost: job.max_cost,
        estimated_cost: job.estimated_cost,
        created_at: now,
        estimated_completion: new Date(now.getTime() + seconds * 1000),
        note: waitingNote(position, chunk, parallel, prepared.length),
      }));
      const outcome = await createOnce({
        scope: idempotencyScopes.batches,
        request: {
          userId: user.userId,
          key: bodyKey ?? headerKey,
          // The request as sent (normalised), not what the customer's limits or the prices made of it: a
          // retry after a plan change or a price update is still the same request.
          fingerprint: requestFingerprint({
            name: request.name,
            max_cost: request.max_cost,
            options: request.options,
            jobs: prepared.map(({ order, options, max_cost }) => ({ ...order, options, max_cost })),
          }),
          keyField: bodyKey === undefined ? "Idempotency-Key" : "idempotency_key",
        },
        now,
        keys: idempotencyKeys,
        create: (claim) =>
          repository.create(
            {
              id: batchId,
              user_id: user.userId,
              name: request.name,
              options: { ...defaults, chunk_size: chunk, parallel_jobs: parallel },
              chunk_size: chunk,
              parallel_jobs: parallel,
              max_cost: request.max_cost ?? null,
              created_at: now,
            },
            jobs,
            claim,
          ),
        replay: async (record) => owned(record.resourceId, user.userId),
      });
      if (!outcome.replayed) {
        await settings.events?.publish(JOBS_CREATED_CHANNEL, batchId).catch(() => undefined);
      }
      return {
        view: await view(outcome.value),
        notices: outcome.replayed ? [] : notices,
        status: outcome.status,
        replayed: outcome.replayed,
      };
    },

    /** The batch with its job ids in submission order and, per target, how often its exact-match anchor is used. */
    async get(
      id: string,
      userId: string,
    ): Promise<BatchView & { jobIds: string[]; anchors: BatchAnchorReport[] }> {
      const [current, jobIds, anchors] = await Promise.all([
        owned(id, userId).then(view),
        repository.jobIds(id),
        repository.anchors(id),
      ]);
      return { ...current, jobIds, anchors: batchAnchorReport(anchors, settings.footprint) };
    },

    async list(userId: string, filters: BatchListFilters) {
      const { batches, total } = await repository.list(userId, filters);
      return { views: await Promise.all(batches.map(view)), total };
    },

    /**
     * Cancels every job of the batch that is not final (final jobs keep their
     * results). Cancelling a cancelled batch answers it as it is; a completed
     * batch cannot be cancelled.
     */
    async cancel(id: string, userId: string): Promise<BatchView> {
      const result = await repository.cancel(id, userId, clock.now());
      if (!result) throw notFound(id);
      for (const job of result.cancelled) {
        await announceProgress(settings.events, { id: job.id, batch_id: id }, "CANCELLED", job.progress);
      }
      const current = await view(result.batch);
      if (current.batch.status === "COMPLETED") {
        throw new AppError(
          "CANNOT_CANCEL_COMPLETED_BATCH",
          "Every job of this batch is final; there is nothing to cancel",
          { extra: { batch_status: current.batch.status } },
        );
      }
      return current;
    },

    /**
     * The batch's progress as it happens: its state now, then again after
     * every job change (pushed over the event bus, re-read now and then),
     * ending once the batch is final or `signal` aborts.
     */
    async *watch(id: string, userId: string, signal?: AbortSignal): AsyncGenerator<BatchView> {
      let current = await view(await owned(id, userId));
      yield current;
      if (current.batch.status !== "RUNNING") return;
      let wake: (() => void) | undefined;
      let changed = false;
      const unsubscribe = await settings.events?.subscribe(batchProgressChannel(id), () => {
        changed = true;
        wake?.();
      });
      const onAbort = () => wake?.();
      signal?.addEventListener("abort", onAbort);
      try {
        while (!signal?.aborted) {
          if (!changed) {
            await new Promise<void>((resolve) => {
              wake = resolve;
              setTimeout(resolve, settings.watchRefreshMs ?? 5_000).unref?.();
            });
            wake = undefined;
            if (signal?.aborted) return;
          }
          changed = false;
          const batch = await repository.findOwned(id, userId);
          if (!batch) return;
          const next = await view(batch);
          if (sameProgress(next, current)) continue;
          current = next;
          yield next;
          if (next.batch.status !== "RUNNING") return;
        }
      } finally {
        signal?.removeEventListener("abort", onAbort);
        await unsubscribe?.();
      }
    },
  };
}

function sameProgress(a: BatchView, b: BatchView): boolean {
  const keys: (keyof BatchCounts)[] = [
    "completed",
    "in_progress",
    "pending",
    "failed",
    "blocked",
    "cancelled",
  ];
  return a.batch.status === b.batch.status && keys.every((k) => a.tally[k] === b.tally[k]);
}

export type BatchService = ReturnType<typeof createBatchService>;
