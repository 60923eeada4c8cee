import type { IdempotencyClaim } from "../idempotency/ports";
import type { BacklinkRecord, CampaignRecord, ProxyRecord, SiteAccountRecord, TaskRecord } from "./records";
import type { TaskOutcome } from "./task-rules";

/** Who changed a task and why, kept in the task's event log with the change itself. */
export interface TaskEvent {
  workerId: string | undefined;
  event: "locked" | "unlocked" | "reported" | "lease_expired" | "created";
  detail?: string | undefined;
}

export interface TaskRepository {
  listPending(query: { limit: number; type?: string | undefined; now: Date }): Promise<TaskRecord[]>;
  find(id: number): Promise<TaskRecord | undefined>;
  /**
   * pending → running in one statement, only if the task is pending, unlocked
   * and due. Of any number of concurrent callers at most one gets the task.
   */
  tryLock(
    id: number,
    lock: { workerId: string; now: Date; leaseUntil: Date },
  ): Promise<TaskRecord | undefined>;
  /** running → pending, clearing the lock, if still running (and held by `lockedBy` when given). */
  release(
    id: number,
    guard: { lockedBy?: string | undefined },
    now: Date,
    event: TaskEvent,
  ): Promise<boolean>;
  /**
   * Ends the current attempt with `outcome` if the task is still running (and
   * held by `lockedBy`, and/or its lease ended before `leaseEndedBy`, when given).
   */
  finishAttempt(
    id: number,
    guard: { lockedBy?: string | undefined; leaseEndedBy?: Date | undefined },
    change: { outcome: TaskOutcome; result: Record<string, unknown> | null; error: string | null; now: Date },
    event: TaskEvent,
  ): Promise<boolean>;
  findExpiredLeases(now: Date, limit: number): Promise<TaskRecord[]>;
  /** Inserts the tasks, storing `claim` with them in one transaction; throws IdempotencyKeyTaken when the key is held. */
  createMany(
    campaignId: number,
    tasks: { type: string; payload: Record<string, unknown>; max_retries: number }[],
    now: Date,
    claim?: IdempotencyClaim,
  ): Promise<number[]>;
  list(query: {
    campaignId?: number | undefined;
    status?: TaskRecord["status"] | undefined;
    type?: string | undefined;
    limit: number;
    offset: number;
  }): Promise<{ tasks: TaskRecord[]; total: number }>;
}

export interface CampaignRepository {
  /** Inserts the campaign, storing `claim` with it in one transaction; throws IdempotencyKeyTaken when the key is held. */
  create(
    campaign: { name: string; owner_id: string | null; settings: Record<string, unknown> },
    claim?: IdempotencyClaim,
  ): Promise<CampaignRecord>;
  find(id: number): Promise<CampaignRecord | undefined>;
  list(query: { limit: number; offset: number }): Promise<{ campaigns: CampaignRecord[]; total: number }>;
}

export type NewBacklink = Omit<BacklinkRecord, "id" | "created_at" | "updated_at">;
export type BacklinkChanges = Partial<
  Omit<BacklinkRecord, "id" | "campaign_id" | "created_at" | "updated_at">
>;

export interface BacklinkRepository {
  create(backlink: NewBacklink, now: Date): Promise<BacklinkRecord>;
  update(id: number, changes: BacklinkChanges, now: Date): Promise<BacklinkRecord | undefined>;
  find(id: number): Promise<BacklinkRecord | undefined>;
}

export type NewSiteAccount = Omit<SiteAccountRecord, "id" | "created_at" | "updated_at">;
export type SiteAccountChanges = Partial<
  Omit<SiteAccountRecord, "id" | "campaign_id" | "site_domain" | "created_at" | "updated_at">
>;

export interface SiteAccountRepository {
  create(account: NewSiteAccount, now: Date): Promise<SiteAccountRecord>;
  update(id: number, changes: SiteAccountChanges, now: Date): Promise<SiteAccountRecord | undefined>;
  find(id: number): Promise<SiteAccountRecord | undefined>;
}

export type NewProxy = Omit<ProxyRecord, "id" | "is_active" | "error_count"> & { is_active?: boolean };

/** Proxies with their password in clear: the repository encrypts at rest. */
export interface ProxyRepository {
  list(query: { country?: string | undefined; activeOnly: boolean }): Promise<ProxyRecord[]>;
  createMany(proxies: NewProxy[], now: Date): Promise<number[]>;
  /** Counts one failure; deactivates the proxy once `deactivateAt` failures are reached. */
  reportFailure(
    id: number,
    failure: { error: string | null; deactivateAt: number; now: Date },
  ): Promise<Pick<ProxyRecord, "id" | "is_active" | "error_count"> | undefined>;
}

export interface UsageRepository {
  recordLlm(usage: {
    source: "bridge" | "job";
    job_id: string | null;
    campaign_id: number | null;
    worker_id: string | null;
    provider: string;
    model: string;
    input_tokens: number;
    output_tokens: number;
    cost: number;
  }): Promise<void>;
  recordCaptcha(usage: {
    campaign_id: number | null;
    site_domain: string | null;
    captcha_type: string;
    provider: string;
    provider_task_id: string | null;
    cost: number;
    success: boolean;
    error: string | null;
    worker_id: string | null;
  }): Promise<void>;
}

export interface BridgeRepositories {
  tasks: TaskRepository;
  campaigns: CampaignRepository;
  backlinks: BacklinkRepository;
  siteAccounts: SiteAccountRepository;
  proxies: ProxyRepository;
  usage: UsageRepository;
}
