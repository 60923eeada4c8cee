import type { Logger } from "pino";
import type { Duty } from "./duty";

export interface WorkerLoopOptions {
  duties: Duty[];
  pollIntervalMs: number;
  logger: Logger;
}

export interface WorkerLoop {
  /** Resolves when the current tick has finished; no new tick starts. */
  stop(): Promise<void>;
  /** Runs one tick now (tests and `pnpm dev` use it to avoid waiting). */
  tick(): Promise<void>;
}

/**
 * Runs every duty once per tick, then sleeps. A duty that handled items runs
 * again at once (there may be more); a failing duty is logged and retried on
 * the next tick, so one broken duty never stops the others.
 */
export function startWorkerLoop(options: WorkerLoopOptions): WorkerLoop {
  const { duties, pollIntervalMs, logger } = options;
  const controller = new AbortController();
  let current: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  const tick = async (): Promise<boolean> => {
    let busy = false;
    for (const duty of duties) {
      if (controller.signal.aborted) break;
      try {
        const handled = await duty.run(controller.signal);
        if (handled > 0) {
          busy = true;
          logger.debug({ duty: duty.name, handled }, "duty ran");
        }
      } catch (error) {
        logger.error({ err: error, duty: duty.name }, "duty failed");
      }
    }
    return busy;
  };

  const schedule = (delay: number) => {
    if (controller.signal.aborted) return;
    timer = setTimeout(() => {
      current = tick().then((busy) => schedule(busy ? 0 : pollIntervalMs));
    }, delay);
    timer.unref();
  };

  schedule(0);
  logger.info({ duties: duties.map((d) => d.name), pollIntervalMs }, "worker loop started");

  return {
    async stop() {
      controller.abort();
      if (timer) clearTimeout(timer);
      await current;
      logger.info("worker loop stopped");
    },
    async tick() {
      current = current.then(() => tick().then(() => undefined));
      await current;
    },
  };
}
