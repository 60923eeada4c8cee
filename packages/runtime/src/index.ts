export { composeServices, publicUrlOf, type Services } from "./compose";
export { defaultDuties } from "./duties";
export type { Duty } from "./duty";
export { resolveEncryptionKey } from "./encryption-key";
export { eventBusFor } from "./event-bus";
export { type JobRunner, type JobRunnerOptions, jobRunnerOptions, startJobRunner } from "./job-runner";
export { startLinkMonitor } from "./link-monitor";
export { type LogFormat, prettyLogs, processLogger } from "./logger";
export { startWorkerLoop, type WorkerLoop, type WorkerLoopOptions } from "./loop";
export {
  createPlatformMetrics,
  metricsAuthorized,
  type PlatformMetrics,
  type PlatformMetricsOptions,
  serveMetrics,
  UNMATCHED_ROUTE,
} from "./metrics";
export { serpClientFrom } from "./providers";
export { startWakeableLoop, type WakeableLoop } from "./wakeable-loop";
export { startWebhookDispatcher, type WebhookDispatcherLoop } from "./webhook-dispatcher";
