import type { BatchProgress } from "./resources/batches";

/** Every error the SDK throws. `status` and `code` come from the API when it answered. */
export class BacowrError extends Error {
  override name = "BacowrError";
  readonly status: number | undefined;
  /** The contract's error code, e.g. `VALIDATION_ERROR`, `JOB_NOT_FOUND`. */
  readonly code: string | undefined;
  /** The offending input field, dotted (`options.llm_provider`). */
  readonly field: string | undefined;
  readonly details: Record<string, unknown> | undefined;
  /** The server's `X-Request-ID`, for support and logs. */
  readonly requestId: string | undefined;
  /** The whole `error` object of the response. */
  readonly body: Record<string, unknown> | undefined;

  constructor(
    message: string,
    init: {
      status?: number | undefined;
      code?: string | undefined;
      field?: string | undefined;
      details?: Record<string, unknown> | undefined;
      requestId?: string | undefined;
      body?: Record<string, unknown> | undefined;
      cause?: unknown;
    } = {},
  ) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.field = init.field;
    this.details = init.details;
    this.requestId = init.requestId;
    this.body = init.body;
  }
}

/** The API answered with an error status. */
export class APIError extends BacowrError {
  override name = "APIError";
}
export class BadRequestError extends APIError {
  override name = "BadRequestError";
}
export class AuthenticationError extends APIError {
  override name = "AuthenticationError";
}
export class PermissionDeniedError extends APIError {
  override name = "PermissionDeniedError";
}
export class NotFoundError extends APIError {
  override name = "NotFoundError";
}
export class ConflictError extends APIError {
  override name = "ConflictError";
}
export class UnprocessableEntityError extends APIError {
  override name = "UnprocessableEntityError";
}
export class RateLimitError extends APIError {
  override name = "RateLimitError";
  /** Seconds the server asked to wait (`Retry-After`). */
  get retryAfter(): number | undefined {
    const value = this.body?.retry_after;
    return typeof value === "number" ? value : undefined;
  }
}
export class InternalServerError extends APIError {
  override name = "InternalServerError";
}

/** The request never got an answer: refused, reset, DNS failure. */
export class APIConnectionError extends BacowrError {
  override name = "APIConnectionError";
}
/** The request took longer than its `timeout`. */
export class APITimeoutError extends APIConnectionError {
  override name = "APITimeoutError";
}
/** The caller's AbortSignal fired. */
export class APIUserAbortError extends BacowrError {
  override name = "APIUserAbortError";
}
/** `waitForCompletion` ran out of time before the job finished. */
export class JobTimeoutError extends BacowrError {
  override name = "JobTimeoutError";
}
/**
 * A batch's `waitForCompletion` ran out of time before every job was final. The message says where the batch
 * stood; `lastProgress` is the last progress seen (undefined if none arrived).
 */
export class BatchTimeoutError extends BacowrError {
  override name = "BatchTimeoutError";
  readonly batchId: string;
  readonly lastProgress: BatchProgress | undefined;

  constructor(batchId: string, timeout: number, lastProgress: BatchProgress | undefined) {
    const where = lastProgress
      ? `; last progress: ${lastProgress.percentage}% final, ${lastProgress.completed} completed, ` +
        `${lastProgress.blocked} blocked, ${lastProgress.failed} failed, ${lastProgress.cancelled} cancelled, ` +
        `${lastProgress.inProgress} in progress, ${lastProgress.pending} pending`
      : "; no progress was received";
    super(`Batch ${batchId} did not finish within ${timeout} ms${where}`);
    this.batchId = batchId;
    this.lastProgress = lastProgress;
  }
}

const byStatus: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** The typed error for an error response of the v1 face (`{success: false, error: {...}, meta}`). */
export function errorFromResponse(status: number, body: unknown, requestId: string | undefined): APIError {
  const error = (body as { error?: unknown } | undefined)?.error;
  const fields = typeof error === "object" && error !== null ? (error as Record<string, unknown>) : undefined;
  const Type = byStatus[status] ?? (status >= 500 ? InternalServerError : APIError);
  const message = typeof fields?.message === "string" ? fields.message : `HTTP ${status}`;
  return new Type(message, {
    status,
    code: typeof fields?.code === "string" ? fields.code : undefined,
    field: typeof fields?.field === "string" ? fields.field : undefined,
    details:
      typeof fields?.details === "object" && fields.details !== null
        ? (fields.details as Record<string, unknown>)
        : undefined,
    requestId,
    body: fields,
  });
}
