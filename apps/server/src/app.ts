import { randomBytes } from "node:crypto";
import {
  type AccessTokenSettings,
  type ApiDeps,
  appRouter,
  buildOpenApiDocument,
  createContext,
  trpcResponseMeta,
} from "@bacowr/api";
import type { AppConfig } from "@bacowr/config";
import type { AuthService, Coordination } from "@bacowr/core";
import type { DatabaseHandle } from "@bacowr/db";
import type { PlatformMetrics, Services } from "@bacowr/runtime";
import { fastifyTRPCPlugin } from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from "fastify";
import type { Logger } from "pino";
import { docsPlugin } from "./http/docs";
import { answerFrameworkError, clientErrorHandler } from "./http/edge-errors";
import { restFacesPlugin } from "./http/faces-plugin";
import { mountMetrics } from "./http/metrics";
import { chooseRequestId } from "./http/request-id";
import { serviceVersion } from "./version";

export interface ServerParts {
  config: AppConfig;
  database: DatabaseHandle;
  coordination: Coordination;
  logger: Logger;
  services: Services;
  accessTokens: AccessTokenSettings;
  auth: AuthService;
  /** The registry `/metrics` serves; rate-limit refusals and every answer are counted in it. */
  metrics: PlatformMetrics;
}

/** The access-token settings; without JWT_SECRET, a per-process key (tokens end with the process). */
export function accessTokenSettingsFrom(config: AppConfig, logger: Logger): AccessTokenSettings {
  let secret = config.env.JWT_SECRET;
  if (!secret) {
    logger.warn("JWT_SECRET is not set; using a random per-process secret (tokens end with the process)");
    secret = randomBytes(32).toString("base64url");
  }
  return {
    secret: new TextEncoder().encode(secret),
    issuer: config.env.JWT_ISSUER,
    audience: config.env.JWT_AUDIENCE,
  };
}

/** The HTTP host: both REST faces, /trpc, the OpenAPI document, the health probes and /metrics. */
export async function buildServer(parts: ServerParts): Promise<FastifyInstance> {
  const { config, database, coordination, logger } = parts;
  const deps: ApiDeps = {
    serviceVersion,
    accessTokens: parts.accessTokens,
    bridgeApiToken: config.apiToken,
    bridge: parts.services.bridge,
    auth: parts.auth,
    qcCheck: parts.services.qcCheck,
    jobs: parts.services.jobs,
    batches: parts.services.batches,
    estimates: parts.services.estimates,
    analytics: parts.services.analytics,
    webhooks: parts.services.webhooks,
    exports: parts.services.exports,
    links: parts.services.links,
    tierLimits: parts.services.tierLimits,
    v1RateLimit: {
      limiter: coordination.rateLimiter,
      windowSeconds: config.env.V1_RATE_LIMIT_WINDOW_SECONDS,
    },
    bridgeRateLimit: {
      limiter: coordination.rateLimiter,
      windowSeconds: config.env.RATE_LIMIT_WINDOW_SECONDS,
      perBucket: {
        default: config.env.BRIDGE_RATE_LIMIT_DEFAULT,
        tasks: config.env.BRIDGE_RATE_LIMIT_TASKS,
        relay: config.env.BRIDGE_RATE_LIMIT_RELAY,
      },
    },
    exposeErrorStacks: config.env.EXPOSE_ERROR_STACKS,
    onRateLimitRefused: parts.metrics.rateLimitRefused,
  };

  const trustProxy = config.env.TRUST_PROXY;
  const app = Fastify({
    // Typed as fastify's base logger so plugins written for the default instance type accept this one.
    loggerInstance: logger as FastifyBaseLogger,
    genReqId: (req) => chooseRequestId(req.headers["x-request-id"]),
    logController: new LogController({ requestIdLogLabel: "request_id" }),
    bodyLimit: config.env.BODY_LIMIT_BYTES,
    // A hop count as the function fastify runs for it (its types list no number): the nth hop from this server.
    trustProxy:
      typeof trustProxy === "number" ? (_address: string, hop: number) => hop < trustProxy : trustProxy,
    return503OnClosing: true,
    forceCloseConnections: "idle",
    // What fails before routing or before fastify sees a request still answers in the face's shape.
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: clientErrorHandler(logger as FastifyBaseLogger),
  });

  app.addHook("onRequest", async (request, reply) => {
    void reply.header("X-Request-ID", request.id);
  });

  mountMetrics(app, { metrics: parts.metrics, token: config.env.METRICS_TOKEN });

  app.get("/healthz", async () => ({ status: "ok" }));

  app.get("/readyz", async (_request, reply) => {
    const checks: Record<string, string> = {};
    const probe = async (name: string, fn: () => Promise<void>) => {
      try {
        await fn();
        checks[name] = "ok";
      } catch (error) {
        checks[name] = `unavailable: ${error instanceof Error ? error.message : String(error)}`;
      }
    };
    await probe("database", () => database.ping());
    if (coordination.kind === "redis") await probe("redis", () => coordination.ping());
    else checks.redis = "not_configured";
    const ready = Object.values(checks).every((v) => v === "ok" || v === "not_configured");
    return reply.code(ready ? 200 : 503).send({ status: ready ? "ready" : "not_ready", checks });
  });

  // Built once, and never from a request's headers: a Host header chosen by a client would otherwise be written
  // into the document (and one cached copy per value would grow without bound). Without PUBLIC_URL the server URL
  // is relative, which clients resolve against wherever they fetched the document from.
  const openApiDocument = JSON.stringify(
    buildOpenApiDocument({ version: serviceVersion, baseUrl: config.env.PUBLIC_URL ?? "/" }),
  );
  app.get("/openapi.json", async (_request, reply) => reply.type("application/json").send(openApiDocument));

  await app.register(docsPlugin);

  await app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
      router: appRouter,
      createContext: ({
        req,
      }: {
        req: { id: string; ip: string; headers: Record<string, string | string[] | undefined> };
      }) => createContext(deps, { id: req.id, ip: req.ip, headers: req.headers }),
      responseMeta: trpcResponseMeta,
      // A batch runs its calls in parallel: bounded, so one request cannot fan out into many expensive ones.
      maxBatchSize: 10,
    },
  });

  await app.register((scope) => restFacesPlugin(scope, { deps }));
  return app;
}
