import { z } from "zod";
import { ConditionSchema } from "./condition.js";
import { BilingualTextSchema, InterpretationSchema, IsoDateSchema, SourceSchema } from "./primitives.js";
import { PayRuleSchema, ScoredAwardSchema } from "./scoring.js";
import { cited, MonthDaySchema, QuantitySchema } from "./quantity.js";
import { AllocationSchema } from "./allocation.js";

/**
 * A time window the policy speaks in, computed from the as-of date with date-fns:
 * - `yearsUpToAsOf`: the N years up to the as-of date (近N年, for dated events);
 * - `calendarYearsBeforeRound`: the N calendar years before the round's year (上一年度 with N = 1;
 *   the last N completed appraisal years);
 * - `untilAsOf`: everything dated on or before the as-of date;
 * - `calendarYearOfAsOf`: the calendar year of the as-of date (本年度);
 * - `academicYear`: the school year (学年) containing the as-of date, starting on `startsOn`;
 * - `fixedDates`: a period the document dates itself (an activity month).
 *
 * @example
 * ```ts
 * WindowSchema.parse({
 *   kind: "yearsUpToAsOf", years: 3,
 *   label: { zh: "近三年", en: "the last 3 years" },
 *   source: { document: "000", clause: "§四(一)1(4)" },
 * });
 * ```
 */
export const WindowSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("yearsUpToAsOf"), years: z.number().int().min(1).max(100), label: BilingualTextSchema, ...cited }),
  z.strictObject({
    kind: z.literal("calendarYearsBeforeRound"),
    years: z.number().int().min(1).max(100),
    label: BilingualTextSchema,
    ...cited,
  }),
  z.strictObject({ kind: z.literal("untilAsOf"), label: BilingualTextSchema, ...cited }),
  z.strictObject({ kind: z.literal("calendarYearOfAsOf"), label: BilingualTextSchema, ...cited }),
  z.strictObject({ kind: z.literal("academicYear"), startsOn: MonthDaySchema, label: BilingualTextSchema, ...cited }),
  z.strictObject({ kind: z.literal("fixedDates"), from: IsoDateSchema, to: IsoDateSchema, label: BilingualTextSchema, ...cited }),
]);

/** A time window definition. */
export type Window = z.infer<typeof WindowSchema>;

/**
 * An ordered scale (ratings, scopes): `values` from lowest to highest; values sharing a `rank`
 * are equal (合格 ranks with 称职).
 *
 * @example
 * ```ts
 * ScaleSchema.parse({
 *   values: [{ value: "competent", rank: 2, label: { zh: "称职", en: "competent" } }],
 *   source: { document: "000", clause: "§四(一)1(6)③" },
 * });
 * ```
 */
export const ScaleSchema = z.strictObject({
  values: z
    .array(z.strictObject({ value: z.string().min(1), rank: z.number().int(), label: BilingualTextSchema }))
    .min(1),
  ...cited,
});

/** An ordered scale. */
export type Scale = z.infer<typeof ScaleSchema>;

/**
 * The round's calendar as days of the year; dates are computed for a round's year.
 *
 * @example
 * ```ts
 * // see rules/000-model-post.json, "calendar"
 * ```
 */
export const RoundCalendarSchema = z.strictObject({
  applicationWindow: z.strictObject({ from: MonthDaySchema, to: MonthDaySchema, ...cited }),
  reviewAndPublicationBy: z.strictObject({ day: MonthDaySchema, ...cited }),
  demonstrationPeriod: z.strictObject({
    from: MonthDaySchema,
    to: MonthDaySchema,
    toYearOffset: z.number().int().min(0).max(5),
    ...cited,
  }),
  halfYearReviewsDue: z.strictObject({
    dates: z.array(z.strictObject({ day: MonthDaySchema, yearOffset: z.number().int().min(0).max(5) })).min(1),
    ...cited,
  }),
});

/** A round's calendar. */
export type RoundCalendar = z.infer<typeof RoundCalendarSchema>;

/**
 * A category's level: its number (1 is highest) and its condition tree.
 *
 * @example
 * ```ts
 * // { "level": 1, "conditions": { "id": "party.1", "all": [ … ] } }
 * ```
 */
export const CategoryLevelSchema = z.strictObject({
  level: z.number().int().min(1),
  conditions: ConditionSchema,
});

/**
 * One award (e.g. 示范岗): its levels with quotas and rewards, the round's calendar, the
 * admission checks on an application, the requirements shared by all categories, and its
 * categories, each with its audience and the conditions of each level.
 *
 * @example
 * ```ts
 * // see rules/000-model-post.json, "awards"[0]
 * ```
 */
export const AwardSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: BilingualTextSchema,
  ...cited,
  levels: z
    .array(
      z.strictObject({
        level: z.number().int().min(1),
        label: BilingualTextSchema,
        quota: QuantitySchema,
        reward: QuantitySchema,
      }),
    )
    .min(1),
  roundQuota: QuantitySchema,
  /** How a round's places are given out (ranking, and what a full level does). */
  allocation: AllocationSchema,
  applicationsPerPersonPerRound: QuantitySchema,
  calendar: RoundCalendarSchema,
  admission: ConditionSchema,
  requirements: ConditionSchema,
  categories: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/),
        label: BilingualTextSchema,
        ...cited,
        audience: ConditionSchema,
        levels: z.array(CategoryLevelSchema).min(1),
      }),
    )
    .min(1),
  notes: z.array(z.strictObject({ text: BilingualTextSchema, ...cited })).optional(),
});

/** One award. */
export type Award = z.infer<typeof AwardSchema>;

/**
 * A rulebook file: one policy document as data. Rule files name the emitted JSON Schema in
 * `$schema` so editors check them.
 *
 * @example
 * ```ts
 * import modelPost from "award-rules/rules/000-model-post.json";
 * const rulebook = RulebookSchema.parse(modelPost);
 * ```
 */
export const RulebookSchema = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: BilingualTextSchema,
  document: z.strictObject({
    id: z.string().regex(/^\d{3}$/),
    title: z.string().min(1),
    file: z.string().min(1),
    note: z.string().optional(),
  }),
  scales: z.record(z.string(), ScaleSchema),
  windows: z.record(z.string(), WindowSchema),
  /** Counts and figures a candidate may carry in `measures`, declared with unit and source. */
  measures: z.record(z.string(), z.strictObject({ label: BilingualTextSchema, unit: z.string().min(1), ...cited })).optional(),
  /** Yes/no facts a candidate may carry in `flags`, declared with source. */
  flags: z.record(z.string(), z.strictObject({ label: BilingualTextSchema, ...cited })).optional(),
  /** Organisations named by the document (departments and their teams). */
  organisations: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        label: BilingualTextSchema,
        kind: z.enum(["department", "team", "serviceUnit", "school"]),
        teams: z.array(z.strictObject({ id: z.string().min(1), label: BilingualTextSchema })).optional(),
        ...cited,
      }),
    )
    .optional(),
  /** Awards with categories and levels decided by conditions (000). */
  awards: z.array(AwardSchema).default([]),
  /** Awards and appraisals decided by scores: rubrics, weights, bands, vetoes, caps (001–004). */
  scoredAwards: z.array(ScoredAwardSchema).default([]),
  /** Pay rules said as data: inputs, constants with units, formulas (004 篇1, 篇11, 篇13). */
  payRules: z.array(PayRuleSchema).default([]),
  notes: z.array(z.strictObject({ text: BilingualTextSchema, ...cited })).optional(),
}).refine((rulebook) => rulebook.awards.length + rulebook.scoredAwards.length + rulebook.payRules.length > 0, {
  message: "a rulebook holds at least one award, scored award or pay rule",
});

/** A rulebook. */
export type Rulebook = z.infer<typeof RulebookSchema>;
