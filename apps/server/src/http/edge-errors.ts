import type { Socket } from "node:net";
import { type Face, mountOfPath, shapeError, toErrorPayload } from "@bacowr/api";
import { AppError } from "@bacowr/core";
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from "fastify";
import { chooseRequestId } from "./request-id";

/** The face a URL falls under, for answers given before (or without) routing; `/v1` when none. */
function faceOfUrl(url: string | undefined): Face {
  return (url && mountOfPath(url)?.face) || "v1";
}

function errorBody(face: Face, error: AppError, requestId: string): string {
  return JSON.stringify(shapeError(face, toErrorPayload(error), { requestId, now: new Date() }));
}

/**
 * fastify's `frameworkErrors`: a path whose percent-escapes do not decode (`/v1/%ff`) fails before any
 * route, so no face's error handler sees it. Answered here as a 400 in the face of the URL.
 */
export function answerFrameworkError(error: Error, request: FastifyRequest, reply: FastifyReply): void {
  const appError = new AppError("BAD_REQUEST", "The URL is not valid: a percent-escape does not decode", {
    cause: error,
  });
  void reply
    .code(appError.status)
    .header("X-Request-ID", request.id)
    .type("application/json")
    .send(errorBody(faceOfUrl(request.raw.url), appError, request.id));
}

interface ClientError extends Error {
  code?: string;
  rawPacket?: unknown;
}

/**
 * fastify's `clientErrorHandler`: what Node's HTTP parser refuses (headers or a URL over its limit,
 * a malformed request, a slow one) never becomes a request. The answer is written to the socket in the
 * face of the request line's path when the parser got that far (`/v1` otherwise), then the connection ends.
 */
export function clientErrorHandler(logger: FastifyBaseLogger) {
  return (error: ClientError, socket: Socket): void => {
    if (error.code === "ECONNRESET" || socket.destroyed) return;
    const [status, appError] =
      error.code === "HPE_HEADER_OVERFLOW"
        ? [431, new AppError("HEADERS_TOO_LARGE", "The request's URL or headers are too large")]
        : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
          ? [408, new AppError("BAD_REQUEST", "The request took too long to arrive")]
          : [400, new AppError("BAD_REQUEST", "The request is not valid HTTP")];
    logger.debug({ err: error }, "client error");
    if (socket.writable) {
      const packet = error.rawPacket;
      const requestLine = Buffer.isBuffer(packet) ? packet.subarray(0, 512).toString("latin1") : "";
      const path = /^[A-Z]+ (\S+)/.exec(requestLine)?.[1];
      const requestId = chooseRequestId(undefined);
      const body = errorBody(faceOfUrl(path), appError, requestId);
      const reason =
        status === 431
          ? "Request Header Fields Too Large"
          : status === 408
            ? "Request Timeout"
            : "Bad Request";
      socket.write(
        `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\nX-Request-ID: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
      );
    }
    socket.destroy(error);
  };
}
