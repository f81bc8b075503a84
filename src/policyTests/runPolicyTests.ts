import { AwardRulesError, type Issue, type SafeResult } from "../errors/AwardRulesError.js";
import { toSafe } from "../messages/issueOf.js";
import { checkIterable } from "../door/checkOptions.js";
import type { PolicyTest } from "../schema/policyTestTypes.js";
import { parsePolicyTest, type TestCase } from "./parsePolicyTest.js";

import { runCheckedTest } from "./runPolicyTest.js";
import type { PolicyTestReport, RulebookLookup, RunTestOptions } from "./types.js";
import { checkLookup, readRunOptions, readTestCase } from "./readArguments.js";
import { registerMessages } from "../messages/registry.js";
import { catalog } from "../messages/catalog.js";

/**
 * Runs policy tests, each checked against its schema first (one bad test is an `invalid_test`
 * error naming it, its file and the problem, before anything runs), and reports each test's
 * outcome: passed, or every difference between what it expects and what the rules give.
 *
 * @example
 * ```ts
 * const report = runPolicyTests([{ test, file: "fixtures/000/staff.json" }], (id) => bundledRulebook(id));
 * report.failed; // 0
 * ```
 */
export function runPolicyTests(cases: Iterable<TestCase>, lookup: RulebookLookup, options: Omit<RunTestOptions, "records"> = {}): PolicyTestReport {
  // Node tooling: every message of the catalog, whatever it words
  registerMessages(catalog());
  checkIterable(cases, "cases");
  const find = checkLookup(lookup);
  const runOptions = readRunOptions(options) as RunTestOptions;
  const parsed: { test: PolicyTest; file?: string; records?: unknown[] }[] = [];
  const issues: Issue[] = [];
  let index = 0;
  for (const item of cases) {
    const entry = readTestCase(item, ["cases", index]);
    const result = toSafe(() => parsePolicyTest(entry.test));
    const file = entry.file;
    if (result.success) parsed.push({ test: result.data, ...(file ? { file } : {}), ...(entry.records ? { records: entry.records } : {}) });
    else issues.push(...result.error.issues.map((issue) => ({ ...issue, path: [file ?? index, ...issue.path] })));
    index += 1;
  }
  if (issues.length > 0) throw new AwardRulesError(issues);
  const results = parsed.map(({ test, file, records }) => ({
    ...runCheckedTest(test, find, { ...runOptions, ...(records ? { records } : {}) }),
    ...(file ? { file } : {}),
  }));
  const passed = results.filter((result) => result.passed).length;
  return { results, passed, failed: results.length - passed };
}

/**
 * `runPolicyTests` returning `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * const report = safeRunPolicyTests(cases, (id) => bundledRulebook(id));
 * ```
 */
export function safeRunPolicyTests(cases: Iterable<TestCase>, lookup: RulebookLookup, options: Omit<RunTestOptions, "records"> = {}): SafeResult<PolicyTestReport> {
  return toSafe(() => runPolicyTests(cases, lookup, options));
}

export { parsePolicyTest, type TestCase };
