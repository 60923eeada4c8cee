import type { EventBus } from "@bacowr/core";
import type { Logger } from "pino";

export interface WakeableLoop {
  /** Resolves when the work under way has finished and been recorded. */
  stop(): Promise<void>;
  /** Runs at once instead of waiting for the next poll. */
  nudge(): void;
}

/**
 * Runs `runOnce` for as long as it finds work, then sleeps until the poll interval passes or the event bus
 * says work may be due on one of `channels`. Polling stays either way: retries and schedules come due with
 * no event to announce them.
 */
export function startWakeableLoop(options: {
  /** What the logs call it ("webhook dispatcher", "link monitor"). */
  name: string;
  /** Does one bounded round; resolves to how many items it handled. Work under way is not aborted by stop. */
  runOnce: (signal: AbortSignal) => Promise<number>;
  pollIntervalMs: number;
  logger: Logger;
  events?: EventBus;
  channels: string[];
}): WakeableLoop {
  const { name, logger } = options;
  const controller = new AbortController();
  const inFlight = new AbortController();
  let wake: (() => void) | undefined;
  // A wake-up that comes while a run is under way (its claim may have looked before the event committed)
  // is remembered, so the loop runs again instead of sleeping a poll interval past it.
  let woken = false;
  const nudge = () => {
    woken = true;
    wake?.();
  };
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
      wake = done;
    });

  const loop = (async () => {
    while (!controller.signal.aborted) {
      let handled = 0;
      woken = false;
      try {
        // Not the stop signal: work under way finishes and is recorded.
        handled = await options.runOnce(inFlight.signal);
        if (handled > 0) logger.debug({ handled }, `${name} ran`);
      } catch (error) {
        logger.error({ err: error }, `${name} failed`);
      }
      if (handled === 0 && !woken && !controller.signal.aborted) await sleep(options.pollIntervalMs);
    }
  })();

  const subscriptions = Promise.all(
    options.channels.map((channel) =>
      options.events?.subscribe(channel, nudge).catch((error: unknown) => {
        logger.warn({ err: error, channel }, `cannot subscribe to ${name} wake-ups; polling only`);
        return undefined;
      }),
    ),
  );
  logger.info({ pollIntervalMs: options.pollIntervalMs }, `${name} started`);

  return {
    nudge,
    async stop() {
      if (controller.signal.aborted) return;
      for (const unsubscribe of await subscriptions) await unsubscribe?.();
      controller.abort();
      nudge();
      await loop;
      logger.info(`${name} stopped`);
    },
  };
}
