/**
 * The Python SDK's wire types, generated from `openapi.json` (called by apps/server/scripts/openapi.ts, so
 * `pnpm openapi:write` writes them and `pnpm openapi:check` fails when they are stale). Written in
 * TypeScript so checking them needs no Python.
 *
 * Each operation's JSON answer (the v1 envelope's `data`, a bridge answer's whole body) becomes a class over
 * `Model` whose attributes are the wire's own snake_case fields; nested objects and lists of objects become
 * classes of their own, so `job.article.backlink.position` is typed all the way down. Request bodies become
 * `TypedDict`s (total=False: the server says which fields are missing).
 */

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: boolean | Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  $ref?: string;
  description?: string;
  summary?: string;
};

interface Operation {
  operationId?: string;
  summary?: string;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

interface Document {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

const PYTHON_KEYWORDS = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split(
    " ",
  ),
);

const pascal = (text: string) =>
  text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join("");

/** `v1-jobs-get` → `JobsGet`; `bridge-tasks-pending` → `BridgeTasksPending`. */
const operationName = (operationId: string) => pascal(operationId.replace(/^v1-/, ""));

/** A JSON constant as a Python literal: strings quoted, booleans and null spelt the Python way. */
const literal = (value: unknown) =>
  typeof value === "string"
    ? JSON.stringify(value)
    : typeof value === "boolean"
      ? value
        ? "True"
        : "False"
      : value === null
        ? "None"
        : String(value);

interface ClassDef {
  name: string;
  kind: "model" | "request";
  doc: string | undefined;
  fields: { name: string; type: string; required: boolean }[];
  /** Attributes whose values become instances of another model: one, a list of them, or a map to them. */
  nested: { name: string; shape: "one" | "list" | "map"; target: string }[];
}

class Generator {
  readonly classes: ClassDef[] = [];
  private readonly names = new Set<string>();

  constructor(private readonly document: Document) {}

  private resolve(schema: Schema): Schema {
    if (!schema.$ref) return schema;
    const name = schema.$ref.replace("#/components/schemas/", "");
    const target = this.document.components?.schemas?.[name];
    if (!target) throw new Error(`unresolved $ref ${schema.$ref}`);
    return this.resolve(target);
  }

  private unique(name: string): string {
    let candidate = name;
    for (let n = 2; this.names.has(candidate); n++) candidate = `${name}${n}`;
    this.names.add(candidate);
    return candidate;
  }

  /** The Python type of a schema; objects with properties become classes named `name`. */
  typeOf(
    input: Schema,
    name: string,
    kind: ClassDef["kind"],
  ): { type: string; model?: string; shape?: "one" | "list" | "map" } {
    const schema = this.resolve(input);
    if (schema.allOf && schema.allOf.length > 0) {
      const merged: Schema = { type: "object", properties: {}, required: [] };
      for (const part of schema.allOf.map((p) => this.resolve(p))) {
        Object.assign(merged.properties as object, part.properties ?? {});
        merged.required?.push(...(part.required ?? []));
      }
      return this.typeOf(merged, name, kind);
    }
    const union = schema.anyOf ?? schema.oneOf;
    if (union) {
      const members = union.map((member) => this.resolve(member));
      const nonNull = members.filter((member) => member.type !== "null");
      const types = nonNull.map((member, i) =>
        this.typeOf(member, nonNull.length > 1 ? `${name}${i + 1}` : name, kind),
      );
      const joined =
        types.length === 1 ? (types[0]?.type ?? "Any") : `Union[${types.map((t) => t.type).join(", ")}]`;
      const single = types.length === 1 ? types[0] : undefined;
      const result = nonNull.length < members.length ? `Optional[${joined}]` : joined;
      return single?.model
        ? { type: result, model: single.model, shape: single.shape ?? "one" }
        : { type: result };
    }
    if (schema.const !== undefined) return { type: `Literal[${literal(schema.const)}]` };
    if (schema.enum) return { type: `Literal[${schema.enum.map(literal).join(", ")}]` };
    if (Array.isArray(schema.type)) {
      const nullable = schema.type.includes("null");
      const rest = schema.type.filter((t) => t !== "null");
      const inner = rest.map((t) => this.typeOf({ ...schema, type: t }, name, kind));
      const joined =
        inner.length === 1 ? (inner[0]?.type ?? "Any") : `Union[${inner.map((t) => t.type).join(", ")}]`;
      const single = inner.length === 1 ? inner[0] : undefined;
      const type = nullable ? `Optional[${joined}]` : joined;
      return single?.model ? { type, model: single.model, shape: single.shape ?? "one" } : { type };
    }
    switch (schema.type) {
      case "string":
        return { type: "str" };
      case "integer":
        return { type: "int" };
      case "number":
        return { type: "float" };
      case "boolean":
        return { type: "bool" };
      case "null":
        return { type: "None" };
      case "array": {
        const item = this.typeOf(schema.items ?? {}, `${name}Item`, kind);
        return item.model
          ? { type: `List[${item.type}]`, model: item.model, shape: "list" }
          : { type: `List[${item.type}]` };
      }
      case "object": {
        if (schema.properties && Object.keys(schema.properties).length > 0) {
          const model = this.define(schema, name, kind);
          return { type: model, model, shape: "one" };
        }
        const extra = schema.additionalProperties;
        if (extra && typeof extra === "object" && Object.keys(extra).length > 0) {
          const value = this.typeOf(extra, `${name}Value`, kind);
          return value.model && value.shape === "one"
            ? { type: `Dict[str, ${value.type}]`, model: value.model, shape: "map" }
            : { type: `Dict[str, ${value.type}]` };
        }
        return { type: "Dict[str, Any]" };
      }
      default:
        return { type: "Any" };
    }
  }

  define(schema: Schema, wanted: string, kind: ClassDef["kind"], doc?: string): string {
    const name = this.unique(wanted);
    const def: ClassDef = { name, kind, doc: doc ?? schema.description, fields: [], nested: [] };
    const required = new Set(schema.required ?? []);
    for (const [field, fieldSchema] of Object.entries(schema.properties ?? {})) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field) || PYTHON_KEYWORDS.has(field)) continue;
      const typed = this.typeOf(fieldSchema, `${name}${pascal(field)}`, kind);
      def.fields.push({ name: field, type: typed.type, required: required.has(field) });
      if (typed.model && typed.shape)
        def.nested.push({ name: field, shape: typed.shape, target: typed.model });
    }
    // Nested classes were pushed while typing the fields, so every class follows the classes it refers to.
    this.classes.push(def);
    return name;
  }
}

function render(def: ClassDef): string {
  const lines: string[] = [];
  if (def.kind === "request") {
    lines.push(`class ${def.name}(TypedDict, total=False):`);
  } else {
    lines.push(`class ${def.name}(Model):`);
  }
  if (def.doc) lines.push(`    """${def.doc.replace(/\\/g, "\\\\").replace(/"""/g, '\\"\\"\\"')}"""`, "");
  for (const field of def.fields) {
    // A model's absent optional field reads as None.
    const type =
      def.kind === "model" && !field.required && !field.type.startsWith("Optional[")
        ? `Optional[${field.type}]`
        : field.type;
    lines.push(`    ${field.name}: ${type}`);
  }
  if (def.kind === "model" && def.nested.length > 0) {
    lines.push(
      `    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {${def.nested
        .map((n) => `"${n.name}": ("${n.shape}", "${n.target}")`)
        .join(", ")}}`,
    );
  }
  if (def.fields.length === 0 && !def.doc && def.nested.length === 0) lines.push("    pass");
  return lines.join("\n");
}

/** The generated module's text. */
export function pythonTypes(document: Document): string {
  const generator = new Generator(document);
  const operations: string[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      if (!operation.operationId) continue;
      const name = operationName(operation.operationId);
      operations.push(`    "${operation.operationId}": ("${method.toUpperCase()}", "${path}"),`);
      const body = operation.requestBody?.content?.["application/json"]?.schema;
      if (body) generator.typeOf(body, `${name}Request`, "request");
      const success = Object.entries(operation.responses ?? {}).find(([status]) => status.startsWith("2"));
      const answer = success?.[1].content?.["application/json"]?.schema;
      if (!answer) continue;
      const resolved =
        answer.properties?.data && answer.properties?.success ? answer.properties.data : answer;
      if (resolved.type === "object" && resolved.properties && Object.keys(resolved.properties).length > 0) {
        generator.define(resolved, `${name}Response`, "model", operation.summary);
      }
    }
  }
  const schemas = document.components?.schemas ?? {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (schema.type === "object" && schema.properties) generator.define(schema, name, "model");
  }
  return [
    "# Generated from openapi.json by `pnpm openapi:write` (packages/sdk-python/scripts/python-types.ts). Do not edit.",
    '"""The wire types of every operation: answers as `Model` classes, request bodies as TypedDicts."""',
    "",
    "from __future__ import annotations",
    "",
    "from typing import Any, ClassVar, Dict, List, Literal, Optional, Tuple, TypedDict, Union",
    "",
    "from ._model import Model",
    "",
    "__all__ = [",
    ...generator.classes.map((c) => `    "${c.name}",`),
    '    "OPERATIONS",',
    "]",
    "",
    "#: Every operation of the API: its operationId → (method, path).",
    "OPERATIONS: Dict[str, Tuple[str, str]] = {",
    ...operations,
    "}",
    "",
    ...generator.classes.flatMap((c) => ["", render(c), ""]),
  ].join("\n");
}
