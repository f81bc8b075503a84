import { safeReviewHolders } from "../afterRound/reviewHolders.js";
import { safeEvaluateCohort } from "../cohort/evaluateCohort.js";
import type { CohortOptions, CohortResult } from "../cohort/types.js";
import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { safeEvaluate } from "../evaluate/evaluate.js";
import { safeComputePay } from "../evaluate/pay.js";
import { safeEvaluateScored } from "../evaluate/scored/evaluateScored.js";
import type { PolicyTest, RecordExpectation, RoundExpectation } from "../schema/policyTestTypes.js";
import { compareRecord } from "./compareRecord.js";
import { labelIndex } from "../evaluate/missingLabels.js";
import { compareRound } from "./compareRound.js";
import { Differences } from "./differences.js";
import type { PolicyTestResult, RulebookLookup, RunTestOptions } from "./types.js";
import { checkLookup, readRunOptions } from "./readArguments.js";
import { parsePolicyTest } from "./parsePolicyTest.js";
import { registerMessages } from "../messages/registry.js";
import { catalog } from "../messages/catalog.js";

function runRecord(test: PolicyTest, compiled: CompiledRulebook, differences: Differences, options: RunTestOptions): void {
  const expected = test.expected as RecordExpectation;
  const scored = compiled.scoredAwards.some((entry) => entry.award.id === test.award);
  const outcome = scored
    ? safeEvaluateScored(compiled, test.input, { asOf: test.asOf, award: test.award, ...(test.deployment ? { deployment: test.deployment } : {}) })
    : safeEvaluate(compiled, test.input, { asOf: test.asOf, award: test.award });
  if (expected.error !== undefined || expected.errors !== undefined) {
    for (const [index, issue] of [...(expected.error ? [expected.error] : []), ...(expected.errors ?? [])].entries()) {
      differences.error(`expected.errors.${index}`, issue, outcome.success ? undefined : outcome.error);
    }
    return;
  }
  if (!outcome.success) return differences.unexpected("expected", outcome.error);
  options.onEvaluation?.({ rulebook: test.rulebook, award: test.award, asOf: test.asOf, record: test.input });
  compareRecord(expected, outcome.data, differences, compiled);
}

function runPay(test: PolicyTest, compiled: CompiledRulebook, differences: Differences, options: RunTestOptions): void {
  const pay = test.pay!;
  if (pay.record !== undefined) options.onEvaluation?.({ rulebook: test.rulebook, award: test.award, asOf: test.asOf, record: pay.record });
  const expected = test.expected as RecordExpectation;
  const outcome = safeComputePay(compiled, { rule: test.award, inputs: pay.inputs, asOf: test.asOf, ...(pay.record ? { record: pay.record } : {}) });
  if (expected.error !== undefined || expected.errors !== undefined) {
    for (const [index, issue] of [...(expected.error ? [expected.error] : []), ...(expected.errors ?? [])].entries()) {
      differences.error(`expected.errors.${index}`, issue, outcome.success ? undefined : outcome.error);
    }
    return;
  }
  if (!outcome.success) return differences.unexpected("expected", outcome.error);
  for (const [name, value] of Object.entries(expected.values ?? {})) {
    differences.equal(`expected.values.${name}`, value, outcome.data.values[name] ?? null, { zh: `计算项 \`${name}\``, en: `value ${name}` });
  }
}

function runRound(test: PolicyTest, compiled: CompiledRulebook, differences: Differences, options: RunTestOptions): void {
  const records = test.records ?? options.records;
  if (records === undefined) {
    differences.add("recordsFile", test.recordsFile, undefined, {
      zh: `未读入记录文件 ${test.recordsFile ?? ""}`,
      en: `the records file ${test.recordsFile ?? ""} was not read`,
    });
    return;
  }
  for (const record of records) options.onEvaluation?.({ rulebook: test.rulebook, award: test.award, asOf: test.asOf, record });
  const cohortOptions: CohortOptions = {
    asOf: test.asOf,
    award: test.award,
    ...(test.round ?? {}),
    ...(test.deployment ? { deployment: test.deployment } : {}),
  };
  const round = safeEvaluateCohort(compiled, records, cohortOptions);
  const expected = test.expected as RoundExpectation;
  if (expected.error !== undefined) return differences.error("expected.error", expected.error, round.success ? undefined : round.error);
  if (!round.success) return differences.unexpected("expected", round.error);
  compareRound(expected, round.data, differences, "expected");
  if (test.afterRound !== undefined) runAfterRound(test, compiled, round.data, differences, cohortOptions, options);
}

function runAfterRound(test: PolicyTest, compiled: CompiledRulebook, round: CohortResult, differences: Differences, cohortOptions: CohortOptions, options: RunTestOptions): void {
  const after = test.afterRound!;
  const ledger = safeReviewHolders(compiled, { round, reviews: after.reviews, asOf: after.asOf });
  if (!ledger.success) return differences.unexpected("afterRound", ledger.error);
  const { expected } = after;
  const at = (key: string): string => `afterRound.expected.${key}`;
  for (const [id, status] of Object.entries(expected.holders ?? {})) {
    differences.equal(at(`holders.${id}`), status, ledger.data.holders.find((holder) => holder.recordId === id)?.status ?? null, { zh: `称号持有人 ${id}`, en: `holder ${id}` });
  }
  if (expected.barredFromNextRound)
    differences.sameSet(at("barredFromNextRound"), expected.barredFromNextRound, ledger.data.barredFromNextRound, { zh: "禁止下一轮申报者", en: "barred from the next round" });
  if (expected.vacancies)
    differences.sameSet(
      at("vacancies"),
      expected.vacancies,
      ledger.data.vacancies.map((vacancy) => vacancy.recordId),
      { zh: "空出的名额", en: "vacancies" },
    );
  if (expected.refilled !== undefined)
    differences.equal(
      at("refilled"),
      expected.refilled,
      ledger.data.vacancies.some((vacancy) => vacancy.refilled),
      { zh: "是否增补", en: "refilled" },
    );
  if (expected.reviewsDue) differences.equal(at("reviewsDue"), expected.reviewsDue, ledger.data.reviewsDue, { zh: "考核日期", en: "reviews due" });
  for (const [id, kinds] of Object.entries(expected.outcomes ?? {})) {
    const actual = ledger.data.holders.find((holder) => holder.recordId === id)?.outcomes.map((outcome) => outcome.kind) ?? null;
    differences.equal(at(`outcomes.${id}`), kinds, actual, { zh: `${id} 考核后的待遇`, en: `${id}'s outcomes` });
  }
  const { asOf: _asOf, previousRound: _previous, committee: _committee, ...rest } = cohortOptions;
  const later = [
    ...(after.nextRound ? [{ round: after.nextRound, at: "afterRound.nextRound" }] : []),
    ...(after.laterRounds ?? []).map((round, index) => ({ round, at: `afterRound.laterRounds.${index}` })),
  ];
  for (const { round: next, at: where } of later) {
    for (const record of next.records) options.onEvaluation?.({ rulebook: test.rulebook, award: test.award, asOf: next.asOf, record });
    const nextRound = safeEvaluateCohort(compiled, next.records, { ...rest, ...(next.round ?? {}), asOf: next.asOf, previousRound: { ledger: ledger.data } });
    if (next.expected.error !== undefined) {
      differences.error(`${where}.expected.error`, next.expected.error, nextRound.success ? undefined : nextRound.error);
      continue;
    }
    if (!nextRound.success) {
      differences.unexpected(where, nextRound.error);
      continue;
    }
    compareRound(next.expected, nextRound.data, differences, `${where}.expected`);
  }
}

/**
 * Runs one policy test against the rules: evaluates its record (or its round, and what follows the
 * round) with the rulebook it names, and compares every expectation it gives. Pure: the records of a
 * `recordsFile` are passed in by the caller.
 *
 * @example
 * ```ts
 * const result = runPolicyTest(policyTest, (id) => bundledRulebook(id));
 * result.passed; // true, or false with result.failures
 * ```
 */
export function runPolicyTest(test: PolicyTest, lookup: RulebookLookup, options: RunTestOptions = {}): PolicyTestResult {
  // Node tooling: every message of the catalog, whatever it words
  registerMessages(catalog());
  return runCheckedTest(parsePolicyTest(test), checkLookup(lookup), readRunOptions(options) as RunTestOptions);
}

/** `runPolicyTest` of a test already checked, with a lookup and options already read. */
export function runCheckedTest(test: PolicyTest, lookup: RulebookLookup, options: RunTestOptions): PolicyTestResult {
  const compiled = lookup(test.rulebook);
  const differences = new Differences(compiled === undefined ? new Map() : labelIndex(compiled.rulebook));
  if (compiled === undefined) {
    differences.add("rulebook", test.rulebook, undefined, { zh: `找不到规则文件 \`${test.rulebook}\``, en: `no rulebook ${test.rulebook}` });
  } else if (test.input !== undefined) runRecord(test, compiled, differences, options);
  else if (test.pay !== undefined) runPay(test, compiled, differences, options);
  else runRound(test, compiled, differences, options);
  return {
    name: test.name,
    ...(test.nameZh !== undefined ? { nameZh: test.nameZh } : {}),
    rulebook: test.rulebook,
    award: test.award,
    passed: differences.failures.length === 0,
    failures: differences.failures,
  };
}
