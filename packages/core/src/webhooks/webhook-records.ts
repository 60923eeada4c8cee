import { z } from "zod";

/**
 * The events a subscription can ask for: the seed's five, the two cancellations, an export to a CMS, and
 * the link monitor's verdicts (`link.lost`: the link went missing or its page is gone), and link rot on a
 * delivered article (`source.lost`: a page it cites is gone).
 */
export const webhookEventTypes = [
  "job.created",
  "job.completed",
  "job.blocked",
  "job.failed",
  "job.cancelled",
  "batch.completed",
  "batch.cancelled",
  "export.completed",
  "link.verified",
  "link.changed",
  "link.lost",
  "source.lost",
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

/** What `POST /v1/webhooks/{id}/test` sends; never subscribed to, always delivered when asked for. */
export const WEBHOOK_PING_EVENT = "ping";

/** The event-bus channel that wakes the webhook dispatchers (a delivery may be due now). */
export const WEBHOOKS_DUE_CHANNEL = "webhooks:due";

export const webhookDeliveryStatuses = ["pending", "delivered", "dead"] as const;
export type WebhookDeliveryStatus = (typeof webhookDeliveryStatuses)[number];

const events = z
  .array(z.enum(webhookEventTypes))
  .min(1)
  .max(webhookEventTypes.length * 4)
  .transform((list) => [...new Set(list)]);

export const createWebhookRequestSchema = z.object({
  url: z.string().trim().min(1).max(2048),
  events,
  description: z.string().trim().max(500).optional(),
});
export type CreateWebhookRequest = z.infer<typeof createWebhookRequestSchema>;

export const updateWebhookRequestSchema = z.object({
  url: z.string().trim().min(1).max(2048).optional(),
  events: events.optional(),
  description: z.string().trim().max(500).nullable().optional(),
  /** `true` re-enables a subscription that was disabled for failing (and forgets the failures). */
  active: z.boolean().optional(),
});
export type UpdateWebhookRequest = z.infer<typeof updateWebhookRequestSchema>;

export const webhookSubscriptionRecordSchema = z.object({
  id: z.string(),
  user_id: z.string(),
  url: z.string(),
  events: z.array(z.string()),
  description: z.string().nullable(),
  secret_encrypted: z.string(),
  previous_secret_encrypted: z.string().nullable(),
  previous_secret_expires_at: z.date().nullable(),
  active: z.boolean(),
  failing_since: z.date().nullable(),
  disabled_at: z.date().nullable(),
  disabled_reason: z.string().nullable(),
  created_at: z.date(),
  updated_at: z.date(),
});
export type WebhookSubscriptionRecord = z.infer<typeof webhookSubscriptionRecordSchema>;

export const webhookDeliveryRecordSchema = z.object({
  id: z.string(),
  subscription_id: z.string(),
  event_id: z.string(),
  event: z.string(),
  occurred_at: z.date(),
  data: z.record(z.string(), z.unknown()),
  status: z.enum(webhookDeliveryStatuses),
  attempts: z.number().int(),
  next_attempt_at: z.date(),
  last_status_code: z.number().int().nullable(),
  last_error: z.string().nullable(),
  created_at: z.date(),
  delivered_at: z.date().nullable(),
  replayed_at: z.date().nullable(),
});
export type WebhookDeliveryRecord = z.infer<typeof webhookDeliveryRecordSchema>;

export const webhookAttemptRecordSchema = z.object({
  attempt: z.number().int(),
  at: z.date(),
  duration_ms: z.number().int(),
  status_code: z.number().int().nullable(),
  response_excerpt: z.string().nullable(),
  error: z.string().nullable(),
});
export type WebhookAttemptRecord = z.infer<typeof webhookAttemptRecordSchema>;

export const webhookDeliveryFiltersSchema = z.object({
  status: z.enum(webhookDeliveryStatuses).optional(),
  event: z.string().trim().min(1).max(50).optional(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type WebhookDeliveryFilters = z.infer<typeof webhookDeliveryFiltersSchema>;
