import type { operations } from "./generated/openapi";

/**
 * The wire speaks snake_case, the SDK camelCase: one pair of functions maps
 * every body, and one type maps every shape, so a field has one name on each
 * side and no shape is declared twice. Objects the caller owns (task payloads,
 * campaign settings, error details) keep their keys as they are.
 */
const opaqueKeys = new Set(["payload", "settings", "result", "details"]);
type OpaqueKey = "payload" | "settings" | "result" | "details";

type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

export type Camelize<T> = T extends readonly (infer Item)[]
  ? Camelize<Item>[]
  : T extends object
    ? { [K in keyof T as K extends string ? CamelCase<K> : K]: K extends OpaqueKey ? T[K] : Camelize<T[K]> }
    : T;

const camelKey = (key: string) => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
// Only a capital that follows a lowercase letter or digit starts a word: keys the wire spells with capitals
// (QC's trust tiers `T1`…`T4`) come back as they went.
const snakeKey = (key: string) => key.replace(/(?<=[a-z0-9])[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function mapKeys(value: unknown, rename: (key: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => mapKeys(item, rename));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[rename(key)] = opaqueKeys.has(key) || opaqueKeys.has(snakeKey(key)) ? inner : mapKeys(inner, rename);
  }
  return out;
}

export const camelize = <T>(value: T): Camelize<T> => mapKeys(value, camelKey) as Camelize<T>;
export const snakeize = (value: unknown): unknown => mapKeys(value, snakeKey);

type Op = keyof operations;
type JsonOf<R> = R extends { content: { "application/json": infer B } } ? B : never;
type SuccessOf<O extends Op> = operations[O]["responses"] extends infer R
  ? { [S in keyof R]: S extends 200 | 201 | 202 ? JsonOf<R[S]> : never }[keyof R]
  : never;

/** The `data` of an operation's v1 success envelope, as the wire has it. */
export type WireData<O extends Op> = SuccessOf<O> extends { data: infer D } ? D : SuccessOf<O>;
/** An operation's JSON request body, as the wire has it. */
export type WireBody<O extends Op> = operations[O] extends { requestBody?: infer B }
  ? JsonOf<NonNullable<B>>
  : never;
/** An operation's query parameters, as the wire has it. */
export type WireQuery<O extends Op> = operations[O]["parameters"] extends { query?: infer Q }
  ? NonNullable<Q>
  : never;

/** The same, in the SDK's camelCase. */
export type Data<O extends Op> = Camelize<WireData<O>>;
export type Body<O extends Op> = Camelize<WireBody<O>>;
export type Query<O extends Op> = Camelize<WireQuery<O>>;
