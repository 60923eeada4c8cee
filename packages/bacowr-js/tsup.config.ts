import { defineConfig } from "tsup";

// One line of code: the SDK stays a dependency (tsup leaves dependencies external), so `bacowr-js` and
// `@bacowr/sdk` share one copy and their errors are the same classes.
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
});
