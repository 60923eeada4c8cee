import { decodeJwt, decodeProtectedHeader } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import { client, startTestPlatform } from "./harness";

// Fixed, so a re-run against the same PostgreSQL finds the same first admin.
const ADMIN = { email: "bootstrap-admin@bacowr.test", password: "correct horse battery staple" };
const unique = () => Math.random().toString(36).slice(2, 10);

let platform: Platform;
let anonymous: ReturnType<typeof client>;
let admin: ReturnType<typeof client>;

beforeAll(async () => {
  // A database of its own on PostgreSQL: the bootstrap admin is created only where no admin exists yet, and other
  // suites (and the harness's token users) add admins to a shared one.
  platform = await startTestPlatform(
    { BACOWR_ADMIN_EMAIL: ADMIN.email, BACOWR_ADMIN_PASSWORD: ADMIN.password },
    { ownDatabase: true },
  );
  anonymous = client(platform.url);
  const login = await anonymous("POST", "/v1/auth/login", ADMIN);
  expect(login.status).toBe(200);
  admin = client(platform.url, { authorization: `Bearer ${login.body.data.access_token}` });
});
afterAll(() => platform?.close());

async function newUser(tier = "pro") {
  const credentials = { email: `user-${unique()}@example.com`, password: `pw-${unique()}-${unique()}` };
  const created = await admin("POST", "/v1/users", { ...credentials, tier });
  expect(created.status).toBe(201);
  return { ...credentials, id: created.body.data.id as string };
}

describe("POST /v1/auth/login", () => {
  it("creates the first admin from the environment and logs in with a 24 h HS256 token", async () => {
    const { status, body } = await anonymous("POST", "/v1/auth/login", {
      email: ADMIN.email.toUpperCase(),
      password: ADMIN.password,
    });
    expect(status).toBe(200);
    expect(body.data).toEqual({
      access_token: expect.any(String),
      token_type: "Bearer",
      expires_in: 86_400,
      refresh_token: expect.stringMatching(/^rt_/),
    });
    expect(decodeProtectedHeader(body.data.access_token).alg).toBe("HS256");
    const claims = decodeJwt(body.data.access_token);
    expect(claims).toMatchObject({ iss: "bacowr", aud: "bacowr-api", role: "admin", tier: "enterprise" });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(86_400);

    const stored = await platform.database.db
      .selectFrom("users")
      .select("password_hash")
      .where("email", "=", ADMIN.email)
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^scrypt\$131072\$8\$1\$/);
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    const wrong = await anonymous("POST", "/v1/auth/login", {
      email: ADMIN.email,
      password: "nope nope nope",
    });
    const unknown = await anonymous("POST", "/v1/auth/login", {
      email: "ghost@example.com",
      password: "nope nope nope",
    });
    for (const answer of [wrong, unknown]) {
      expect(answer.status).toBe(401);
      expect(answer.body.error).toEqual({ code: "UNAUTHORIZED", message: "Invalid email or password" });
    }
  });

  it("validates its input", async () => {
    const missing = await anonymous("POST", "/v1/auth/login", { password: "x" });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ code: "VALIDATION_ERROR", field: "email" });
    expect((await anonymous("POST", "/v1/auth/login", { email: "not-an-email", password: "x" })).status).toBe(
      400,
    );
    expect((await anonymous("POST", "/v1/auth/login", "{bad json")).status).toBe(400);
  });
});

describe("POST /v1/auth/refresh", () => {
  it("rotates on every use and revokes the whole family when a spent token comes back", async () => {
    const user = await newUser();
    const first = (await anonymous("POST", "/v1/auth/login", user)).body.data;
    const second = await anonymous("POST", "/v1/auth/refresh", { refresh_token: first.refresh_token });
    expect(second.status).toBe(200);
    expect(second.body.data.refresh_token).not.toBe(first.refresh_token);
    const third = await anonymous("POST", "/v1/auth/refresh", {
      refresh_token: second.body.data.refresh_token,
    });
    expect(third.status).toBe(200);

    // The first token, spent, is presented again: someone copied it.
    const replay = await anonymous("POST", "/v1/auth/refresh", { refresh_token: first.refresh_token });
    expect(replay.status).toBe(401);
    expect(replay.body.error.message).toMatch(/already used/);
    const afterRevocation = await anonymous("POST", "/v1/auth/refresh", {
      refresh_token: third.body.data.refresh_token,
    });
    expect(afterRevocation.status).toBe(401);

    // A new login starts a new, healthy family.
    const fresh = (await anonymous("POST", "/v1/auth/login", user)).body.data;
    expect((await anonymous("POST", "/v1/auth/refresh", { refresh_token: fresh.refresh_token })).status).toBe(
      200,
    );
  });

  it("lets exactly one of several concurrent refreshes with one token through", async () => {
    const user = await newUser();
    const { refresh_token } = (await anonymous("POST", "/v1/auth/login", user)).body.data;
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => anonymous("POST", "/v1/auth/refresh", { refresh_token })),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 401)).toHaveLength(4);
  });

  it("refuses unknown tokens", async () => {
    const { status, body } = await anonymous("POST", "/v1/auth/refresh", { refresh_token: "rt_nothing" });
    expect(status).toBe(401);
    expect(body.error.code).toBe("UNAUTHORIZED");
  });
});

describe("POST /v1/users", () => {
  it("is for admins, refuses duplicates and weak passwords", async () => {
    const user = await newUser();
    const duplicate = await admin("POST", "/v1/users", {
      email: user.email.toUpperCase(),
      password: "long enough password",
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error).toMatchObject({ code: "CONFLICT", field: "email" });
    const weak = await admin("POST", "/v1/users", { email: `w-${unique()}@example.com`, password: "short" });
    expect(weak.status).toBe(400);
    expect(weak.body.error.field).toBe("password");

    const token = (await anonymous("POST", "/v1/auth/login", user)).body.data.access_token;
    const asUser = client(platform.url, { authorization: `Bearer ${token}` });
    expect(
      (
        await asUser("POST", "/v1/users", {
          email: `x-${unique()}@example.com`,
          password: "long enough password",
        })
      ).status,
    ).toBe(403);
  });
});

describe("API keys", () => {
  it("are created once, listed by prefix, authenticate as X-API-Key, and stop working when revoked", async () => {
    const owner = await newUser("enterprise");
    const token = (await anonymous("POST", "/v1/auth/login", owner)).body.data.access_token;
    const asOwner = client(platform.url, { authorization: `Bearer ${token}` });

    const created = await asOwner("POST", "/v1/api-keys", { name: "ci" });
    expect(created.status).toBe(201);
    const key: string = created.body.data.key;
    expect(key).toMatch(/^sk_live_[A-Za-z0-9_-]{43}$/);
    expect(created.body.data.prefix).toBe(key.slice(0, 12));

    const listed = await asOwner("GET", "/v1/api-keys");
    expect(listed.body.data.api_keys).toEqual([
      expect.objectContaining({ id: created.body.data.id, name: "ci" }),
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(key);

    const withKey = client(platform.url, { "x-api-key": key });
    const me = await withKey("GET", "/v1/meta/version?verbose=true");
    expect(me.status).toBe(200);
    expect(me.body.data.principal).toEqual({ user_id: owner.id, role: "user", tier: "enterprise" });

    // Another user can neither see nor revoke it.
    const other = await newUser();
    const otherToken = (await anonymous("POST", "/v1/auth/login", other)).body.data.access_token;
    const asOther = client(platform.url, { authorization: `Bearer ${otherToken}` });
    expect((await asOther("GET", "/v1/api-keys")).body.data.api_keys).toEqual([]);
    expect((await asOther("DELETE", `/v1/api-keys/${created.body.data.id}`)).status).toBe(404);

    expect((await asOwner("DELETE", `/v1/api-keys/${created.body.data.id}`)).body.data).toEqual({
      id: created.body.data.id,
      revoked: true,
    });
    const revoked = await withKey("GET", "/v1/meta/version");
    expect(revoked.status).toBe(401);
    expect(revoked.body.error.message).toBe("Invalid or revoked API key");
    expect(
      (await client(platform.url, { "x-api-key": "sk_live_guess" })("GET", "/v1/meta/version")).status,
    ).toBe(401);
  });
});
