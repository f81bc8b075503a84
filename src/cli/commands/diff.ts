import { diffRulebooks } from "../../diff/diffRulebooks.js";
import { loadRulebook } from "../../load/loadRulebook.js";
import type { CliArgs } from "../args.js";
import { readJson, readRecords, ruleFiles } from "../io.js";
import type { CliOutcome } from "../run.js";

/**
 * `award-rules diff <before> <after> <records>`: who a policy change moves, and why. Folders are
 * paired by file name; rulebooks without level awards are skipped. Exit 1 when anyone moves.
 *
 * @example
 * ```ts
 * diffCommand(parseArgs(["diff", "rules", "proposed", "round.ndjson", "--as-of", "2026-11-26"]));
 * ```
 */
export function diffCommand(args: CliArgs): CliOutcome {
  const [beforePath, afterPath, recordsPath] = args.positionals;
  if (!beforePath || !afterPath || !recordsPath || args.asOf === undefined) {
    return { code: 2, stdout: "", stderr: "diff needs <before rules> <after rules> <records> and --as-of\n" };
  }
  const afterFiles = new Map(ruleFiles(afterPath).map((file) => [file.split(/[\\/]/).at(-1) as string, file]));
  const reports: unknown[] = [];
  const lines: string[] = [];
  let moved = 0;
  for (const beforeFile of ruleFiles(beforePath)) {
    const name = beforeFile.split(/[\\/]/).at(-1) as string;
    const afterFile = afterFiles.size === 1 && ruleFiles(beforePath).length === 1 ? [...afterFiles.values()][0] : afterFiles.get(name);
    if (!afterFile) continue;
    const before = loadRulebook(readJson(beforeFile));
    const after = loadRulebook(readJson(afterFile));
    if (before.awards.length === 0) continue;
    const diff = diffRulebooks(before, after, readRecords(recordsPath), { asOf: args.asOf, ...(args.award ? { award: args.award } : {}) });
    reports.push({ file: name, ...diff });
    moved += diff.changes.length;
    lines.push(`${name}: ${diff.changedItems.length} changed rule item(s): ${diff.changedItems.map((item) => `${item.change} ${item.id} (${item.citation})`).join(", ") || "none"}`);
    lines.push(`  ${diff.changes.length} moved, ${diff.unchanged} unchanged`);
    for (const change of diff.changes) {
      const say = (outcome: typeof change.before) => [outcome.status, outcome.category, outcome.level].filter((part) => part !== null).join(" ");
      lines.push(`  ${change.recordId}: ${say(change.before)} → ${say(change.after)}; because ${change.causes.map((cause) => `${cause.id} ${cause.before ?? "-"}→${cause.after ?? "-"}`).join(", ")}`);
    }
    for (const count of diff.counts.filter((entry) => entry.before !== entry.after)) {
      lines.push(`  ${count.category} level ${count.level}: ${count.before} → ${count.after}`);
    }
  }
  const stdout = args.format === "json" ? `${JSON.stringify(reports, null, 2)}\n` : `${lines.join("\n")}\n`;
  return { code: moved > 0 ? 1 : 0, stdout, stderr: "" };
}
