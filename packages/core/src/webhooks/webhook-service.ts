import { AppError } from "../app-error";
import type { Clock } from "../clock";
import type { EventBus } from "../coordination-ports";
import { prefixedId } from "../ids";
import { type AddressAllowList, isAllowListedHost, isPublicHost } from "../net/address-policy";
import { FetchRefusedError } from "../net/page-fetcher";
import type { SecretBox } from "../secret-box";
import type { WebhookRepository, WebhookSubscriptionChange } from "./ports";
import {
  type CreateWebhookRequest,
  type UpdateWebhookRequest,
  WEBHOOK_PING_EVENT,
  WEBHOOKS_DUE_CHANNEL,
  type WebhookAttemptRecord,
  type WebhookDeliveryFilters,
  type WebhookDeliveryRecord,
  type WebhookDeliveryStatus,
  type WebhookSubscriptionRecord,
} from "./webhook-records";
import { newWebhookSecret } from "./webhook-signing";

/** Resolves a URL's host and refuses it when any address it names is not public (and not allow-listed). */
export type UrlVetter = (url: string) => Promise<void>;

export interface WebhookServiceSettings {
  /** FETCH_ALLOW_PRIVATE_HOSTS: hosts that may be private, and the only ones reached over plain http. */
  allowPrivateHosts: AddressAllowList;
  vetUrl: UrlVetter;
  /** How long the previous secret keeps signing after a rotation. */
  secretOverlapSeconds: number;
  maxSubscriptionsPerUser: number;
  events?: EventBus;
}

export type WebhookDeliveryView = WebhookDeliveryRecord & { attempt_log: WebhookAttemptRecord[] };

export function createWebhookService(
  repository: WebhookRepository,
  box: SecretBox,
  clock: Clock,
  settings: WebhookServiceSettings,
) {
  const wake = () => settings.events?.publish(WEBHOOKS_DUE_CHANNEL, "").catch(() => undefined);

  /** The URL's rules, at subscription and at every change (the dispatcher's fetcher checks again at each send). */
  const checkedUrl = async (raw: string): Promise<string> => {
    const invalid = (message: string, cause?: unknown) =>
      new AppError("INVALID_URL", message, { field: "url", cause });
    let url: URL;
    try {
      url = new URL(raw);
    } catch (error) {
      throw invalid("url must be an absolute https URL", error);
    }
    const allowListed = isAllowListedHost(url.hostname, settings.allowPrivateHosts);
    if (url.protocol !== "https:" && !(url.protocol === "http:" && allowListed)) {
      throw invalid("url must use https (plain http only for hosts in FETCH_ALLOW_PRIVATE_HOSTS)");
    }
    if (url.username || url.password) throw invalid("url must not carry a user name or password");
    if (!isPublicHost(url.hostname, settings.allowPrivateHosts)) {
      throw invalid(`${url.hostname} is a private, loopback or link-local host`);
    }
    try {
      await settings.vetUrl(url.toString());
    } catch (error) {
      // Not the address it resolved to: that would let anyone map the platform's internal DNS.
      if (error instanceof FetchRefusedError) {
        throw invalid(
          error.reason === "private_address"
            ? `${url.hostname} resolves to a private, loopback or link-local address`
            : `${url.hostname} did not resolve`,
          error,
        );
      }
      throw error;
    }
    return url.toString();
  };

  const owned = async (id: string, userId: string): Promise<WebhookSubscriptionRecord> => {
    const subscription = await repository.findOwned(id, userId);
    if (!subscription) throw new AppError("WEBHOOK_NOT_FOUND", `No webhook ${id}`);
    return subscription;
  };

  const withAttempts = async (deliveries: WebhookDeliveryRecord[]): Promise<WebhookDeliveryView[]> => {
    const attempts = await repository.attempts(deliveries.map((d) => d.id));
    return deliveries.map((delivery) => ({
      ...delivery,
      attempt_log: attempts
        .filter((a) => a.delivery_id === delivery.id)
        .map(({ delivery_id: _, ...attempt }) => attempt),
    }));
  };

  return {
    /** A new subscription and its secret, which is shown this once. */
    async subscribe(userId: string, input: CreateWebhookRequest) {
      const url = await checkedUrl(input.url);
      const secret = newWebhookSecret();
      const subscription = await repository.create(
        {
          id: prefixedId("wh"),
          user_id: userId,
          url,
          events: input.events,
          description: input.description ?? null,
          secret_encrypted: box.seal(secret),
          created_at: clock.now(),
        },
        settings.maxSubscriptionsPerUser,
      );
      if (!subscription) {
        throw new AppError(
          "VALIDATION_ERROR",
          `At most ${settings.maxSubscriptionsPerUser} webhooks per account; delete one first`,
          { details: { max: settings.maxSubscriptionsPerUser } },
        );
      }
      return { subscription, secret };
    },

    list: (userId: string, page: { limit: number; offset: number }) => repository.list(userId, page),

    get: owned,

    async update(id: string, userId: string, input: UpdateWebhookRequest) {
      await owned(id, userId);
      const change: WebhookSubscriptionChange = {
        ...(input.url === undefined ? {} : { url: await checkedUrl(input.url) }),
        ...(input.events === undefined ? {} : { events: input.events }),
        ...(input.description === undefined ? {} : { description: input.description }),
        ...(input.active === undefined ? {} : { active: input.active }),
        // Re-enabling forgets the failures that disabled it: the three days start again.
        ...(input.active ? { failing_since: null, disabled_at: null, disabled_reason: null } : {}),
      };
      const updated = await repository.update(id, userId, change, clock.now());
      if (!updated) throw new AppError("WEBHOOK_NOT_FOUND", `No webhook ${id}`);
      if (input.active) await wake();
      return updated;
    },

    async remove(id: string, userId: string): Promise<void> {
      if (!(await repository.delete(id, userId))) throw new AppError("WEBHOOK_NOT_FOUND", `No webhook ${id}`);
    },

    /** A new secret; the previous one keeps signing (alongside) for `secretOverlapSeconds`. */
    async rotateSecret(id: string, userId: string) {
      const current = await owned(id, userId);
      const now = clock.now();
      const secret = newWebhookSecret();
      const subscription = await repository.update(
        id,
        userId,
        {
          secret_encrypted: box.seal(secret),
          previous_secret_encrypted: current.secret_encrypted,
          previous_secret_expires_at: new Date(now.getTime() + settings.secretOverlapSeconds * 1000),
        },
        now,
      );
      if (!subscription) throw new AppError("WEBHOOK_NOT_FOUND", `No webhook ${id}`);
      return { subscription, secret };
    },

    /** Queues a `ping` to the subscription now (whatever events it asked for, and even when disabled it waits). */
    async test(id: string, userId: string): Promise<WebhookDeliveryRecord> {
      const subscription = await owned(id, userId);
      const now = clock.now();
      const delivery = await repository.enqueue(
        subscription.id,
        {
          event_id: prefixedId("evt"),
          event: WEBHOOK_PING_EVENT,
          occurred_at: now,
          data: { webhook_id: subscription.id, message: "This is a test event from BACOWR." },
        },
        now,
      );
      await wake();
      return delivery;
    },

    async deliveries(id: string, userId: string, filters: WebhookDeliveryFilters) {
      await owned(id, userId);
      const { deliveries, total } = await repository.deliveries(id, filters);
      return { deliveries: await withAttempts(deliveries), total };
    },

    async delivery(deliveryId: string, userId: string): Promise<WebhookDeliveryView> {
      const delivery = await repository.findOwnedDelivery(deliveryId, userId);
      if (!delivery) throw new AppError("DELIVERY_NOT_FOUND", `No webhook delivery ${deliveryId}`);
      const [view] = await withAttempts([delivery]);
      return view as WebhookDeliveryView;
    },

    /** Sends one delivery again (same event id and body), with a fresh budget of attempts. */
    async replayDelivery(deliveryId: string, userId: string): Promise<WebhookDeliveryView> {
      const delivery = await repository.findOwnedDelivery(deliveryId, userId);
      if (!delivery) throw new AppError("DELIVERY_NOT_FOUND", `No webhook delivery ${deliveryId}`);
      if ((await repository.replay({ deliveryId }, clock.now())) === 0) {
        throw new AppError(
          "CONFLICT",
          "This delivery is being sent right now; replay it once this attempt ends",
          {
            details: { delivery_id: deliveryId },
          },
        );
      }
      await wake();
      return this.delivery(deliveryId, userId);
    },

    /** Sends again every delivery of the subscription in `status` created since `since`; how many. */
    async replay(id: string, userId: string, range: { since: Date; status: WebhookDeliveryStatus }) {
      await owned(id, userId);
      const replayed = await repository.replay({ subscriptionId: id, ...range }, clock.now());
      if (replayed > 0) await wake();
      return replayed;
    },
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;
