import { defineConfig } from "tsup";

// What npm receives (package.json `publishConfig` points there): ESM + CommonJS + type declarations, one file
// each, with nothing imported at runtime. Inside the workspace the package resolves to its TypeScript source.
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
});
