import { Ajv2020, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";

/**
 * Checks every response a contract test sees against the server's own OpenAPI document: the status
 * must be documented for the operation, the content type must be one it documents, and a JSON body
 * must validate against the documented schema (JSON Schema 2020-12). A request under a face that no
 * operation matches may only answer an error, in that face's error shape.
 */

interface MediaType {
  schema?: unknown;
}
interface ResponseObject {
  content?: Record<string, MediaType>;
}
interface OperationObject {
  responses: Record<string, ResponseObject>;
}
interface Document {
  paths: Record<string, Record<string, OperationObject>>;
}

interface Checker {
  document: Document;
  validator(pointer: string): ValidateFunction;
}

const checkers = new Map<string, Promise<Checker>>();

async function loadChecker(base: string): Promise<Checker> {
  const response = await fetch(`${base}/openapi.json`);
  const document = (await response.json()) as Document;
  // Not strict: the document's own members (openapi, paths, example) are no schema keywords.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(document, "openapi");
  const compiled = new Map<string, ValidateFunction>();
  return {
    document,
    validator(pointer) {
      let validate = compiled.get(pointer);
      if (!validate) {
        validate = ajv.compile({ $ref: `openapi#${pointer}` });
        compiled.set(pointer, validate);
      }
      return validate;
    },
  };
}

const escapePointer = (segment: string) => segment.replaceAll("~", "~0").replaceAll("/", "~1");

/** The documented path a request path falls under: `/api/v1/…` is the v1 face's alias of `/v1/…`. */
function documentedPath(document: Document, method: string, requestPath: string): string | undefined {
  const path = requestPath.split("?")[0]?.replace(/^\/api(?=\/v1(\/|$))/, "") ?? "";
  const candidates = Object.keys(document.paths).filter((template) => document.paths[template]?.[method]);
  const matches = candidates.filter((template) => {
    const pattern = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+");
    return new RegExp(`^${pattern}$`).test(path);
  });
  // A literal path beats a template (`/v1/jobs` over `/v1/{x}`); fewer parameters first.
  return matches.sort((a, b) => a.split("{").length - b.split("{").length)[0];
}

export interface SeenResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

/** Throws when the response is not what the document says this operation answers. */
export async function checkAgainstDocument(
  base: string,
  method: string,
  requestPath: string,
  response: SeenResponse,
): Promise<void> {
  // The document describes the REST faces; probes, /openapi.json, /docs and /trpc are outside it.
  if (!/^\/(v1|api)(\/|\?|$)/.test(requestPath)) return;
  let checker = checkers.get(base);
  if (!checker) {
    checker = loadChecker(base);
    checkers.set(base, checker);
  }
  const { document, validator } = await checker;
  const verb = method.toLowerCase();
  const where = `${method} ${requestPath} → ${response.status}`;
  const template = documentedPath(document, verb, requestPath);
  const contentType = response.headers.get("content-type")?.split(";")[0]?.trim() ?? "";

  if (!template) {
    if (response.status < 400) throw new Error(`${where}: undocumented operation answered a success`);
    const face = /^\/api(?!\/v1(\/|$|\?))(\/|$|\?)/.test(requestPath) ? "BridgeError" : "V1Error";
    const validate = validator(`/components/schemas/${face}`);
    if (!validate(response.body)) {
      throw new Error(`${where}: body is not a ${face}: ${JSON.stringify(validate.errors)}`);
    }
    return;
  }

  const pointer = `/paths/${escapePointer(template)}/${verb}/responses/${response.status}`;
  const documented = document.paths[template]?.[verb]?.responses[String(response.status)];
  if (!documented) {
    const listed = Object.keys(document.paths[template]?.[verb]?.responses ?? {}).join(", ");
    throw new Error(
      `${where}: status not documented for ${verb.toUpperCase()} ${template} (lists ${listed})`,
    );
  }
  const media = documented.content?.[contentType];
  if (!documented.content) {
    if (response.body !== undefined) throw new Error(`${where}: documented without a body, got one`);
    return;
  }
  if (!media) {
    const listed = Object.keys(documented.content).join(", ");
    throw new Error(`${where}: content type "${contentType}" not documented (lists ${listed})`);
  }
  if (contentType !== "application/json" || media.schema === undefined) return;
  const validate = validator(`${pointer}/content/${escapePointer(contentType)}/schema`);
  if (!validate(response.body)) {
    throw new Error(
      `${where}: body does not match the document: ${JSON.stringify(validate.errors)}\nbody: ${JSON.stringify(response.body).slice(0, 2000)}`,
    );
  }
}

/** `fetch` for contract tests: reads the whole answer and checks it against the document. */
export async function fetchChecked(base: string, path: string, init: RequestInit = {}) {
  const response = await fetch(`${base}${path}`, init);
  const text = await response.text();
  const isJson = response.headers.get("content-type")?.startsWith("application/json") ?? false;
  // biome-ignore lint/suspicious/noExplicitAny: test assertions read arbitrary JSON
  const body: any = isJson && text ? JSON.parse(text) : undefined;
  await checkAgainstDocument(base, init.method ?? "GET", path, {
    status: response.status,
    headers: response.headers,
    body,
  });
  return { status: response.status, headers: response.headers, text, body };
}
