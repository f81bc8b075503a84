import { evaluateCohort } from "../../cohort/evaluateCohort.js";
import type { CohortOptions } from "../../cohort/types.js";
import { bundledRulebook } from "../../load/bundled.js";
import { loadRulebook } from "../../load/loadRulebook.js";
import type { CliArgs } from "../args.js";
import { readJson, readRecords, type CliIo } from "../io.js";
import type { CliOutcome } from "../run.js";

const PROGRESS_EVERY = 1000;

/**
 * `award-rules batch <records>`: a whole round with its quotas; progress on stderr past 1,000 records.
 *
 * @example
 * ```ts
 * batchCommand(parseArgs(["batch", "round.ndjson", "--as-of", "2026-11-30"]), io);
 * ```
 */
export function batchCommand(args: CliArgs, io: CliIo): CliOutcome {
  const file = args.positionals[0];
  if (file === undefined || args.asOf === undefined) return { code: 2, stdout: "", stderr: "batch needs a records file and --as-of\n" };
  const rulebook = args.rules === undefined ? bundledRulebook(args.rulebook) : loadRulebook(readJson(args.rules));
  const options: CohortOptions = { asOf: args.asOf, ...(args.award ? { award: args.award } : {}) };
  if (args.populations) options.populations = readJson(args.populations) as CohortOptions["populations"];
  if (args.previousRound) options.previousRound = readJson(args.previousRound) as CohortOptions["previousRound"];
  function* counted(): Generator<unknown> {
    let count = 0;
    for (const record of readRecords(file as string)) {
      yield record;
      count += 1;
      if (count % PROGRESS_EVERY === 0) io.progress(`${file}: ${count} records evaluated\n`);
    }
  }
  const round = evaluateCohort(rulebook, counted(), options);
  if (args.format === "json") return { code: 0, stdout: `${JSON.stringify(round, null, 2)}\n`, stderr: "" };
  const lines = [`${round.awardId} · ${round.asOf} · ${round.candidates} candidates`];
  for (const quota of round.quotas) lines.push(`  ${quota.key}: ${quota.placed} of ${quota.quota} placed${quota.cut ? ` (cut: ${quota.cut})` : ""}`);
  for (const placement of round.placements) {
    const what = placement.level !== null ? `level ${placement.level}` : (placement.grade ?? "");
    lines.push(`${placement.recordId}\t${placement.status}\t${what}\t${placement.reasons.map((reason) => reason[args.language]).join(" | ")}`);
  }
  return { code: 0, stdout: `${lines.join("\n")}\n`, stderr: "" };
}
