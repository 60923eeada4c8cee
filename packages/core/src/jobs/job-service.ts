import { AppError } from "../app-error";
import type { Clock } from "../clock";
import type { EventBus } from "../coordination-ports";
import { createOnce, idempotencyScopes, requestFingerprint } from "../idempotency/idempotency";
import type { IdempotencyKeyStore } from "../idempotency/ports";
import { prefixedId } from "../ids";
import type { AddressAllowList } from "../net/address-policy";
import { WEBHOOKS_DUE_CHANNEL } from "../webhooks/webhook-records";
import { renderArticleHtml } from "./article-html";
import { estimatedJobSeconds } from "./cost-estimate";
import type { CreateJobRequest, JobListFilters, JobOptions, JobRecord, JobTransition } from "./job-records";
import { jobLlmProviders } from "./job-records";
import { isFinal } from "./job-states";
import type { UserLimits } from "./limits";
import { checkOrder, type OrderFields } from "./order-rules";
import type { JobRepository } from "./ports";

export interface JobServiceSettings {
  /** Providers with an API key configured; the others cannot write. */
  llmProviders: readonly string[];
  /** Whether a SERP API is configured, which heavy preflight needs. */
  serpConfigured: boolean;
  allowPrivateHosts: AddressAllowList;
  /** Where new jobs are announced (so idle workers start at once) and progress is pushed to watchers. */
  events?: EventBus | undefined;
  /** How often a watcher re-reads the job, in case a progress message was missed (no Redis between processes). */
  watchRefreshMs?: number;
  /** The USD a job with these options is expected to cost (the estimate's total), which a batch's cap reserves. */
  estimateCost?: ((options: JobOptions) => number) | undefined;
}

/** The event-bus channel that carries the id of every new job. */
export const JOBS_CREATED_CHANNEL = "jobs:created";

/** The event-bus channel of one job's progress (`{status, progress}` as JSON). */
export const jobProgressChannel = (jobId: string) => `jobs:progress:${jobId}`;

/** The event-bus channel of one batch: a message whenever one of its jobs changes. */
export const batchProgressChannel = (batchId: string) => `batches:progress:${batchId}`;

/** Tells a job's watchers (and its batch's) where it stands; a lost message only delays them until their next re-read. */
export async function announceProgress(
  events: EventBus | undefined,
  job: { id: string; batch_id: string | null },
  status: string,
  progress: number,
): Promise<void> {
  const message = JSON.stringify({ status, progress });
  await events?.publish(jobProgressChannel(job.id), message).catch(() => undefined);
  if (job.batch_id) await events?.publish(batchProgressChannel(job.batch_id), job.id).catch(() => undefined);
  // A final state wrote its webhook events (and maybe its batch's) with it: the dispatchers need not wait to poll.
  if (isFinal(status)) await events?.publish(WEBHOOKS_DUE_CHANNEL, job.id).catch(() => undefined);
}

/** One step of a job's progress, as watchers see it. */
export interface JobProgress {
  job_id: string;
  status: JobRecord["status"];
  progress: number;
}

/** Seconds to finish, for `estimated_completion`: research, then each expected LLM call (see cost-estimate). */
export function estimatedSeconds(options: JobOptions): number {
  return estimatedJobSeconds(options);
}

/** Option defaults a job inherits (from its batch); its own options win. */
export type JobOptionDefaults = Partial<JobOptions>;

function resolveOptions(
  given: NonNullable<CreateJobRequest["options"]>,
  settings: JobServiceSettings,
  field = "options",
): JobOptions {
  const provider = given.llm_provider ?? "anthropic";
  if (!settings.llmProviders.includes(provider)) {
    const available = jobLlmProviders.filter((p) => settings.llmProviders.includes(p));
    throw new AppError("VALIDATION_ERROR", `LLM provider "${provider}" is not configured on this server`, {
      field: `${field}.llm_provider`,
      details: { provided: provider, available },
    });
  }
  if (given.preflight_mode === "heavy" && !settings.serpConfigured) {
    throw new AppError("VALIDATION_ERROR", "Heavy preflight needs a SERP API, which this server lacks", {
      field: `${field}.preflight_mode`,
      details: { provided: "heavy", available: ["light"] },
    });
  }
  const options: JobOptions = {
    llm_provider: provider,
    strategy: given.strategy ?? "multi_stage",
    // The contract's default is heavy; without a SERP API the default falls back to light.
    preflight_mode: given.preflight_mode ?? (settings.serpConfigured ? "heavy" : "light"),
  };
  if (given.custom_instructions?.trim()) options.custom_instructions = given.custom_instructions.trim();
  return options;
}

/** A job's order and options as they will be stored: judged, normalised, defaulted, priced. */
export interface PreparedJob {
  order: OrderFields;
  options: JobOptions;
  max_cost: number | null;
  estimated_cost: number;
}

/**
 * Judges one job of a request the same way wherever it comes from (alone or
 * in a batch): order rules, then options over the defaults. `field` prefixes
 * the names in errors (`jobs[3]`).
 */
export function prepareJob(
  request: Omit<CreateJobRequest, "idempotency_key">,
  settings: JobServiceSettings,
  defaults: JobOptionDefaults = {},
  field?: string,
): PreparedJob {
  let order: OrderFields;
  try {
    order = checkOrder(request, settings.allowPrivateHosts);
  } catch (error) {
    if (field && error instanceof AppError) throw withFieldPrefix(error, field);
    throw error;
  }
  const options = resolveOptions(
    { ...defaults, ...request.options },
    settings,
    field ? `${field}.options` : "options",
  );
  return {
    order,
    options,
    max_cost: request.max_cost ?? null,
    estimated_cost: settings.estimateCost?.(options) ?? 0,
  };
}

function withFieldPrefix(error: AppError, prefix: string): AppError {
  return new AppError(error.code, `${prefix}.${error.field ?? ""}: ${error.message}`, {
    field: `${prefix}.${error.field ?? ""}`,
    ...(error.details ? { details: error.details } : {}),
    ...(error.extra ? { extra: error.extra } : {}),
    cause: error,
  });
}

/** The customer's side of jobs: create, read, list, cancel. Every lookup is scoped to the owner. */
export function createJobService(
  repository: JobRepository,
  idempotencyKeys: IdempotencyKeyStore,
  clock: Clock,
  settings: JobServiceSettings,
) {
  const notFound = (id: string) => new AppError("JOB_NOT_FOUND", `Job ${id} not found`, { field: "job_id" });
  const owned = async (id: string, userId: string): Promise<JobRecord> => {
    const job = await repository.findOwned(id, userId);
    if (!job) throw notFound(id);
    return job;
  };

  return {
    /**
     * Queues a job. The key is the body's `idempotency_key`, else the
     * `Idempotency-Key` header's (`headerKey`): the body wins, as the contract
     * names it there. A replay answers the job as it is now.
     */
    async create(
      user: { userId: string; limits: UserLimits },
      request: CreateJobRequest,
      headerKey?: string,
    ): Promise<{ job: JobRecord; status: number; replayed: boolean }> {
      const { userId } = user;
      const bodyKey = request.idempotency_key;
      const { order, options, max_cost, estimated_cost } = prepareJob(request, settings);
      const now = clock.now();
      // Never refused for the limit: it waits in RECEIVE, and its history says why.
      const unfinished = await repository.unfinishedJobs(userId);
      const cap = user.limits.concurrent_jobs;
      const note =
        unfinished >= cap
          ? `waiting for a slot: ${unfinished} of your jobs are unfinished and your plan runs ${cap} at once`
          : null;
      const outcome = await createOnce({
        scope: idempotencyScopes.jobs,
        request: {
          userId,
          key: bodyKey ?? headerKey,
          fingerprint: requestFingerprint({ ...order, options, max_cost }),
          keyField: bodyKey === undefined ? "Idempotency-Key" : "idempotency_key",
        },
        now,
        keys: idempotencyKeys,
        create: (claim) =>
          repository.create(
            {
              id: prefixedId("job"),
              user_id: userId,
              batch_id: null,
              batch_position: null,
              ...order,
              options,
              max_cost,
              estimated_cost,
              created_at: now,
              estimated_completion: new Date(now.getTime() + estimatedSeconds(options) * 1000),
              note,
            },
            claim,
          ),
        replay: async (record) => {
          const job = await repository.findOwned(record.resourceId, userId);
          if (!job) throw notFound(record.resourceId);
          return job;
        },
      });
      if (!outcome.replayed) {
        await settings.events?.publish(JOBS_CREATED_CHANNEL, outcome.value.id).catch(() => undefined);
      }
      return { job: outcome.value, status: outcome.status, replayed: outcome.replayed };
    },

    async get(id: string, userId: string): Promise<{ job: JobRecord; history: JobTransition[] }> {
      const job = await owned(id, userId);
      return { job, history: await repository.history(job.id) };
    },

    list(userId: string, filters: JobListFilters) {
      return repository.list(userId, filters);
    },

    /**
     * Cancels a job that is not final. Cancelling a cancelled job again answers
     * it as it is (DELETE is idempotent); a job that ended otherwise cannot be.
     */
    async cancel(id: string, userId: string): Promise<JobRecord> {
      const result = await repository.cancel(id, userId, clock.now());
      if (!result) throw notFound(id);
      if (result.cancelled) {
        await announceProgress(settings.events, result.job, "CANCELLED", result.job.progress);
        return result.job;
      }
      if (result.job.status === "CANCELLED") return result.job;
      throw new AppError("CANNOT_CANCEL_COMPLETED_JOB", "Job has already completed and cannot be cancelled", {
        extra: { job_status: result.job.status },
      });
    },

    /**
     * The job's progress as it happens: the current state first, then every
     * change (pushed over the event bus, re-read from the database now and
     * then), ending after a final state or when `signal` aborts.
     */
    async *watch(id: string, userId: string, signal?: AbortSignal): AsyncGenerator<JobProgress> {
      const first = await owned(id, userId);
      let last: JobProgress = { job_id: id, status: first.status, progress: first.progress };
      yield last;
      if (isFinal(last.status)) return;
      let wake: (() => void) | undefined;
      const pushed: JobProgress[] = [];
      const unsubscribe = await settings.events?.subscribe(jobProgressChannel(id), (message) => {
        try {
          const { status, progress } = JSON.parse(message) as Omit<JobProgress, "job_id">;
          pushed.push({ job_id: id, status, progress });
        } catch {
          return;
        }
        wake?.();
      });
      const onAbort = () => wake?.();
      signal?.addEventListener("abort", onAbort);
      try {
        while (!signal?.aborted) {
          if (pushed.length === 0) {
            await new Promise<void>((resolve) => {
              wake = resolve;
              setTimeout(resolve, settings.watchRefreshMs ?? 5_000).unref?.();
            });
            wake = undefined;
            if (signal?.aborted) return;
            if (pushed.length === 0) {
              const job = await repository.findOwned(id, userId);
              if (job) pushed.push({ job_id: id, status: job.status, progress: job.progress });
            }
          }
          const next = pushed.shift();
          if (!next || (next.status === last.status && next.progress === last.progress)) continue;
          last = next;
          yield next;
          if (isFinal(next.status)) return;
        }
      } finally {
        signal?.removeEventListener("abort", onAbort);
        await unsubscribe?.();
      }
    },

    async articleHtml(id: string, userId: string): Promise<string> {
      const job = await owned(id, userId);
      if (!job.article) {
        throw new AppError("ARTICLE_NOT_READY", "This job has no article yet", {
          extra: { job_status: job.status },
        });
      }
      return renderArticleHtml(job.article);
    },
  };
}

export type JobService = ReturnType<typeof createJobService>;
