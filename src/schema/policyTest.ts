import { z } from "zod";
import { named } from "./named.js";
import { policyTestProblems } from "./checks.js";
import { IsoDateSchema } from "./primitives.js";
import { RULE_FILE_BOUNDS } from "./bounds.js";
import { customIssue } from "./checkMessages.js";

const Status = z.enum(["pass", "fail", "unknown"]).describe("pass, fail or unknown.");
const record = z.record(z.string(), z.unknown()).describe("A candidate record (see candidate.schema.json); the evaluator checks it.");
const Money = z.strictObject({ value: z.number().describe("The amount."), unit: z.string().describe("Its unit.") }).describe("An amount with its unit.");

/**
 * What a policy test expects of one record's evaluation. Every field is optional; each one given
 * is compared, and a test passes only when all agree.
 *
 * @example
 * ```ts
 * RecordExpectationSchema.parse({ status: "qualified", category: "staff", level: 2, conditions: { "staff.1.3": "fail" } });
 * ```
 */
export const RecordExpectationSchema = z
  .strictObject({
    status: z
      .enum(["qualified", "notQualified", "pendingReview", "refused", "notApplied", "scored", "vetoed", "ineligible"])
      .describe(
        "The overall status: level awards qualified / notQualified / pendingReview / refused / notApplied; scored awards scored / vetoed / ineligible / pendingReview / refused / notApplied.",
      )
      .optional(),
    ifApplied: z
      .strictObject({
        status: z.enum(["qualified", "notQualified", "pendingReview", "scored", "vetoed", "ineligible"]).describe("What the record would come to if it applied."),
        category: z.string().nullable().describe("The category it would reach (level awards).").optional(),
        level: z.number().int().nullable().describe("The level it would reach (level awards).").optional(),
      })
      .describe("For a record that did not apply (status notApplied): what it would come to if it applied.")
      .optional(),
    category: z.string().nullable().describe("The category of the level reached (null unless qualified).").optional(),
    level: z.number().int().nullable().describe("The level reached (null unless qualified).").optional(),
    reward: Money.nullable().describe("The reward (null when none).").optional(),
    levels: z
      .record(z.string(), z.record(z.string(), Status))
      .describe('Every category\'s level statuses, e.g. { "staff": { "1": "fail", "2": "pass", "3": "pass" } }: compared whole.')
      .optional(),
    conditions: z.record(z.string(), Status).describe('Condition nodes by id and their status, e.g. { "staff.1.3": "fail" }.').optional(),
    refusal: z.array(z.string()).describe("The ids of the conditions that refuse the application: compared as a set ([] for none).").optional(),
    missingFacts: z.array(z.string()).describe("Inputs that must be listed as still missing (each one; others may be listed too).").optional(),
    cites: z
      .array(z.string())
      .describe('Clauses (e.g. "000 §四(二)1(3)") a reason that decides the result must cite: a decisive condition, a veto that holds, a grade step taken.')
      .optional(),
    score: z.number().nullable().describe("The score grades are read from.").optional(),
    rubricTotal: z.number().nullable().describe("The rubric's total.").optional(),
    sections: z.record(z.string(), z.number().nullable()).describe("Rubric section subtotals by section id.").optional(),
    bonusBeforeCap: z.number().nullable().describe("Bonus points before their cap.").optional(),
    bonusAfterCap: z.number().nullable().describe("Bonus points after their cap.").optional(),
    composite: z.number().nullable().describe("The weighted composite.").optional(),
    grade: z.string().nullable().describe("The grade (a band's id; null for none).").optional(),
    vetoes: z.record(z.string(), Status).describe("Vetoes by id and their status (pass: the veto holds).").optional(),
    gradeSteps: z
      .array(
        z
          .strictObject({
            kind: z.enum(["band", "cap", "forced", "noBand", "veto"]).describe("The step's kind."),
            id: z.string().describe("The band's grade, the cap's or forced grade's id."),
            status: Status,
          })
          .describe("A step that must be among the result's grade steps."),
      )
      .describe("Grade steps that must be among the result's.")
      .optional(),
    prize: Money.nullable().describe("The prize (null when none).").optional(),
    consequences: z.record(z.string(), Status).describe("Consequences by id and whether they apply (pass).").optional(),
    gaps: z
      .array(
        z
          .strictObject({
            category: z.string().describe("The category."),
            level: z.number().int().describe("A level not reached."),
            options: z.array(z.array(z.string())).describe("The smallest sets of condition ids that would have to change, one of which is enough (compared as sets)."),
            clearsOn: z
              .record(z.string(), IsoDateSchema)
              .describe("For conditions blocked by a dated record: the first date it leaves the window, by condition id (compared whole).")
              .optional(),
          })
          .describe("What a level not reached would need."),
      )
      .describe("Gap analysis: for the levels named, what would have to change.")
      .optional(),
    values: z.record(z.string(), z.number()).describe("A pay test: the formulas' values by name (each one given).").optional(),
    errors: z
      .array(
        z
          .strictObject({ code: z.string().describe("The issue code."), path: z.array(z.union([z.string(), z.number()])).describe("The issue's path.") })
          .describe("An issue the refusal must list."),
      )
      .min(1)
      .describe("The evaluation must fail listing every one of these issues (code and path).")
      .optional(),
    error: z
      .strictObject({
        code: z.string().describe("The issue code expected (invalid_record, invalid_score, outside_audience…)."),
        path: z.array(z.union([z.string(), z.number()])).describe("The issue's path."),
      })
      .describe("The evaluation must fail with an issue of this code and path.")
      .optional(),
  })
  .describe("What a test expects of one record's evaluation.");
named(RecordExpectationSchema, "RecordExpectation");

/** A placement's expected fields. */
const PlacementExpectation = z
  .strictObject({
    status: z
      .enum(["placed", "proposed", "provisional", "notPlaced", "notApplied", "refused", "notQualified", "pendingReview", "vetoed", "ineligible"])
      .describe("The placement's status.")
      .optional(),
    level: z.number().int().nullable().describe("The level placed (or proposed) at.").optional(),
    grade: z.string().nullable().describe("The grade after the round's quota.").optional(),
    rank: z.number().int().nullable().describe("The rank where a quota decided.").optional(),
    category: z.string().nullable().describe("The category (applied for, or the record's).").optional(),
    reward: Money.nullable().describe("The reward of the place (null when none).").optional(),
  })
  .describe("A placement's expected fields.");

/** A quota line's expected fields. */
const QuotaExpectation = z
  .strictObject({
    key: z.string().describe("The level (level 1), the round, or a bucket (a category, a department, all)."),
    quota: z.number().nullable().describe("Its places (null: no limit).").optional(),
    placed: z.number().int().describe("Places given (final).").optional(),
    proposed: z.number().int().describe("Places proposed, awaiting the committee.").optional(),
    provisional: z.number().int().describe("Places held by ties.").optional(),
    empty: z.number().int().nullable().describe("Places given to nobody.").optional(),
  })
  .describe("A quota line.");

/**
 * What a policy test expects of a round: its status, the placements of the records named, the
 * quotas and the ties left to the committee.
 *
 * @example
 * ```ts
 * RoundExpectationSchema.parse({ roundStatus: "final", placements: { "R-01": { status: "placed", level: 1 } } });
 * ```
 */
export const RoundExpectationSchema = z
  .strictObject({
    roundStatus: z.enum(["final", "provisional"]).describe("final, or provisional while an applicant is pending, a tie is open or a decision is awaited.").optional(),
    placements: z.record(z.string(), PlacementExpectation).describe("Placements by record id: each field given is compared.").optional(),
    placedCount: z.number().int().min(0).describe("How many are placed.").optional(),
    proposedCount: z.number().int().min(0).describe("How many are proposed, awaiting the committee.").optional(),
    applicants: z.number().int().min(0).describe("How many records applied.").optional(),
    quotas: z.array(QuotaExpectation).describe("Quota lines that must be among the round's.").optional(),
    outstanding: z
      .strictObject({
        pending: z.array(z.string()).describe("The applicants still pending review (as a set).").optional(),
        decisions: z.array(z.string()).describe("The candidates the committee has still to decide on (as a set).").optional(),
      })
      .describe("What the round is waiting for.")
      .optional(),
    awardees: z
      .array(
        z
          .strictObject({
            recordId: z.string().describe("The record."),
            level: z.number().int().nullable().describe("The level.").optional(),
            grade: z.string().nullable().describe("The grade.").optional(),
            category: z.string().nullable().describe("The category.").optional(),
            reward: Money.nullable().describe("The reward.").optional(),
            status: z.enum(["placed", "proposed"]).describe("placed, or proposed awaiting the committee.").optional(),
          })
          .describe("A line of the 公示 list."),
      )
      .describe("The 公示 list, in order (compared line by line, the fields given).")
      .optional(),
    ties: z
      .array(
        z
          .strictObject({
            key: z.string().describe("Where the tie is."),
            places: z.number().int().describe("How many places."),
            candidates: z.array(z.string()).describe("The tied candidates named (as a set)."),
          })
          .describe("A tie."),
      )
      .describe("The round's ties, compared as a whole ([] for none).")
      .optional(),
    error: z
      .strictObject({ code: z.string().describe("The issue code."), path: z.array(z.union([z.string(), z.number()])).describe("The issue's path.") })
      .describe("The round must fail with an issue of this code and path.")
      .optional(),
  })
  .describe("What a test expects of a round.");
named(RoundExpectationSchema, "RoundExpectation");

const HolderReviewSchema = z
  .strictObject({
    recordId: z.string().describe("The holder."),
    date: IsoDateSchema.describe("The review's date."),
    outcome: z.enum(["passed", "failed", "problemsFound", "left"]).describe("passed, failed, problems found (kept, urged to put them right), or left the post."),
  })
  .describe("A holder's review.");

/** The committee's decisions, as a test gives them. */
const CommitteeSchema = z
  .strictObject({
    date: IsoDateSchema.describe("The day the committee decided."),
    decisions: z
      .array(
        z
          .strictObject({
            recordId: z.string().min(1).describe("The candidate."),
            awarded: z.boolean().describe("Awarded (true) or not (false)."),
            level: z.number().int().min(1).describe("The level awarded, where the round cannot tell.").optional(),
          })
          .describe("One decision."),
      )
      .describe("Decisions on single candidates.")
      .optional(),
    approveProposals: z.boolean().describe("Approve every place proposed that no decision names.").optional(),
  })
  .describe("What the committee decided.");

/**
 * What a test expects: of one record or of a round, in one object (each field checked by its own
 * type, so a wrong value is named at its path — `expected.level` — rather than as a mismatch of two
 * alternatives). Which fields fit which test (a round's fields only with `records`) is checked with
 * the test's other parts.
 *
 * @example
 * ```ts
 * ExpectationSchema.parse({ status: "qualified", level: 2 });
 * ExpectationSchema.parse({ roundStatus: "final", placedCount: 3 });
 * ```
 */
export const ExpectationSchema = z
  .strictObject({
    ...RecordExpectationSchema.shape,
    ...RoundExpectationSchema.shape,
    error: RecordExpectationSchema.shape.error.describe("The evaluation (or round) must fail with an issue of this code and path."),
  })
  .describe("What the documents say the outcome must be: of one record, or of a round.");

/** Options of a round, as a test gives them. */
const RoundOptionsSchema = z
  .strictObject({
    previousRound: z
      .strictObject({ revoked: z.array(z.string()).describe("Ids revoked in the previous round.") })
      .describe("The previous round's revocations.")
      .optional(),
    populations: z
      .strictObject({
        total: z.number().int().min(0).max(RULE_FILE_BOUNDS.places).describe("The headcount in all (0 to 1,000,000).").optional(),
        byDepartment: z.record(z.string(), z.number().int().min(0).max(RULE_FILE_BOUNDS.places)).describe("Headcounts by department (each 0 to 1,000,000).").optional(),
      })
      .describe("Headcounts for share quotas.")
      .optional(),
    whenLevelFull: z.enum(["placeAtLowerLevel", "leaveOut"]).describe("Overrides the rule file's setting.").optional(),
    departmentLimits: z
      .record(z.string(), z.number().int().min(0).max(RULE_FILE_BOUNDS.places))
      .describe("Applications each department may make this year (each 0 to 1,000,000).")
      .optional(),
    committee: CommitteeSchema.optional(),
  })
  .describe("Options of the round.");

/** A round after the round, evaluated with the ledger drawn up. */
const LaterRoundSchema = z
  .strictObject({
    asOf: IsoDateSchema.describe("The round's evaluation date."),
    records: z.array(record).describe("The round's records."),
    round: z.strictObject({ committee: CommitteeSchema.optional() }).describe("Options of that round.").optional(),
    expected: RoundExpectationSchema,
  })
  .describe("A later round, evaluated with this round's ledger.");

/**
 * A policy test: a rulebook, an as-of date, one record (`input`) or a round's records (`records`,
 * or `recordsFile` beside the test), and what the documents say the outcome must be. A round may go
 * on after the round (`afterRound`): reviews of its holders, the ledger expected, and the next round
 * evaluated with that ledger. Written as data by policy officers and run by `award-rules test`.
 *
 * @example
 * ```ts
 * PolicyTestSchema.parse({
 *   name: "staff level 2", description: "…", rulebook: "model-post-000", award: "model-post", asOf: "2026-11-26",
 *   input: { id: "T-1" }, expected: { status: "pendingReview" },
 * });
 * ```
 */
export const PolicyTestSchema = z
  .strictObject({
    $schema: z.string().describe("The JSON Schema of policy tests, for editors.").optional(),
    name: z.string().min(1).describe("A short name."),
    nameZh: z.string().min(1).describe("The name in Chinese, shown by Chinese reports (they show `name` when it is absent).").optional(),
    description: z.string().min(1).describe("How the expected outcome follows from the document, clause by clause."),
    rulebook: z.string().min(1).describe("The rulebook's id (a bundled one such as model-post-000, or the id of a rule file given with --rules)."),
    award: z.string().min(1).describe("The award's id."),
    asOf: IsoDateSchema.describe("The evaluation date."),
    deployment: z
      .strictObject({
        bonusMaxima: z
          .record(z.string(), z.number().min(0).max(RULE_FILE_BOUNDS.points))
          .describe("Maxima of bonus items the document leaves open (each 0 to 100,000 points).")
          .optional(),
      })
      .describe("What a deployment sets (002 bonus maxima).")
      .optional(),
    input: record.describe("One record to evaluate.").optional(),
    records: z.array(record).describe("A round's records.").optional(),
    recordsFile: z.string().min(1).describe("A round's records in a JSON array or NDJSON file, relative to the test file.").optional(),
    pay: z
      .strictObject({
        inputs: z.record(z.string(), z.union([z.number(), z.array(z.number())])).describe("The pay rule's inputs (the award names the pay rule)."),
        record: record.describe("The person the pay is for, checked against whom the rule covers.").optional(),
      })
      .describe("A pay rule to compute (the test's award is the pay rule's id).")
      .optional(),
    round: RoundOptionsSchema.optional(),
    expected: ExpectationSchema,
    afterRound: z
      .strictObject({
        reviews: z.array(HolderReviewSchema).describe("The holders' reviews during the term."),
        asOf: IsoDateSchema.describe("The date the ledger is drawn up on."),
        expected: z
          .strictObject({
            holders: z
              .record(z.string(), z.enum(["holding", "expired", "revoked", "left"]))
              .describe("Holders by id and their standing.")
              .optional(),
            outcomes: z
              .record(z.string(), z.array(z.enum(["priorityRecommendation", "rectificationUrged"])))
              .describe("What the reviews brought each holder named, in date order (重点推荐, 督促整改).")
              .optional(),
            barredFromNextRound: z.array(z.string()).describe("Who is barred from the next round (as a set).").optional(),
            vacancies: z.array(z.string()).describe("Whose places were left empty (as a set); none is filled again unless the rules say so.").optional(),
            refilled: z.boolean().describe("Whether any empty place is filled again.").optional(),
            reviewsDue: z.array(IsoDateSchema).describe("The review dates of the term.").optional(),
          })
          .describe("What the ledger must say."),
        nextRound: LaterRoundSchema.describe("The next round, evaluated with this round's ledger.").optional(),
        laterRounds: z.array(LaterRoundSchema).describe("Other rounds given the same ledger (a round two years on, which must refuse it).").optional(),
      })
      .describe("What happens after the round.")
      .optional(),
  })
  .superRefine((test, ctx) => {
    for (const problem of policyTestProblems(test)) ctx.addIssue(customIssue(problem));
  })
  .describe("A policy test: a rulebook, a date, a record or a round, and the outcome the documents give.");
named(PolicyTestSchema, "PolicyTest");

/** What a test expects of one record. */
/** What a test expects of a round. */
