/**
 * The two public faces share one router but answer in different shapes:
 * the v1 API wraps everything in `{success, data, meta}`; the worker bridge
 * speaks the Laravel-style `{error, errors}` contract its Python clients expect.
 */
export type Face = "v1" | "bridge";

/** The tRPC namespace of each face's procedures (`v1.jobs.create`, `bridge.tasks.lock`). */
export const faceNamespaces = { v1: "v1", bridge: "bridge" } as const satisfies Record<Face, string>;

/** The face of a procedure, from its dotted tRPC path. */
export function faceOfProcedure(path: string): Face | undefined {
  const namespace = path.slice(0, path.indexOf("."));
  return (Object.keys(faceNamespaces) as Face[]).find((face) => faceNamespaces[face] === namespace);
}

/**
 * Where each face is served. The v1 face is also mounted under `/api/v1`, the contract's development
 * base URL (`http://localhost:5000/api/v1`): the bridge has no `/api/v1` paths, so nothing collides.
 * `stripped` is what the mount adds in front of the documented path.
 */
export const faceMounts = [
  { face: "v1", prefix: "/api/v1", stripped: "/api" },
  { face: "bridge", prefix: "/api", stripped: "" },
  { face: "v1", prefix: "/v1", stripped: "" },
] as const satisfies readonly { face: Face; prefix: string; stripped: string }[];

export type FaceMount = (typeof faceMounts)[number];

/**
 * The mount a URL falls under (most specific first). Only for requests no route matched, such as unknown
 * paths: matched routes carry their face. Routes match their prefix case-sensitively (`/API/tasks` is no
 * route), but such a spelling is still refused in the shape of the face it imitates.
 */
export function mountOfPath(path: string): FaceMount | undefined {
  const lower = path.toLowerCase();
  return faceMounts.find(
    ({ prefix }) => lower === prefix || lower.startsWith(`${prefix}/`) || lower.startsWith(`${prefix}?`),
  );
}

export const API_VERSION = "v1";
