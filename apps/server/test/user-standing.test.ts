import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import { accessToken, client, manualClock, startTestPlatform, TEST_JWT_SECRET } from "./harness";

const unique = () => Math.random().toString(36).slice(2, 10);
const clock = manualClock();

let platform: Platform;
let anonymous: ReturnType<typeof client>;
let admin: ReturnType<typeof client>;
let adminId: string;

beforeAll(async () => {
  // Behind a trusted proxy, so each test logs in from an address of its own and the per-IP throttle stays apart.
  platform = await startTestPlatform({ TRUST_PROXY: "true", V1_RATE_LIMIT_FREE: "5000" }, { clock });
  anonymous = client(platform.url, { "x-forwarded-for": "198.51.100.1" });
  const boss = await newUser("admin");
  adminId = boss.id;
  admin = client(platform.url, { authorization: `Bearer ${boss.token}` });
});
afterAll(() => platform?.close());

/** A real account, created by an admin and logged in from its own address. */
async function newUser(role: "user" | "admin" = "user") {
  const creator = client(platform.url, { authorization: `Bearer ${await accessToken("admin")}` });
  const credentials = { email: `standing-${unique()}@example.com`, password: `pw-${unique()}-${unique()}` };
  const created = await creator("POST", "/v1/users", { ...credentials, role, tier: "pro" });
  expect(created.status).toBe(201);
  const ip = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
  const login = await client(platform.url, { "x-forwarded-for": ip })("POST", "/v1/auth/login", credentials);
  expect(login.status).toBe(200);
  const token = login.body.data.access_token as string;
  return {
    ...credentials,
    id: created.body.data.id as string,
    token,
    refreshToken: login.body.data.refresh_token as string,
    call: client(platform.url, { authorization: `Bearer ${token}` }),
  };
}

const secret = new TextEncoder().encode(TEST_JWT_SECRET);
const forge = (claims: Record<string, unknown>, build: (jwt: SignJWT) => SignJWT) =>
  build(
    new SignJWT({ role: "admin", tier: "enterprise", ...claims })
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .setIssuer("bacowr")
      .setAudience("bacowr-api"),
  ).sign(secret);

describe("access tokens are checked against the user as they are now", () => {
  it("refuses a correctly signed token for a user that does not exist", async () => {
    const token = await forge({}, (jwt) =>
      jwt.setSubject(`usr_ghost_${unique()}`).setIssuedAt().setExpirationTime("1h"),
    );
    const ghost = client(platform.url, { authorization: `Bearer ${token}` });
    for (const answer of [
      await ghost("POST", "/v1/api-keys", { name: "x" }),
      await ghost("GET", "/v1/api-keys"),
      await ghost("POST", "/v1/users", {
        email: `g-${unique()}@example.com`,
        password: "long enough password",
      }),
    ]) {
      expect(answer.status).toBe(401);
      expect(answer.body.error.code).toBe("UNAUTHORIZED");
    }
  });

  it("takes role and tier from the database: a demoted admin loses admin rights at once", async () => {
    const other = await newUser("admin");
    const create = () =>
      other.call("POST", "/v1/users", {
        email: `d-${unique()}@example.com`,
        password: "long enough password",
      });
    expect((await create()).status).toBe(201);
    const demoted = await admin("PATCH", `/v1/users/${other.id}`, { role: "user", tier: "free" });
    expect(demoted.status).toBe(200);
    expect(demoted.body.data).toMatchObject({ id: other.id, role: "user", tier: "free", disabled_at: null });
    const refused = await create();
    expect(refused.status).toBe(403);
    // The free tier's limit now applies to the same token.
    const listed = await other.call("GET", "/v1/api-keys");
    expect(listed.status).toBe(200);
    expect(listed.headers.get("x-ratelimit-limit")).toBe("5000");
  });

  it("notices a change made elsewhere (another instance, SQL) within 30 s", async () => {
    const user = await newUser();
    expect((await user.call("GET", "/v1/api-keys")).status).toBe(200);
    await platform.database.db.deleteFrom("users").where("id", "=", user.id).execute();
    clock.advance(31);
    expect((await user.call("GET", "/v1/api-keys")).status).toBe(401);
  });
});

describe("PATCH and DELETE /v1/users/{id}", () => {
  it("disabling refuses the user's token, login, refresh token and API keys; enabling lets them log in again", async () => {
    const user = await newUser();
    const key = (await user.call("POST", "/v1/api-keys", { name: "ci" })).body.data.key as string;
    const withKey = client(platform.url, { "x-api-key": key });
    expect((await withKey("GET", "/v1/api-keys")).status).toBe(200);

    const disabled = await admin("PATCH", `/v1/users/${user.id}`, { disabled: true });
    expect(disabled.status).toBe(200);
    expect(disabled.body.data.disabled_at).toEqual(expect.any(String));

    expect((await user.call("GET", "/v1/api-keys")).status).toBe(401);
    expect((await withKey("GET", "/v1/api-keys")).status).toBe(401);
    const login = await anonymous("POST", "/v1/auth/login", { email: user.email, password: user.password });
    expect(login.status).toBe(401);
    expect(login.body.error.message).toBe("Invalid email or password");
    expect((await anonymous("POST", "/v1/auth/refresh", { refresh_token: user.refreshToken })).status).toBe(
      401,
    );
    const keys = await platform.database.db
      .selectFrom("api_keys")
      .select("revoked_at")
      .where("user_id", "=", user.id)
      .execute();
    expect(keys.map((k) => k.revoked_at)).toEqual([expect.any(Date)]);

    const enabled = await admin("PATCH", `/v1/users/${user.id}`, { disabled: false });
    expect(enabled.body.data.disabled_at).toBeNull();
    expect(
      (await anonymous("POST", "/v1/auth/login", { email: user.email, password: user.password })).status,
    ).toBe(200);
    // Keys revoked by the ban stay revoked.
    expect((await withKey("GET", "/v1/api-keys")).status).toBe(401);
  });

  it("deletes a user with their jobs; their token stops working", async () => {
    const user = await newUser();
    await platform.database.db
      .insertInto("jobs")
      .values({
        id: `job_${unique()}`,
        user_id: user.id,
        publisher_domain: "example.com",
        target_url: "https://example.org/",
        anchor_text: "anchor",
        status: "RECEIVE",
        options: "{}",
      })
      .execute();
    const deleted = await admin("DELETE", `/v1/users/${user.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.data).toEqual({ id: user.id, deleted: true });
    expect((await user.call("GET", "/v1/api-keys")).status).toBe(401);
    const jobs = await platform.database.db
      .selectFrom("jobs")
      .select("id")
      .where("user_id", "=", user.id)
      .execute();
    expect(jobs).toEqual([]);
    expect((await admin("DELETE", `/v1/users/${user.id}`)).status).toBe(404);
    expect((await admin("PATCH", `/v1/users/${user.id}`, { tier: "pro" })).status).toBe(404);
  });

  it("is for admins only, and an admin cannot demote, disable or delete themselves", async () => {
    const user = await newUser();
    expect((await user.call("PATCH", `/v1/users/${user.id}`, { role: "admin" })).status).toBe(403);
    expect((await user.call("DELETE", `/v1/users/${adminId}`)).status).toBe(403);
    for (const answer of [
      await admin("PATCH", `/v1/users/${adminId}`, { role: "user" }),
      await admin("PATCH", `/v1/users/${adminId}`, { disabled: true }),
      await admin("DELETE", `/v1/users/${adminId}`),
    ]) {
      expect(answer.status).toBe(409);
      expect(answer.body.error.code).toBe("CONFLICT");
    }
    const bad = await admin("PATCH", `/v1/users/${user.id}`, { role: "root" });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: "VALIDATION_ERROR", field: "role" });
  });
});

describe("access token claims", () => {
  it("requires exp", async () => {
    const token = await forge({}, (jwt) => jwt.setSubject("usr_admin").setIssuedAt());
    const answer = await client(platform.url, { authorization: `Bearer ${token}` })("GET", "/v1/api-keys");
    expect(answer.status).toBe(401);
  });

  it("refuses an iat more than a minute ahead, and tolerates a little clock skew", async () => {
    const now = Math.floor(Date.now() / 1000);
    const ahead = await forge({}, (jwt) =>
      jwt
        .setSubject("usr_admin")
        .setIssuedAt(now + 120)
        .setExpirationTime(now + 3600),
    );
    const skewed = await forge({}, (jwt) =>
      jwt
        .setSubject("usr_admin")
        .setIssuedAt(now + 30)
        .setExpirationTime(now + 3600),
    );
    expect(
      (await client(platform.url, { authorization: `Bearer ${ahead}` })("GET", "/v1/api-keys")).status,
    ).toBe(401);
    expect(
      (await client(platform.url, { authorization: `Bearer ${skewed}` })("GET", "/v1/api-keys")).status,
    ).toBe(200);
  });
});

describe("login throttling", () => {
  it("after 5 failures an address waits, doubling, at most 15 minutes, while the account's real user waits 30 s at most; a success resets it", async () => {
    const user = await newUser();
    const from = client(platform.url, { "x-forwarded-for": "198.51.100.20" });
    const wrong = () => from("POST", "/v1/auth/login", { email: user.email, password: "wrong password" });
    const right = () => from("POST", "/v1/auth/login", { email: user.email, password: user.password });
    for (let i = 0; i < 5; i++) expect((await wrong()).status).toBe(401);
    // Now even the right password waits: nothing is checked during the delay.
    const throttled = await right();
    expect(throttled.status).toBe(429);
    expect(throttled.body.error.code).toBe("RATE_LIMIT_EXCEEDED");
    expect(throttled.headers.get("retry-after")).toBe("1");
    // Another address is throttled too: the count is the account's.
    const elsewhere = await client(platform.url, { "x-forwarded-for": "198.51.100.21" })(
      "POST",
      "/v1/auth/login",
      {
        email: user.email,
        password: "wrong password",
      },
    );
    expect(elsewhere.status).toBe(429);

    const delays: number[] = [];
    for (let i = 0; i < 12; i++) {
      clock.advance(Number((await right()).headers.get("retry-after") ?? 0));
      expect((await wrong()).status).toBe(401);
      delays.push(Number((await right()).headers.get("retry-after")));
    }
    expect(delays.slice(0, 4)).toEqual([2, 4, 8, 16]);
    expect(Math.max(...delays)).toBe(900);

    // Throttled, never locked: from another address the account's own wait stops at 30 s, and then the right
    // password gets in while the guessing address still waits.
    const victim = client(platform.url, { "x-forwarded-for": "198.51.100.22" });
    const login = () => victim("POST", "/v1/auth/login", { email: user.email, password: user.password });
    const waited = await login();
    expect(waited.status).toBe(429);
    const wait = Number(waited.headers.get("retry-after"));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(30);
    clock.advance(wait);
    expect((await login()).status).toBe(200);
    expect((await right()).status).toBe(429);

    clock.advance(900);
    expect((await right()).status).toBe(200);
    // Reset: the next wrong password is free again.
    expect((await wrong()).status).toBe(401);
    expect((await right()).status).toBe(200);
  });

  it("checks one attempt per account at a time: parallel guesses cannot all slip in before a failure counts", async () => {
    const user = await newUser();
    const from = client(platform.url, { "x-forwarded-for": "198.51.100.40" });
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        from("POST", "/v1/auth/login", { email: user.email, password: "wrong password" }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401).length, JSON.stringify(statuses)).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    for (const refused of answers.filter((a) => a.status === 429)) {
      expect(refused.body.error.code).toBe("RATE_LIMIT_EXCEEDED");
    }
  });

  it("throttles one address guessing across many accounts after 20 failures", async () => {
    const from = client(platform.url, { "x-forwarded-for": "198.51.100.30" });
    for (let i = 0; i < 20; i++) {
      const answer = await from("POST", "/v1/auth/login", {
        email: `spray-${unique()}@example.com`,
        password: "x",
      });
      expect(answer.status).toBe(401);
    }
    const next = await from("POST", "/v1/auth/login", {
      email: `spray-${unique()}@example.com`,
      password: "x",
    });
    expect(next.status).toBe(429);
    expect(next.headers.get("retry-after")).toBe("1");
  });
});

describe("behind one proxy (TRUST_PROXY=1)", () => {
  let proxied: Platform;
  beforeAll(async () => {
    proxied = await startTestPlatform({ TRUST_PROXY: "1" });
  });
  afterAll(() => proxied?.close());

  it("takes the address the proxy appended, so a client cannot choose its own by writing X-Forwarded-For", async () => {
    for (let i = 0; i < 20; i++) {
      // What the client wrote, then what the one proxy appended: only the latter counts.
      const spoofed = client(proxied.url, { "x-forwarded-for": `10.9.${i}.1, 203.0.113.99` });
      const answer = await spoofed("POST", "/v1/auth/login", {
        email: `spoof-${unique()}@example.com`,
        password: "x",
      });
      expect(answer.status).toBe(401);
    }
    const next = await client(proxied.url, { "x-forwarded-for": "10.9.99.1, 203.0.113.99" })(
      "POST",
      "/v1/auth/login",
      { email: `spoof-${unique()}@example.com`, password: "x" },
    );
    expect(next.status).toBe(429);
  });
});
