import { type ApiDeps, type Context, createContext, type Face, mountOfPath } from "@bacowr/api";
import type { FastifyReply, FastifyRequest } from "fastify";

declare module "fastify" {
  interface FastifyContextConfig {
    /** The face a route answers for; set on every route of the REST faces. */
    face?: Face;
  }
}

/** The face of the route that matched; for a request no route matched, the mount its URL falls under. */
export function faceOf(request: FastifyRequest): Face {
  return request.routeOptions.config.face ?? mountOfPath(request.url)?.face ?? "v1";
}

const contexts = new WeakMap<FastifyRequest, Context>();

/**
 * The request's one procedure context, shared by every route and error path of the request, so what a
 * procedure decided about the response (rate-limit headers) reaches the client whatever answers it.
 */
export function contextOf(deps: ApiDeps, request: FastifyRequest): Context {
  let context = contexts.get(request);
  if (!context) {
    context = createContext(deps, { id: request.id, ip: request.ip, headers: request.headers });
    contexts.set(request, context);
  }
  return context;
}

/** The operation the request's procedures reached (a documented path pattern), if any did. */
export function routeOfRequest(request: FastifyRequest): string | undefined {
  return contexts.get(request)?.response.route;
}

/** Headers a procedure set on its context, for answers sent outside the adapter's own response path. */
export function applyContextHeaders(request: FastifyRequest, reply: FastifyReply): void {
  const context = contexts.get(request);
  for (const [name, value] of Object.entries(context?.response.headers ?? {})) {
    if (!reply.hasHeader(name)) void reply.header(name, value);
  }
}
