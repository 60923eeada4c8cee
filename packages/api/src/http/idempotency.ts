import { type Context, headerValue } from "../context";

/** The request's `Idempotency-Key` header; core judges it and applies the 24 h rule. */
export function idempotencyKeyOf(ctx: Context): string | undefined {
  return headerValue(ctx.req, "idempotency-key");
}

/** Answers a creating request: 201, or for a replay the status core chose and `Idempotent-Replayed: true`. */
export function answerCreation(ctx: Context, outcome: { status: number; replayed: boolean }): void {
  ctx.response.status = outcome.status;
  if (outcome.replayed) ctx.response.headers["idempotent-replayed"] = "true";
}
