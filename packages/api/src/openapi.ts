import { type AppErrorCode, appErrorCodes } from "@bacowr/core";
import { generateOpenApiDocument, type OpenAPIObject } from "trpc-to-openapi";
import { type Face, faceOfProcedure } from "./faces";
import { appRouter } from "./root";
import { guardErrors, type Meta } from "./trpc";

type Paths = NonNullable<OpenAPIObject["paths"]>;
type Operation = NonNullable<Paths[string]["get"]>;
type Responses = NonNullable<Operation["responses"]>;
type Schemas = NonNullable<NonNullable<OpenAPIObject["components"]>["schemas"]>;

const methods = ["get", "post", "put", "patch", "delete"] as const;
type Method = (typeof methods)[number];

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

const headerRef = (name: keyof typeof sharedHeaders) => ({ $ref: `#/components/headers/${name}` });
const rateLimitHeaders = {
  "X-RateLimit-Limit": headerRef("X-RateLimit-Limit"),
  "X-RateLimit-Remaining": headerRef("X-RateLimit-Remaining"),
  "X-RateLimit-Reset": headerRef("X-RateLimit-Reset"),
};

/** A procedure as the document needs it: its face and its meta. */
interface ProcedureInfo {
  face: Face;
  meta: Meta;
}

/** tRPC's flat record of every procedure, keyed by dotted path. */
function proceduresByPath(): Record<string, { _def: { meta?: Meta } } | undefined> {
  return appRouter._def.procedures as unknown as Record<string, { _def: { meta?: Meta } } | undefined>;
}

function procedureInfo(dotted: string): ProcedureInfo | undefined {
  const meta = proceduresByPath()[dotted]?._def.meta;
  const face = faceOfProcedure(dotted);
  return meta && face ? { face, meta } : undefined;
}

/** Every REST operation's procedure, keyed `method path` as the document lists it. */
function operationsTable(): Map<string, ProcedureInfo> {
  const table = new Map<string, ProcedureInfo>();
  for (const dotted of Object.keys(proceduresByPath())) {
    const info = procedureInfo(dotted);
    const openapi = info?.meta.openapi;
    if (info && openapi) table.set(`${openapi.method.toLowerCase()} ${openapi.path}`, info);
  }
  return table;
}

/**
 * Every error an operation can answer: its guard's, its input's (validation, and for a body the
 * host's 413/415), the handler's own (`meta.errors`), an idempotency key's, and a failure of the server.
 */
export function errorCodesOf(meta: Meta, method: Method): AppErrorCode[] {
  const hasBody = method !== "get" && method !== "delete";
  const codes: AppErrorCode[] = [
    ...guardErrors[meta.guard ?? "public"],
    "VALIDATION_ERROR",
    ...(hasBody ? (["PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE"] as const) : []),
    ...(meta.errors ?? []),
    ...(meta.idempotent ? (["IDEMPOTENCY_KEY_REUSED", "CONFLICT"] as const) : []),
    "INTERNAL_ERROR",
  ];
  return [...new Set(codes)];
}

function errorSchema(face: Face, codes: AppErrorCode[]) {
  if (face === "bridge") return { $ref: "#/components/schemas/BridgeError" };
  // The v1 body names its code: the document says which codes each status of this operation can carry.
  return {
    allOf: [
      { $ref: "#/components/schemas/V1Error" },
      {
        type: "object",
        properties: { error: { type: "object", properties: { code: { type: "string", enum: codes } } } },
      },
    ],
  };
}

function errorResponses(info: ProcedureInfo, method: Method): Responses {
  const byStatus = new Map<number, AppErrorCode[]>();
  for (const code of errorCodesOf(info.meta, method)) {
    const status = appErrorCodes[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const guarded = (info.meta.guard ?? "public") !== "public";
  const responses: Responses = {};
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    // A v1 request is counted only once authenticated; the bridge counts every request by IP.
    const counted = guarded && (info.face === "bridge" || status !== 401);
    responses[String(status)] = {
      description: info.face === "v1" ? codes.join(", ") : `${codes.join(", ")} (bridge error shape)`,
      headers: {
        "X-Request-ID": headerRef("X-Request-ID"),
        ...(counted ? rateLimitHeaders : {}),
        ...(status === 429 ? { "Retry-After": headerRef("Retry-After") } : {}),
      },
      content: { "application/json": { schema: errorSchema(info.face, codes) } },
    };
  }
  return responses;
}

function v1Envelope(data: unknown) {
  return {
    type: "object",
    required: ["success", "data", "meta"],
    properties: {
      success: { type: "boolean", const: true },
      data,
      meta: { $ref: "#/components/schemas/V1Meta" },
    },
  };
}

function reshapeOperation(info: ProcedureInfo, method: Method, operation: Operation): void {
  const { face, meta } = info;
  const guarded = (meta.guard ?? "public") !== "public";
  operation.security = guarded ? faceSecurity[face] : [];
  const generated = operation.responses?.["200"];
  const body = generated && "content" in generated ? generated.content?.["application/json"] : undefined;
  const schema = body?.schema && face === "v1" ? v1Envelope(body.schema) : body?.schema;
  const success = (description: string) => ({
    description,
    headers: { "X-Request-ID": headerRef("X-Request-ID"), ...(guarded ? rateLimitHeaders : {}) },
    ...(schema ? { content: { "application/json": { schema } } } : {}),
  });
  const successStatus = meta.successStatus ?? 200;
  operation.responses = {
    ...(meta.idempotent && successStatus !== 200
      ? { "200": success("The earlier request's result, replayed (same idempotency key, same request)") }
      : {}),
    ...(meta.existingAnswer && successStatus !== 200 ? { "200": success(meta.existingAnswer) } : {}),
    [String(successStatus)]: success(successStatus === 201 ? "Created" : "Successful response"),
    ...errorResponses(info, method),
  };
}

const description = [
  "Backlink article generation (the v1 API, under `/v1`) and the worker bridge for automation workers",
  "(under `/api`). Every `/v1/…` path is also served under `/api/v1/…` (the contract's development base URL),",
  "in the v1 shape with v1 authentication and limits.",
].join(" ");

/**
 * The OpenAPI 3.1 document of both faces, generated from the routers and then given each face's
 * envelope, security and the error responses its procedures declare, as the HTTP layer applies them.
 */
export function buildOpenApiDocument(options: { version: string; baseUrl: string }): OpenAPIObject {
  const document = generateOpenApiDocument(appRouter, {
    title: "BACOWR API",
    description,
    version: options.version,
    baseUrl: options.baseUrl,
    securitySchemes,
  });
  document.servers = [
    {
      url: options.baseUrl,
      description: "This server. `/v1/…` paths are also served under `/api/v1/…`.",
    },
  ];
  const operations = operationsTable();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of methods) {
      const operation = item[method];
      const info = operations.get(`${method} ${path}`);
      if (operation && info) reshapeOperation(info, method, operation);
    }
  }
  document.paths = { ...document.paths, ...hostServedPaths() };
  // trpc-to-openapi's own error schemas: every error response above uses the face's shape instead.
  const schemas = Object.fromEntries(
    Object.entries(document.components?.schemas ?? {}).filter(([name]) => !name.startsWith("error.")),
  );
  document.components = {
    ...document.components,
    schemas: { ...schemas, ...structuredClone(sharedSchemas) },
    headers: { ...document.components?.headers, ...structuredClone(sharedHeaders) },
  };
  return document;
}

/** Routes the HTTP host serves outside the JSON adapter (HTML, server-sent events), by their procedures. */
function hostServedPaths(): Paths {
  const jobIdParameter = { name: "job_id", in: "path", required: true, schema: { type: "string" } } as const;
  const hostServed = (
    dotted: string,
    operation: Omit<Operation, "responses">,
    content: Responses[string],
  ) => {
    const info = procedureInfo(dotted);
    if (!info) throw new Error(`no procedure ${dotted}`);
    return {
      ...operation,
      security: faceSecurity[info.face],
      responses: { "200": content, ...errorResponses(info, "get") },
    };
  };
  return {
    "/v1/jobs/{job_id}/article.html": {
      get: hostServed(
        "v1.jobs.articleHtml",
        {
          operationId: "v1-jobs-articleHtml",
          tags: ["jobs"],
          summary: "A job's article as sanitised HTML",
          description:
            "The finished article rendered to a standalone HTML page (raw HTML in the Markdown is dropped, " +
            "links limited to safe schemes). The `article_url` of webhook payloads points here.",
          parameters: [jobIdParameter],
        },
        {
          description: "The article page",
          headers: { "X-Request-ID": headerRef("X-Request-ID"), ...rateLimitHeaders },
          content: { "text/html": { schema: { type: "string" } } },
        },
      ),
    },
    "/v1/jobs/{job_id}/events": {
      get: hostServed(
        "v1.jobs.events",
        {
          operationId: "v1-jobs-events",
          tags: ["jobs"],
          summary: "A job's progress as server-sent events",
          description:
            "`event: progress` with data `{job_id, status, progress}` at every change; the stream ends after " +
            "a final state.",
          parameters: [jobIdParameter],
        },
        {
          description: "The event stream",
          headers: { "X-Request-ID": headerRef("X-Request-ID"), ...rateLimitHeaders },
          content: { "text/event-stream": { schema: { type: "string" } } },
        },
      ),
    },
    "/v1/batches/{batch_id}/events": {
      get: hostServed(
        "v1.batches.events",
        {
          operationId: "v1-batches-events",
          tags: ["batches"],
          summary: "A batch's progress as server-sent events",
          description:
            "`event: progress` with the batch as GET /v1/batches/{batch_id} shows it (without `job_ids`) now and " +
            "after every change of one of its jobs; the stream ends once the batch is COMPLETED or CANCELLED.",
          parameters: [{ name: "batch_id", in: "path", required: true, schema: { type: "string" } }],
        },
        {
          description: "The event stream",
          headers: { "X-Request-ID": headerRef("X-Request-ID"), ...rateLimitHeaders },
          content: { "text/event-stream": { schema: { type: "string" } } },
        },
      ),
    },
  };
}

/** The declared success status of the procedure at `path` (dotted tRPC path), default 200. */
export function successStatusOf(path: string | undefined): number {
  if (!path) return 200;
  return proceduresByPath()[path]?._def.meta?.successStatus ?? 200;
}
