import { z } from "zod";

/**
 * Gives a schema a name under which the emitted JSON Schema defines it once (`$defs`) and refers
 * to it (`$ref`), keeping its description; returns the same schema, so recursive types still infer.
 *
 * @example
 * ```ts
 * import { BilingualTextSchema } from "award-rules/schema";
 * const LabelSchema = named(BilingualTextSchema.describe("A label in both languages"), "Label");
 * ```
 */
export function named<T extends z.ZodType>(schema: T, id: string): T {
  z.globalRegistry.add(schema, { ...z.globalRegistry.get(schema), id });
  return schema;
}
