import { z } from "zod";
import { CandidateKindSchema } from "./candidate.js";
import { ConditionSchema, JsonValueSchema } from "./condition.js";
import { BilingualTextSchema } from "./primitives.js";
import { cited, QuantitySchema } from "./quantity.js";
import { AllocationSchema } from "./allocation.js";

const Id = z.string().regex(/^[A-Za-z0-9_.-]+$/, { message: "ids use letters, digits, '.', '_' and '-'" });

/**
 * A rubric (评分细则): sections of items, each item with its maximum points. `printedMax` and
 * `printedTotal` keep the numbers the document prints for sections and the whole, so a check can
 * report where they disagree with the items (they are never "fixed").
 *
 * @example
 * ```ts
 * // { "sections": [{ "id": "politics", "printedMax": 10, "items": [{ "id": "1", "max": 5, … }] }], "printedTotal": 100 }
 * ```
 */
export const RubricSchema = z.strictObject({
  sections: z
    .array(
      z.strictObject({
        id: Id,
        label: BilingualTextSchema,
        printedMax: z.number().nonnegative().optional(),
        items: z.array(z.strictObject({ id: Id, label: BilingualTextSchema, max: z.number().nonnegative().finite(), ...cited })).min(1),
        ...cited,
      }),
    )
    .min(1),
  printedTotal: z.number().nonnegative().optional(),
  ...cited,
});

/**
 * Bonus points: `perUnit` points for each matching fact item, up to a cap (001: +1 per verified
 * commendation, at most 10); or `deploymentSet` items whose points the document does not fix
 * (002 items 18–20) — their maximum comes from the deployment, never from us.
 *
 * @example
 * ```ts
 * // { "kind": "perUnit", "id": "commendations", "fact": "commendations", "params": { "where": { "verified": true } },
 * //   "pointsPerUnit": 1, "cap": 10, … }
 * ```
 */
export const BonusSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("perUnit"),
    id: Id,
    label: BilingualTextSchema,
    fact: z.string().min(1),
    params: z.record(z.string(), JsonValueSchema).optional(),
    pointsPerUnit: z.number().positive().finite(),
    cap: z.number().nonnegative().finite(),
    ...cited,
  }),
  z.strictObject({ kind: z.literal("deploymentSet"), id: Id, label: BilingualTextSchema, ...cited }),
]);

/** A bonus definition. */
export type Bonus = z.infer<typeof BonusSchema>;

const BoundSchema = z.strictObject({ value: z.number().finite(), inclusive: z.boolean() });

/**
 * Grade bands with explicit inclusive or exclusive bounds, highest grade first; `printed`
 * keeps the document's words for the band.
 *
 * @example
 * ```ts
 * // { "grade": "excellent", "min": { "value": 85, "inclusive": true }, "max": { "value": 100, "inclusive": true }, "printed": "85~100分" }
 * ```
 */
export const GradesSchema = z.strictObject({
  bands: z
    .array(
      z.strictObject({
        grade: Id,
        label: BilingualTextSchema,
        min: BoundSchema.optional(),
        max: BoundSchema.optional(),
        printed: z.string().min(1),
        ...cited,
      }),
    )
    .min(1),
  ...cited,
});

/**
 * A place limit: a count, counts per category, or a share of a population with a named
 * rounding rule.
 *
 * @example
 * ```ts
 * // { "kind": "share", "share": 0.12, "of": { "zh": "后勤人员", "en": "logistics staff" }, "rounding": "floor", … }
 * ```
 */
export const QuotaSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("count"), value: z.number().int().nonnegative(), unit: z.string().min(1), ...cited }),
  z.strictObject({
    kind: z.literal("perCategory"),
    counts: z.array(z.strictObject({ category: Id, value: z.number().int().nonnegative() })).min(1),
    unit: z.string().min(1),
    ...cited,
  }),
  z.strictObject({
    kind: z.literal("share"),
    share: z.number().positive().max(1),
    of: BilingualTextSchema,
    per: z.enum(["department"]).optional(),
    rounding: z.enum(["floor", "ceil", "roundHalfUp"]),
    ...cited,
  }),
]);

/** A quota. */
export type Quota = z.infer<typeof QuotaSchema>;

/** An arithmetic expression over named inputs and constants: a number, a name, or `{ op, args }`. */
export type Expression = number | string | { op: "add" | "sub" | "mul" | "div"; args: Expression[] };

/**
 * An arithmetic expression of a pay rule, as data: a number, the name of an input or
 * constant, or `{ op: "add" | "sub" | "mul" | "div", args: [...] }`.
 *
 * @example
 * ```ts
 * ExpressionSchema.parse({ op: "sub", args: [{ op: "add", args: ["outstanding", "post"] }, "deductions"] });
 * ```
 */
export const ExpressionSchema: z.ZodType<Expression> = z.lazy(() =>
  z.union([
    z.number().finite(),
    z.string().min(1),
    z.strictObject({ op: z.enum(["add", "sub", "mul", "div"]), args: z.array(ExpressionSchema).min(2) }),
  ]),
);

/**
 * A pay rule said as data: named inputs, constants with units, and formulas over them.
 *
 * @example
 * ```ts
 * // 004 篇1: reward = outstanding + post − deductions
 * ```
 */
export const PayRuleSchema = z.strictObject({
  id: Id,
  label: BilingualTextSchema,
  inputs: z.array(z.strictObject({ name: Id, label: BilingualTextSchema, unit: z.string().min(1) })),
  constants: z.array(z.strictObject({ name: Id, label: BilingualTextSchema, value: z.number().finite(), unit: z.string().min(1), ...cited })).default([]),
  formulas: z.array(z.strictObject({ name: Id, label: BilingualTextSchema, unit: z.string().min(1), expression: ExpressionSchema, ...cited })).min(1),
  ...cited,
});

/** A pay rule. */
export type PayRule = z.infer<typeof PayRuleSchema>;

/**
 * An award or appraisal decided by scores: who is scored (a person or an organisation), the
 * conditions to take part, vetoes (一票否决) that disqualify whatever the score, a rubric with
 * bonuses, or weighted components, grade bands, grade caps (what bars a grade) and forced grades,
 * quotas, prizes and deadlines.
 *
 * @example
 * ```ts
 * // see rules/001-service-star.json, "scoredAwards"[0]
 * ```
 */
export const ScoredAwardSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: BilingualTextSchema,
  ...cited,
  candidateKind: CandidateKindSchema,
  categories: z.array(z.strictObject({ id: Id, label: BilingualTextSchema, ...cited })).optional(),
  eligibility: ConditionSchema.optional(),
  vetoes: z.array(ConditionSchema).default([]),
  rubric: RubricSchema.optional(),
  bonuses: z.array(BonusSchema).default([]),
  composite: z
    .strictObject({
      components: z
        .array(z.strictObject({ id: Id, label: BilingualTextSchema, weight: z.number().positive().max(1), max: z.number().positive(), ...cited }))
        .min(1),
      ...cited,
    })
    .optional(),
  grades: GradesSchema.optional(),
  gradeCaps: z.array(z.strictObject({ id: Id, label: BilingualTextSchema, when: ConditionSchema, highestGrade: Id, ...cited })).default([]),
  forcedGrades: z.array(z.strictObject({ id: Id, label: BilingualTextSchema, when: ConditionSchema, grade: Id, ...cited })).default([]),
  quota: QuotaSchema.optional(),
  /** How places are given out when candidates outnumber the quota. */
  allocation: AllocationSchema.optional(),
  nomineesPerUnit: QuantitySchema.optional(),
  prize: QuantitySchema.optional(),
  /** Time limits the document sets (e.g. appeal within one week, decided within 15 days). */
  deadlines: z.array(z.strictObject({ id: Id, label: BilingualTextSchema, value: z.number().positive(), unit: z.string().min(1), ...cited })).default([]),
  notes: z.array(z.strictObject({ text: BilingualTextSchema, ...cited })).optional(),
});

/** A scored award. */
export type ScoredAward = z.infer<typeof ScoredAwardSchema>;
