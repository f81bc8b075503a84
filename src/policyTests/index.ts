/**
 * award-rules/policy-tests: policy tests as data, run against rulebooks (what `award-rules test`
 * does): the runner, the report, clause coverage and the mutation check.
 *
 * @example
 * ```ts
 * import { runPolicyTests, formatTestReport } from "award-rules/policy-tests";
 * console.log(formatTestReport(runPolicyTests(cases, (id) => bundledRulebook(id)), { language: "zh" }));
 * ```
 *
 * @packageDocumentation
 * @module award-rules/policy-tests
 */
export { runPolicyTest } from "./runPolicyTest.js";
export { runPolicyTests, safeRunPolicyTests, parsePolicyTest, type TestCase } from "./runPolicyTests.js";
export { formatTestReport, formatCoverage, formatMutation } from "./formatReport.js";
export { ClauseCoverage, type NodeCoverage, type RulebookCoverage } from "./coverage.js";
export { checkMutants, type EquivalentMutant, type RulebookMutation, type SurvivingMutant } from "./mutationCheck.js";
export { mutantsOf, type Mutant } from "./mutants.js";
export type * from "./types.js";
