/**
 * The error every layer raises when a request cannot be served. The HTTP faces
 * translate it into their contract's shape (the v1 envelope or the bridge's
 * `{error, errors}`); nothing else decides a status code.
 */
export const appErrorCodes = {
  VALIDATION_ERROR: 400,
  INVALID_PUBLISHER: 400,
  INVALID_URL: 400,
  ANCHOR_TOO_LONG: 400,
  BAD_REQUEST: 400,
  CANNOT_CANCEL_COMPLETED_JOB: 400,
  CANNOT_CANCEL_COMPLETED_BATCH: 400,
  BATCH_TOO_LARGE: 400,
  JOB_NOT_DELIVERED: 400,
  CMS_AUTH_FAILED: 400,
  CMS_UNREACHABLE: 400,
  CMS_REJECTED: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  JOB_NOT_FOUND: 404,
  BATCH_NOT_FOUND: 404,
  WEBHOOK_NOT_FOUND: 404,
  DELIVERY_NOT_FOUND: 404,
  CONNECTION_NOT_FOUND: 404,
  LINK_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  ARTICLE_NOT_READY: 409,
  CMS_LINK_CHANGED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IDEMPOTENCY_KEY_REUSED: 422,
  JOB_BLOCKED: 422,
  RATE_LIMIT_EXCEEDED: 429,
  HEADERS_TOO_LARGE: 431,
  SERP_API_ERROR: 500,
  LLM_API_ERROR: 500,
  CAPTCHA_API_ERROR: 500,
  INTERNAL_ERROR: 500,
  CMS_UPSTREAM_ERROR: 502,
  SERVICE_UNAVAILABLE: 503,
} as const satisfies Record<string, number>;

export type AppErrorCode = keyof typeof appErrorCodes;

/** Per-field messages, as the bridge contract's `errors` object carries them. */
export type FieldErrors = Record<string, string[]>;

export interface AppErrorOptions {
  /** The offending input field, dotted for nested fields (`options.llm_provider`). */
  field?: string;
  /** Machine-readable context (`{provided_length: 2, min_length: 3}`). */
  details?: Record<string, unknown>;
  /** Every failing field with its messages. */
  fieldErrors?: FieldErrors;
  /** Extra top-level members of the error object (`job_status`, `retry_after`). */
  extra?: Record<string, unknown>;
  /** Response headers the error implies (`Retry-After`). */
  headers?: Record<string, string>;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;
  readonly field: string | undefined;
  readonly details: Record<string, unknown> | undefined;
  readonly fieldErrors: FieldErrors | undefined;
  readonly extra: Record<string, unknown> | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(code: AppErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.status = appErrorCodes[code];
    this.field = options.field;
    this.details = options.details;
    this.fieldErrors = options.fieldErrors;
    this.extra = options.extra;
    this.headers = options.headers;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
