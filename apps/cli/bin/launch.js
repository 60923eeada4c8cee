// Runs one of the CLI's commands in this process: the compiled file in dist/ (`pnpm build`; the CLI's tests
// build it first), or, when there is none yet (a fresh clone), the TypeScript source through tsx's loader,
// registered here rather than in a second node process. BACOWR_CLI_SOURCE=1 forces the source.
import { existsSync } from "node:fs";

export async function launch(name, source) {
  const compiled = new URL(`../dist/${name}.js`, import.meta.url);
  if (!process.env.BACOWR_CLI_SOURCE && existsSync(compiled)) {
    await import(compiled.href);
    return;
  }
  const { register } = await import("tsx/esm/api");
  register();
  await import(new URL(source, import.meta.url).href);
}
