import { z } from "zod";
import { BilingualTextSchema, InterpretationSchema, SourceSchema } from "./primitives.js";

/**
 * A JSON value as it may appear in a rule file (`value`, `params`).
 *
 * @example
 * ```ts
 * JsonValueSchema.parse({ rating: "excellent", minTimes: 2 });
 * ```
 */
export const JsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number().finite(),
    z.boolean(),
    z.null(),
    z.array(JsonValueSchema),
    z.record(z.string(), JsonValueSchema),
  ]),
);

/** A JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

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
 *   label: { zh: "近三年内无被投诉记录", en: "no verified complaint in the last 3 years" },
 *   source: { document: "000", clause: "§四(一)1(4)" },
 *   fact: "verifiedComplaints",
 *   params: { window: "threeYears" },
 *   operator: "countAtMost",
 *   value: 0,
 * });
 * ```
 */
export const ConditionSchema = z
  .strictObject({
    id: z.string().regex(/^[A-Za-z0-9_.-]+$/, { message: "ids use letters, digits, '.', '_' and '-'" }),
    label: BilingualTextSchema,
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
    atLeast: z.number().int().min(1).optional(),
    get of() {
      return z.array(ConditionSchema).min(1).optional();
    },
    fact: z.string().min(1).optional(),
    operator: z.string().min(1).optional(),
    value: JsonValueSchema.optional(),
    path: z.string().min(1).optional(),
    params: z.record(z.string(), JsonValueSchema).optional(),
  })
  .superRefine((node, ctx) => {
    const shapes = [
      node.all !== undefined,
      node.any !== undefined,
      node.not !== undefined,
      node.atLeast !== undefined || node.of !== undefined,
      node.fact !== undefined || node.operator !== undefined,
    ].filter(Boolean).length;
    if (shapes !== 1) {
      ctx.addIssue({
        code: "custom",
        message: "a condition is exactly one of: all, any, not, atLeast+of, or a leaf fact+operator+value",
      });
      return;
    }
    if ((node.atLeast === undefined) !== (node.of === undefined)) {
      ctx.addIssue({ code: "custom", message: "atLeast and of go together" });
    }
    if (node.atLeast !== undefined && node.of !== undefined && node.atLeast > node.of.length) {
      ctx.addIssue({
        code: "custom",
        path: ["atLeast"],
        message: `atLeast ${node.atLeast} exceeds the ${node.of.length} conditions in of`,
      });
    }
    if (node.fact !== undefined || node.operator !== undefined) {
      if (node.fact === undefined) ctx.addIssue({ code: "custom", path: ["fact"], message: "a leaf needs a fact" });
      if (node.operator === undefined) {
        ctx.addIssue({ code: "custom", path: ["operator"], message: "a leaf needs an operator" });
      }
      if (node.value === undefined) ctx.addIssue({ code: "custom", path: ["value"], message: "a leaf needs a value" });
    }
  });

/** A cited condition node. */
export type Condition = z.infer<typeof ConditionSchema>;
