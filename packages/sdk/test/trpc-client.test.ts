import type { AppRouter } from "@bacowr/api";
import { signAccessToken } from "@bacowr/api";
import { loadConfig } from "@bacowr/config";
import { type Platform, startPlatform } from "@bacowr/server";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_VERSION } from "../src";

const secret = "sdk-test-secret-0123456789-0123456789-abc";
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform(
    loadConfig({ PORT: "0", DATA_DIR: "memory", DATABASE_URL: "", LOG_LEVEL: "silent", JWT_SECRET: secret }),
    pino({ level: "silent" }),
  );
  // The server honours an access token only for a user that exists (and reads role and tier from it).
  await platform.database.db
    .insertInto("users")
    .values({
      id: "usr_sdk",
      email: "sdk@bacowr.test",
      role: "user",
      tier: "free",
      password_hash: "unusable",
    })
    .execute();
});
afterAll(() => platform?.close());

describe("the typed tRPC surface", () => {
  it("calls the server with types from AppRouter", async () => {
    const token = await signAccessToken(
      { secret: new TextEncoder().encode(secret), issuer: "bacowr", audience: "bacowr-api" },
      { sub: "usr_sdk", role: "user", tier: "free" },
    );
    const bacowr = createTRPCClient<AppRouter>({
      links: [httpBatchLink({ url: `${platform.url}/trpc`, headers: { authorization: `Bearer ${token}` } })],
    });
    const version = await bacowr.v1.meta.version.query({ verbose: "true" });
    expect(version.api_version).toBe(API_VERSION);
    expect(version.principal?.user_id).toBe("usr_sdk");

    const anonymous = createTRPCClient<AppRouter>({
      links: [httpBatchLink({ url: `${platform.url}/trpc` })],
    });
    const refused = await anonymous.v1.meta.version.query({}).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TRPCClientError);
    expect((refused as TRPCClientError<AppRouter>).data?.app.code).toBe("UNAUTHORIZED");
  });
});
