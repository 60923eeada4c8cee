import { generateOpenApiDocument, type OpenAPIObject } from "trpc-to-openapi";
import { type Face, faceOfPath } from "./faces";
import { appRouter } from "./root";
import type { Meta } from "./trpc";

type Operation = NonNullable<NonNullable<OpenAPIObject["paths"]>[string]["get"]>;
type SchemaRef = { $ref: string };
type Schemas = NonNullable<NonNullable<OpenAPIObject["components"]>["schemas"]>;

const methods = ["get", "post", "put", "patch", "delete"] as const;

const securitySchemes = {
  bearerAuth: {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description: "v1 access token from POST /v1/auth/login",
  },
  apiKey: { type: "apiKey", in: "header", name: "X-API-Key", description: "Legacy v1 key (`sk_live_…`)" },
  apiToken: {
    type: "apiKey",
    in: "header",
    name: "X-API-Token",
    description: "Worker-bridge token (API_TOKEN)",
  },
} as const;

const faceSecurity: Record<Face, Record<string, string[]>[]> = {
  v1: [{ bearerAuth: [] }, { apiKey: [] }],
  bridge: [{ apiToken: [] }],
};

const sharedSchemas: Schemas = {
  V1Meta: {
    type: "object",
    required: ["timestamp", "request_id", "version"],
    properties: {
      timestamp: { type: "string", format: "date-time" },
      request_id: { type: "string", example: "req_abc123" },
      version: { type: "string", example: "v1" },
    },
  },
  V1Error: {
    type: "object",
    required: ["success", "error", "meta"],
    properties: {
      success: { type: "boolean", const: false },
      error: {
        type: "object",
        required: ["code", "message"],
        additionalProperties: true,
        properties: {
          code: { type: "string", example: "VALIDATION_ERROR" },
          message: { type: "string" },
          field: { type: "string" },
          details: { type: "object", additionalProperties: true },
        },
      },
      meta: { $ref: "#/components/schemas/V1Meta" },
    },
  },
  BridgeError: {
    type: "object",
    required: ["error"],
    properties: {
      error: { type: "string", example: "Unauthorized" },
      errors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
    },
  },
};

const errorSchemaRef: Record<Face, SchemaRef> = {
  v1: { $ref: "#/components/schemas/V1Error" },
  bridge: { $ref: "#/components/schemas/BridgeError" },
};

/** tRPC's flat record of every procedure, keyed by dotted path. */
function proceduresByPath(): Record<string, { _def: { meta?: Meta } } | undefined> {
  return appRouter._def.procedures as unknown as Record<string, { _def: { meta?: Meta } } | undefined>;
}

function successStatuses(): Map<string, number> {
  const statuses = new Map<string, number>();
  for (const procedure of Object.values(proceduresByPath())) {
    const meta = procedure?._def.meta;
    if (meta?.openapi && meta.successStatus) {
      statuses.set(`${meta.openapi.method.toLowerCase()} ${meta.openapi.path}`, meta.successStatus);
    }
  }
  return statuses;
}

const rateLimitHeaders = {
  "X-RateLimit-Limit": { $ref: "#/components/headers/X-RateLimit-Limit" },
  "X-RateLimit-Remaining": { $ref: "#/components/headers/X-RateLimit-Remaining" },
  "X-RateLimit-Reset": { $ref: "#/components/headers/X-RateLimit-Reset" },
};

const sharedHeaders = {
  "X-RateLimit-Limit": { description: "Requests allowed in the current window", schema: { type: "integer" } },
  "X-RateLimit-Remaining": {
    description: "Requests left in the current window",
    schema: { type: "integer" },
  },
  "X-RateLimit-Reset": {
    description: "Unix time (seconds) when the window resets",
    schema: { type: "integer" },
  },
  "Retry-After": { description: "Seconds to wait before retrying", schema: { type: "integer" } },
  "X-Request-ID": { description: "The request's id, also in every log line", schema: { type: "string" } },
} as const;

/** v1 operations that take no credentials (and so are not rate-limited per user). */
const anonymousPaths = new Set(["/v1/auth/login", "/v1/auth/refresh"]);

function reshapeOperation(face: Face, path: string, operation: Operation, successStatus: number): void {
  const anonymous = anonymousPaths.has(path);
  operation.security = anonymous ? [] : faceSecurity[face];
  const limited = !anonymous;
  const responses = operation.responses ?? {};
  if (limited) {
    responses["429"] = {
      description:
        face === "bridge"
          ? "Rate limit exceeded for this client IP"
          : "Rate limit of your tier exceeded (free 100, pro 1 000 requests/hour by default)",
      headers: { ...rateLimitHeaders, "Retry-After": { $ref: "#/components/headers/Retry-After" } },
      content: { "application/json": { schema: errorSchemaRef[face] } },
    };
  }
  const success = responses["200"];
  if (success && successStatus !== 200) {
    delete responses["200"];
    responses[String(successStatus)] = success;
  }
  const successBody = success?.content?.["application/json"];
  if (face === "v1" && successBody?.schema) {
    successBody.schema = {
      type: "object",
      required: ["success", "data", "meta"],
      properties: {
        success: { type: "boolean", const: true },
        data: successBody.schema,
        meta: { $ref: "#/components/schemas/V1Meta" },
      },
    };
  }
  for (const [status, response] of Object.entries(responses)) {
    if (!response || !("description" in response)) continue;
    if (Number(status) >= 400) response.content = { "application/json": { schema: errorSchemaRef[face] } };
    response.headers = {
      "X-Request-ID": { $ref: "#/components/headers/X-Request-ID" },
      ...(limited ? rateLimitHeaders : {}),
      ...response.headers,
    };
  }
  operation.responses = responses;
}

/**
 * The OpenAPI 3.1 document of both faces, generated from the routers and then
 * given each face's envelope, error shape and security, as the HTTP layer applies them.
 */
export function buildOpenApiDocument(options: { version: string; baseUrl: string }): OpenAPIObject {
  const document = generateOpenApiDocument(appRouter, {
    title: "BACOWR API",
    description:
      "Backlink article generation (v1, under /v1) and the worker bridge for automation workers (under /api).",
    version: options.version,
    baseUrl: options.baseUrl,
    securitySchemes,
  });
  const statuses = successStatuses();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const face = faceOfPath(path);
    if (!face) continue;
    for (const method of methods) {
      const operation = item[method];
      if (operation) reshapeOperation(face, path, operation, statuses.get(`${method} ${path}`) ?? 200);
    }
  }
  document.paths = { ...document.paths, ...htmlPaths() };
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...structuredClone(sharedSchemas) },
    headers: { ...document.components?.headers, ...structuredClone(sharedHeaders) },
  };
  return document;
}

/** Routes the HTTP host serves outside the JSON adapter (they answer HTML). */
function htmlPaths(): NonNullable<OpenAPIObject["paths"]> {
  const errors = Object.fromEntries(
    [
      ["401", "Missing or invalid credentials"],
      ["404", "JOB_NOT_FOUND"],
      ["409", "ARTICLE_NOT_READY: the job has no article yet"],
    ].map(([status, description]) => [
      status,
      { description, content: { "application/json": { schema: errorSchemaRef.v1 } } },
    ]),
  );
  return {
    "/v1/jobs/{job_id}/article.html": {
      get: {
        operationId: "v1-jobs-articleHtml",
        tags: ["jobs"],
        summary: "A job's article as sanitised HTML",
        description:
          "The finished article rendered to a standalone HTML page (raw HTML in the Markdown is dropped, links " +
          "limited to safe schemes). The `article_url` of webhook payloads points here.",
        security: faceSecurity.v1,
        parameters: [{ name: "job_id", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": {
            description: "The article page",
            content: { "text/html": { schema: { type: "string" } } },
          },
          ...errors,
        },
      },
    },
  };
}

/** The declared success status of the procedure at `path` (dotted tRPC path), default 200. */
export function successStatusOf(path: string | undefined): number {
  if (!path) return 200;
  return proceduresByPath()[path]?._def.meta?.successStatus ?? 200;
}
