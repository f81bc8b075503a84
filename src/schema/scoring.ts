import { z } from "zod";
import { RULE_FILE_BOUNDS } from "./bounds.js";
import { named } from "./named.js";
import { CandidateKindSchema } from "./candidate.js";
import { ConditionSchema, JsonValueSchema } from "./condition.js";
import { BilingualTextSchema } from "./primitives.js";
import { cited, QuantitySchema } from "./quantity.js";
import { AllocationSchema } from "./allocation.js";
import { CandidacySchema, CommitteeSchema } from "./candidacy.js";
import { AfterRoundSchema } from "./afterRound.js";
import { BenefitSchema, DeadlineSchema, ScheduleSchema } from "./entitlements.js";
import { patternError } from "./checkMessages.js";
// the recursive schemas are declared with the types generated from them (zod cannot infer a recursive union)
import type { Expression } from "./rulebookTypes.js";

const Id = z
  .string()
  .regex(/^[A-Za-z0-9_.-]+$/, patternError(/^[A-Za-z0-9_.-]+$/))
  .describe("An id: letters, digits, '.', '_' and '-'.");
const label = BilingualTextSchema.describe("What it is called, in Chinese and English.");

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
export const RubricSchema = z
  .strictObject({
    sections: z
      .array(
        z
          .strictObject({
            id: Id,
            label,
            printedMax: z
              .number()
              .nonnegative()
              .max(RULE_FILE_BOUNDS.points)
              .describe("The section's points as the document prints them (kept even where the items add up to more or less); at most 100,000.")
              .optional(),
            items: z
              .array(
                z
                  .strictObject({ id: Id, label, max: z.number().nonnegative().max(RULE_FILE_BOUNDS.points).describe("The item's maximum points (0 to 100,000)."), ...cited })
                  .describe("A scored item."),
              )
              .min(1)
              .describe("The section's items."),
            ...cited,
          })
          .describe("A section of the rubric."),
      )
      .min(1)
      .describe("The rubric's sections."),
    printedTotal: z.number().nonnegative().max(RULE_FILE_BOUNDS.points).describe("The total as printed (0 to 100,000).").optional(),
    ...cited,
  })
  .describe("A rubric of sections and items with their maximum points.");
named(RubricSchema, "Rubric");

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
export const BonusSchema = z
  .discriminatedUnion("kind", [
    z
      .strictObject({
        kind: z.literal("perUnit").describe("Points per matching item of a dated list."),
        id: Id,
        label,
        fact: z.string().min(1).describe("The dated list counted (a fact)."),
        params: z.record(z.string(), JsonValueSchema).describe("window and where, as on a condition leaf.").optional(),
        pointsPerUnit: z.number().positive().max(RULE_FILE_BOUNDS.points).describe("Points per item (above 0, at most 100,000)."),
        cap: z.number().nonnegative().max(RULE_FILE_BOUNDS.points).describe("The most points the bonus gives (0 to 100,000)."),
        ...cited,
      })
      .describe("A bonus per matching item, capped."),
    z
      .strictObject({ kind: z.literal("deploymentSet").describe("Points the deployment sets."), id: Id, label, ...cited })
      .describe("A bonus item whose maximum the document leaves to the deployment."),
  ])
  .describe("Bonus points.");
named(BonusSchema, "Bonus");

const BoundSchema = z
  .strictObject({
    value: z.number().min(-RULE_FILE_BOUNDS.points).max(RULE_FILE_BOUNDS.points).describe("The bound (−100,000 to 100,000)."),
    inclusive: z.boolean().describe("Whether a score equal to the bound is in the band."),
  })
  .describe("A band's bound.");

/**
 * Grade bands with explicit inclusive or exclusive bounds, highest grade first; `printed`
 * keeps the document's words for the band.
 *
 * @example
 * ```ts
 * // { "grade": "excellent", "min": { "value": 85, "inclusive": true }, "printed": "85~100分" }
 * ```
 */
export const GradesSchema = z
  .strictObject({
    bands: z
      .array(
        z
          .strictObject({
            grade: Id,
            label,
            min: BoundSchema.describe("The lower bound; none: no lower bound.").optional(),
            max: BoundSchema.describe("The upper bound; none: no upper bound.").optional(),
            printed: z.string().min(1).describe("The band as the document prints it."),
            ...cited,
          })
          .describe("A grade band."),
      )
      .min(1)
      .describe("The bands, best grade first."),
    scoreRounding: z
      .enum(["none", "halfUpToWhole"])
      .default("none")
      .describe("How a score is rounded before the bands are read: none (59.5 is below 60), or halfUpToWhole (59.5 counts as 60). Default: none."),
    ...cited,
  })
  .describe("Grade bands.");
named(GradesSchema, "Grades");

/**
 * A place limit: a count, counts per category, or a share of a population with a named
 * rounding rule.
 *
 * @example
 * ```ts
 * // { "kind": "share", "share": 0.12, "of": { "zh": "后勤人员", "en": "logistics staff" }, "rounding": "floor", … }
 * ```
 */
export const QuotaSchema = z
  .discriminatedUnion("kind", [
    z
      .strictObject({
        kind: z.literal("count").describe("A number of places."),
        value: z.number().int().nonnegative().max(RULE_FILE_BOUNDS.places).describe("The number of places (0 to 1,000,000)."),
        unit: z.string().min(1).describe("Its unit."),
        ...cited,
      })
      .describe("A number of places."),
    z
      .strictObject({
        kind: z.literal("perCategory").describe("A number of places per category."),
        counts: z
          .array(
            z
              .strictObject({ category: Id, value: z.number().int().nonnegative().max(RULE_FILE_BOUNDS.places).describe("Places in the category (0 to 1,000,000).") })
              .describe("One category's places."),
          )
          .min(1)
          .describe("The places of each category."),
        unit: z.string().min(1).describe("Its unit."),
        ...cited,
      })
      .describe("Places per category."),
    z
      .strictObject({
        kind: z.literal("share").describe("A share of a headcount."),
        share: z.number().positive().max(1).describe("The share, e.g. 0.12 for 12%."),
        of: BilingualTextSchema.describe("Of whom."),
        per: z.enum(["department"]).describe("Counted per department (each department's headcount).").optional(),
        rounding: z.enum(["floor", "ceil", "roundHalfUp"]).describe("How a fraction of a person is rounded: floor, ceil or roundHalfUp."),
        ...cited,
      })
      .describe("A share of a headcount, rounded by a named rule."),
  ])
  .describe("A place limit.");
named(QuotaSchema, "Quota");

/**
 * An arithmetic expression of a pay rule, as data: a number, the name of an input or
 * constant, or `{ op: "add" | "sub" | "mul" | "div", args: [...] }`; `{ op: "sum", args: [list] }`
 * adds up a list input.
 *
 * @example
 * ```ts
 * ExpressionSchema.parse({ op: "sub", args: [{ op: "add", args: ["outstanding", "post"] }, "deductions"] });
 * ```
 */
export const ExpressionSchema: z.ZodType<Expression, Expression> = z.lazy(() =>
  z.union([
    z.number().finite(),
    z.string().min(1),
    z.strictObject({
      op: z.enum(["add", "sub", "mul", "div", "sum"]).describe("add, sub (first minus the rest), mul, div (first divided by the rest), or sum (adds up one list input)."),
      args: z.array(ExpressionSchema).min(1).describe("The operands: numbers, names, or expressions."),
    }),
  ]),
);
z.globalRegistry.add(ExpressionSchema, { description: "An expression: a number, the name of an input, constant or earlier formula, or { op, args }." });
named(ExpressionSchema, "Expression");

const PayBoundSchema = z.union([z.number().finite(), z.string().min(1)]).describe("A number, or the name of a constant or of another input.");

/**
 * A pay rule's input: a number (or, `list`, numbers one per event) with its unit and the range it
 * must keep; a bound may name a constant or another input ("no more upper-tier staff than staff").
 *
 * @example
 * ```ts
 * // { "name": "upperTierHeadcount", "label": { … }, "unit": "persons", "integer": true, "min": 0, "max": "headcount" }
 * ```
 */
export const PayInputSchema = z
  .strictObject({
    name: Id,
    label,
    unit: z.string().min(1).describe("Its unit."),
    list: z.boolean().describe("A list of numbers, one per event (e.g. each fault's deduction), added up with op sum.").optional(),
    integer: z.boolean().describe("Whole numbers only.").optional(),
    min: PayBoundSchema.describe("The smallest value allowed (each entry, for a list).").optional(),
    max: PayBoundSchema.describe("The largest value allowed (each entry, for a list).").optional(),
    source: cited.source.optional(),
    interpretation: cited.interpretation,
  })
  .describe("An input of a pay rule.");
named(PayInputSchema, "PayInput");

/**
 * A pay rule said as data: who it covers, named inputs with their ranges, constants with units,
 * and formulas over them.
 *
 * @example
 * ```ts
 * // 004 篇1: reward = outstanding + post − deductions
 * ```
 */
export const PayRuleSchema = z
  .strictObject({
    id: Id,
    label,
    audience: ConditionSchema.describe("Who the rule covers; a record outside it is refused with this clause.").optional(),
    schedule: ScheduleSchema.optional(),
    inputs: z.array(PayInputSchema).describe("The inputs."),
    constants: z
      .array(
        z
          .strictObject({ name: Id, label, value: z.number().finite().describe("The constant's value."), unit: z.string().min(1).describe("Its unit."), ...cited })
          .describe("A constant."),
      )
      .default([])
      .describe("Constants with units and sources."),
    formulas: z
      .array(
        z
          .strictObject({ name: Id, label, unit: z.string().min(1).describe("Its unit."), expression: ExpressionSchema.describe("How it is computed."), ...cited })
          .describe("A formula; later formulas may use earlier ones."),
      )
      .min(1)
      .describe("The formulas, in order."),
    ...cited,
  })
  .describe("A pay rule.");
named(PayRuleSchema, "PayRule");

/**
 * What a grade (or a condition) leads to after the appraisal: a bonus paid or stopped, an
 * allowance discounted (004 篇11 第四条).
 *
 * @example
 * ```ts
 * // { "id": "bonus-stopped", "grades": ["unqualified"], "effect": { "zh": "停发当年度绩效奖金", … }, … }
 * ```
 */
export const ConsequenceSchema = z
  .strictObject({
    id: Id,
    label,
    grades: z.array(Id).min(1).describe("It follows from these grades.").optional(),
    when: ConditionSchema.describe("It follows when this condition holds.").optional(),
    effect: BilingualTextSchema.describe("What follows, in the document's words."),
    ...cited,
  })
  .describe("A consequence of a grade or a condition.");
named(ConsequenceSchema, "Consequence");

/**
 * An award or appraisal decided by scores: who it covers, who is scored (a person or an
 * organisation), the conditions to take part, vetoes (一票否决) that disqualify whatever the
 * score, a rubric with bonuses, or weighted components, grade bands, grade caps (what bars a grade)
 * and forced grades, the grade a vetoed candidate gets, consequences, quotas, prizes and deadlines.
 *
 * @example
 * ```ts
 * // see rules/001-service-model-post.json, "scoredAwards"[0]
 * ```
 */
export const ScoredAwardSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe("The award's id (lower case, digits, '-')."),
    label,
    ...cited,
    candidateKind: CandidateKindSchema.describe("Who is scored: a person or an organisation."),
    audience: ConditionSchema.describe("Who the rule covers (e.g. an employment type); a record outside it is refused with this clause. Default: everyone.").optional(),
    categories: z
      .array(z.strictObject({ id: Id, label, ...cited }).describe("A category."))
      .describe("Categories, where quotas are per category.")
      .optional(),
    eligibility: ConditionSchema.describe("The conditions to take part; failing them: ineligible.").optional(),
    vetoes: z.array(ConditionSchema).default([]).describe("One-vote vetoes (一票否决): any that holds disqualifies whatever the score."),
    whenVetoed: z
      .strictObject({ grade: Id.describe("The grade a vetoed candidate gets (one of the bands)."), ...cited })
      .describe("The grade a vetoed candidate gets, where the document gives one. Default: no grade.")
      .optional(),
    rubric: RubricSchema.optional(),
    bonuses: z.array(BonusSchema).default([]).describe("Bonus points, added to the rubric's total."),
    composite: z
      .strictObject({
        components: z
          .array(
            z
              .strictObject({
                id: Id,
                label,
                weight: z.number().positive().max(1).describe("Its weight; the weights add up to 1."),
                max: z.number().positive().max(RULE_FILE_BOUNDS.points).describe("Its full score (above 0, at most 100,000)."),
                ...cited,
              })
              .describe("A weighted component."),
          )
          .min(1)
          .describe("The components."),
        ...cited,
      })
      .describe("A weighted score: each component scaled to 100 and weighted.")
      .optional(),
    grades: GradesSchema.optional(),
    gradeCaps: z
      .array(
        z
          .strictObject({ id: Id, label, when: ConditionSchema.describe("When this holds…"), highestGrade: Id.describe("…the grade is at most this one."), ...cited })
          .describe("A grade cap."),
      )
      .default([])
      .describe("What bars a grade (不能确定为优秀)."),
    forcedGrades: z
      .array(
        z.strictObject({ id: Id, label, when: ConditionSchema.describe("When this holds…"), grade: Id.describe("…the grade is this one."), ...cited }).describe("A forced grade."),
      )
      .default([])
      .describe("What sets a grade whatever the score (明确为不合格)."),
    consequences: z.array(ConsequenceSchema).default([]).describe("What grades or conditions lead to (bonus paid or stopped…)."),
    quota: QuotaSchema.optional(),
    allocation: AllocationSchema.optional(),
    nomineesPerUnit: QuantitySchema.describe("Candidates a unit may put forward.").optional(),
    prize: QuantitySchema.describe("The prize of a placed candidate.").optional(),
    applicationsPerPersonPerRound: QuantitySchema.describe("Applications a candidate may make in one round. Default: 1.").optional(),
    candidacy: CandidacySchema.describe("Who competes in a round. Default: everyone given to the round, from any organisation.").optional(),
    committee: CommitteeSchema.describe("A decision the document leaves to a committee. Default: none — the ranking and quota decide.").optional(),
    schedule: ScheduleSchema.optional(),
    deadlines: z.array(DeadlineSchema).default([]).describe("Time limits the document sets (appeal within one week; materials by a date)."),
    benefits: z.array(BenefitSchema).default([]).describe("What a placed candidate receives besides the prize (a title, a plaque)."),
    afterRound: AfterRoundSchema.optional(),
    notes: z
      .array(z.strictObject({ text: label, ...cited }).describe("A cited note."))
      .describe("Cited notes on what is not encoded, and why.")
      .optional(),
  })
  .describe("An award or appraisal decided by scores.");
named(ScoredAwardSchema, "ScoredAward");
