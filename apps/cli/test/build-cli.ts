import { build } from "tsup";
import { cliBuild } from "../tsup.config";

/**
 * The tests run the bins as users do, and the bins run the compiled CLI: compile it from the current source
 * first, so no test ever runs a stale dist/ or falls back to the TypeScript source.
 */
export default async function compileCli(): Promise<void> {
  await build({ ...cliBuild, silent: true, config: false });
}
