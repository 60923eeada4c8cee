import type {
  WebhookAttemptRecord,
  WebhookDeliveryFilters,
  WebhookDeliveryRecord,
  WebhookDeliveryStatus,
  WebhookSubscriptionRecord,
} from "./webhook-records";

export type NewWebhookSubscription = Pick<
  WebhookSubscriptionRecord,
  "id" | "user_id" | "url" | "events" | "description" | "secret_encrypted" | "created_at"
>;

/** What an owner or the dispatcher may change on a subscription. */
export type WebhookSubscriptionChange = Partial<
  Pick<
    WebhookSubscriptionRecord,
    | "url"
    | "events"
    | "description"
    | "active"
    | "secret_encrypted"
    | "previous_secret_encrypted"
    | "previous_secret_expires_at"
    | "failing_since"
    | "disabled_at"
    | "disabled_reason"
  >
>;

/** A delivery the dispatcher leased, with what it needs to send it. */
export interface DueWebhookDelivery {
  delivery: WebhookDeliveryRecord;
  subscription: WebhookSubscriptionRecord;
  /** This claim's token: only it may record the attempt's outcome. */
  lease_id: string;
}

export interface WebhookRepository {
  /**
   * Creates the subscription unless its user already has `maxPerUser`: undefined then. Counting and inserting
   * are one step, so simultaneous requests cannot pass the cap together.
   */
  create(
    subscription: NewWebhookSubscription,
    maxPerUser: number,
  ): Promise<WebhookSubscriptionRecord | undefined>;
  list(
    userId: string,
    page: { limit: number; offset: number },
  ): Promise<{ subscriptions: WebhookSubscriptionRecord[]; total: number }>;
  findOwned(id: string, userId: string): Promise<WebhookSubscriptionRecord | undefined>;
  /** Applies `change` to the user's subscription; undefined when the user has no such subscription. */
  update(
    id: string,
    userId: string,
    change: WebhookSubscriptionChange,
    now: Date,
  ): Promise<WebhookSubscriptionRecord | undefined>;
  /** Deletes the subscription with its deliveries; false when the user has no such subscription. */
  delete(id: string, userId: string): Promise<boolean>;

  /** Queues one event for one subscription (the `ping` of a test), due now. */
  enqueue(
    subscriptionId: string,
    event: Pick<WebhookDeliveryRecord, "event_id" | "event" | "occurred_at" | "data">,
    now: Date,
  ): Promise<WebhookDeliveryRecord>;
  deliveries(
    subscriptionId: string,
    filters: WebhookDeliveryFilters,
  ): Promise<{ deliveries: WebhookDeliveryRecord[]; total: number }>;
  /** Every attempt of these deliveries, oldest first. */
  attempts(deliveryIds: string[]): Promise<(WebhookAttemptRecord & { delivery_id: string })[]>;
  findOwnedDelivery(id: string, userId: string): Promise<WebhookDeliveryRecord | undefined>;
  /**
   * Makes deliveries due again now with a fresh budget of attempts: the given one, or a subscription's range;
   * a delivery whose attempt is under way is left alone (it would be sent twice at once). How many.
   */
  replay(
    target: { deliveryId: string } | { subscriptionId: string; since: Date; status: WebhookDeliveryStatus },
    now: Date,
  ): Promise<number>;

  /**
   * Leases up to `limit` due deliveries of active subscriptions (`SKIP LOCKED`, so several dispatchers
   * share the work), counting the attempt; a delivery whose dispatcher died is due again at `leaseUntil`.
   */
  claimDue(now: Date, leaseUntil: Date, limit: number): Promise<DueWebhookDelivery[]>;
  /**
   * Records one attempt and the delivery's next state, unless another claim (after this one's lease ran out,
   * or a replay) owns the delivery now (`leaseId` no longer matches): the attempt is then only logged.
   */
  finishAttempt(
    deliveryId: string,
    leaseId: string,
    record: WebhookAttemptRecord,
    next: { status: WebhookDeliveryStatus; next_attempt_at: Date },
  ): Promise<void>;
  /**
   * Notes a failed attempt on the subscription; since when it has failed without a success in between. A
   * failure when the previous one was before `quietSince` starts the streak anew.
   */
  markFailing(subscriptionId: string, now: Date, quietSince: Date): Promise<Date>;
  markHealthy(subscriptionId: string): Promise<void>;
}
