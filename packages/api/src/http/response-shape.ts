import { API_VERSION, type Face } from "../faces";
import type { ErrorPayload } from "./error-payload";

/**
 * The one place that turns a handler's result or an error into each face's
 * wire shape. Both the REST adapter and the HTTP host's own errors (bad JSON,
 * oversized bodies, unknown routes) go through here.
 */

export interface ResponseMetaInfo {
  requestId: string;
  now: Date;
}

export function v1Meta(info: ResponseMetaInfo) {
  return { timestamp: info.now.toISOString(), request_id: info.requestId, version: API_VERSION };
}

export function shapeSuccess(face: Face, data: unknown, info: ResponseMetaInfo): unknown {
  if (face === "bridge") return data;
  return { success: true, data, meta: v1Meta(info) };
}

export function shapeError(face: Face, error: ErrorPayload, info: ResponseMetaInfo): unknown {
  if (face === "bridge") {
    return error.fieldErrors && Object.keys(error.fieldErrors).length > 0
      ? { error: error.message, errors: error.fieldErrors }
      : { error: error.message };
  }
  return {
    success: false,
    error: {
      code: error.code,
      message: error.message,
      ...(error.field === undefined ? {} : { field: error.field }),
      ...(error.details === undefined ? {} : { details: error.details }),
      ...error.extra,
    },
    meta: v1Meta(info),
  };
}
