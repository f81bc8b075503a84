import { existsSync } from "node:fs";
import { join } from "node:path";
import type { CompiledRulebook } from "../../compile/compileRulebook.js";
import { bundledRulebook, bundledRulebookIds } from "../../load/bundled.js";
import { loadRulebook } from "../../load/loadRulebook.js";
import { ClauseCoverage } from "../../policyTests/coverage.js";
import { formatCoverage, formatMutation, formatTestReport } from "../../policyTests/formatReport.js";
import { checkMutants, type EquivalentMutant } from "../../policyTests/mutationCheck.js";
import { runPolicyTests } from "../../policyTests/runPolicyTests.js";
import type { RulebookLookup } from "../../policyTests/types.js";
import type { CliArgs } from "../args.js";
import { readJson, ruleFiles } from "../io.js";
import type { CliOutcome } from "../run.js";
import { readTestCases } from "../testFiles.js";

/**
 * The rulebooks tests may name: the rule files of `--rules` (a folder or a file) by their ids,
 * then the bundled ones.
 *
 * @example
 * ```ts
 * const lookup = rulebookLookup("proposed-rules");
 * lookup("model-post-000"); // the proposed file if it has that id, else the bundled one
 * ```
 */
export function rulebookLookup(rules: string | undefined): RulebookLookup {
  const loaded = new Map<string, CompiledRulebook>();
  for (const file of rules === undefined ? [] : ruleFiles(rules)) {
    const compiled = loadRulebook(readJson(file));
    loaded.set(compiled.rulebook.id, compiled);
  }
  return (id) => loaded.get(id) ?? (bundledRulebookIds().includes(id) ? bundledRulebook(id) : undefined);
}

/**
 * The mutants shown equivalent, from `mutation-equivalents.json` in the first folder given (when there is one).
 *
 * @example
 * ```ts
 * equivalentsBeside(["fixtures"]); // the entries of fixtures/mutation-equivalents.json
 * ```
 */
export function equivalentsBeside(paths: string[]): EquivalentMutant[] {
  const file = paths.map((path) => join(path, "mutation-equivalents.json")).find((candidate) => existsSync(candidate));
  return file === undefined ? [] : ((readJson(file) as { equivalents?: EquivalentMutant[] }).equivalents ?? []);
}

/**
 * `award-rules test <files or folders> [--rules <dir>] [--lang zh|en]`: runs policy tests and
 * shows, for each failure, expected and actual side by side. Exit 0 when all pass, 1 when any
 * fails, 2 for bad input.
 *
 * @example
 * ```ts
 * testCommand(parseArgs(["test", "fixtures", "--lang", "en"]));
 * ```
 */
export function testCommand(args: CliArgs): CliOutcome {
  if (args.positionals.length === 0) return { code: 2, stdout: "", stderr: "test needs test files or folders\n" };
  const lookup = rulebookLookup(args.rules);
  const cases = readTestCases(args.positionals);
  const coverage = args.coverage ? new ClauseCoverage(lookup) : undefined;
  const report = runPolicyTests(cases, lookup, coverage ? { onEvaluation: (evaluation) => coverage.observe(evaluation) } : {});
  const code = report.failed > 0 ? 1 : 0;
  const mutation = args.mutate && report.failed === 0 ? checkMutants(cases, lookup, equivalentsBeside(args.positionals)) : undefined;
  if (args.format === "json") {
    return { code, stdout: `${JSON.stringify({ ...report, ...(coverage ? { coverage: coverage.report() } : {}), ...(mutation ? { mutation } : {}) }, null, 2)}\n`, stderr: "" };
  }
  const parts = [formatTestReport(report, { language: args.language })];
  if (coverage) parts.push(formatCoverage(coverage.report(), { language: args.language }));
  if (mutation) parts.push(formatMutation(mutation, { language: args.language }));
  return { code, stdout: parts.join("\n"), stderr: "" };
}
