import type { CompiledRulebook } from "../../compile/compileRulebook.js";
import { bundledRulebook, bundledRulebookIds } from "../../load/bundled.js";
import { loadRulebook } from "../../load/loadRulebook.js";
import { formatTestReport } from "../../policyTests/formatReport.js";
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
  const report = runPolicyTests(readTestCases(args.positionals), lookup);
  if (args.format === "json") return { code: report.failed > 0 ? 1 : 0, stdout: `${JSON.stringify(report, null, 2)}\n`, stderr: "" };
  return { code: report.failed > 0 ? 1 : 0, stdout: formatTestReport(report, { language: args.language }), stderr: "" };
}
