import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

/** Runs a fixture in a fresh node whose module resolution refuses PGlite. */
function runRefusingPglite(fixture: string) {
  return spawnSync(
    process.execPath,
    ["--import", "tsx", "--import", "./test/fixtures/refuse-pglite.mjs", `./test/fixtures/${fixture}`],
    { cwd: packageDir, env: process.env, encoding: "utf8", timeout: 60_000 },
  );
}

describe("PGlite is loaded only when used", () => {
  it(`opens PostgreSQL (${process.env.DATABASE_URL ? "the DATABASE_URL server, migrated" : "a pool that is never connected"}) without resolving PGlite`, () => {
    const run = runRefusingPglite("open-postgres.ts");
    expect(run.stderr).not.toContain("PGlite was loaded");
    expect(run.stdout).toBe("opened without PGlite\n");
    expect(run.status).toBe(0);
  });

  it("the hook does catch PGlite when it is opened (control)", () => {
    const run = runRefusingPglite("open-pglite.ts");
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("PGlite was loaded");
  });
});
