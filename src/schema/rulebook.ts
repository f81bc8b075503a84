import { z } from "zod";
import { named } from "./named.js";
import { rulebookProblems } from "./checks.js";
import { ConditionSchema } from "./condition.js";
import { BilingualTextSchema, IsoDateSchema } from "./primitives.js";
import { RULE_FILE_BOUNDS } from "./bounds.js";
import { PayRuleSchema, ScoredAwardSchema } from "./scoring.js";
import { cited, MonthDaySchema, QuantitySchema } from "./quantity.js";
import { AllocationSchema } from "./allocation.js";
import { AfterRoundSchema } from "./afterRound.js";
import { CandidacySchema, CommitteeSchema } from "./candidacy.js";
import { BenefitSchema, DeadlineSchema } from "./entitlements.js";
import { patternError, customIssue } from "./checkMessages.js";

const label = BilingualTextSchema.describe("What it is called, in Chinese and English.");

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
 *   label: { zh: "近三年（自评审日往前推算）", en: "the last 3 years, counted back from the evaluation date" },
 *   source: { document: "000", clause: "§四(一)1(4)" },
 * });
 * ```
 */
export const WindowSchema = z
  .discriminatedUnion("kind", [
    z
      .strictObject({
        kind: z.literal("yearsUpToAsOf").describe("The N years up to the as-of date (近N年, for dated events)."),
        years: z.number().int().min(1).max(100).describe("N, in years."),
        label,
        ...cited,
      })
      .describe("Dated events after the as-of date minus N years, up to and including the as-of date."),
    z
      .strictObject({
        kind: z.literal("calendarYearsBeforeRound").describe("The N calendar years before the round's year (上一年度: N = 1)."),
        years: z.number().int().min(1).max(100).describe("N, in calendar years."),
        label,
        ...cited,
      })
      .describe("The N calendar years before the year of the as-of date; appraisal and target facts need this kind."),
    z.strictObject({ kind: z.literal("untilAsOf").describe("Everything dated up to the as-of date."), label, ...cited }).describe("Everything dated on or before the as-of date."),
    z
      .strictObject({ kind: z.literal("calendarYearOfAsOf").describe("The as-of date's calendar year (本年度)."), label, ...cited })
      .describe("1 Jan to 31 Dec of the as-of date's year."),
    z
      .strictObject({
        kind: z.literal("academicYear").describe("The school year (学年) containing the as-of date."),
        startsOn: MonthDaySchema.describe("The day the school year starts, MM-DD (e.g. 09-01)."),
        label,
        ...cited,
      })
      .describe("The school year containing the as-of date."),
    z
      .strictObject({
        kind: z.literal("fixedDates").describe("A period the document dates itself."),
        from: IsoDateSchema.describe("First day, included."),
        to: IsoDateSchema.describe("Last day, included."),
        label,
        ...cited,
      })
      .describe("A fixed period, both ends included."),
  ])
  .describe("A time window, by kind.");
named(WindowSchema, "Window");

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
export const ScaleSchema = z
  .strictObject({
    values: z
      .array(
        z
          .strictObject({
            value: z.string().min(1).describe("The value as records write it (e.g. excellent)."),
            rank: z.number().int().min(-RULE_FILE_BOUNDS.rank).max(RULE_FILE_BOUNDS.rank).describe("Its rank (−1,000 to 1,000): higher is better; equal ranks are equal."),
            label,
          })
          .describe("One value of the scale."),
      )
      .min(1)
      .describe("The values, each with its rank."),
    ...cited,
  })
  .describe("An ordered scale of values (ratings, scopes, sanctions).");
named(ScaleSchema, "Scale");

const dayOfRound = z
  .strictObject({
    day: MonthDaySchema,
    yearOffset: z.number().int().min(0).max(5).describe("Years after the round's year (0: the same year)."),
  })
  .describe("A day, counted from the round's year.");

/**
 * The round's calendar as days of the year; dates are computed for a round's year.
 *
 * @example
 * ```ts
 * // see rules/000-model-post.json, "calendar"
 * ```
 */
export const RoundCalendarSchema = z
  .strictObject({
    applicationWindow: z
      .strictObject({ from: MonthDaySchema.describe("First day applications are accepted."), to: MonthDaySchema.describe("Last day applications are accepted."), ...cited })
      .describe("When applications are accepted, both days included (the withinRoundWindow operator reads it)."),
    reviewAndPublicationBy: z
      .strictObject({ day: MonthDaySchema, ...cited })
      .describe("The day by which holders are reviewed and published.")
      .optional(),
    demonstrationPeriod: z
      .strictObject({
        from: MonthDaySchema.describe("First day, in the round's year."),
        to: MonthDaySchema.describe("Last day."),
        toYearOffset: z.number().int().min(0).max(5).describe("Years after the round's year in which the period ends."),
        ...cited,
      })
      .describe("How long the title is held.")
      .optional(),
    halfYearReviewsDue: z
      .strictObject({ dates: z.array(dayOfRound).min(1).describe("The days reviews are due."), ...cited })
      .describe("When holders' periodic reviews are due.")
      .optional(),
  })
  .describe("A round's calendar, as days of the year.");
named(RoundCalendarSchema, "RoundCalendar");

/**
 * A category's level: its number (1 is highest) and its condition tree.
 *
 * @example
 * ```ts
 * // { "level": 1, "conditions": { "id": "party.1", "all": [ … ] } }
 * ```
 */
export const CategoryLevelSchema = z
  .strictObject({
    level: z.number().int().min(1).max(RULE_FILE_BOUNDS.level).describe("The level's number (1 to 100): 1 is the highest; the award's `levels` define it."),
    conditions: ConditionSchema.describe("What the level asks: every condition of this tree must hold."),
  })
  .describe("One level of a category.");
named(CategoryLevelSchema, "CategoryLevel");

/**
 * A category of an award: who may apply (its audience) and the conditions of each level.
 *
 * @example
 * ```ts
 * // { "id": "staff", "label": { … }, "source": { … }, "audience": { … }, "levels": [ … ] }
 * ```
 */
export const CategorySchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe("The category's id (lower case, digits, '-'); an application names it."),
    label,
    ...cited,
    audience: ConditionSchema.describe("Who may apply for this category. Default: everyone.").optional(),
    levels: z.array(CategoryLevelSchema).min(1).describe("The category's levels with their conditions."),
  })
  .describe("A category of an award.");
named(CategorySchema, "Category");

/**
 * One award (e.g. 示范岗): its levels with quotas and rewards, and its categories, each with its
 * audience and the conditions of each level; optionally the round's calendar, the admission
 * checks on an application, the requirements shared by all categories, the round's limits, how
 * places are given out and what happens after the round. What a policy does not need is left out:
 * no admission checks or requirements means none; no quota means no limit; no allocation means
 * ranked by the committee's rank with ties left to the committee.
 *
 * @example
 * ```ts
 * // see rules/000-model-post.json, "awards"[0], or fixtures/authoring/ for a small one
 * ```
 */
export const AwardSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe("The award's id (lower case, digits, '-')."),
    label,
    ...cited,
    levels: z
      .array(
        z
          .strictObject({
            level: z.number().int().min(1).max(RULE_FILE_BOUNDS.level).describe("The level's number (1 to 100): 1 is the highest."),
            label,
            quota: QuantitySchema.describe("At most this many holders of the level a round. Default: no limit.").optional(),
            reward: QuantitySchema.describe("The reward a holder of the level receives. Default: none.").optional(),
          })
          .describe("A level of the award."),
      )
      .min(1)
      .describe("The award's levels, each with its label, quota and reward."),
    roundQuota: QuantitySchema.describe("At most this many holders a round, all levels together. Default: no limit beyond the levels' quotas.").optional(),
    allocation: AllocationSchema.optional(),
    applicationsPerPersonPerRound: QuantitySchema.describe("Applications a person may make in one round. Default: 1.").optional(),
    applicationsPerDepartment: z
      .strictObject({ setBy: z.literal("deployment").describe("The number is set each year by the deployment (cohort option departmentLimits)."), ...cited })
      .describe("Each department's applications are limited to a number the deployment sets each year (000 §五(一)).")
      .optional(),
    candidacy: CandidacySchema.describe("Who competes in a round. Default: everyone given to the round.").optional(),
    committee: CommitteeSchema.describe("A decision the document leaves to a committee. Default: none — the conditions, quotas and ranking decide.").optional(),
    calendar: RoundCalendarSchema.optional(),
    admission: ConditionSchema.describe("Checks on an application (dates, bars). Default: none.").optional(),
    requirements: ConditionSchema.describe("Requirements every category shares. Default: none.").optional(),
    categories: z.array(CategorySchema).min(1).describe("The award's categories."),
    benefits: z.array(BenefitSchema).default([]).describe("What a holder receives besides the reward (a plaque)."),
    deadlines: z.array(DeadlineSchema).default([]).describe("Time limits the document sets."),
    afterRound: AfterRoundSchema.optional(),
    notes: z
      .array(z.strictObject({ text: label, ...cited }).describe("A cited note."))
      .describe("Cited notes on what is not encoded, and why.")
      .optional(),
  })
  .describe("An award decided by conditions, in categories and levels.");
named(AwardSchema, "Award");

/**
 * A rulebook file: one policy document as data. Rule files name the emitted JSON Schema in
 * `$schema` so editors check them.
 *
 * @example
 * ```ts
 * import modelPost from "award-rules/rules/000-model-post.json" with { type: "json" };
 * const rulebook = RulebookSchema.parse(modelPost);
 * ```
 */
export const RulebookSchema = z
  .strictObject({
    $schema: z.string().describe("The JSON Schema this file follows, for editors: ./schema/rulebook.schema.json.").optional(),
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe("The rulebook's id (lower case, digits, '-'); tests name it."),
    title: BilingualTextSchema.describe("The document's title."),
    document: z
      .strictObject({
        id: z
          .string()
          .regex(/^\d{3}$/, patternError(/^\d{3}$/))
          .describe("The document's number (000–004); every source in the file cites it."),
        title: z.string().min(1).describe("The document's title, as printed."),
        file: z.string().min(1).describe("Where the document's text is kept.").optional(),
        note: z.string().describe("A note on the document.").optional(),
      })
      .describe("The document this file encodes."),
    version: z
      .string()
      .min(1)
      .max(200)
      .describe(
        "Which revision of the policy this file encodes, as its document names it: the document's number and date of issue where it prints them (e.g. 后集委发〔2010〕15号 2010-09-15). Every result reports it, so a stored result says which revision it came from.",
      ),
    effectiveFrom: IsoDateSchema.describe(
      "The first day the policy applies (ISO date), as the document says or as its reading notes explain; absent when the document gives none (the notes say so). Evaluating as of an earlier day adds a note to the result.",
    ).optional(),
    effectiveTo: IsoDateSchema.describe(
      "The last day the policy applies (ISO date), when the document or a later one sets it; absent while it has no end. Evaluating as of a later day adds a note to the result.",
    ).optional(),
    scales: z.record(z.string(), ScaleSchema).default({}).describe("Ordered scales by name (rating, scope, …)."),
    windows: z.record(z.string(), WindowSchema).default({}).describe("Time windows by name (threeYears, previousYear, …)."),
    measures: z
      .record(
        z.string(),
        z
          .strictObject({
            label,
            unit: z.string().min(1).describe("Its unit."),
            min: z
              .number()
              .min(-RULE_FILE_BOUNDS.measure)
              .max(RULE_FILE_BOUNDS.measure)
              .describe("The smallest value a record may carry (e.g. 0 for a share); within ±1,000,000,000.")
              .optional(),
            max: z
              .number()
              .min(-RULE_FILE_BOUNDS.measure)
              .max(RULE_FILE_BOUNDS.measure)
              .describe("The largest value a record may carry (e.g. 1 for a share); within ±1,000,000,000.")
              .optional(),
            integer: z.boolean().describe("Whole numbers only (a count).").optional(),
            ...cited,
          })
          .describe("A declared figure."),
      )
      .describe("Counts and figures a candidate may carry in `measures`, declared with unit and source.")
      .optional(),
    flags: z
      .record(z.string(), z.strictObject({ label, ...cited }).describe("A declared yes/no fact."))
      .describe("Yes/no facts a candidate may carry in `flags`, declared with source.")
      .optional(),
    organisations: z
      .array(
        z
          .strictObject({
            id: z.string().min(1).describe("The organisation's id."),
            label,
            kind: z.enum(["department", "team", "serviceUnit", "school"]).describe("What it is."),
            teams: z
              .array(z.strictObject({ id: z.string().min(1).describe("The team's id."), label }).describe("A team."))
              .describe("Its teams.")
              .optional(),
            ...cited,
          })
          .describe("An organisation the document names."),
      )
      .describe("Organisations named by the document (departments and their teams).")
      .optional(),
    awards: z.array(AwardSchema).default([]).describe("Awards decided by conditions, in categories and levels (000)."),
    scoredAwards: z.array(ScoredAwardSchema).default([]).describe("Awards and appraisals decided by scores: rubrics, weights, bands, vetoes, caps (001–004)."),
    payRules: z.array(PayRuleSchema).default([]).describe("Pay rules said as data: inputs, constants with units, formulas (004 篇1, 篇11, 篇13)."),
    deadlines: z.array(DeadlineSchema).default([]).describe("Time limits the document sets for the whole activity (plans, materials)."),
    notes: z
      .array(z.strictObject({ text: label, ...cited }).describe("A cited note."))
      .describe("Cited notes on what is not encoded, and why.")
      .optional(),
  })
  .superRefine((rulebook, ctx) => {
    for (const problem of rulebookProblems(rulebook)) ctx.addIssue(customIssue(problem));
  })
  .describe("A rule file: one policy document as data.");
named(RulebookSchema, "Rulebook");
