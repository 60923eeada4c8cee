import { toAppError } from "@bacowr/api";
import { AppError, isAppError } from "@bacowr/core";

interface FrameworkError {
  statusCode?: number;
}

/**
 * Errors fastify raises before a handler runs (unparsable JSON, a body over
 * the limit, an unknown media type) as contract errors, so they reach the
 * client in the same shape as every other error and never as a 500.
 */
export function appErrorFromFramework(error: unknown): AppError {
  if (isAppError(error)) return error;
  const { statusCode } = (error ?? {}) as FrameworkError;
  switch (statusCode) {
    case 400:
      return new AppError("VALIDATION_ERROR", "Request body is not valid JSON", {
        field: "body",
        cause: error,
      });
    case 404:
      return new AppError("NOT_FOUND", "Not found");
    case 413:
      return new AppError("PAYLOAD_TOO_LARGE", "Request body is too large", { cause: error });
    case 415:
      return new AppError("UNSUPPORTED_MEDIA_TYPE", "Content-Type must be application/json", {
        cause: error,
      });
    default:
      return statusCode !== undefined && statusCode >= 400 && statusCode < 500
        ? new AppError("BAD_REQUEST", "Bad request", { cause: error })
        : toAppError(error);
  }
}
