#!/usr/bin/env node
// Runs the TypeScript entry through tsx, as the rest of the workspace does. tsx is
// resolved from this package, so the command works from any directory.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const entry = fileURLToPath(new URL("../src/bacowr.ts", import.meta.url));
const tsx = import.meta.resolve("tsx");
const result = spawnSync(process.execPath, ["--import", tsx, entry, ...process.argv.slice(2)], {
  stdio: "inherit",
});
process.exit(result.status ?? 1);
