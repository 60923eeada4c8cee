import { AppError, type AppErrorCode, type FieldErrors, isAppError } from "@bacowr/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { fieldPath } from "./field-path";

/** The serialisable form of an AppError, carried in tRPC's error shape to the HTTP layer. */
export const errorPayloadSchema = z.object({
  code: z.string(),
  status: z.number().int(),
  message: z.string(),
  field: z.string().optional(),
  details: z.record(z.string(), z.unknown()).optional(),
  fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
  extra: z.record(z.string(), z.unknown()).optional(),
  headers: z.record(z.string(), z.string()).optional(),
});
export type ErrorPayload = z.infer<typeof errorPayloadSchema>;

const trpcCodeToAppCode: Partial<Record<TRPCError["code"], AppErrorCode>> = {
  PARSE_ERROR: "VALIDATION_ERROR",
  BAD_REQUEST: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  METHOD_NOT_SUPPORTED: "METHOD_NOT_ALLOWED",
  CONFLICT: "CONFLICT",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  UNPROCESSABLE_CONTENT: "VALIDATION_ERROR",
  TOO_MANY_REQUESTS: "RATE_LIMIT_EXCEEDED",
};

/** A zod failure as one contract error: the first issue names the field, all issues are listed. */
export function appErrorFromZod(error: z.ZodError): AppError {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = fieldPath(issue.path) || "body";
    const messages = fieldErrors[key] ?? [];
    messages.push(issue.message);
    fieldErrors[key] = messages;
  }
  const first = error.issues[0];
  const field = first ? fieldPath(first.path) || undefined : undefined;
  const details: Record<string, unknown> = {};
  if (first) {
    for (const [key, value] of Object.entries(first)) {
      if (key !== "message" && key !== "path" && key !== "input" && value !== undefined) details[key] = value;
    }
  }
  const message = first ? (field ? `${field}: ${first.message}` : first.message) : "Invalid input";
  return new AppError("VALIDATION_ERROR", message, { field, details, fieldErrors, cause: error });
}

function findCause(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (isAppError(current) || current instanceof z.ZodError) return current;
    current = current.cause;
  }
  return current;
}

/**
 * Any thrown value as an AppError. Unknown failures become INTERNAL_ERROR with
 * a generic message: their details go to the log, never to the client.
 */
export function toAppError(error: unknown): AppError {
  const cause = findCause(error);
  if (isAppError(cause)) return cause;
  if (cause instanceof z.ZodError) return appErrorFromZod(cause);
  if (error instanceof TRPCError) {
    const code = trpcCodeToAppCode[error.code];
    if (code) return new AppError(code, error.message, { cause: error });
  }
  return new AppError("INTERNAL_ERROR", "An unexpected error occurred", { cause: error });
}

export function toErrorPayload(error: AppError): ErrorPayload {
  return {
    code: error.code,
    status: error.status,
    message: error.message,
    ...(error.field === undefined ? {} : { field: error.field }),
    ...(error.details === undefined ? {} : { details: error.details }),
    ...(error.fieldErrors === undefined ? {} : { fieldErrors: error.fieldErrors }),
    ...(error.extra === undefined ? {} : { extra: error.extra }),
    ...(error.headers === undefined ? {} : { headers: error.headers }),
  };
}
