import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError, envSchema, loadConfig } from "../src";

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
