// Runs a TypeScript entry of this package through tsx, as the rest of the workspace does. tsx is
// resolved from this package, so the commands work from any directory.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export function launch(relativeEntry) {
  const entry = fileURLToPath(new URL(relativeEntry, import.meta.url));
  const tsx = import.meta.resolve("tsx");
  const result = spawnSync(process.execPath, ["--import", tsx, entry, ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  process.exit(result.status ?? 1);
}
