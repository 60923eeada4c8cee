/**
 * The two public faces share one router but answer in different shapes:
 * the v1 API wraps everything in `{success, data, meta}`; the worker bridge
 * speaks the Laravel-style `{error, errors}` contract its Python clients expect.
 */
export type Face = "v1" | "bridge";

export const facePrefixes = { v1: "/v1", bridge: "/api" } as const satisfies Record<Face, string>;

export function faceOfPath(path: string): Face | undefined {
  for (const [face, prefix] of Object.entries(facePrefixes) as [Face, string][]) {
    if (path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`)) return face;
  }
  return undefined;
}

export const API_VERSION = "v1";
