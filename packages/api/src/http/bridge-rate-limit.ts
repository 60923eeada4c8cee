import { AppError } from "@bacowr/core";
import type { BridgeRateLimitBucket, Context } from "../context";

/**
 * Counts a worker-bridge call against its client IP in the bucket its procedure declares, in the
 * shared store (Redis when configured, so every instance enforces one limit). It runs inside the
 * procedure, so every way to reach it (`/api`, `/trpc`, any spelling of the path) counts alike.
 * The counters ride on the context so every answer carries them; a refusal also carries Retry-After.
 */
export async function limitBridgeCall(ctx: Context, bucket: BridgeRateLimitBucket): Promise<void> {
  const { limiter, windowSeconds, perBucket } = ctx.deps.bridgeRateLimit;
  const decision = await limiter.hit(`bridge:${bucket}:${ctx.req.ip}`, perBucket[bucket], windowSeconds);
  const headers = {
    "X-RateLimit-Limit": String(decision.limit),
    "X-RateLimit-Remaining": String(decision.remaining),
    "X-RateLimit-Reset": String(Math.ceil(Date.now() / 1000) + decision.resetSeconds),
  };
  Object.assign(ctx.response.headers, headers);
  if (!decision.allowed) {
    ctx.deps.onRateLimitRefused?.("bridge", bucket);
    throw new AppError("RATE_LIMIT_EXCEEDED", "Too Many Requests", {
      headers: { ...headers, "Retry-After": String(decision.resetSeconds) },
      extra: { retry_after: decision.resetSeconds },
    });
  }
}
