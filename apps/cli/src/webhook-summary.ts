import type { Webhook, WebhookDelivery, WebhookWithSecret } from "@bacowr/sdk";
import { labelRows } from "./label-rows";

/** active, paused (PATCH active false) or disabled (for failing: `disabledReason` says why). */
const state = (hook: Webhook) => (hook.active ? "active" : hook.disabledAt ? "disabled" : "paused");

/** One line per webhook for `webhooks list`. */
export const webhookRow = (hook: Webhook) =>
  [hook.webhookId.padEnd(24), state(hook).padEnd(8), hook.events.join(","), hook.url].join("  ");

/**
 * A webhook in a few lines: state, URL, events, and why it stopped if it did. With the secret (create,
 * rotate-secret), the secret too, which the API shows this once.
 */
export function webhookSummary(hook: Webhook | WebhookWithSecret): string {
  const rows: [string, string][] = [
    ["Webhook", `${hook.webhookId}  ${state(hook)}`],
    ["URL", hook.url],
    ["Events", hook.events.join(", ")],
  ];
  if (hook.description) rows.push(["Description", hook.description]);
  if (hook.disabledReason) {
    rows.push(["Disabled", `${hook.disabledReason}\nbacowr webhooks update ${hook.webhookId} --active true`]);
  }
  if (hook.failingSince) rows.push(["Failing since", hook.failingSince]);
  if (hook.previousSecretExpiresAt) {
    rows.push(["Old secret", `also signs until ${hook.previousSecretExpiresAt}`]);
  }
  rows.push(["Created", hook.createdAt]);
  if ("secret" in hook)
    rows.push(["Secret", `${hook.secret}\n(shown this once: store it to verify deliveries)`]);
  return labelRows(rows);
}

/** One line per delivery: id, status, event, attempts, how the last attempt ended, when it was created. */
export function deliveryRow(delivery: WebhookDelivery): string {
  const last =
    delivery.lastError ?? (delivery.lastStatusCode === null ? "" : `HTTP ${delivery.lastStatusCode}`);
  return [
    delivery.deliveryId.padEnd(36),
    delivery.status.padEnd(9),
    delivery.event.padEnd(15),
    `${delivery.attempts} ${delivery.attempts === 1 ? "attempt" : "attempts"}`.padEnd(11),
    (last || "-").padEnd(10),
    delivery.createdAt,
  ].join("  ");
}
