import { describe, expect, it } from "vitest";
import { z } from "zod";
import { appRouter } from "../src";

/**
 * trpc-to-openapi's REST handler coerces (with `Number()`, `Boolean()`) every number, boolean, bigint and
 * date schema it reaches through an input's objects, arrays, optionals and defaults, and it does so by
 * mutating the schema that /trpc shares. The building blocks in schemas/common.ts are pipes, which it
 * leaves alone; this keeps a plain `z.number()` or `z.boolean()` from slipping back into an input.
 */
function coercibleLeaves(schema: z.ZodType, path: string): string[] {
  const def = schema._zod.def as unknown as {
    type: string;
    element?: z.ZodType;
    innerType?: z.ZodType;
    getter?: () => z.ZodType;
    shape?: Record<string, z.ZodType>;
  };
  switch (def.type) {
    case "number":
    case "boolean":
    case "bigint":
    case "date":
      return [path];
    case "array":
      return def.element ? coercibleLeaves(def.element, `${path}[]`) : [];
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
      return def.innerType ? coercibleLeaves(def.innerType, path) : [];
    case "lazy":
      return def.getter ? coercibleLeaves(def.getter(), path) : [];
    case "object":
      return Object.entries(def.shape ?? {}).flatMap(([key, field]) =>
        coercibleLeaves(field, path ? `${path}.${key}` : key),
      );
    default:
      return [];
  }
}

describe("procedure inputs", () => {
  it("would notice a plain number or boolean, however deep", () => {
    const input = z.object({
      a: z.number(),
      b: z.array(z.object({ c: z.boolean().default(true) })).optional(),
    });
    expect(coercibleLeaves(input, "")).toEqual(["a", "b[].c"]);
  });

  it("hold no number, boolean or date schema the REST adapter would coerce", () => {
    // At run time a flat record of dotted procedure paths; its declared type is the nested router.
    const procedures = appRouter._def.procedures as unknown as Record<
      string,
      { _def: { inputs: z.ZodType[] } }
    >;
    const found = Object.entries(procedures).flatMap(([name, procedure]) =>
      procedure._def.inputs.flatMap((input) => coercibleLeaves(input, "").map((leaf) => `${name}: ${leaf}`)),
    );
    expect(Object.keys(procedures).length).toBeGreaterThan(20);
    expect(found).toEqual([]);
  });
});
