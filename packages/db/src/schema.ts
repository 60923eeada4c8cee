import type {
  Article,
  exportOutcomes,
  JobCheckpoint,
  JobOptions,
  JobQcReport,
  JobStatus,
  LinkCheck,
  LinkKind,
  LinkRel,
  LinkStatus,
  taskStatuses,
  userRoles,
  userTiers,
} from "@bacowr/core";
import type { ColumnType, Generated, Insertable, JSONColumnType, Selectable, Updateable } from "kysely";

/**
 * Kysely table types: the single source for row shapes. Keep in step with
 * `migrations/`; the schema test compares them against the live database.
 */

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T extends object | null> = JSONColumnType<T, T | string, T | string>;
type JsonObject = Record<string, unknown>;

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  role: (typeof userRoles)[number];
  tier: (typeof userTiers)[number];
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  disabled_at: Date | null;
  /** Per-customer overrides of the tier's limits; null means the tier's. */
  rate_limit_per_hour: number | null;
  max_concurrent_jobs: number | null;
  max_batch_size: number | null;
}

export interface RefreshTokensTable {
  id: string;
  user_id: string;
  family_id: string;
  token_hash: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  revoked_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface ApiKeysTable {
  id: string;
  user_id: string;
  name: string;
  prefix: string;
  key_hash: string;
  created_at: CreatedAt;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface BatchesTable {
  id: string;
  user_id: string;
  name: string;
  status: string;
  options: Json<JsonObject>;
  total_jobs: number;
  chunk_size: Generated<number>;
  parallel_jobs: Generated<number>;
  max_cost: number | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  completed_at: Timestamp | null;
  cancelled_at: Timestamp | null;
}

export interface JobsTable {
  id: string;
  user_id: string;
  batch_id: string | null;
  /** Place in its batch (0-based, submission order); null for a job created alone. */
  batch_position: number | null;
  publisher_domain: string;
  target_url: string;
  anchor_text: string;
  options: Json<JobOptions>;
  status: JobStatus;
  progress: Generated<number>;
  article: Json<Article> | null;
  qc_report: Json<JobQcReport> | null;
  cost_llm: Generated<number>;
  cost_serp: Generated<number>;
  /** USD the job may spend (null: no cap); checked before each LLM call. */
  max_cost: number | null;
  /** The cost expected at creation, which a batch's cap reserves while the job runs. */
  estimated_cost: Generated<number>;
  error_code: string | null;
  error_message: string | null;
  attempts: Generated<number>;
  locked_by: string | null;
  locked_until: Timestamp | null;
  run_after: ColumnType<Date, Date | string | undefined, Date | string>;
  cancel_requested_at: Timestamp | null;
  estimated_completion: Timestamp | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  completed_at: Timestamp | null;
  checkpoint: ColumnType<JobCheckpoint, JobCheckpoint | string | undefined, JobCheckpoint | string>;
}

export interface JobStateTransitionsTable {
  id: Generated<number>;
  job_id: string;
  state: JobStatus;
  at: CreatedAt;
  note: string | null;
}

export interface IdempotencyKeysTable {
  user_id: string;
  scope: string;
  idempotency_key: string;
  fingerprint: string;
  resource_id: string;
  response_status: number;
  replay_secret: string | null;
  first_used_at: Timestamp;
}

/** A saved WordPress site (migration 0008); the application password sealed with ENCRYPTION_KEY. */
export interface CmsConnectionsTable {
  id: string;
  user_id: string;
  cms: "wordpress";
  name: string | null;
  site_url: string;
  username: string;
  secret_encrypted: string;
  link_rel: Json<LinkRel[]>;
  last_used_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** One export per job and site (migration 0008): a re-export updates the same post. */
export interface JobExportsTable {
  id: string;
  job_id: string;
  user_id: string;
  cms: "wordpress";
  site_url: string;
  connection_id: string | null;
  remote_post_id: number;
  post_url: string;
  published_url: string | null;
  status: string;
  outcome: (typeof exportOutcomes)[number];
  link_rel: Json<LinkRel[]>;
  problems: Json<string[]>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** An export under way (migration 0008): one per job and site at a time. */
export interface JobExportLocksTable {
  job_id: string;
  cms: string;
  site_url: string;
  locked_until: Timestamp;
}

/** A placed link the monitor watches (migration 0008). */
export interface PlacedLinksTable {
  id: string;
  user_id: string | null;
  job_id: string | null;
  backlink_id: number | null;
  export_id: string | null;
  kind: ColumnType<LinkKind, LinkKind | undefined, LinkKind>;
  page_url: string;
  host: string;
  publisher_domain: string;
  target_url: string;
  target_domain: string;
  anchor_text: string;
  expected_rel: Json<LinkRel[]>;
  status: ColumnType<LinkStatus, LinkStatus | undefined, LinkStatus>;
  last_check: Json<LinkCheck | null> | null;
  checks_done: Generated<number>;
  checked_at: Timestamp | null;
  next_check_at: Timestamp;
  leased_until: Timestamp | null;
  lease_id: string | null;
  placed_at: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface LinkChecksTable {
  id: Generated<number>;
  link_id: string;
  checked_at: Timestamp;
  verdict: string;
  result: Json<LinkCheck>;
}

export interface WebhookSubscriptionsTable {
  id: string;
  user_id: string;
  url: string;
  events: Json<string[]>;
  description: string | null;
  /** HMAC signing secret, encrypted at rest (it must be recoverable to sign). */
  secret_encrypted: string;
  /** The secret before the last rotation, still signing until `previous_secret_expires_at`. */
  previous_secret_encrypted: string | null;
  previous_secret_expires_at: Timestamp | null;
  active: Generated<boolean>;
  /** Since when every delivery has failed (null after any success, restarted after a quiet day). */
  failing_since: Timestamp | null;
  last_failure_at: Timestamp | null;
  disabled_at: Timestamp | null;
  disabled_reason: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** The outbox: written by triggers in the same statement as the job's or batch's change (migration 0007). */
export interface WebhookDeliveriesTable {
  id: string;
  subscription_id: string;
  event_id: string;
  event: string;
  occurred_at: Timestamp;
  data: Json<JsonObject>;
  status: ColumnType<"pending" | "delivered" | "dead", "pending" | "delivered" | "dead" | undefined>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_status_code: number | null;
  last_error: string | null;
  created_at: Timestamp;
  delivered_at: Timestamp | null;
  replayed_at: Timestamp | null;
  /** Waiting for a paused or disabled subscription (out of the due index). */
  held: Generated<boolean>;
  /** The claim under way; only it may record the attempt's outcome. */
  lease_id: string | null;
}

export interface WebhookDeliveryAttemptsTable {
  id: Generated<number>;
  delivery_id: string;
  attempt: number;
  at: Timestamp;
  duration_ms: number;
  status_code: number | null;
  response_excerpt: string | null;
  error: string | null;
}

export interface CampaignsTable {
  id: Generated<number>;
  name: string;
  owner_id: string | null;
  status: ColumnType<string, string | undefined, string>;
  settings: Json<JsonObject>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface WorkerTasksTable {
  id: Generated<number>;
  campaign_id: number;
  type: string;
  status: (typeof taskStatuses)[number];
  payload: Json<JsonObject>;
  max_retries: Generated<number>;
  retry_count: Generated<number>;
  locked_by: string | null;
  locked_at: Timestamp | null;
  lock_expires_at: Timestamp | null;
  run_after: ColumnType<Date, Date | string | undefined, Date | string>;
  result: Json<JsonObject> | null;
  error: string | null;
  last_worker_id: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  completed_at: Timestamp | null;
}

export interface TaskEventsTable {
  id: Generated<number>;
  task_id: number;
  worker_id: string | null;
  event: string;
  from_status: string | null;
  to_status: string | null;
  detail: string | null;
  at: CreatedAt;
}

export interface BacklinksTable {
  id: Generated<number>;
  campaign_id: number;
  site_account_id: number | null;
  url: string;
  type: string;
  status: string;
  keyword: string | null;
  anchor_text: string | null;
  verified_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface SiteAccountsTable {
  id: Generated<number>;
  campaign_id: number;
  site_domain: string;
  username: string | null;
  email: string | null;
  status: string;
  verification_link: string | null;
  verified_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ProxiesTable {
  id: Generated<number>;
  host: string;
  port: number;
  username: string | null;
  /** AES-256-GCM ciphertext (`v1:iv:tag:data`, base64url parts). */
  password_encrypted: string | null;
  type: ColumnType<string, string | undefined, string>;
  country: string | null;
  is_active: Generated<boolean>;
  error_count: Generated<number>;
  last_error: string | null;
  last_used_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface LlmUsageTable {
  id: Generated<number>;
  source: string;
  job_id: string | null;
  campaign_id: number | null;
  worker_id: string | null;
  provider: string;
  model: string;
  input_tokens: number;
  output_tokens: number;
  cost: number;
  created_at: CreatedAt;
}

export interface CaptchaUsageTable {
  id: Generated<number>;
  campaign_id: number | null;
  site_domain: string | null;
  captcha_type: string;
  provider: string;
  provider_task_id: string | null;
  cost: number;
  success: boolean;
  error: string | null;
  worker_id: string | null;
  created_at: CreatedAt;
}

export interface CacheEntriesTable {
  key: string;
  namespace: string;
  value: Json<JsonObject | unknown[]>;
  hits: Generated<number>;
  expires_at: Timestamp;
  created_at: CreatedAt;
}

export interface Database {
  users: UsersTable;
  refresh_tokens: RefreshTokensTable;
  api_keys: ApiKeysTable;
  batches: BatchesTable;
  jobs: JobsTable;
  job_state_transitions: JobStateTransitionsTable;
  idempotency_keys: IdempotencyKeysTable;
  cms_connections: CmsConnectionsTable;
  job_exports: JobExportsTable;
  job_export_locks: JobExportLocksTable;
  placed_links: PlacedLinksTable;
  link_checks: LinkChecksTable;
  webhook_subscriptions: WebhookSubscriptionsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_delivery_attempts: WebhookDeliveryAttemptsTable;
  campaigns: CampaignsTable;
  worker_tasks: WorkerTasksTable;
  task_events: TaskEventsTable;
  backlinks: BacklinksTable;
  site_accounts: SiteAccountsTable;
  proxies: ProxiesTable;
  llm_usage: LlmUsageTable;
  captcha_usage: CaptchaUsageTable;
  cache_entries: CacheEntriesTable;
}

export type Row<T extends keyof Database> = Selectable<Database[T]>;
export type NewRow<T extends keyof Database> = Insertable<Database[T]>;
export type RowUpdate<T extends keyof Database> = Updateable<Database[T]>;
