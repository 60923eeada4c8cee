import {
  type ApiDeps,
  appRouter,
  createCaller,
  createContext,
  errorPayloadSchema,
  type Face,
  faceOfPath,
  shapeError,
  shapeSuccess,
  successStatusOf,
  toAppError,
  toErrorPayload,
} from "@bacowr/api";
import { AppError, type RateLimiter } from "@bacowr/core";
import { createSession } from "better-sse";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { type CreateOpenApiFastifyPluginOptions, fastifyTRPCOpenApiPlugin } from "trpc-to-openapi";
import { type BridgeRateLimits, bridgeRateLimitHook } from "./bridge-rate-limit";
import { appErrorFromFramework } from "./framework-errors";

const faceFor = (request: FastifyRequest): Face => faceOfPath(request.url) ?? "v1";
const metaInfo = (request: FastifyRequest) => ({ requestId: request.id, now: new Date() });

// Replies whose body is already in contract shape (rendered by the error handler).
const shaped = new WeakSet<FastifyReply>();

function sendAppError(request: FastifyRequest, reply: FastifyReply, error: unknown) {
  const appError = appErrorFromFramework(error);
  if (appError.status >= 500) request.log.error({ err: error }, "request failed");
  for (const [name, value] of Object.entries(appError.headers ?? {})) void reply.header(name, value);
  shaped.add(reply);
  return reply
    .code(appError.status)
    .type("application/json")
    .send(JSON.stringify(shapeError(faceFor(request), toErrorPayload(appError), metaInfo(request))));
}

/**
 * The REST faces (/v1 and /api) of the tRPC router, through trpc-to-openapi.
 * The adapter writes the bare result or tRPC's error shape; the onSend hook
 * here re-renders it in the face's contract shape. Encapsulated, so the hooks
 * touch only the adapter's routes.
 */
export async function restFacesPlugin(
  scope: FastifyInstance,
  settings: { deps: ApiDeps; rateLimiter: RateLimiter; bridgeLimits: BridgeRateLimits },
) {
  const { deps } = settings;
  scope.setErrorHandler((error, request, reply) => sendAppError(request, reply, error));

  const limitBridge = bridgeRateLimitHook(settings.rateLimiter, settings.bridgeLimits);
  scope.addHook("onRequest", async (request, reply) => {
    if (faceOfPath(request.url) === "bridge") await limitBridge(request, reply);
    // A bodiless POST/PUT (e.g. `requests.post(url)` to unlock a task) is an empty JSON object, not an error.
    if (request.method !== "GET" && request.method !== "HEAD" && !request.headers["content-type"]) {
      const length = request.headers["content-length"];
      if ((length === undefined || length === "0") && !request.headers["transfer-encoding"]) {
        request.headers["content-type"] = "application/json";
      }
    }
  });

  const parseJson = scope.getDefaultJsonParser("error", "error");
  scope.removeContentTypeParser("application/json");
  scope.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    const text = typeof body === "string" ? body : body.toString("utf8");
    if (text.trim() === "") return done(null, {});
    parseJson(request, text, (error, parsed) => {
      if (error) return done(error, undefined);
      // Every endpoint takes an object; an array or a bare value must not be spread into the input.
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        return done(
          new AppError("VALIDATION_ERROR", "Request body must be a JSON object", { field: "body" }),
          undefined,
        );
      }
      done(null, parsed);
    });
  });

  scope.addHook("onSend", async (request, reply, payload) => {
    if (
      shaped.has(reply) ||
      typeof payload !== "string" ||
      !reply.getHeader("content-type")?.toString().startsWith("application/json")
    ) {
      return payload;
    }
    const face = faceFor(request);
    // The bridge's success shape is the body itself: nothing to re-render.
    if (face === "bridge" && reply.statusCode < 400) return payload;
    let body: unknown;
    try {
      body = payload.length === 0 ? undefined : JSON.parse(payload);
    } catch {
      return payload;
    }
    if (reply.statusCode < 400) return JSON.stringify(shapeSuccess(face, body, metaInfo(request)) ?? null);
    const carried = errorPayloadSchema.safeParse(
      (body as { data?: { app?: unknown } } | undefined)?.data?.app,
    );
    const error = carried.success ? carried.data : toErrorPayload(toAppError(body));
    return JSON.stringify(shapeError(face, error, metaInfo(request)));
  });

  // HTML, not JSON: served beside the adapter, through the same procedures, auth and error rendering.
  scope.get<{ Params: { job_id: string } }>("/v1/jobs/:job_id/article.html", async (request, reply) => {
    const caller = createCaller(
      createContext(deps, { id: request.id, ip: request.ip, headers: request.headers }),
    );
    const html = await caller.v1.jobs.articleHtml({ job_id: request.params.job_id });
    return reply
      .type("text/html; charset=utf-8")
      .header(
        "content-security-policy",
        "default-src 'none'; img-src https: data:; style-src 'unsafe-inline'",
      )
      .send(html);
  });

  // Server-sent events of a job's progress: the `events` subscription, over SSE (better-sse writes the protocol).
  scope.get<{ Params: { job_id: string } }>("/v1/jobs/:job_id/events", async (request, reply) => {
    const controller = new AbortController();
    const caller = createCaller(
      createContext(deps, { id: request.id, ip: request.ip, headers: request.headers }),
      { signal: controller.signal },
    );
    const updates = (await caller.v1.jobs.events({ job_id: request.params.job_id }))[Symbol.asyncIterator]();
    // The first update proves the job exists and is the caller's; errors before it answer as JSON.
    const first = await updates.next();
    reply.hijack();
    const session = await createSession(request.raw, reply.raw, {
      headers: { "X-Request-ID": request.id, "Cache-Control": "no-cache" },
      keepAlive: 15_000,
    });
    session.once("disconnected", () => controller.abort());
    try {
      for (let step = first; !step.done && session.isConnected; step = await updates.next()) {
        session.push(step.value, "progress", `${step.value.status}:${step.value.progress}`);
      }
    } catch (error) {
      request.log.warn({ err: error }, "job event stream ended with an error");
    } finally {
      controller.abort();
      await updates.return?.(undefined);
      if (!reply.raw.writableEnded) reply.raw.end();
    }
  });

  const options: CreateOpenApiFastifyPluginOptions<typeof appRouter> = {
    router: appRouter,
    createContext: ({ req }) => {
      const request = req as unknown as FastifyRequest;
      return createContext(deps, { id: request.id, ip: request.ip, headers: request.headers });
    },
    responseMeta: ({ ctx, errors, paths }) => {
      const [error] = errors;
      if (error) {
        const appError = toAppError(error);
        return { status: appError.status, headers: appError.headers ?? {} };
      }
      return {
        status: ctx?.response.status ?? successStatusOf(paths?.[0]),
        headers: ctx?.response.headers ?? {},
      };
    },
    onError: ({ error, req }) => {
      const appError = toAppError(error);
      if (appError.status >= 500)
        (req as unknown as FastifyRequest).log.error({ err: error }, "procedure failed");
    },
  };
  await scope.register(fastifyTRPCOpenApiPlugin, options);
}
