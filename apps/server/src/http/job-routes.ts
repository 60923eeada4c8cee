import { type ApiDeps, createCaller, type FaceMount } from "@bacowr/api";
import { createSession } from "better-sse";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { contextOf } from "./request-face";

/**
 * The v1 job and batch routes that answer other than JSON (HTML, server-sent events), served beside the
 * adapter through the same procedures, auth, limits and error rendering.
 */
export function mountJobRoutes(scope: FastifyInstance, deps: ApiDeps, mount: FaceMount): void {
  const config = { face: mount.face };

  scope.get<{ Params: { job_id: string } }>(
    `${mount.prefix}/jobs/:job_id/article.html`,
    { config },
    async (request, reply) => {
      const caller = createCaller(contextOf(deps, request));
      const html = await caller.v1.jobs.articleHtml({ job_id: request.params.job_id });
      return reply
        .type("text/html; charset=utf-8")
        .header(
          "content-security-policy",
          "default-src 'none'; img-src https: data:; style-src 'unsafe-inline'",
        )
        .send(html);
    },
  );

  // A job's progress: the `events` subscription, over SSE.
  scope.get<{ Params: { job_id: string } }>(
    `${mount.prefix}/jobs/:job_id/events`,
    { config },
    (request, reply) =>
      streamEvents(
        deps,
        request,
        reply,
        (caller) => caller.v1.jobs.events({ job_id: request.params.job_id }),
        (update) => `${update.status}:${update.progress}`,
      ),
  );

  // A batch's progress after every job change, until the batch is final.
  scope.get<{ Params: { batch_id: string } }>(
    `${mount.prefix}/batches/:batch_id/events`,
    { config },
    (request, reply) =>
      streamEvents(
        deps,
        request,
        reply,
        (caller) => caller.v1.batches.events({ batch_id: request.params.batch_id }),
        (update) => `${update.status}:${update.progress.percentage}:${update.updated_at.toISOString()}`,
      ),
  );
}

type Caller = ReturnType<typeof createCaller>;

/**
 * Serves a subscription as server-sent `progress` events (better-sse writes the protocol). The first
 * update proves the resource exists and is the caller's, so errors before it answer as JSON.
 */
async function streamEvents<T>(
  deps: ApiDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  subscribe: (caller: Caller) => Promise<AsyncIterable<T>>,
  eventId: (update: T) => string,
): Promise<void> {
  const controller = new AbortController();
  const context = contextOf(deps, request);
  const caller = createCaller(context, { signal: controller.signal });
  const updates = (await subscribe(caller))[Symbol.asyncIterator]();
  const first = await updates.next();
  reply.hijack();
  const session = await createSession(request.raw, reply.raw, {
    headers: { ...context.response.headers, "X-Request-ID": request.id, "Cache-Control": "no-cache" },
    keepAlive: 15_000,
  });
  session.once("disconnected", () => controller.abort());
  try {
    for (let step = first; !step.done && session.isConnected; step = await updates.next()) {
      session.push(step.value, "progress", eventId(step.value));
    }
  } catch (error) {
    request.log.warn({ err: error }, "event stream ended with an error");
  } finally {
    controller.abort();
    await updates.return?.(undefined);
    if (!reply.raw.writableEnded) reply.raw.end();
  }
}
