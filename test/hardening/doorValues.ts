import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import * as main from "../../src/index.js";
import * as policyTests from "../../src/policyTests/index.js";
import * as review from "../../src/review/index.js";
import { fixtureJson } from "../support/templates.js";
import { CandidateRecordSchema } from "../../src/schema/candidate.js";

const root = join(import.meta.dirname, "..", "..");
const { bundledRulebook, evaluate, evaluateScored, evaluateCohort, requiredInputs } = main;
const { runPolicyTests } = policyTests;

/** Real, valid values: the arguments of the valid calls, and material the fuzz mixes in. */
export const rulebook = bundledRulebook();
export const plans = bundledRulebook("logistics-plans-004");
export const ruleJson = JSON.parse(readFileSync(join(root, "rules", "000-model-post.json"), "utf8")) as Record<string, unknown>;
export const plansJson = JSON.parse(readFileSync(join(root, "rules", "004-logistics-plans.json"), "utf8")) as Record<string, unknown>;
const levelFixture = fixtureJson("000/management-l1-two-excellent.json") as ReturnType<typeof fixtureJson> & Record<string, unknown>;
const scoredFixture = fixtureJson("004/appraisal-60-qualified.json") as ReturnType<typeof fixtureJson> & Record<string, unknown>;
export const record = levelFixture.input;
export const asOf = levelFixture.asOf;
export const scoredRecord = scoredFixture.input;
export const result = evaluate(rulebook, record, { asOf });
export const scoredResult = evaluateScored(plans, scoredRecord, { asOf: scoredFixture.asOf, award: "staff-appraisal" });
export const round = evaluateCohort(rulebook, [record], { asOf, committee: { date: asOf, approveProposals: true } });
export const cases = [{ test: levelFixture, file: "fixtures/000/management-l1-two-excellent.json" }];
export const lookup = (id: string) => (main.bundledRulebookIds().includes(id) ? bundledRulebook(id) : undefined);
export const report = runPolicyTests(cases, lookup);
export const inputs = requiredInputs(rulebook, { award: "model-post" });
export const payOptions = { rule: "points-pay", inputs: { points: 85, yuanPerPoint: 2.5 } };
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
/** A real zod error, of every kind of issue the catalog words. */
const zodError = () => {
  const parsed = CandidateRecordSchema.safeParse({ id: 5, role: "x", honours: [{ date: "2025-02-30" }], extra: 1 }, { reportInput: true });
  if (parsed.success) throw new Error("expected zod to refuse the record");
  return parsed.error;
};

/** Valid arguments for every function export, by entry and name: each must still work. */
export const VALID_CALLS: Record<string, () => unknown[]> = {
  toSafe: () => [() => 1],
  fromZod: () => [zodError(), "invalid_record", ["records", 0]],
  renderMessage: () => ["input.tooDeep", { max: 12 }, "zh"],
  isMessageId: () => ["input.tooDeep"],
  parseCandidate: () => [record],
  safeParseCandidate: () => [record],
  parseCandidateJson: () => [JSON.stringify(record)],
  safeParseCandidateJson: () => [JSON.stringify(record)],
  loadRulebook: () => [ruleJson],
  setCodeGeneration: () => [true],
  safeLoadRulebook: () => [ruleJson],
  bundledRulebook: () => ["logistics-plans-004"],
  bundledRulebookIds: () => [],
  evaluate: () => [rulebook, record, { asOf }],
  safeEvaluate: () => [rulebook, record, { asOf }],
  evaluateVerdicts: () => [rulebook, record, { asOf }],
  safeEvaluateVerdicts: () => [rulebook, record, { asOf }],
  evaluateAll: () => [rulebook, record, { asOf }],
  safeEvaluateAll: () => [rulebook, record, { asOf }],
  evaluateScored: () => [plans, scoredRecord, { asOf: scoredFixture.asOf, award: "staff-appraisal" }],
  safeEvaluateScored: () => [plans, scoredRecord, { asOf: scoredFixture.asOf, award: "staff-appraisal" }],
  computePay: () => [plans, payOptions],
  safeComputePay: () => [plans, payOptions],
  resultTrees: () => [result],
  explain: () => [json(result), { language: "en" }],
  decisiveLeaves: () => [json(result.categories[0]!.levels[0]!.conditions)],
  explainScored: () => [json(scoredResult), { language: "en" }],
  requiredInputs: () => [rulebook, { award: "model-post" }],
  safeRequiredInputs: () => [rulebook, { award: "model-post" }],
  inputSkeleton: () => [json(inputs)],
  analyzeGaps: () => [json(result), rulebook],
  analyzeScoreGap: () => [json(scoredResult), plans],
  evaluateCohort: () => [rulebook, [record], { asOf }],
  safeEvaluateCohort: () => [rulebook, [record], { asOf }],
  reviewHolders: () => [rulebook, { asOf, round: json(round), reviews: [] }],
  safeReviewHolders: () => [rulebook, { asOf, round: json(round), reviews: [] }],
  roundDates: () => [rulebook, { year: 2026 }],
  safeRoundDates: () => [rulebook, { year: 2026 }],
  diffRulebooks: () => [rulebook, rulebook, [record], { asOf }],
  rulebookJsonSchema: () => [],
  candidateJsonSchema: () => [],
  policyTestJsonSchema: () => [],
  runPolicyTest: () => [levelFixture, lookup],
  runPolicyTests: () => [cases, lookup],
  safeRunPolicyTests: () => [cases, lookup],
  parsePolicyTest: () => [levelFixture],
  formatTestReport: () => [json(report), { language: "en" }],
  formatCoverage: () => [[], { language: "en" }],
  formatMutation: () => [[], { language: "en" }],
  checkMutants: () => [[], lookup],
  mutantsOf: () => [structuredClone(plans.rulebook)],
  renderReviewPage: () => [ruleJson],
  reviewPagePath: () => [ruleJson],
  renderReviewIndex: () => [[{ file: "rules/000-model-post.json", rulebook: ruleJson }]],
  lintRulebook: () => [ruleJson],
  validateRulebook: () => [ruleJson],
  formatIssues: () => {
    const parsed = main.safeParseCandidate({ id: 5 });
    return [parsed.success ? [] : parsed.error.issues, { language: "en" }];
  },
  checkRulebook: () => [plansJson],
  changedItems: () => [ruleJson, ruleJson],
  createJsonRulesEngine: () => [rulebook, record, asOf],
  toJsonRulesEngineConditions: () => [(ruleJson.awards as { requirements: unknown }[])[0]!.requirements],
};

/** Every entry of the package, as its module. */
export const ENTRIES: Record<string, Record<string, unknown>> = {
  "award-rules": main,
  "award-rules/schema": await import("../../src/schema/index.js"),
  "award-rules/policy-tests": policyTests,
  "award-rules/review": review,
  "award-rules/reference": await import("../../src/compile/reference.js"),
  "award-rules/json-rules-engine": await import("../../src/engines/index.js"),
};

/** An object whose every read throws (a proxy whose traps fail). */
const throwingProxy = (): object =>
  new Proxy(
    {},
    {
      get: () => {
        throw new Error("trap");
      },
      ownKeys: () => {
        throw new Error("trap");
      },
      getPrototypeOf: () => {
        throw new Error("trap");
      },
      has: () => {
        throw new Error("trap");
      },
      getOwnPropertyDescriptor: () => {
        throw new Error("trap");
      },
    },
  );
const revoked = (target: object): object => {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
};
/** Options whose every field answers right the first time and wrong after. */
const flipping = (fields: Record<string, unknown>): object => {
  const object = {};
  for (const [key, value] of Object.entries(fields)) {
    let reads = 0;
    Object.defineProperty(object, key, { enumerable: true, get: () => (reads++ === 0 ? value : 10n) });
  }
  return object;
};
const cyclic = (): object => {
  const object: Record<string, unknown> = { asOf, award: undefined, language: "en" };
  object.award = object;
  object.self = object;
  return object;
};

/** Hostile values made fresh each time (a getter keeps count, a proxy is revoked). */
const FACTORIES: (() => unknown)[] = [
  () => undefined,
  () => null,
  () => 0,
  () => -1,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => 10n,
  () => Symbol("s"),
  () => true,
  () => "",
  () => "x".repeat(100_000),
  () => "2026-02-30",
  () => "fr",
  () => () => undefined,
  () => () => rulebook,
  () => [],
  () => [null],
  () => [10n],
  () => [record, 7, null],
  () => cyclic(),
  () => revoked({}),
  () => revoked([]),
  throwingProxy,
  () => flipping({ asOf, award: "model-post", language: "en", rule: "points-pay", round }),
  () => Object.create({ asOf }),
  () => new Map(),
  () => new Date(0),
  () => ruleJson,
  () => json(ruleJson),
  () => plansJson,
  () => rulebook,
  () => plans,
  () => rulebook.rulebook,
  () => ({ ...rulebook }),
  () => record,
  () => scoredRecord,
  () => result,
  () => json(result),
  () => scoredResult,
  () => json(scoredResult),
  () => json(round),
  () => json(report),
  () => json(inputs),
  () => ({ asOf }),
  () => ({ asOf: 10n }),
  () => ({ asOf, award: cyclic() }),
  () => ({ asOf, award: 10n }),
  () => ({ language: "fr" }),
  () => ({ language: Symbol("x") }),
  () => ({ asOf, award: "staff-appraisal" }),
  () => payOptions,
  () => ({ rule: "points-pay", inputs: revoked({}) }),
  () => ({ asOf, round: revoked({}) }),
  () => ({ asOf, round: { ...json(round), placements: 3 } }),
  () => ({ test: throwingProxy() }),
  () => [{ test: levelFixture, records: 5 }],
  () => ({ categories: [{ levels: [{ conditions: null }] }] }),
  () => ({ children: [null], status: "pass", kind: "all" }),
];

/**
 * One hostile argument, as a recipe: fast-check only sees the recipe (it would read a proxy or
 * a getter itself), and `make` turns it into a fresh value inside the property.
 */
export type Recipe = { factory: number } | { value: unknown };
export const hostileRecipe: fc.Arbitrary<Recipe> = fc.oneof(
  { weight: 6, arbitrary: fc.nat({ max: FACTORIES.length - 1 }).map((factory) => ({ factory })) },
  {
    weight: 2,
    arbitrary: fc
      .anything({ maxDepth: 2, withBigInt: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true })
      .map((value) => ({ value })),
  },
);
export const make = (recipe: Recipe): unknown => ("factory" in recipe ? FACTORIES[recipe.factory]!() : recipe.value);
