/**
 * pnpm openapi:write — writes the OpenAPI document of both faces to
 * `openapi.json` at the repository root, and the SDK's wire types generated
 * from it (openapi-typescript) to `packages/sdk/src/generated/openapi.ts`.
 * pnpm openapi:check — fails when either committed file is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { buildOpenApiDocument } from "@bacowr/api";
import openapiTS, { astToString } from "openapi-typescript";
import { serviceVersion } from "../src/version";

const root = new URL("../../../", import.meta.url);
const files = {
  document: new URL("openapi.json", root),
  types: new URL("packages/sdk/src/generated/openapi.ts", root),
};

async function main() {
  // A fixed server URL, so the committed document does not depend on where it was generated.
  const document = buildOpenApiDocument({ version: serviceVersion, baseUrl: "http://127.0.0.1:8000" });
  const json = `${JSON.stringify(document, null, 2)}\n`;
  const ast = await openapiTS(JSON.parse(json), { exportType: true });
  const types = [
    "// Generated from openapi.json by `pnpm openapi:write` (openapi-typescript). Do not edit.",
    "",
    astToString(ast),
  ].join("\n");

  if (process.argv.includes("--check")) {
    const stale = Object.entries({ document: json, types })
      .filter(([name, expected]) => {
        try {
          return readFileSync(files[name as keyof typeof files], "utf8") !== expected;
        } catch {
          return true;
        }
      })
      .map(([name]) => files[name as keyof typeof files].pathname);
    if (stale.length > 0) {
      console.error(`stale: ${stale.join(", ")}\nrun \`pnpm openapi:write\` and commit the result`);
      process.exit(1);
    }
    console.log("openapi.json and the SDK's generated types are up to date");
    return;
  }
  writeFileSync(files.document, json);
  writeFileSync(files.types, types);
  console.log(`wrote ${files.document.pathname} and ${files.types.pathname}`);
}

void main();
