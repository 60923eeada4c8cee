// @ts-check
// Plain JavaScript: vitest loads workspace config packages through Node, which does not run TypeScript.
import { defineConfig } from "vitest/config";

/**
 * Shared test settings. Integration tests start real servers and databases, so
 * they get generous timeouts; speed is measured by the bench scripts instead.
 */
export const sharedTestConfig = defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    pool: "forks",
  },
});
