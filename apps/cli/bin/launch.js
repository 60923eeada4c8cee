// Runs one of the CLI's commands in this process: the compiled file in dist/ (`pnpm build`; the CLI's tests
// build it first), or, when there is none yet (a fresh clone) or it is older than the sources it was built
// from (an edit since the last build), the TypeScript source through tsx's loader (a workspace development
// dependency), registered here rather than in a second node process. BACOWR_CLI_SOURCE=1 forces the source.
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The newest modification time under the given directories (0 where they do not exist, as when installed). */
function newestSource(directories) {
  let newest = 0;
  for (const directory of directories) {
    if (!existsSync(directory)) continue;
    for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs);
    }
  }
  return newest;
}

export async function launch(name, source) {
  const compiled = new URL(`../dist/${name}.js`, import.meta.url);
  const sources = [new URL("../src", import.meta.url), new URL("../../../packages/sdk/src", import.meta.url)];
  const current =
    existsSync(compiled) && statSync(compiled).mtimeMs >= newestSource(sources.map((u) => fileURLToPath(u)));
  if (!process.env.BACOWR_CLI_SOURCE && current) {
    await import(compiled.href);
    return;
  }
  const { register } = await import("tsx/esm/api");
  register();
  await import(new URL(source, import.meta.url).href);
}
