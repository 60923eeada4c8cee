import {
  type EventBus,
  JOBS_CREATED_CHANNEL,
  WEBHOOKS_DUE_CHANNEL,
  type WebhookDispatcher,
} from "@bacowr/core";
import type { Logger } from "pino";
import { startWakeableLoop, type WakeableLoop } from "./wakeable-loop";

export type WebhookDispatcherLoop = WakeableLoop;

/**
 * Sends due webhook deliveries for as long as there are any, woken by the event bus when something may be
 * due (a job created or finished, a link's verdict changed, an export, a test, a replay).
 */
export function startWebhookDispatcher(options: {
  dispatcher: WebhookDispatcher;
  pollIntervalMs: number;
  logger: Logger;
  events?: EventBus;
}): WebhookDispatcherLoop {
  return startWakeableLoop({
    name: "webhook dispatcher",
    runOnce: (signal) => options.dispatcher.runOnce(signal),
    pollIntervalMs: options.pollIntervalMs,
    logger: options.logger,
    events: options.events,
    channels: [WEBHOOKS_DUE_CHANNEL, JOBS_CREATED_CHANNEL],
  });
}
