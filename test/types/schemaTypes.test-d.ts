// Holds the generated plain types (src/schema/*Types.ts, written by test/schema/types.test.ts) to the
// zod schemas they are written from: each type is zod's output type, each input type zod's input type
// (a record's lists read-only aside). A schema changed without regenerating fails here or in the
// staleness test; every generated type is imported here (test/schema/types.test.ts checks it).
import { expectTypeOf, test } from "vitest";
import type { z } from "zod";
import type * as S from "../../src/schema/index.js";
import type {
  AppraisalRating,
  AwardScores,
  AwardScoresInput,
  CandidateKind,
  CandidateRecord,
  CandidateRecordInput,
  EmploymentType,
  IsoDate,
  LiabilityIncident,
  LiabilityIncidentInput,
  Scope,
  YearKey,
} from "../../src/schema/recordTypes.js";
import type {
  AfterRound,
  Allocation,
  AllocationInput,
  Award,
  AwardInput,
  Benefit,
  BilingualText,
  Bonus,
  Candidacy,
  Category,
  CategoryLevel,
  Committee,
  Condition,
  Consequence,
  Deadline,
  Expression,
  Grades,
  GradesInput,
  Interpretation,
  JsonValue,
  MonthDay,
  PayInput,
  PayRule,
  PayRuleInput,
  Quantity,
  Quota,
  RankKey,
  RoundCalendar,
  Rubric,
  Rulebook,
  RulebookInput,
  Scale,
  Schedule,
  ScoredAward,
  ScoredAwardInput,
  Source,
  Window,
} from "../../src/schema/rulebookTypes.js";
import type { PolicyTest, RecordExpectation, RoundExpectation } from "../../src/schema/policyTestTypes.js";

type Writable<T> = T extends readonly (infer Item)[] ? Writable<Item>[] : T extends object ? { -readonly [K in keyof T]: Writable<T[K]> } : T;

test("each generated type is its schema's z.output", () => {
  expectTypeOf<CandidateRecord>().toEqualTypeOf<z.output<typeof S.CandidateRecordSchema>>();
  expectTypeOf<CandidateKind>().toEqualTypeOf<z.output<typeof S.CandidateKindSchema>>();
  expectTypeOf<EmploymentType>().toEqualTypeOf<z.output<typeof S.EmploymentTypeSchema>>();
  expectTypeOf<AwardScores>().toEqualTypeOf<z.output<typeof S.AwardScoresSchema>>();
  expectTypeOf<IsoDate>().toEqualTypeOf<z.output<typeof S.IsoDateSchema>>();
  expectTypeOf<YearKey>().toEqualTypeOf<z.output<typeof S.YearKeySchema>>();
  expectTypeOf<AppraisalRating>().toEqualTypeOf<z.output<typeof S.AppraisalRatingSchema>>();
  expectTypeOf<Scope>().toEqualTypeOf<z.output<typeof S.ScopeSchema>>();
  expectTypeOf<LiabilityIncident>().toEqualTypeOf<z.output<typeof S.LiabilityIncidentSchema>>();
  expectTypeOf<Rulebook>().toEqualTypeOf<z.output<typeof S.RulebookSchema>>();
  expectTypeOf<BilingualText>().toEqualTypeOf<z.output<typeof S.BilingualTextSchema>>();
  expectTypeOf<Scale>().toEqualTypeOf<z.output<typeof S.ScaleSchema>>();
  expectTypeOf<Source>().toEqualTypeOf<z.output<typeof S.SourceSchema>>();
  expectTypeOf<Interpretation>().toEqualTypeOf<z.output<typeof S.InterpretationSchema>>();
  expectTypeOf<Window>().toEqualTypeOf<z.output<typeof S.WindowSchema>>();
  expectTypeOf<MonthDay>().toEqualTypeOf<z.output<typeof S.MonthDaySchema>>();
  expectTypeOf<Award>().toEqualTypeOf<z.output<typeof S.AwardSchema>>();
  expectTypeOf<Quantity>().toEqualTypeOf<z.output<typeof S.QuantitySchema>>();
  expectTypeOf<Allocation>().toEqualTypeOf<z.output<typeof S.AllocationSchema>>();
  expectTypeOf<RankKey>().toEqualTypeOf<z.output<typeof S.RankKeySchema>>();
  expectTypeOf<Candidacy>().toEqualTypeOf<z.output<typeof S.CandidacySchema>>();
  expectTypeOf<Committee>().toEqualTypeOf<z.output<typeof S.CommitteeSchema>>();
  expectTypeOf<RoundCalendar>().toEqualTypeOf<z.output<typeof S.RoundCalendarSchema>>();
  expectTypeOf<Condition>().toEqualTypeOf<z.output<typeof S.ConditionSchema>>();
  expectTypeOf<JsonValue>().toEqualTypeOf<z.output<typeof S.JsonValueSchema>>();
  expectTypeOf<Category>().toEqualTypeOf<z.output<typeof S.CategorySchema>>();
  expectTypeOf<CategoryLevel>().toEqualTypeOf<z.output<typeof S.CategoryLevelSchema>>();
  expectTypeOf<Benefit>().toEqualTypeOf<z.output<typeof S.BenefitSchema>>();
  expectTypeOf<Deadline>().toEqualTypeOf<z.output<typeof S.DeadlineSchema>>();
  expectTypeOf<AfterRound>().toEqualTypeOf<z.output<typeof S.AfterRoundSchema>>();
  expectTypeOf<ScoredAward>().toEqualTypeOf<z.output<typeof S.ScoredAwardSchema>>();
  expectTypeOf<Rubric>().toEqualTypeOf<z.output<typeof S.RubricSchema>>();
  expectTypeOf<Bonus>().toEqualTypeOf<z.output<typeof S.BonusSchema>>();
  expectTypeOf<Grades>().toEqualTypeOf<z.output<typeof S.GradesSchema>>();
  expectTypeOf<Consequence>().toEqualTypeOf<z.output<typeof S.ConsequenceSchema>>();
  expectTypeOf<Quota>().toEqualTypeOf<z.output<typeof S.QuotaSchema>>();
  expectTypeOf<Schedule>().toEqualTypeOf<z.output<typeof S.ScheduleSchema>>();
  expectTypeOf<PayRule>().toEqualTypeOf<z.output<typeof S.PayRuleSchema>>();
  expectTypeOf<PayInput>().toEqualTypeOf<z.output<typeof S.PayInputSchema>>();
  expectTypeOf<Expression>().toEqualTypeOf<z.output<typeof S.ExpressionSchema>>();
  expectTypeOf<PolicyTest>().toEqualTypeOf<z.output<typeof S.PolicyTestSchema>>();
  expectTypeOf<RoundExpectation>().toEqualTypeOf<z.output<typeof S.RoundExpectationSchema>>();
  expectTypeOf<RecordExpectation>().toEqualTypeOf<z.output<typeof S.RecordExpectationSchema>>();
});

test("each generated input type is its schema's z.input (a record's lists read-only aside); a type without one is its z.input too", () => {
  expectTypeOf<z.input<typeof S.CandidateRecordSchema>>().toExtend<CandidateRecordInput>();
  expectTypeOf<Writable<CandidateRecordInput>>().toExtend<z.input<typeof S.CandidateRecordSchema>>();
  expectTypeOf<CandidateKind>().toEqualTypeOf<z.input<typeof S.CandidateKindSchema>>();
  expectTypeOf<EmploymentType>().toEqualTypeOf<z.input<typeof S.EmploymentTypeSchema>>();
  expectTypeOf<z.input<typeof S.AwardScoresSchema>>().toExtend<AwardScoresInput>();
  expectTypeOf<Writable<AwardScoresInput>>().toExtend<z.input<typeof S.AwardScoresSchema>>();
  expectTypeOf<IsoDate>().toEqualTypeOf<z.input<typeof S.IsoDateSchema>>();
  expectTypeOf<YearKey>().toEqualTypeOf<z.input<typeof S.YearKeySchema>>();
  expectTypeOf<AppraisalRating>().toEqualTypeOf<z.input<typeof S.AppraisalRatingSchema>>();
  expectTypeOf<Scope>().toEqualTypeOf<z.input<typeof S.ScopeSchema>>();
  expectTypeOf<LiabilityIncident>().toEqualTypeOf<z.input<typeof S.LiabilityIncidentSchema>>();
  expectTypeOf<LiabilityIncidentInput>().toEqualTypeOf<LiabilityIncident>();
  expectTypeOf<RulebookInput>().toEqualTypeOf<z.input<typeof S.RulebookSchema>>();
  expectTypeOf<BilingualText>().toEqualTypeOf<z.input<typeof S.BilingualTextSchema>>();
  expectTypeOf<Scale>().toEqualTypeOf<z.input<typeof S.ScaleSchema>>();
  expectTypeOf<Source>().toEqualTypeOf<z.input<typeof S.SourceSchema>>();
  expectTypeOf<Interpretation>().toEqualTypeOf<z.input<typeof S.InterpretationSchema>>();
  expectTypeOf<Window>().toEqualTypeOf<z.input<typeof S.WindowSchema>>();
  expectTypeOf<MonthDay>().toEqualTypeOf<z.input<typeof S.MonthDaySchema>>();
  expectTypeOf<AwardInput>().toEqualTypeOf<z.input<typeof S.AwardSchema>>();
  expectTypeOf<Quantity>().toEqualTypeOf<z.input<typeof S.QuantitySchema>>();
  expectTypeOf<AllocationInput>().toEqualTypeOf<z.input<typeof S.AllocationSchema>>();
  expectTypeOf<RankKey>().toEqualTypeOf<z.input<typeof S.RankKeySchema>>();
  expectTypeOf<Candidacy>().toEqualTypeOf<z.input<typeof S.CandidacySchema>>();
  expectTypeOf<Committee>().toEqualTypeOf<z.input<typeof S.CommitteeSchema>>();
  expectTypeOf<RoundCalendar>().toEqualTypeOf<z.input<typeof S.RoundCalendarSchema>>();
  expectTypeOf<Condition>().toEqualTypeOf<z.input<typeof S.ConditionSchema>>();
  expectTypeOf<JsonValue>().toEqualTypeOf<z.input<typeof S.JsonValueSchema>>();
  expectTypeOf<Category>().toEqualTypeOf<z.input<typeof S.CategorySchema>>();
  expectTypeOf<CategoryLevel>().toEqualTypeOf<z.input<typeof S.CategoryLevelSchema>>();
  expectTypeOf<Benefit>().toEqualTypeOf<z.input<typeof S.BenefitSchema>>();
  expectTypeOf<Deadline>().toEqualTypeOf<z.input<typeof S.DeadlineSchema>>();
  expectTypeOf<AfterRound>().toEqualTypeOf<z.input<typeof S.AfterRoundSchema>>();
  expectTypeOf<ScoredAwardInput>().toEqualTypeOf<z.input<typeof S.ScoredAwardSchema>>();
  expectTypeOf<Rubric>().toEqualTypeOf<z.input<typeof S.RubricSchema>>();
  expectTypeOf<Bonus>().toEqualTypeOf<z.input<typeof S.BonusSchema>>();
  expectTypeOf<GradesInput>().toEqualTypeOf<z.input<typeof S.GradesSchema>>();
  expectTypeOf<Consequence>().toEqualTypeOf<z.input<typeof S.ConsequenceSchema>>();
  expectTypeOf<Quota>().toEqualTypeOf<z.input<typeof S.QuotaSchema>>();
  expectTypeOf<Schedule>().toEqualTypeOf<z.input<typeof S.ScheduleSchema>>();
  expectTypeOf<PayRuleInput>().toEqualTypeOf<z.input<typeof S.PayRuleSchema>>();
  expectTypeOf<PayInput>().toEqualTypeOf<z.input<typeof S.PayInputSchema>>();
  expectTypeOf<Expression>().toEqualTypeOf<z.input<typeof S.ExpressionSchema>>();
  expectTypeOf<PolicyTest>().toEqualTypeOf<z.input<typeof S.PolicyTestSchema>>();
  expectTypeOf<RoundExpectation>().toEqualTypeOf<z.input<typeof S.RoundExpectationSchema>>();
  expectTypeOf<RecordExpectation>().toEqualTypeOf<z.input<typeof S.RecordExpectationSchema>>();
});

test("the recursive unions, which zod cannot infer and the schemas are declared with, are the ones their schemas were written as", () => {
  type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
  expectTypeOf<JsonValue>().toEqualTypeOf<Json>();
  type Arithmetic = number | string | { op: "add" | "sub" | "mul" | "div" | "sum"; args: Arithmetic[] };
  expectTypeOf<Expression>().toEqualTypeOf<Arithmetic>();
});

test("what loading gives may be written again: a loaded rulebook or a checked record fits the input side", () => {
  expectTypeOf<Rulebook>().toExtend<RulebookInput>();
  expectTypeOf<CandidateRecord>().toExtend<CandidateRecordInput>();
});

test("the checks bite: the two sides of a rulebook differ (defaults)", () => {
  // @ts-expect-error a loaded rulebook has every default filled in, which a rule file may leave out
  expectTypeOf<Rulebook>().toEqualTypeOf<z.input<typeof S.RulebookSchema>>();
  // @ts-expect-error a rule file may leave out scoredAwards
  expectTypeOf<RulebookInput>().toExtend<Rulebook>();
});
