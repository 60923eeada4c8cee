/**
 * @bacowr/sdk — the TypeScript client of the BACOWR v1 API.
 *
 * For now this is the typed surface only: the tRPC router type, so a
 * TypeScript app can create a fully typed tRPC client against `/trpc`:
 *
 * ```ts
 * import { createTRPCClient, httpBatchLink } from "@trpc/client";
 * import type { AppRouter } from "@bacowr/sdk";
 * const bacowr = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "http://127.0.0.1:8000/trpc" })] });
 * ```
 *
 * The `BacowrClient` class of the seed's examples arrives with the SDK issue.
 */
export type { AppRouter } from "@bacowr/api";

/** The API version this SDK speaks (the `/v1` prefix and `meta.version`). */
export const API_VERSION = "v1";
