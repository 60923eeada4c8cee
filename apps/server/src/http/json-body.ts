import { AppError } from "@bacowr/core";
import type { FastifyInstance } from "fastify";

/**
 * JSON bodies as the faces take them: an empty body is `{}` (the seed's Python clients send the JSON
 * content type, or none, on bodiless calls such as unlock), and anything but an object is refused.
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
}
