import { AppError } from "@bacowr/core";
import { fieldPath } from "./field-path";

/**
 * The one guard every string and JSON value of the faces passes before anything reaches the database:
 * PostgreSQL refuses NUL in text and in jsonb, and unpaired UTF-16 surrogates in jsonb, and the request
 * would end as a 500. Bodies are also limited in depth while they are read, before JSON.parse. The REST
 * faces apply it as they parse (with the field that failed); every procedure checks its raw input again,
 * which covers /trpc.
 */

/** Levels of `[` and `{` a JSON body may nest; no endpoint takes more than a few. */
export const MAX_JSON_DEPTH = 64;

// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const unpairedSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isUnsafeText(text: string): boolean {
  return text.includes("\0") || unpairedSurrogate.test(text);
}

const unsafeTextError = (field: string) =>
  new AppError(
    "VALIDATION_ERROR",
    "Text must not contain NUL characters or unpaired UTF-16 surrogates",
    field ? { field } : {},
  );

/** Whether the JSON text nests arrays and objects deeper than `max`, counting brackets outside strings. */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

export function tooDeepError(): AppError {
  return new AppError("VALIDATION_ERROR", `Request body nests deeper than ${MAX_JSON_DEPTH} levels`, {
    field: "body",
  });
}

/** Throws for the first string (key or value) in a parsed JSON value that PostgreSQL would refuse. */
export function assertSafeJson(value: unknown, path: (string | number)[] = []): void {
  if (path.length > MAX_JSON_DEPTH) throw tooDeepError();
  if (typeof value === "string") {
    if (isUnsafeText(value)) throw unsafeTextError(fieldPath(path));
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) assertSafeJson(item, [...path, index]);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (isUnsafeText(key)) throw unsafeTextError(fieldPath(path));
      assertSafeJson(item, [...path, key]);
    }
  }
}

/** Throws for a query or path parameter that PostgreSQL would refuse (fastify has decoded them). */
export function assertSafeParameters(...sources: unknown[]): void {
  for (const source of sources) {
    if (typeof source !== "object" || source === null) continue;
    for (const [name, value] of Object.entries(source)) {
      for (const text of Array.isArray(value) ? value : [value]) {
        if (typeof text === "string" && (isUnsafeText(text) || isUnsafeText(name))) {
          throw unsafeTextError(name === "*" ? "path" : name);
        }
      }
    }
  }
}
