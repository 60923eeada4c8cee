import {
  type ApiDeps,
  errorPayloadSchema,
  faceMounts,
  shapeError,
  shapeSuccess,
  toAppError,
  toErrorPayload,
} from "@bacowr/api";
import { AppError } from "@bacowr/core";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { appErrorFromFramework } from "./framework-errors";
import { mountJobRoutes } from "./job-routes";
import { acceptJsonObjects } from "./json-body";
import { mountProcedures } from "./procedure-routes";
import { applyContextHeaders, faceOf } from "./request-face";

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
    .send(JSON.stringify(shapeError(faceOf(request), toErrorPayload(appError), metaInfo(request))));
}

/**
 * Re-renders what the adapter wrote (the bare result, or tRPC's error shape carrying the contract
 * error) in the face's contract shape, and adds what the request's procedures set on their context
 * (the rate-limit headers), whichever path answers.
 */
async function shapeAnswer(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  applyContextHeaders(request, reply);
  if (
    shaped.has(reply) ||
    typeof payload !== "string" ||
    !reply.getHeader("content-type")?.toString().startsWith("application/json")
  ) {
    return payload;
  }
  const face = faceOf(request);
  // The bridge's success shape is the body itself: nothing to re-render.
  if (face === "bridge" && reply.statusCode < 400) return payload;
  let body: unknown;
  try {
    body = payload.length === 0 ? undefined : JSON.parse(payload);
  } catch {
    return payload;
  }
  if (reply.statusCode < 400) return JSON.stringify(shapeSuccess(face, body, metaInfo(request)) ?? null);
  const carried = errorPayloadSchema.safeParse((body as { data?: { app?: unknown } } | undefined)?.data?.app);
  const error = carried.success ? carried.data : toErrorPayload(toAppError(body));
  return JSON.stringify(shapeError(face, error, metaInfo(request)));
}

/**
 * The REST faces (`/v1`, `/api`, and `/v1` again under `/api/v1`) of the tRPC router. Every route
 * carries its face; encapsulated, so the hooks touch only these routes.
 */
export async function restFacesPlugin(scope: FastifyInstance, settings: { deps: ApiDeps }) {
  const { deps } = settings;
  scope.setErrorHandler((error, request, reply) => sendAppError(request, reply, error));
  // Paths outside every mount: a 404 in the v1 shape.
  scope.setNotFoundHandler((request, reply) =>
    sendAppError(request, reply, new AppError("NOT_FOUND", "Not found")),
  );

  acceptJsonObjects(scope);
  scope.addHook("onSend", shapeAnswer);

  for (const mount of faceMounts) {
    if (mount.face === "v1") mountJobRoutes(scope, deps, mount);
    mountProcedures(scope, deps, mount);
  }
}
