import { type EventBus, LINKS_DUE_CHANNEL, type LinkService } from "@bacowr/core";
import type { Logger } from "pino";
import { startWakeableLoop, type WakeableLoop } from "./wakeable-loop";

/**
 * Checks placed links as they come due, in its own loop (a slow publisher must not hold up the worker's
 * other duties), woken when a link is placed or a check is asked for.
 */
export function startLinkMonitor(options: {
  links: LinkService;
  pollIntervalMs: number;
  logger: Logger;
  events?: EventBus;
}): WakeableLoop {
  return startWakeableLoop({
    name: "link monitor",
    runOnce: (signal) => options.links.runDueChecks(signal),
    pollIntervalMs: options.pollIntervalMs,
    logger: options.logger,
    events: options.events,
    channels: [LINKS_DUE_CHANNEL],
  });
}
