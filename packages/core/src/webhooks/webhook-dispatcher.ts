import type { Clock } from "../clock";
import { FetchRefusedError, type PageFetcher } from "../net/page-fetcher";
import { type RetryPolicy, retryDelay } from "../retry-delay";
import type { SecretBox } from "../secret-box";
import type { DueWebhookDelivery, WebhookRepository } from "./ports";
import type { WebhookAttemptRecord, WebhookDeliveryStatus } from "./webhook-records";
import { signWebhook } from "./webhook-signing";

/** The response text kept with an attempt, at most (the delivery log is for reading, not for storage). */
export const RESPONSE_EXCERPT_BYTES = 1024;

/**
 * A failure this long after the previous one starts a new streak: "failing for 3 days straight" means
 * failing all along, not one failure now and one three days ago.
 */
export const FAILURE_STREAK_GAP_SECONDS = 86_400;

/** Text a receiver sent, as the log keeps it: PostgreSQL's text refuses NUL, and one must not wedge a delivery. */
const storable = (text: string) => text.replaceAll("\u0000", "");

/**
 * Why an attempt failed, for the owner's delivery log. A refusal for a private address does not say which
 * address the name resolved to: that would let anyone map the platform's internal DNS.
 */
function failureOf(caught: unknown): string {
  if (caught instanceof FetchRefusedError) {
    return caught.reason === "private_address"
      ? "private_address: the URL's host resolves to a private, loopback or link-local address"
      : `${caught.reason}: ${caught.message}`;
  }
  return caught instanceof Error ? caught.message : String(caught);
}

export interface WebhookDispatcherSettings {
  /** Where `article_url` points: the API's public base URL (PUBLIC_URL). */
  publicUrl: string;
  /** Attempts before a delivery is `dead` (each replay starts a fresh budget). */
  maxAttempts: number;
  retry: RetryPolicy;
  /** How long a claimed delivery is reserved: longer than one attempt can take (the 10 s timeout). */
  leaseSeconds: number;
  /** Deliveries claimed and sent at once per run. */
  batchSize: number;
  /** A subscription whose every delivery failed for this long is disabled. */
  disableAfterSeconds: number;
}

/** How one attempt ended, as operators count it. */
export type WebhookAttemptOutcome = "delivered" | "retry" | "dead";

export interface WebhookDispatcherObserver {
  attempt?(outcome: WebhookAttemptOutcome, event: string, seconds: number): void;
  subscriptionDisabled?(subscriptionId: string, reason: string): void;
}

/**
 * Sends due webhook deliveries: claims a batch (shared with other dispatchers through SKIP LOCKED),
 * POSTs each through the SSRF-safe fetcher (its address is checked again at every send: DNS can
 * change), records the attempt, and schedules the retry (exponential backoff with jitter) or gives up.
 * At-least-once: a dispatcher that dies mid-send leaves its deliveries to be claimed again after the lease.
 */
export function createWebhookDispatcher(deps: {
  repository: WebhookRepository;
  box: SecretBox;
  /** The SSRF-safe fetcher, with the delivery timeout (10 s). */
  fetcher: PageFetcher;
  clock: Clock;
  settings: WebhookDispatcherSettings;
  observer?: WebhookDispatcherObserver;
}) {
  const { repository, box, fetcher, clock, settings } = deps;
  const base = settings.publicUrl.replace(/\/+$/, "");

  /** The seed's `data`: the stored event data, with `article_url` for a delivered job. */
  const payloadData = ({ delivery }: DueWebhookDelivery): Record<string, unknown> => {
    const data = delivery.data;
    if (!delivery.event.startsWith("job.")) return data;
    const jobId = String(data.job_id);
    const articleUrl =
      data.status === "DELIVER" ? `${base}/v1/jobs/${encodeURIComponent(jobId)}/article.html` : null;
    return { job_id: data.job_id, status: data.status, article_url: articleUrl, ...data };
  };

  const secretsOf = ({ subscription }: DueWebhookDelivery, now: Date) => ({
    current: box.open(subscription.secret_encrypted),
    previous:
      subscription.previous_secret_encrypted &&
      subscription.previous_secret_expires_at &&
      subscription.previous_secret_expires_at > now
        ? box.open(subscription.previous_secret_encrypted)
        : undefined,
  });

  /** `disabled`: the subscriptions this run has disabled, so several failed deliveries disable one once. */
  const send = async (due: DueWebhookDelivery, signal: AbortSignal, disabled: Set<string>): Promise<void> => {
    const { delivery, subscription } = due;
    const startedAt = clock.now();
    const started = performance.now();
    let statusCode: number | null = null;
    let excerpt: string | null = null;
    let error: string | null = null;
    try {
      const request = signWebhook(
        {
          eventId: delivery.event_id,
          event: delivery.event,
          occurredAt: delivery.occurred_at,
          data: payloadData(due),
        },
        secretsOf(due, startedAt),
        startedAt,
        delivery.id,
      );
      const response = await fetcher.fetch(subscription.url, {
        method: "POST",
        headers: { ...request.headers, "user-agent": "BACOWR-Webhooks/1.0" },
        body: request.body,
        redirect: "manual",
        // The status decides; of the answer only the excerpt is read, so a long or slow body is no failure.
        readBytes: RESPONSE_EXCERPT_BYTES,
        signal,
      });
      statusCode = response.status;
      excerpt = storable(
        Buffer.from(response.body, "utf8").subarray(0, RESPONSE_EXCERPT_BYTES).toString("utf8"),
      );
      if (response.status < 200 || response.status >= 300) error = `HTTP ${response.status}`;
    } catch (caught) {
      error = storable(failureOf(caught));
    }
    const durationMs = Math.round(performance.now() - started);
    const now = clock.now();
    const record: WebhookAttemptRecord = {
      attempt: delivery.attempts,
      at: startedAt,
      duration_ms: durationMs,
      status_code: statusCode,
      response_excerpt: excerpt || null,
      error,
    };
    let status: WebhookDeliveryStatus;
    let nextAt = now;
    if (error === null) {
      status = "delivered";
      await repository.markHealthy(subscription.id);
    } else {
      status = delivery.attempts >= settings.maxAttempts ? "dead" : "pending";
      if (status === "pending") {
        nextAt = new Date(now.getTime() + retryDelay(delivery.attempts, settings.retry) * 1000);
      }
      const failingSince = await repository.markFailing(
        subscription.id,
        now,
        new Date(now.getTime() - FAILURE_STREAK_GAP_SECONDS * 1000),
      );
      const failingFor = (now.getTime() - failingSince.getTime()) / 1000;
      if (
        failingFor >= settings.disableAfterSeconds &&
        subscription.active &&
        !disabled.has(subscription.id)
      ) {
        disabled.add(subscription.id);
        const reason =
          `Disabled at ${now.toISOString()}: every delivery since ${failingSince.toISOString()} failed ` +
          `(last: ${error}). Fix the receiver, then PATCH active: true to resume.`;
        await repository.update(
          subscription.id,
          subscription.user_id,
          { active: false, disabled_at: now, disabled_reason: reason },
          now,
        );
        deps.observer?.subscriptionDisabled?.(subscription.id, reason);
      }
    }
    await repository.finishAttempt(delivery.id, due.lease_id, record, { status, next_attempt_at: nextAt });
    deps.observer?.attempt?.(
      status === "delivered" ? "delivered" : status === "dead" ? "dead" : "retry",
      delivery.event,
      durationMs / 1000,
    );
  };

  return {
    /** Claims and sends one batch of due deliveries; how many it sent (0: nothing was due). */
    async runOnce(signal: AbortSignal): Promise<number> {
      const now = clock.now();
      const due = await repository.claimDue(
        now,
        new Date(now.getTime() + settings.leaseSeconds * 1000),
        settings.batchSize,
      );
      const disabled = new Set<string>();
      // Every send finishes before the run does (a stop waits for the run), even when one fails to be recorded.
      const results = await Promise.allSettled(due.map((delivery) => send(delivery, signal, disabled)));
      const failed = results.find((result) => result.status === "rejected");
      if (failed) throw failed.reason;
      return due.length;
    },
  };
}

export type WebhookDispatcher = ReturnType<typeof createWebhookDispatcher>;
