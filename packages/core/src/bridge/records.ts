import { z } from "zod";
import { taskStatuses } from "./task-schemas";

/**
 * The bridge's records in the contract's own snake_case, so the repository
 * rows, the rules and the wire share one description.
 */

const jsonObject = z.record(z.string(), z.unknown());

export const taskRecordSchema = z.object({
  id: z.number().int(),
  campaign_id: z.number().int(),
  type: z.string(),
  status: z.enum(taskStatuses),
  payload: jsonObject,
  max_retries: z.number().int(),
  retry_count: z.number().int(),
  locked_by: z.string().nullable(),
  locked_at: z.date().nullable(),
  lock_expires_at: z.date().nullable(),
  run_after: z.date(),
  result: jsonObject.nullable(),
  error: z.string().nullable(),
  last_worker_id: z.string().nullable(),
  created_at: z.date(),
  updated_at: z.date(),
  completed_at: z.date().nullable(),
});
export type TaskRecord = z.infer<typeof taskRecordSchema>;

export const campaignRecordSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  owner_id: z.string().nullable(),
  status: z.string(),
  settings: jsonObject,
  created_at: z.date(),
  updated_at: z.date(),
});
export type CampaignRecord = z.infer<typeof campaignRecordSchema>;

export const backlinkStatuses = ["submitted", "live", "verified", "lost", "rejected"] as const;

export const backlinkRecordSchema = z.object({
  id: z.number().int(),
  campaign_id: z.number().int(),
  site_account_id: z.number().int().nullable(),
  url: z.string(),
  type: z.string(),
  status: z.enum(backlinkStatuses),
  keyword: z.string().nullable(),
  anchor_text: z.string().nullable(),
  verified_at: z.date().nullable(),
  created_at: z.date(),
  updated_at: z.date(),
});
export type BacklinkRecord = z.infer<typeof backlinkRecordSchema>;

export const siteAccountStatuses = ["pending_verification", "verified", "failed", "banned"] as const;

export const siteAccountRecordSchema = z.object({
  id: z.number().int(),
  campaign_id: z.number().int(),
  site_domain: z.string(),
  username: z.string().nullable(),
  email: z.string().nullable(),
  status: z.enum(siteAccountStatuses),
  verification_link: z.string().nullable(),
  verified_at: z.date().nullable(),
  created_at: z.date(),
  updated_at: z.date(),
});
export type SiteAccountRecord = z.infer<typeof siteAccountRecordSchema>;

export const proxyTypes = ["http", "https", "socks4", "socks5"] as const;

/** A proxy as workers receive it: the password decrypted. */
export const proxyRecordSchema = z.object({
  id: z.number().int(),
  host: z.string(),
  port: z.number().int(),
  username: z.string().nullable(),
  password: z.string().nullable(),
  type: z.enum(proxyTypes),
  country: z.string().nullable(),
  is_active: z.boolean(),
  error_count: z.number().int(),
});
export type ProxyRecord = z.infer<typeof proxyRecordSchema>;
