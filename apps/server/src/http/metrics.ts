import { metricsAuthorized, type PlatformMetrics, UNMATCHED_ROUTE } from "@bacowr/runtime";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { routeOfRequest } from "./request-face";

/**
 * The route label of a request: a pattern, never the URL it was sent to, so the label set stays bounded
 * (no job ids, no junk paths). A face's catch-all mount is labelled by the operation a procedure reached
 * (`/v1/jobs/{job_id}`); what no route or procedure took (unknown paths, bodies refused before routing) is
 * one value, `unmatched`.
 */
export function routeLabel(request: FastifyRequest): string {
  const pattern = request.routeOptions.url;
  if (request.routeOptions.config.face && pattern?.endsWith("/*")) {
    return routeOfRequest(request) ?? UNMATCHED_ROUTE;
  }
  return pattern ?? UNMATCHED_ROUTE;
}

/**
 * `GET /metrics` (Prometheus text format) and the hook that counts and times every answer. Outside both
 * faces and the OpenAPI document, like the health probes; behind `METRICS_TOKEN` when it is set.
 * Mounted on the root instance before any route, so every route and the not-found answers are counted.
 */
export function mountMetrics(
  app: FastifyInstance,
  settings: { metrics: PlatformMetrics; token: string | undefined },
): void {
  const { metrics, token } = settings;
  app.addHook("onResponse", async (request, reply) => {
    metrics.httpRequest({
      method: request.method,
      route: routeLabel(request),
      status: reply.statusCode,
      seconds: reply.elapsedTime / 1000,
    });
  });

  app.get("/metrics", async (request, reply) => {
    if (!metricsAuthorized(request.headers.authorization, token)) {
      return reply
        .code(401)
        .header("www-authenticate", 'Bearer realm="metrics"')
        .send({ error: "Unauthorized" });
    }
    const body = await metrics.registry.metrics();
    return reply.type(metrics.registry.contentType).header("cache-control", "no-store").send(body);
  });
}
