import { listPages, type PagePromise } from "../page";
import type { RequestOptions, Transport } from "../transport";
import { type Body, camelize, type Data, type Query, snakeize, type WireData } from "../wire";

/** A webhook subscription (its secret is never shown again after creation or rotation). */
export type Webhook = Data<"v1-webhooks-get">;
/** What `create`, `subscribe` and `rotateSecret` answer: the webhook and its signing `secret` (`whsec_…`). */
export type WebhookWithSecret = Data<"v1-webhooks-create">;
export type WebhookEventType = Body<"v1-webhooks-create">["events"][number];
export type CreateWebhookParams = Body<"v1-webhooks-create">;
export type UpdateWebhookParams = Body<"v1-webhooks-update">;
export type ListWebhooksParams = Query<"v1-webhooks-list">;
export type ListWebhookDeliveriesParams = Query<"v1-webhooks-deliveries">;
export type DeletedWebhook = Data<"v1-webhooks-delete">;
export type WebhookReplayResult = Data<"v1-webhooks-replay">;

type WireDelivery = WireData<"v1-webhooks-delivery">;
/**
 * One event sent (or being sent) to a webhook, with every attempt. `data` is the event's data exactly as the
 * receiver gets it (snake_case), like the payload `verifyWebhook` returns; everything else is camelCase.
 */
export type WebhookDelivery = Omit<Data<"v1-webhooks-delivery">, "data"> & { data: WireDelivery["data"] };
export type WebhookDeliveryStatus = WebhookDelivery["status"];
export type WebhookAttempt = WebhookDelivery["attemptLog"][number];

export interface ReplayWebhookParams {
  /** Deliveries created at or after this (a Date, or an ISO 8601 date or date-time). */
  since: Date | string;
  /** Which deliveries: `dead` (default) or `delivered`. */
  status?: "dead" | "delivered";
}

const deliveryOf = (wire: unknown): WebhookDelivery => {
  const delivery = wire as WireDelivery;
  return { ...camelize(delivery), data: delivery.data };
};

const path = (id: string) => `/v1/webhooks/${encodeURIComponent(id)}`;

// The server keeps no idempotency record for these POSTs, so a retry after a lost answer (timeout, 5xx) would
// do the work twice: a second subscription, a second rotation (cutting the old secret's 24 h overlap short), a
// second ping or replay. They are sent once (`once`); a caller who gets an error should check `list` or
// `deliveries` before trying again.

/** Webhooks: subscriptions to events, their delivery log, replays. Verify what arrives with `verifyWebhook`. */
export class WebhooksResource {
  constructor(private readonly transport: Transport) {}

  /**
   * Subscribes `url` to events; the answer carries the signing `secret`, shown this once. The URL must be
   * https and public (400 `INVALID_URL` otherwise).
   */
  async create(params: CreateWebhookParams, options?: RequestOptions): Promise<WebhookWithSecret> {
    const data = await this.transport.request(
      { method: "POST", path: "/v1/webhooks", body: snakeize(params), once: true },
      options ?? {},
    );
    return camelize(data as WireData<"v1-webhooks-create">);
  }

  /**
   * The seed's shape: `client.webhooks.subscribe("job.completed", url)`, or several events at once. Resolves
   * with the webhook and its secret.
   */
  subscribe(
    events: WebhookEventType | WebhookEventType[],
    url: string,
    description?: string,
    options?: RequestOptions,
  ): Promise<WebhookWithSecret> {
    return this.create(
      {
        url,
        events: Array.isArray(events) ? events : [events],
        ...(description === undefined ? {} : { description }),
      },
      options,
    );
  }

  /** A page of your webhooks, newest first; iterate it to walk every page. */
  list(params: ListWebhooksParams = {}, options?: RequestOptions): PagePromise<Webhook> {
    return listPages<Webhook>(this.transport, "/v1/webhooks", "webhooks", params, options);
  }

  /** A webhook; `disabledReason` says why it stopped, if it was disabled for failing. */
  async get(webhookId: string, options?: RequestOptions): Promise<Webhook> {
    const data = await this.transport.request({ method: "GET", path: path(webhookId) }, options ?? {});
    return camelize(data as WireData<"v1-webhooks-get">);
  }

  /**
   * Changes its URL, events, description or `active` flag. `active: false` pauses deliveries (they wait);
   * `active: true` resumes, and re-enables a webhook disabled for failing.
   */
  async update(webhookId: string, params: UpdateWebhookParams, options?: RequestOptions): Promise<Webhook> {
    const data = await this.transport.request(
      { method: "PATCH", path: path(webhookId), body: snakeize(params) },
      options ?? {},
    );
    return camelize(data as WireData<"v1-webhooks-update">);
  }

  /** Deletes the webhook and its delivery log. */
  async delete(webhookId: string, options?: RequestOptions): Promise<DeletedWebhook> {
    const data = await this.transport.request({ method: "DELETE", path: path(webhookId) }, options ?? {});
    return camelize(data as WireData<"v1-webhooks-delete">);
  }

  /** A new secret, shown this once; the previous one keeps signing alongside it for 24 hours. */
  async rotateSecret(webhookId: string, options?: RequestOptions): Promise<WebhookWithSecret> {
    const data = await this.transport.request(
      { method: "POST", path: `${path(webhookId)}/rotate-secret`, once: true },
      options ?? {},
    );
    return camelize(data as WireData<"v1-webhooks-rotateSecret">);
  }

  /** Queues a `ping` event to the webhook; resolves with its delivery (follow it with `delivery(id)`). */
  async test(webhookId: string, options?: RequestOptions): Promise<WebhookDelivery> {
    const data = await this.transport.request(
      { method: "POST", path: `${path(webhookId)}/test`, once: true },
      options ?? {},
    );
    return deliveryOf(data);
  }

  /** The webhook's delivery log, newest first, each with its attempts; filter by `status` and `event`. */
  deliveries(
    webhookId: string,
    params: ListWebhookDeliveriesParams = {},
    options?: RequestOptions,
  ): PagePromise<WebhookDelivery> {
    return listPages<WebhookDelivery>(
      this.transport,
      `${path(webhookId)}/deliveries`,
      "deliveries",
      params,
      options,
      deliveryOf,
    );
  }

  async delivery(deliveryId: string, options?: RequestOptions): Promise<WebhookDelivery> {
    const data = await this.transport.request(
      { method: "GET", path: `/v1/webhooks/deliveries/${encodeURIComponent(deliveryId)}` },
      options ?? {},
    );
    return deliveryOf(data);
  }

  /** Sends one delivery again (same event id and body) with a fresh budget of attempts, whatever its status. */
  async replayDelivery(deliveryId: string, options?: RequestOptions): Promise<WebhookDelivery> {
    const data = await this.transport.request(
      {
        method: "POST",
        path: `/v1/webhooks/deliveries/${encodeURIComponent(deliveryId)}/replay`,
        once: true,
      },
      options ?? {},
    );
    return deliveryOf(data);
  }

  /** Sends again every `dead` (or `delivered`) delivery of the webhook created since `since`; says how many. */
  async replay(
    webhookId: string,
    params: ReplayWebhookParams,
    options?: RequestOptions,
  ): Promise<WebhookReplayResult> {
    const since = params.since instanceof Date ? params.since.toISOString() : params.since;
    const data = await this.transport.request(
      {
        method: "POST",
        path: `${path(webhookId)}/replay`,
        body: { since, ...(params.status ? { status: params.status } : {}) },
        once: true,
      },
      options ?? {},
    );
    return camelize(data as WireData<"v1-webhooks-replay">);
  }
}
