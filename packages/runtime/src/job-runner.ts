import { hostname } from "node:os";
import type { AppConfig } from "@bacowr/config";
import {
  type EventBus,
  JOBS_CREATED_CHANNEL,
  type JobCheckpoint,
  type JobRecord,
  type OperationsObserver,
  observedJobRun,
  type PipelineDeps,
  prefixedId,
  runJob,
  type TierLimits,
} from "@bacowr/core";
import type { Logger } from "pino";
import type { Services } from "./compose";

export interface JobRunnerOptions {
  pipeline: PipelineDeps;
  /** Each tier's concurrent-job limit, which claims respect across all workers. */
  tierLimits: TierLimits;
  concurrency: number;
  pollIntervalMs: number;
  leaseSeconds: number;
  heartbeatSeconds: number;
  /** How long stop() lets running jobs finish before interrupting them (they resume elsewhere). */
  drainTimeoutMs: number;
  logger: Logger;
  /** New-job announcements (Redis, PostgreSQL NOTIFY or in-process); idle slots wake on each, polling stays. */
  events?: EventBus | undefined;
  /** Told how long each stage of a job took, and how jobs end (the operators' metrics). */
  observer?: OperationsObserver | undefined;
}

export interface JobRunner {
  readonly workerId: string;
  /** Wakes idle slots now (a job was just created) instead of at the next poll. */
  nudge(): void;
  /** Jobs running right now. */
  running(): number;
  /** Stops claiming, lets running jobs finish (up to the drain timeout), then interrupts the rest. */
  stop(): Promise<void>;
}

/**
 * Runs article jobs: `concurrency` slots each claim a job from PostgreSQL
 * (FOR UPDATE SKIP LOCKED), hold its lease with a heartbeat while the
 * pipeline runs, and claim the next. Any number of runners, in any number of
 * processes, can share one database.
 */
export function startJobRunner(options: JobRunnerOptions): JobRunner {
  const { pipeline, logger } = options;
  const { jobs, clock } = pipeline;
  const workerId = `${hostname()}:${process.pid}:${prefixedId("w", 6).slice(2)}`;
  let stopping = false;
  const sleepers = new Set<() => void>();
  const inFlight = new Map<string, AbortController>();

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      sleepers.add(wake);
    });
  const wakeAll = () => {
    for (const wake of [...sleepers]) wake();
  };

  const run = async (job: JobRecord & { checkpoint: JobCheckpoint }) => {
    const controller = new AbortController();
    inFlight.set(job.id, controller);
    const heartbeat = setInterval(() => {
      const leaseUntil = new Date(clock.now().getTime() + options.leaseSeconds * 1000);
      jobs.heartbeat(job.id, workerId, leaseUntil).then(
        (held) => {
          // Cancelled by its owner, or taken over after an expired lease: stop working on it.
          if (!held && !controller.signal.aborted) controller.abort("lease-lost");
        },
        (error: unknown) => logger.warn({ err: error, job_id: job.id }, "heartbeat failed"),
      );
    }, options.heartbeatSeconds * 1000);
    try {
      await runJob(
        job,
        workerId,
        {
          ...pipeline,
          jobs: options.observer ? observedJobRun(jobs, options.observer, job) : jobs,
          logger: logger.child({ job_id: job.id }),
        },
        controller.signal,
      );
    } catch (error) {
      logger.error({ err: error, job_id: job.id }, "job runner failed to record a job's outcome");
    } finally {
      clearInterval(heartbeat);
      inFlight.delete(job.id);
    }
  };

  // Claims are serialised across all workers (see the repository); within this process they queue here, so
  // idle slots woken together wait on one promise rather than each holding a pool connection on the lock.
  let claiming: Promise<unknown> = Promise.resolve();
  const claimNext = () => {
    const next = claiming.then(() => {
      const now = clock.now();
      return jobs.claim(
        workerId,
        now,
        new Date(now.getTime() + options.leaseSeconds * 1000),
        options.tierLimits,
      );
    });
    claiming = next.catch(() => undefined);
    return next;
  };

  const slot = async (index: number) => {
    while (!stopping) {
      let job: (JobRecord & { checkpoint: JobCheckpoint }) | undefined;
      try {
        job = await claimNext();
      } catch (error) {
        logger.error({ err: error, slot: index }, "claiming a job failed");
      }
      if (!job) {
        await sleep(options.pollIntervalMs);
        continue;
      }
      logger.info({ job_id: job.id, attempt: job.attempts, status: job.status }, "job claimed");
      await run(job);
    }
  };

  const unsubscribe = options.events?.subscribe(JOBS_CREATED_CHANNEL, wakeAll).catch((error: unknown) => {
    logger.warn({ err: error }, "cannot subscribe to new-job announcements; polling only");
    return undefined;
  });

  const slots = Array.from({ length: options.concurrency }, (_, i) => slot(i));
  logger.info({ worker_id: workerId, concurrency: options.concurrency }, "job runner started");

  return {
    workerId,
    nudge: wakeAll,
    running: () => inFlight.size,
    async stop() {
      if (stopping) return;
      stopping = true;
      await (await unsubscribe)?.();
      wakeAll();
      const drained = Promise.all(slots).then(() => true);
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), options.drainTimeoutMs);
      });
      if (!(await Promise.race([drained, timedOut]))) {
        for (const controller of inFlight.values()) controller.abort("shutdown");
        await drained;
      }
      clearTimeout(timer);
      logger.info({ worker_id: workerId }, "job runner stopped");
    },
  };
}

/** The runner's settings from configuration, shared by the server (in-process) and the standalone worker. */
export function jobRunnerOptions(
  config: AppConfig,
  services: Services,
  logger: Logger,
  events?: EventBus,
  observer?: OperationsObserver,
): JobRunnerOptions {
  return {
    pipeline: services.pipeline,
    tierLimits: services.tierLimits,
    concurrency: config.env.WORKER_CONCURRENCY,
    pollIntervalMs: config.env.WORKER_POLL_INTERVAL_MS,
    leaseSeconds: config.env.JOB_LEASE_SECONDS,
    heartbeatSeconds: config.env.JOB_HEARTBEAT_SECONDS,
    drainTimeoutMs: Math.max(0, config.env.SHUTDOWN_TIMEOUT_MS - 2_000),
    logger: logger.child({ component: "job-runner" }),
    events,
    observer,
  };
}
