import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { raise } from "../../messages/issueOf.js";
import type { CompiledRulebook } from "../../compile/compileRulebook.js";
import { bundledRulebook, bundledRulebookIds } from "../../load/bundled.js";
import { loadRulebook } from "../../load/loadRulebook.js";
import { ClauseCoverage } from "../../policyTests/coverage.js";
import { formatCoverage, formatMutation, formatTestReport } from "../../policyTests/formatReport.js";
import { checkMutants, type EquivalentMutant } from "../../policyTests/mutationCheck.js";
import { runPolicyTests, type TestCase } from "../../policyTests/runPolicyTests.js";
import type { RulebookLookup } from "../../policyTests/types.js";
import type { CliArgs } from "../args.js";
import { readJson, ruleFiles, withFile } from "../io.js";
import type { CliOutcome } from "../outcome.js";
import { rulebookTests, rulebookTestsHeader, type RulebookTests } from "../rulebookTests.js";
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
    const compiled = withFile(file, "invalid_rulebook", () => loadRulebook(readJson(file, "invalid_rulebook")));
    loaded.set(compiled.rulebook.id, compiled);
  }
  return (id) => loaded.get(id) ?? (bundledRulebookIds().includes(id) ? bundledRulebook(id) : undefined);
}

/**
 * The mutants shown equivalent, from `mutation-equivalents.json` in the first folder given, or
 * beside the first test file given, that has one.
 *
 * @example
 * ```ts
 * equivalentsBeside(["fixtures"]); // the entries of fixtures/mutation-equivalents.json
 * ```
 */
export function equivalentsBeside(paths: string[]): EquivalentMutant[] {
  const folders = paths.map((path) => (isFolder(path) ? path : dirname(path)));
  const file = folders.map((folder) => join(folder, "mutation-equivalents.json")).find((candidate) => existsSync(candidate));
  if (file === undefined) return [];
  const json = readJson(file, "invalid_test");
  const equivalents = json !== null && typeof json === "object" ? (json as { equivalents?: unknown }).equivalents : undefined;
  if (equivalents !== undefined && !Array.isArray(equivalents)) raise("invalid_test", [file, "equivalents"], "test.notEquivalents", {});
  return (equivalents ?? []) as EquivalentMutant[];
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The tests to run: those of `--rulebook`, or those the paths name. */
function testsOf(args: CliArgs): { selected: RulebookTests | undefined; lookup: RulebookLookup; cases: TestCase[]; searched: string[] } {
  if (args.rulebook === undefined) return { selected: undefined, lookup: rulebookLookup(args.rules), cases: readTestCases(args.positionals), searched: args.positionals };
  const selected = rulebookTests(args, rulebookLookup(args.rules));
  return { selected, lookup: selected.lookup, cases: selected.cases, searched: selected.searched };
}

/**
 * `award-rules test <files or folders> [--rules <dir>] [--lang zh|en]`: runs policy tests and
 * shows, for each failure, expected and actual side by side. With `--rulebook <file or id>`, runs
 * every test of that rulebook found in the folders given (`fixtures/` when none is), rounds
 * included. Exit 0 when all pass, 1 when any fails, 2 for bad input.
 *
 * @example
 * ```ts
 * testCommand(parseArgs(["test", "fixtures", "--lang", "en"]));
 * testCommand(parseArgs(["test", "--rulebook", "proposed/000-model-post.json"]));
 * ```
 */
export function testCommand(args: CliArgs): CliOutcome {
  if (args.positionals.length === 0 && args.rulebook === undefined) return { code: 2, stdout: "", stderr: "test needs test files or folders\n" };
  const { selected, lookup, cases, searched } = testsOf(args);
  for (const testCase of cases) {
    const id = (testCase.test as { rulebook?: unknown } | null)?.rulebook;
    if (typeof id === "string" && lookup(id) === undefined) {
      raise("invalid_test", [testCase.file ?? "test", "rulebook"], "test.noRulebook", { id, known: [...bundledRulebookIds()] });
    }
  }
  const coverage = args.coverage ? new ClauseCoverage(lookup) : undefined;
  const report = runPolicyTests(cases, lookup, coverage ? { onEvaluation: (evaluation) => coverage.observe(evaluation) } : {});
  const code = report.failed > 0 ? 1 : 0;
  const mutation = args.mutate && report.failed === 0 ? checkMutants(cases, lookup, equivalentsBeside(searched)) : undefined;
  if (args.format === "json") {
    const about = selected ? { rulebook: { id: selected.rulebook.rulebook.id, file: selected.file ?? null, searched: selected.searched, others: selected.others } } : {};
    return {
      code,
      stdout: `${JSON.stringify({ ...about, ...report, ...(coverage ? { coverage: coverage.report() } : {}), ...(mutation ? { mutation } : {}) }, null, 2)}\n`,
      stderr: "",
    };
  }
  const parts = [...(selected ? [rulebookTestsHeader(selected, args.language)] : []), formatTestReport(report, { language: args.language })];
  if (coverage) parts.push(formatCoverage(coverage.report(), { language: args.language }));
  if (mutation) parts.push(formatMutation(mutation, { language: args.language }));
  return { code, stdout: parts.join("\n"), stderr: "" };
}
