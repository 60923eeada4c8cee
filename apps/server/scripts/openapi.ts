/**
 * pnpm openapi:write — writes the OpenAPI document of both faces to
 * `openapi.json` at the repository root, and the SDK's wire types generated
 * from it (openapi-typescript) to `packages/sdk/src/generated/openapi.ts`, and the Python SDK's to
 * `packages/sdk-python/src/bacowr/_generated.py`.
 * pnpm openapi:check — fails when any committed file is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { buildOpenApiDocument } from "@bacowr/api";
import openapiTS, { astToString } from "openapi-typescript";
import { pythonTypes } from "../../../packages/sdk-python/scripts/python-types";
import { serviceVersion } from "../src/version";

const root = new URL("../../../", import.meta.url);
const files = {
  document: new URL("openapi.json", root),
  types: new URL("packages/sdk/src/generated/openapi.ts", root),
  pythonTypes: new URL("packages/sdk-python/src/bacowr/_generated.py", root),
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
  const generated = { document: json, types, pythonTypes: pythonTypes(JSON.parse(json)) };

  if (process.argv.includes("--check")) {
    const stale = Object.entries(generated)
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
    console.log("openapi.json and the SDKs' generated types are up to date");
    return;
  }
  for (const [name, text] of Object.entries(generated))
    writeFileSync(files[name as keyof typeof files], text);
  console.log(
    `wrote ${Object.values(files)
      .map((file) => file.pathname)
      .join(", ")}`,
  );
}

void main();
