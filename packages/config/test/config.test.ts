import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError, envSchema, loadConfig, shownValue } from "../src";

function readEnvExample(): Record<string, string> {
  const text = readFileSync(new URL("../../../.env.example", import.meta.url), "utf8");
  const entries = text
    .split("\n")
    .filter((line) => /^[A-Z][A-Z0-9_]*=/.test(line))
    .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]);
  return Object.fromEntries(entries);
}

describe(".env.example", () => {
  it("lists exactly the variables the schema reads, and parses as it stands", () => {
    const example = readEnvExample();
    expect(Object.keys(example).sort()).toEqual(Object.keys(envSchema.shape).sort());
    expect(() => loadConfig(example)).not.toThrow();
  });
});

describe("loadConfig", () => {
  it("defaults to embedded PGlite under .data and in-process coordination", () => {
    const config = loadConfig({}, "/srv/bacowr");
    expect(config.database).toEqual({ kind: "pglite", dataDir: "/srv/bacowr/.data/pglite" });
    expect(config.env.PORT).toBe(8000);
    expect(config.env.REDIS_URL).toBeUndefined();
    expect(config.apiToken).toBeUndefined();
  });

  it("switches to PostgreSQL when DATABASE_URL is set", () => {
    const config = loadConfig({ DATABASE_URL: "postgres://u:p@127.0.0.1:5432/db" });
    expect(config.database).toEqual({
      kind: "postgres",
      url: "postgres://u:p@127.0.0.1:5432/db",
      poolSize: 10,
    });
  });

  it("reads TRUST_PROXY as none, every hop, a hop count or a list of proxy addresses", () => {
    expect(loadConfig({}).env.TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "false" }).env.TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "true" }).env.TRUST_PROXY).toBe(true);
    expect(loadConfig({ TRUST_PROXY: "1" }).env.TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "10.0.0.0/8, 127.0.0.1" }).env.TRUST_PROXY).toEqual([
      "10.0.0.0/8",
      "127.0.0.1",
    ]);
    expect(() => loadConfig({ TRUST_PROXY: "everyone" })).toThrow(/TRUST_PROXY/);
  });

  it("takes WEBHOOK_LEASE_SECONDS only when it outlasts one delivery attempt", () => {
    expect(loadConfig({}).env.WEBHOOK_LEASE_SECONDS).toBeUndefined();
    expect(
      loadConfig({ WEBHOOK_LEASE_SECONDS: "2", WEBHOOK_TIMEOUT_MS: "1000" }).env.WEBHOOK_LEASE_SECONDS,
    ).toBe(2);
    expect(() => loadConfig({ WEBHOOK_LEASE_SECONDS: "10" })).toThrow(
      /WEBHOOK_LEASE_SECONDS: must be longer than WEBHOOK_TIMEOUT_MS \(10000 ms\)/,
    );
  });

  it("takes API_TOKEN, falling back to APP_API_TOKEN", () => {
    expect(loadConfig({ APP_API_TOKEN: "b" }).apiToken).toBe("b");
    expect(loadConfig({ API_TOKEN: "a", APP_API_TOKEN: "b" }).apiToken).toBe("a");
  });

  it.each([
    ["DATABASE_URL", "not-a-url"],
    ["DATABASE_URL", "mysql://x/y"],
    ["PORT", "abc"],
    ["PORT", "70000"],
    ["REDIS_URL", "http://localhost"],
    ["WORKER_IN_PROCESS", "maybe"],
    ["JWT_SECRET", "short"],
    ["LOG_LEVEL", "loud"],
  ])("rejects %s=%s with a one-line message naming the variable", (name, value) => {
    let thrown: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    const message = (thrown as Error).message;
    expect(message).toContain(`${name}:`);
    expect(message).not.toContain("\n");
  });
});

function configErrorFor(source: Record<string, string>): string {
  try {
    loadConfig(source);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(Object.keys(source))} to be refused`);
}

describe("configuration errors never show a secret", () => {
  it.each([
    ["JWT_SECRET", "hunter2-short-secret"],
    ["BACOWR_ADMIN_PASSWORD", "pw-hunter2"],
  ])("names %s and its problem, never its value", (name, value) => {
    const message = configErrorFor({ [name]: value });
    expect(message).toMatch(
      new RegExp(`^invalid configuration: ${name}: must be at least \\d+ characters \\(value not shown\\)$`),
    );
    expect(message).not.toContain(value);
    expect(message).not.toContain("hunter2");
  });

  it.each([
    ["DATABASE_URL", "mysql://app:s3cr3t-pw@db.internal:3306/bacowr"],
    ["REDIS_URL", "http://:s3cr3t-pw@cache.internal:6379"],
    ["REDIS_URL", "http://default:s3cr3t-pw@cache.internal:6379/0"],
  ])("shows %s with its password masked", (name, value) => {
    const message = configErrorFor({ [name]: value });
    expect(message).toContain(`${name}:`);
    expect(message).not.toContain("s3cr3t");
    expect(message).toContain(":***@");
  });

  it("leaves out a URL whose password cannot be located", () => {
    // An out-of-range port makes the URL unparseable, so there is no safe way to cut the password out.
    const message = configErrorFor({ DATABASE_URL: "postgres://app:s3cr3t@pw@db.internal:99999/bacowr" });
    expect(message).toContain("DATABASE_URL:");
    expect(message).toContain("value not shown");
    expect(message).not.toContain("s3cr3t");
  });

  it("still shows values that are not secrets, to help fix them", () => {
    expect(configErrorFor({ PORT: "abc" })).toContain('(got "abc")');
    expect(configErrorFor({ DATABASE_URL: "mysql://db.internal/bacowr" })).toContain(
      '(got "mysql://db.internal/bacowr")',
    );
  });

  it.each([
    "JWT_SECRET",
    "BACOWR_ADMIN_PASSWORD",
    "ENCRYPTION_KEY",
    "OPENAI_API_KEY",
    "CAPTCHA_API_KEY",
    "API_TOKEN",
    "APP_API_TOKEN",
    "SOME_FUTURE_TOKEN",
  ])("never shows the value of %s, whatever it holds", (name) => {
    expect(shownValue(name, "plain-looking-value")).toBeUndefined();
    expect(shownValue(name, "")).toBeUndefined();
  });

  it("masks the password of any URL-shaped value", () => {
    expect(shownValue("OPENAI_BASE_URL", "https://user:s3cr3t@proxy.example/v1")).toBe(
      '"https://user:***@proxy.example/v1"',
    );
    expect(shownValue("BACOWR_ADMIN_EMAIL", "admin@")).toBe('"admin@"');
  });
});
