import type { CohortOptions } from "../../cohort/types.js";
import { diffRulebooks, type DiffOptions } from "../../diff/diffRulebooks.js";
import type { PlacementOutcome, RoundDiff } from "../../diff/diffRound.js";
import { loadRulebook } from "../../load/loadRulebook.js";
import type { CliArgs } from "../args.js";
import { readJson, readRecords, ruleFiles } from "../io.js";
import type { CliOutcome } from "../run.js";

function roundOptions(args: CliArgs): NonNullable<DiffOptions["round"]> {
  return {
    ...(args.populations ? { populations: readJson(args.populations) as CohortOptions["populations"] } : {}),
    ...(args.previousRound ? { previousRound: readJson(args.previousRound) as CohortOptions["previousRound"] } : {}),
  };
}

function roundLines(round: RoundDiff): string[] {
  const say = (outcome: PlacementOutcome): string => [outcome.status, outcome.level === null ? null : `level ${outcome.level}`, outcome.grade].filter((part) => part !== null).join(" ");
  const lines = [`  round: ${round.changes.length} placement(s) change; placed ${round.placed.before} → ${round.placed.after}; ${round.status.before} → ${round.status.after}`];
  for (const change of round.changes) {
    lines.push(`  ${change.recordId}: ${change.kind}: ${say(change.before)} → ${say(change.after)}; because ${change.causes.map((cause) => `${cause.id} (${cause.citation})`).join(", ") || "—"}`);
  }
  for (const cut of round.cuts) {
    const show = (quota: RoundDiff["cuts"][number]["before"]): string => (quota === null ? "—" : `${quota.placed} of ${quota.quota ?? "∞"}${quota.cut ? `, ${quota.cut}` : ""}`);
    lines.push(`  ${cut.key}: ${show(cut.before)} → ${show(cut.after)}`);
  }
  return lines;
}

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
    if (before.awards.length === 0 && args.award === undefined) continue;
    const diff = diffRulebooks(before, after, readRecords(recordsPath), {
      asOf: args.asOf,
      ...(args.award ? { award: args.award } : {}),
      ...(args.round ? { round: roundOptions(args) } : {}),
    });
    reports.push({ file: name, ...diff });
    moved += diff.changes.length + (diff.round?.changes.length ?? 0);
    lines.push(`${name}: ${diff.changedItems.length} changed rule item(s): ${diff.changedItems.map((item) => `${item.change} ${item.id} (${item.citation})`).join(", ") || "none"}`);
    lines.push(`  ${diff.changes.length} moved, ${diff.unchanged} unchanged`);
    for (const change of diff.changes) {
      const say = (outcome: typeof change.before) => [outcome.status, outcome.category, outcome.level].filter((part) => part !== null).join(" ");
      lines.push(`  ${change.recordId}: ${say(change.before)} → ${say(change.after)}; because ${change.causes.map((cause) => `${cause.id} ${cause.before ?? "-"}→${cause.after ?? "-"}`).join(", ")}`);
    }
    for (const count of diff.counts.filter((entry) => entry.before !== entry.after)) {
      lines.push(`  ${count.category} level ${count.level}: ${count.before} → ${count.after}`);
    }
    if (diff.round) lines.push(...roundLines(diff.round));
  }
  const stdout = args.format === "json" ? `${JSON.stringify(reports, null, 2)}\n` : `${lines.join("\n")}\n`;
  return { code: moved > 0 ? 1 : 0, stdout, stderr: "" };
}
