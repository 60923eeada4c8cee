import { fileURLToPath } from "node:url";
import { defineConfig, type Options } from "tsup";

// Paths from this file, so the tests' build (run from the repository root) writes the same dist/.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The two commands, compiled to plain JavaScript that the bins load directly. The SDK is a workspace package
// whose entry is TypeScript source, so it is compiled in; every package from node_modules stays external
// (whatever the current directory: the tests build from the repository root).
export const cliBuild: Options = {
  entry: { bacowr: here("src/bacowr.ts"), "bacowr-admin": here("src/admin.ts") },
  outDir: here("dist"),
  format: ["esm"],
  platform: "node",
  target: "node20",
  skipNodeModulesBundle: true,
  noExternal: [/^@bacowr\//],
  clean: true,
};

export default defineConfig(cliBuild);
