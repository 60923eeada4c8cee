/**
 * @bacowr/sdk — the TypeScript client of the BACOWR v1 API. Works in Node 20+
 * and browsers, with nothing but `fetch`. Wire types are generated from the
 * API's OpenAPI document; the SDK speaks camelCase.
 */
export { BacowrClient } from "./client";
export * from "./errors";
export type { Page, PagePromise, Pagination } from "./page";
export type {
  UsageStats,
  UsageStatsParams,
  UsageTimeseries,
  UsageTimeseriesParams,
} from "./resources/analytics";
export type { LoginResult } from "./resources/auth";
export {
  Batch,
  type BatchData,
  type BatchNotice,
  type BatchProgress,
  type BatchStatus,
  type BatchSummary,
  type BatchWaitOptions,
  type CreateBatchParams,
  type CreatedBatchData,
  finalBatchStatuses,
  type ListBatchesParams,
} from "./resources/batches";
export type {
  ExportToWordPressParams,
  SaveWordPressParams,
  WordPressConnection,
  WordPressExport,
} from "./resources/cms";
export type { Estimate, EstimateParams } from "./resources/estimate";
export {
  type CreateJobParams,
  finalStatuses,
  Job,
  type JobData,
  type JobProgress,
  type JobStatus,
  type JobSummary,
  type ListJobsParams,
  type QcCheckParams,
  type QcCheckResult,
  type WaitOptions,
} from "./resources/jobs";
export type { Link, LinkCheck, LinkStatus, LinkSummary, ListLinksParams } from "./resources/links";
export type {
  AddTasksResult,
  Campaign,
  CreateCampaignParams,
  ListCampaignsParams,
  ListTasksParams,
  Task,
  TaskParams,
} from "./resources/operators";
export type { ImportProxiesResult, ProxyParams } from "./resources/proxies";
export type { CreateUserParams, DeletedUser, UpdateUserParams, User } from "./resources/users";
export type {
  CreateWebhookParams,
  DeletedWebhook,
  ListWebhookDeliveriesParams,
  ListWebhooksParams,
  ReplayWebhookParams,
  UpdateWebhookParams,
  Webhook,
  WebhookAttempt,
  WebhookDelivery,
  WebhookDeliveryStatus,
  WebhookEventType,
  WebhookReplayResult,
  WebhookWithSecret,
} from "./resources/webhooks";
export type { ClientOptions, RequestOptions, Tokens } from "./transport";
export {
  type BatchEventData,
  type JobEventData,
  type PingEventData,
  type VerifyWebhookOptions,
  verifyWebhook,
  type WebhookHeaders,
  type WebhookPayload,
  WebhookVerificationError,
  type WebhookVerificationReason,
} from "./webhook-verify";
/**
 * The SDK's renaming of the API's field names (`job_id` ⇄ `jobId`), for code that stores or prints SDK objects
 * in the API's own names. Caller-owned objects (payload, settings, result, details) keep their keys. For the
 * exact wire shape of a whole response, `client.get(path)` returns it untouched.
 */
export { type Camelize, camelize, snakeize } from "./wire";

/** The API version this SDK speaks (the `/v1` prefix and `meta.version`). */
export const API_VERSION = "v1";
