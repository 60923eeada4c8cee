import {
  assertSafeJson,
  assertSafeParameters,
  jsonDepthExceeds,
  MAX_JSON_DEPTH,
  tooDeepError,
} from "@bacowr/api";
import { AppError } from "@bacowr/core";
import type { FastifyInstance } from "fastify";

/**
 * JSON bodies as the faces take them: an empty body is `{}` (the seed's Python clients send the JSON
 * content type, or none, on bodiless calls such as unlock), and anything but an object is refused.
 * Bodies, query strings and path parameters pass the input guard (no NUL, no unpaired surrogate, at
 * most MAX_JSON_DEPTH levels) before any handler runs.
 */
export function acceptJsonObjects(scope: FastifyInstance): void {
  scope.addHook("onRequest", async (request) => {
    if (request.method !== "GET" && request.method !== "HEAD" && !request.headers["content-type"]) {
      const length = request.headers["content-length"];
      if ((length === undefined || length === "0") && !request.headers["transfer-encoding"]) {
        request.headers["content-type"] = "application/json";
      }
    }
  });

  // Query and path parameters meet the same guard as bodies, once they are decoded.
  scope.addHook("preValidation", async (request) => {
    assertSafeParameters(request.query, request.params);
  });

  const parseJson = scope.getDefaultJsonParser("error", "error");
  scope.removeContentTypeParser("application/json");
  scope.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    const text = typeof body === "string" ? body : body.toString("utf8");
    if (text.trim() === "") return done(null, {});
    // Before JSON.parse: a body nested thousands deep must not reach the parser, zod or PostgreSQL.
    if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) return done(tooDeepError(), undefined);
    parseJson(request, text, (error, parsed) => {
      if (error) return done(error, undefined);
      try {
        assertSafeJson(parsed);
      } catch (unsafe) {
        return done(unsafe as Error, undefined);
      }
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
}
