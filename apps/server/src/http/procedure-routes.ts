import type { IncomingMessage, ServerResponse } from "node:http";
import {
  type ApiDeps,
  type Context,
  type FaceMount,
  faceRouters,
  successStatusOf,
  toAppError,
} from "@bacowr/api";
import { AppError } from "@bacowr/core";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { createOpenApiNodeHttpHandler } from "trpc-to-openapi";
import { contextOf } from "./request-face";

type ProcedureRequest = IncomingMessage & {
  body: unknown;
  query: unknown;
  context: Context;
  log: FastifyRequest["log"];
};

/** One face's procedures as REST, through trpc-to-openapi's handler. */
function faceHandler(face: FaceMount["face"]) {
  return createOpenApiNodeHttpHandler<(typeof faceRouters)[typeof face], ProcedureRequest, ServerResponse>({
    router: faceRouters[face],
    createContext: ({ req }) => req.context,
    responseMeta: ({ ctx, errors, paths }) => {
      // The context's own headers (rate limits) are added to every answer by the faces' onSend hook.
      const [error] = errors;
      if (error) {
        const appError = toAppError(error);
        return { status: appError.status, headers: appError.headers ?? {} };
      }
      return { status: ctx?.response.status ?? successStatusOf(paths?.[0]), headers: {} };
    },
    onError: ({ error, req }) => {
      const appError = toAppError(error);
      if (appError.status >= 500) req.log.error({ err: error }, "procedure failed");
    },
  });
}

// What a path segment keeps escaped: controls, spaces and non-ASCII (WHATWG URL would escape them again), and
// what would change the path's structure (`/`, `\\`, `%`, `?`, `#`). Everything else is handed over decoded.
const structural = new Set(['"', "#", "%", "/", "<", ">", "?", "\\", "`", "{", "}"]);
function keepsEscape(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code <= 0x20 || code >= 0x7f || structural.has(char);
}

/**
 * The path with each segment percent-decoded once, as fastify decodes the parameters of its own routes
 * (`/v1/jobs/:job_id/article.html`): the adapter matches the path but never decodes the values it takes
 * from it, so `/v1/jobs/job%5Fx` would otherwise look for a job named `job%5Fx`.
 */
export function decodePathSegments(url: string): string {
  const query = url.indexOf("?");
  const path = query === -1 ? url : url.slice(0, query);
  const decoded = path
    .split("/")
    .map((segment) => {
      try {
        return Array.from(decodeURIComponent(segment), (char) =>
          keepsEscape(char) ? encodeURIComponent(char) : char,
        ).join("");
      } catch {
        return segment;
      }
    })
    .join("/");
  return query === -1 ? decoded : decoded + url.slice(query);
}

/**
 * The request as the handler reads it: the URL without the mount's extra prefix (so `/api/v1/jobs` finds
 * `/v1/jobs`), the body and query fastify parsed, and the request's one context.
 */
function procedureRequest(request: FastifyRequest, mount: FaceMount, context: Context): ProcedureRequest {
  const raw = request.raw;
  // Decoded before the mount's prefix is cut: the router matched `/%61pi/v1/…` as `/api/v1/…`, and the raw text
  // is not that long.
  const decoded = decodePathSegments(request.url);
  if (!decoded.startsWith(mount.stripped)) throw new AppError("NOT_FOUND", "Not found");
  const url = decoded.slice(mount.stripped.length);
  const view: ProcedureRequest = Object.assign(Object.create(raw) as IncomingMessage, {
    url,
    // HEAD is GET without the body (fastify drops it): same procedure, auth and limits, never the adapter's
    // bare 204 for any path.
    method: request.method === "HEAD" ? "GET" : request.method,
    body: request.body,
    query: request.query,
    context,
    log: request.log,
    once: raw.once.bind(raw),
    on: raw.on.bind(raw),
    off: raw.off.bind(raw),
  });
  return view;
}

/** The reply as the handler writes it, so the faces' onSend hook still shapes every answer. */
function procedureResponse(reply: FastifyReply): ServerResponse {
  const raw = reply.raw;
  const response = {
    get statusCode() {
      return reply.statusCode;
    },
    set statusCode(code: number) {
      void reply.code(code);
    },
    setHeader(name: string, value: string) {
      void reply.header(name, value);
    },
    end(body?: string) {
      if (!reply.sent) void reply.send(body);
    },
    get writableEnded() {
      return raw.writableEnded;
    },
    once: raw.once.bind(raw),
    on: raw.on.bind(raw),
    off: raw.off.bind(raw),
  };
  return response as unknown as ServerResponse;
}

/** Serves a face's procedures under one mount (`/v1/*`, `/api/*`, or the alias `/api/v1/*`). */
export function mountProcedures(scope: FastifyInstance, deps: ApiDeps, mount: FaceMount): void {
  const handle = faceHandler(mount.face);
  scope.route({
    method: ["GET", "POST", "PATCH", "PUT", "DELETE"],
    url: `${mount.prefix}/*`,
    config: { face: mount.face },
    handler: async (request, reply) => {
      await handle(procedureRequest(request, mount, contextOf(deps, request)), procedureResponse(reply));
      return reply;
    },
  });
}
