import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const serverDir = fileURLToPath(new URL("..", import.meta.url));
const entryPoints = {
  bacowr: fileURLToPath(new URL("../src/main.ts", import.meta.url)),
  "bacowr-worker": fileURLToPath(new URL("../../worker/src/main.ts", import.meta.url)),
};

/** Runs an entry point with only `env` (plus PATH/HOME) and returns its exit code and stderr. */
function exitOf(
  entry: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", entry], {
    cwd: serverDir,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATA_DIR: "memory", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
  return new Promise((resolve) =>
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    }),
  );
}

// Every bad value below carries the same marker, so one assertion proves none of it leaked.
const SECRET = "Sup3rS3cret";
const badSecrets = {
  JWT_SECRET: `${SECRET}-too-short`,
  BACOWR_ADMIN_PASSWORD: SECRET,
  DATABASE_URL: `mysql://bacowr:${SECRET}@db.internal:3306/bacowr`,
  REDIS_URL: `http://default:${SECRET}@cache.internal:6379`,
};

describe.each(Object.entries(entryPoints))("%s with bad secrets in its environment", (program, entry) => {
  it("exits 78 naming every bad variable, and prints none of the secrets", async () => {
    const { code, stderr } = await exitOf(entry, badSecrets);
    expect(code).toBe(78);
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${program}: invalid configuration: `));
    for (const name of Object.keys(badSecrets)) expect(stderr).toContain(`${name}:`);
    expect(stderr).not.toContain(SECRET);
    // The URLs still help: where they point is shown, their password masked.
    expect(stderr).toContain("mysql://bacowr:***@db.internal:3306/bacowr");
  }, 30_000);
});
