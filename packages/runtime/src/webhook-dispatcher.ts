import {
  type EventBus,
  JOBS_CREATED_CHANNEL,
  WEBHOOKS_DUE_CHANNEL,
  type WebhookDispatcher,
} from "@bacowr/core";
import type { Logger } from "pino";

export interface WebhookDispatcherLoop {
  /** Resolves when the deliveries under way have been sent and recorded. */
  stop(): Promise<void>;
  /** Runs at once instead of waiting for the next poll. */
  nudge(): void;
}

/**
 * Runs the dispatcher for as long as deliveries are due, then sleeps until the poll interval passes or the
 * event bus says something may be due (a job created or finished, a test, a replay). Polling stays either
 * way: retries come due with no event to announce them.
 */
export function startWebhookDispatcher(options: {
  dispatcher: WebhookDispatcher;
  pollIntervalMs: number;
  logger: Logger;
  events?: EventBus;
}): WebhookDispatcherLoop {
  const { dispatcher, logger } = options;
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
      let sent = 0;
      woken = false;
      try {
        // Not the stop signal: sends under way finish (within the delivery timeout) and are recorded.
        sent = await dispatcher.runOnce(inFlight.signal);
        if (sent > 0) logger.debug({ sent }, "webhook deliveries sent");
      } catch (error) {
        logger.error({ err: error }, "sending webhook deliveries failed");
      }
      if (sent === 0 && !woken && !controller.signal.aborted) await sleep(options.pollIntervalMs);
    }
  })();

  const subscriptions = Promise.all(
    [WEBHOOKS_DUE_CHANNEL, JOBS_CREATED_CHANNEL].map((channel) =>
      options.events?.subscribe(channel, nudge).catch((error: unknown) => {
        logger.warn({ err: error, channel }, "cannot subscribe to webhook wake-ups; polling only");
        return undefined;
      }),
    ),
  );
  logger.info({ pollIntervalMs: options.pollIntervalMs }, "webhook dispatcher started");

  return {
    nudge,
    async stop() {
      if (controller.signal.aborted) return;
      for (const unsubscribe of await subscriptions) await unsubscribe?.();
      controller.abort();
      nudge();
      await loop;
      logger.info("webhook dispatcher stopped");
    },
  };
}
