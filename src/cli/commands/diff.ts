import { diffRulebooks, type DiffOptions } from "../../diff/diffRulebooks.js";
import { diffLabels, formatDiff } from "../../diff/formatDiff.js";
import { loadRulebook } from "../../load/loadRulebook.js";
import type { CliArgs } from "../args.js";
import { readJson, readRecords, ruleFiles } from "../io.js";
import type { CliOutcome } from "../outcome.js";
import { roundOptionsOf } from "./batch.js";

/** A round's options from the command line, as `batch` reads them (each file checked, its problems under its name). */
const roundOptions = (args: CliArgs): NonNullable<DiffOptions["round"]> => roundOptionsOf(args);

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
    const need =
      args.language === "zh"
        ? "`diff` 命令需要：修改前的规则、修改后的规则、记录文件，以及评定日期 `--as-of`\n"
        : "diff needs <before rules> <after rules> <records> and --as-of\n";
    return { code: 2, stdout: "", stderr: need };
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
    if (before.awards.length === 0 && args.award === undefined) continue;
    const diff = diffRulebooks(before, after, readRecords(recordsPath), {
      asOf: args.asOf,
      ...(args.award ? { award: args.award } : {}),
      ...(args.round ? { round: roundOptions(args) } : {}),
    });
    reports.push({ file: name, ...diff });
    moved += diff.changes.length + (diff.round?.changes.length ?? 0);
    lines.push(...formatDiff(name, diff, args.language, args.language === "zh" ? diffLabels(before.rulebook, after.rulebook) : undefined));
  }
  const stdout = args.format === "json" ? `${JSON.stringify(reports, null, 2)}\n` : `${lines.join("\n")}\n`;
  return { code: moved > 0 ? 1 : 0, stdout, stderr: "" };
}
