import { z } from "zod";
import { named } from "./named.js";
import { conditionShapeProblems } from "./checks.js";
import { BilingualTextSchema, InterpretationSchema, SourceSchema } from "./primitives.js";
import { patternError, customIssue } from "./checkMessages.js";
// the recursive schemas are declared with the types generated from them (zod cannot infer a recursive union)
import type { JsonValue } from "./rulebookTypes.js";

/**
 * A JSON value as it may appear in a rule file (`value`, `params`).
 *
 * @example
 * ```ts
 * JsonValueSchema.parse({ rating: "excellent", minTimes: 2 });
 * ```
 */
export const JsonValueSchema: z.ZodType<JsonValue, JsonValue> = z.lazy(() =>
  z.union([z.string(), z.number().finite(), z.boolean(), z.null(), z.array(JsonValueSchema), z.record(z.string(), JsonValueSchema)]),
);

/** Gives a schema a description without making a new schema, so recursive types still infer. */
function described<T extends z.ZodType>(schema: T, description: string): T {
  z.globalRegistry.add(schema, { description });
  return schema;
}

/**
 * A condition tree in json-rules-engine's format (`all` / `any` / `not`, leaves with
 * `fact` / `operator` / `value` / `path` / `params`), extended with `atLeast` + `of`
 * ("at least k of") and, on every node, a stable `id`, a bilingual `label`, its `source`
 * and, where the text is ambiguous, the `interpretation` taken.
 *
 * @example
 * ```ts
 * ConditionSchema.parse({
 *   id: "party.1.4",
 *   label: { zh: "近三年内无被投诉记录", en: "no complaint on record in the last 3 years" },
 *   source: { document: "000", clause: "§四(一)1(4)" },
 *   fact: "complaints",
 *   params: { window: "threeYears" },
 *   operator: "countAtMost",
 *   value: 0,
 * });
 * ```
 */
export const ConditionSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[A-Za-z0-9_.-]+$/, patternError(/^[A-Za-z0-9_.-]+$/))
      .describe("A stable id, unique in the rulebook (e.g. party.1.4). Reasons, gaps, diffs and attestation keys name it."),
    label: BilingualTextSchema.describe("What the clause says, in its own words (zh) and in English (en)."),
    source: SourceSchema,
    interpretation: InterpretationSchema.optional(),
    get all() {
      return z.array(ConditionSchema).min(1).optional();
    },
    get any() {
      return z.array(ConditionSchema).min(1).optional();
    },
    get not() {
      return ConditionSchema.optional();
    },
    atLeast: z.number().int().min(1).describe("With `of`: at least this many of the conditions in `of` must hold.").optional(),
    get of() {
      return z.array(ConditionSchema).min(1).optional();
    },
    fact: z.string().min(1).describe("A leaf's fact: what it reads from the record (see docs/reference/facts.md).").optional(),
    operator: z.string().min(1).describe("A leaf's operator: how the fact is compared with `value` (see docs/reference/operators.md).").optional(),
    value: JsonValueSchema.describe("A leaf's value: what the fact is compared with.").optional(),
    path: z.string().min(1).describe("A json-rules-engine path into the fact's value ($.name, $[0]); only for facts that give an object.").optional(),
    params: z
      .record(z.string(), JsonValueSchema)
      .describe("A leaf's params: `window` (a window's name), `where` (a filter on a list's items), `item` (an attestation key, a measure or a flag).")
      .optional(),
  })
  .superRefine((node, ctx) => {
    for (const problem of conditionShapeProblems(node)) ctx.addIssue(customIssue(problem));
  });
// Descriptions of the recursive properties are registered once the schema exists (a description set
// inside a getter would break the recursive type's inference); zod keeps each getter's schema.
described(ConditionSchema.shape.all, "Every condition here must hold (and).");
described(ConditionSchema.shape.any, "At least one condition here must hold (or; 满足其一).");
described(ConditionSchema.shape.not, "This condition must not hold.");
described(ConditionSchema.shape.of, "With `atLeast`: the conditions counted.");
described(ConditionSchema, "A condition: all / any / not / atLeast+of, or a leaf fact + operator + value; each node cited.");
named(ConditionSchema, "Condition");
described(JsonValueSchema, "A JSON value: text, number, true/false, null, a list or an object.");
named(JsonValueSchema, "JsonValue");
