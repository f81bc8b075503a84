import { formatFinding, lintTotals } from "../../lint/formatFindings.js";
import { lintRulebook } from "../../lint/lintRulebook.js";
import type { CliArgs } from "../args.js";
import { readJson, ruleFiles } from "../io.js";
import type { CliOutcome } from "../outcome.js";

/**
 * `award-rules lint <rules>`: every finding of every rule file, one a line. Exit 1 when a file has
 * an error (or, with `--strict`, any finding).
 *
 * @example
 * ```ts
 * lintCommand(parseArgs(["lint", "rules"]));
 * ```
 */
export function lintCommand(args: CliArgs): CliOutcome {
  const path = args.positionals[0];
  if (path === undefined) return { code: 2, stdout: "", stderr: args.language === "zh" ? "`lint` 命令需要规则文件或规则文件夹\n" : "lint needs a rules folder or file\n" };
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const file of ruleFiles(path)) {
    const findings = lintRulebook(readJson(file));
    for (const finding of findings) {
      if (finding.severity === "error") errors += 1;
      else warnings += 1;
      lines.push(formatFinding(file, finding, args.language));
    }
  }
  lines.push(lintTotals(errors, warnings, args.language));
  const failed = errors > 0 || (args.strict && warnings > 0);
  return { code: failed ? 1 : 0, stdout: `${lines.join("\n")}\n`, stderr: "" };
}
