import { AppError, type RateLimiter } from "@bacowr/core";
import type { FastifyReply, FastifyRequest } from "fastify";

export interface BridgeRateLimits {
  windowSeconds: number;
  default: number;
  tasks: number;
  relay: number;
}

type Group = "default" | "tasks" | "relay";

function groupOf(path: string): Group {
  if (path === "/api/tasks" || path.startsWith("/api/tasks/") || path.startsWith("/api/tasks?"))
    return "tasks";
  if (path.startsWith("/api/llm/") || path.startsWith("/api/captcha/")) return "relay";
  return "default";
}

/**
 * Per-client-IP limits of the worker bridge, counted in the shared store
 * (Redis when configured), so every instance enforces one limit. Every
 * response carries the counters; a refusal also carries Retry-After.
 */
export function bridgeRateLimitHook(limiter: RateLimiter, limits: BridgeRateLimits) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const group = groupOf(request.url);
    const limit = limits[group];
    const decision = await limiter.hit(`bridge:${group}:${request.ip}`, limit, limits.windowSeconds);
    void reply.header("X-RateLimit-Limit", String(decision.limit));
    void reply.header("X-RateLimit-Remaining", String(decision.remaining));
    void reply.header("X-RateLimit-Reset", String(Math.ceil(Date.now() / 1000) + decision.resetSeconds));
    if (!decision.allowed) {
      throw new AppError("RATE_LIMIT_EXCEEDED", "Too Many Requests", {
        headers: { "Retry-After": String(decision.resetSeconds) },
        extra: { retry_after: decision.resetSeconds },
      });
    }
  };
}
