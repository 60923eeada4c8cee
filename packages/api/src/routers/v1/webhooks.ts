import {
  createWebhookRequestSchema,
  updateWebhookRequestSchema,
  type WebhookDeliveryView,
  type WebhookSubscriptionRecord,
  webhookDeliveryStatuses,
  webhookEventTypes,
} from "@bacowr/core";
import { z } from "zod";
import {
  boolean,
  isoPeriodStart,
  paginationInput,
  paginationOf,
  paginationSchema,
} from "../../schemas/common";
import { v1Procedure } from "../../trpc";

const tags = ["webhooks"];
const webhookId = z.string().trim().min(1).max(100);
const deliveryId = z.string().trim().min(1).max(100);
const timestamp = z.date();

/** A subscription as every answer shows it; its secret is shown only when created or rotated. */
const webhookSchema = z.object({
  webhook_id: z.string(),
  url: z.string(),
  events: z.array(z.string()),
  description: z.string().nullable(),
  active: z.boolean(),
  /** Why it was disabled (every delivery failed for WEBHOOK_DISABLE_AFTER_SECONDS, 3 days by default). */
  disabled_reason: z.string().nullable(),
  disabled_at: timestamp.nullable(),
  /** Since when every delivery has failed; null once one succeeds. */
  failing_since: timestamp.nullable(),
  /** Until when the secret before the last rotation still signs alongside the new one. */
  previous_secret_expires_at: timestamp.nullable(),
  created_at: timestamp,
  updated_at: timestamp,
});

const withSecret = webhookSchema.extend({
  secret: z.string().meta({ description: "The signing secret (`whsec_…`). Shown this once: store it." }),
});

const attemptSchema = z.object({
  attempt: z.number().int(),
  at: timestamp,
  duration_ms: z.number().int(),
  status_code: z.number().int().nullable(),
  response_excerpt: z.string().nullable(),
  error: z.string().nullable(),
});

const deliverySchema = z.object({
  delivery_id: z.string(),
  webhook_id: z.string(),
  event_id: z.string(),
  event: z.string(),
  status: z.enum(webhookDeliveryStatuses),
  occurred_at: timestamp,
  attempts: z.number().int(),
  next_attempt_at: timestamp.nullable(),
  last_status_code: z.number().int().nullable(),
  last_error: z.string().nullable(),
  created_at: timestamp,
  delivered_at: timestamp.nullable(),
  replayed_at: timestamp.nullable(),
  data: z.record(z.string(), z.unknown()),
  attempt_log: z.array(attemptSchema),
});

function webhookOf(s: WebhookSubscriptionRecord): z.infer<typeof webhookSchema> {
  return {
    webhook_id: s.id,
    url: s.url,
    events: s.events,
    description: s.description,
    active: s.active,
    disabled_reason: s.disabled_reason,
    disabled_at: s.disabled_at,
    failing_since: s.failing_since,
    previous_secret_expires_at:
      s.previous_secret_expires_at && s.previous_secret_expires_at > new Date()
        ? s.previous_secret_expires_at
        : null,
    created_at: s.created_at,
    updated_at: s.updated_at,
  };
}

function deliveryOf(d: WebhookDeliveryView): z.infer<typeof deliverySchema> {
  return {
    delivery_id: d.id,
    webhook_id: d.subscription_id,
    event_id: d.event_id,
    event: d.event,
    status: d.status,
    occurred_at: d.occurred_at,
    attempts: d.attempts,
    next_attempt_at: d.status === "pending" ? d.next_attempt_at : null,
    last_status_code: d.last_status_code,
    last_error: d.last_error,
    created_at: d.created_at,
    delivered_at: d.delivered_at,
    replayed_at: d.replayed_at,
    data: d.data,
    attempt_log: d.attempt_log,
  };
}

const urlRules =
  "`url` must be https (plain http only for hosts an operator allow-lists in FETCH_ALLOW_PRIVATE_HOSTS, for " +
  "local use) and must not resolve to a private, loopback or link-local address: 400 INVALID_URL otherwise. " +
  "The address is checked again at every delivery.";

export const webhooksRouter = {
  create: v1Procedure
    .meta({
      errors: ["INVALID_URL"],
      openapi: {
        method: "POST",
        path: "/v1/webhooks",
        tags,
        summary: "Subscribe a URL to events",
        description:
          `Events: ${webhookEventTypes.map((e) => `\`${e}\``).join(", ")}. ${urlRules} The answer carries the ` +
          "signing `secret`, shown this once. Every delivery is a POST of `{event, timestamp, data, signature}` " +
          "signed as the README's Webhooks section says (X-Bacowr-Signature and Standard Webhooks headers).",
      },
      successStatus: 201,
    })
    .input(createWebhookRequestSchema)
    .output(withSecret)
    .mutation(async ({ ctx, input }) => {
      const { subscription, secret } = await ctx.deps.webhooks.subscribe(ctx.principal.userId, input);
      return { ...webhookOf(subscription), secret };
    }),

  list: v1Procedure
    .meta({ openapi: { method: "GET", path: "/v1/webhooks", tags, summary: "List your webhooks" } })
    .input(z.object(paginationInput))
    .output(z.object({ webhooks: z.array(webhookSchema), pagination: paginationSchema }))
    .query(async ({ ctx, input }) => {
      const { subscriptions, total } = await ctx.deps.webhooks.list(ctx.principal.userId, input);
      return {
        webhooks: subscriptions.map(webhookOf),
        pagination: paginationOf(total, input.limit, input.offset),
      };
    }),

  get: v1Procedure
    .meta({
      errors: ["WEBHOOK_NOT_FOUND"],
      openapi: { method: "GET", path: "/v1/webhooks/{webhook_id}", tags, summary: "Get a webhook" },
    })
    .input(z.object({ webhook_id: webhookId }))
    .output(webhookSchema)
    .query(async ({ ctx, input }) =>
      webhookOf(await ctx.deps.webhooks.get(input.webhook_id, ctx.principal.userId)),
    ),

  update: v1Procedure
    .meta({
      errors: ["WEBHOOK_NOT_FOUND", "INVALID_URL"],
      openapi: {
        method: "PATCH",
        path: "/v1/webhooks/{webhook_id}",
        tags,
        summary: "Change a webhook's URL, events, description or active flag",
        description:
          `${urlRules} \`active: false\` pauses deliveries (they wait, and are sent when it is active again); ` +
          "`active: true` also re-enables a webhook disabled for failing, and forgets those failures.",
      },
    })
    // `boolean()`: trpc-to-openapi would otherwise coerce `"false"` (or any string) to `true`.
    .input(updateWebhookRequestSchema.extend({ webhook_id: webhookId, active: boolean().optional() }))
    .output(webhookSchema)
    .mutation(async ({ ctx, input }) => {
      const { webhook_id, ...change } = input;
      return webhookOf(await ctx.deps.webhooks.update(webhook_id, ctx.principal.userId, change));
    }),

  delete: v1Procedure
    .meta({
      errors: ["WEBHOOK_NOT_FOUND"],
      openapi: {
        method: "DELETE",
        path: "/v1/webhooks/{webhook_id}",
        tags,
        summary: "Delete a webhook and its delivery log",
      },
    })
    .input(z.object({ webhook_id: webhookId }))
    .output(z.object({ webhook_id: z.string(), deleted: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await ctx.deps.webhooks.remove(input.webhook_id, ctx.principal.userId);
      return { webhook_id: input.webhook_id, deleted: true as const };
    }),

  rotateSecret: v1Procedure
    .meta({
      errors: ["WEBHOOK_NOT_FOUND"],
      openapi: {
        method: "POST",
        path: "/v1/webhooks/{webhook_id}/rotate-secret",
        tags,
        summary: "Rotate a webhook's signing secret",
        description:
          "Answers the new secret (shown this once). For 24 hours (WEBHOOK_SECRET_OVERLAP_SECONDS) both sign: " +
          "`X-Bacowr-Signature` with the new one and `X-Bacowr-Signature-Previous` with the old, and " +
          "`webhook-signature` lists both, so receivers can switch at their own pace.",
      },
    })
    .input(z.object({ webhook_id: webhookId }))
    .output(withSecret)
    .mutation(async ({ ctx, input }) => {
      const { subscription, secret } = await ctx.deps.webhooks.rotateSecret(
        input.webhook_id,
        ctx.principal.userId,
      );
      return { ...webhookOf(subscription), secret };
    }),

  test: v1Procedure
    .meta({
      errors: ["WEBHOOK_NOT_FOUND"],
      openapi: {
        method: "POST",
        path: "/v1/webhooks/{webhook_id}/test",
        tags,
        summary: "Send a ping event to a webhook",
        description:
          "Queues a `ping` event (`data: {webhook_id, message}`), signed like every event, and answers its " +
          "delivery (202); follow it in the delivery log. A paused or disabled webhook keeps it until resumed.",
      },
      successStatus: 202,
    })
    .input(z.object({ webhook_id: webhookId }))
    .output(deliverySchema)
    .mutation(async ({ ctx, input }) => {
      const delivery = await ctx.deps.webhooks.test(input.webhook_id, ctx.principal.userId);
      return deliveryOf({ ...delivery, attempt_log: [] });
    }),

  deliveries: v1Procedure
    .meta({
      errors: ["WEBHOOK_NOT_FOUND"],
      openapi: {
        method: "GET",
        path: "/v1/webhooks/{webhook_id}/deliveries",
        tags,
        summary: "A webhook's delivery log",
        description:
          "Newest first, each with every attempt (status code, duration, the first 1 KB of the answer, the " +
          "error). `pending` deliveries are waiting for their next attempt (`next_attempt_at`), `delivered` got a " +
          "2xx, `dead` failed every attempt (10 over about 24 hours by default) and can be replayed.",
      },
    })
    .input(
      z.object({
        webhook_id: webhookId,
        status: z.enum(webhookDeliveryStatuses).optional(),
        event: z.string().trim().min(1).max(50).optional(),
        ...paginationInput,
      }),
    )
    .output(z.object({ deliveries: z.array(deliverySchema), pagination: paginationSchema }))
    .query(async ({ ctx, input }) => {
      const { webhook_id, ...filters } = input;
      const { deliveries, total } = await ctx.deps.webhooks.deliveries(
        webhook_id,
        ctx.principal.userId,
        filters,
      );
      return {
        deliveries: deliveries.map(deliveryOf),
        pagination: paginationOf(total, input.limit, input.offset),
      };
    }),

  delivery: v1Procedure
    .meta({
      errors: ["DELIVERY_NOT_FOUND"],
      openapi: {
        method: "GET",
        path: "/v1/webhooks/deliveries/{delivery_id}",
        tags,
        summary: "One delivery with its attempts",
      },
    })
    .input(z.object({ delivery_id: deliveryId }))
    .output(deliverySchema)
    .query(async ({ ctx, input }) =>
      deliveryOf(await ctx.deps.webhooks.delivery(input.delivery_id, ctx.principal.userId)),
    ),

  replayDelivery: v1Procedure
    .meta({
      errors: ["DELIVERY_NOT_FOUND", "CONFLICT"],
      openapi: {
        method: "POST",
        path: "/v1/webhooks/deliveries/{delivery_id}/replay",
        tags,
        summary: "Send one delivery again",
        description:
          "Sends the same event again (same `webhook-id` and body; a new `webhook-timestamp`) with a fresh budget " +
          "of attempts, whatever its status; 409 CONFLICT while an attempt of it is under way. Answers the delivery (202).",
      },
      successStatus: 202,
    })
    .input(z.object({ delivery_id: deliveryId }))
    .output(deliverySchema)
    .mutation(async ({ ctx, input }) =>
      deliveryOf(await ctx.deps.webhooks.replayDelivery(input.delivery_id, ctx.principal.userId)),
    ),

  replay: v1Procedure
    .meta({
      errors: ["WEBHOOK_NOT_FOUND"],
      openapi: {
        method: "POST",
        path: "/v1/webhooks/{webhook_id}/replay",
        tags,
        summary: "Send a range of deliveries again",
        description:
          "Sends again every delivery of this webhook in `status` (default `dead`) created at or after `since` " +
          "(one whose attempt is under way is left alone); answers how many (202).",
      },
      successStatus: 202,
    })
    .input(
      z.object({
        webhook_id: webhookId,
        since: isoPeriodStart,
        status: z.enum(["dead", "delivered"]).default("dead"),
      }),
    )
    .output(z.object({ webhook_id: z.string(), replayed: z.number().int() }))
    .mutation(async ({ ctx, input }) => {
      const replayed = await ctx.deps.webhooks.replay(input.webhook_id, ctx.principal.userId, {
        since: input.since,
        status: input.status,
      });
      return { webhook_id: input.webhook_id, replayed };
    }),
};
