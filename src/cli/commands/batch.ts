import type { CompiledRulebook } from "../../compile/compileRulebook.js";
import { evaluateCohort } from "../../cohort/evaluateCohort.js";
import { checkPopulations, checkPreviousRound } from "../../cohort/roundInputs.js";
import { readCommittee } from "../../cohort/committee.js";
import type { CohortOptions } from "../../cohort/types.js";
import { AwardRulesError } from "../../errors/AwardRulesError.js";
import { bundledRulebook } from "../../load/bundled.js";
import { loadRulebook } from "../../load/loadRulebook.js";
import type { CliArgs } from "../args.js";
import { writeRoundText } from "../batchText.js";
import { chunked } from "../chunked.js";
import { readJson, readRecords, withFile, type CliIo } from "../io.js";
import type { CliOutcome } from "../outcome.js";
import { noticeFile, noticeMarkdown } from "../noticeFile.js";
import { noticeTables } from "../noticeTables.js";
import { isSheetFile, readSheetRecords } from "../sheetInput.js";
import type { SheetRecord } from "../../sheets/sheetRecords.js";
import type { CohortResult } from "../../cohort/types.js";
import { raise } from "../../messages/issueOf.js";
import { writeRoundJson } from "../roundJson.js";

const PROGRESS_EVERY = 1000;

/**
 * The rulebook of `--rules FILE` (its problems reported under the file's name) or a bundled one.
 *
 * @example
 * ```ts
 * rulebookOf(parseArgs(["batch", "round.ndjson", "--rules", "my-rules.json"]));
 * ```
 */
export function rulebookOf(args: Pick<CliArgs, "rules" | "rulebook">, fallback?: string): CompiledRulebook {
  const rules = args.rules;
  if (rules === undefined) return bundledRulebook(args.rulebook ?? fallback ?? "model-post-000");
  return withFile(rules, "invalid_rulebook", () => loadRulebook(readJson(rules, "invalid_rulebook")));
}

/** Reads an option file and checks it, its problems reported under the file's name with the path in it. */
function optionFile<T>(file: string, check: (value: unknown) => T, root: string): T {
  return withFile(file, "invalid_option", () => {
    const value = readJson(file, "invalid_option");
    try {
      return check(value);
    } catch (error) {
      if (!(error instanceof AwardRulesError)) throw error;
      throw new AwardRulesError(error.issues.map((issue) => ({ ...issue, path: [file, ...(issue.path[0] === root ? issue.path.slice(1) : issue.path)] })));
    }
  });
}

/**
 * The options of a round from the command line: `--populations`, `--previous-round` and `--committee` files read
 * and checked (a problem is reported under that file's name, with the path in it).
 *
 * @example
 * ```ts
 * roundOptionsOf(parseArgs(["batch", "r.ndjson", "--as-of", "2026-11-26", "--populations", "p.json"]));
 * ```
 */
export function roundOptionsOf(args: CliArgs): Pick<CohortOptions, "populations" | "previousRound" | "committee"> {
  const { populations, previousRound, committee } = args;
  return {
    ...(populations ? { populations: optionFile(populations, checkPopulations, "populations") } : {}),
    ...(previousRound ? { previousRound: optionFile(previousRound, checkPreviousRound, "previousRound") } : {}),
    ...(committee ? { committee: optionFile(committee, (value) => readCommittee(value) as NonNullable<CohortOptions["committee"]>, "committee") } : {}),
  };
}

/** The records of a sheet as a batch's source: where a record is, is its row. */
function sheetSource(records: SheetRecord[]): Iterable<unknown> & { where: () => string | undefined } {
  let where: string | undefined;
  return {
    *[Symbol.iterator]() {
      for (const { row, record } of records) {
        where = `row ${row}`;
        yield record;
      }
    },
    where: () => where,
  };
}

/** Writes the round's 公示 list to the file `--out` names (`.md`, `.csv` or `.xlsx`). */
function writeNotice(file: string, round: CohortResult, rulebook: CompiledRulebook, language: "zh" | "en", io: CliIo): void {
  const written = noticeFile(file, noticeTables(round, rulebook, language), language);
  if (written === undefined) raise("invalid_option", ["--out"], "sheet.outFormat", { file, allowed: [".md", ".csv", ".xlsx"] });
  io.writeFile(file, "text" in written ? written.text : written.bytes);
}

/**
 * `award-rules batch <records>`: a whole round with its quotas. NDJSON is read a chunk at a time
 * and the round written out as it is made (`io.out`), so memory stays bounded by the round's
 * contenders, not its size; progress on stderr every 1,000 records. A record's problem is reported
 * under the file with its line (NDJSON) or record number (JSON array), counting from 1.
 *
 * @example
 * ```ts
 * batchCommand(parseArgs(["batch", "round.ndjson", "--as-of", "2026-11-30"]), io);
 * ```
 */
export function batchCommand(args: CliArgs, io: CliIo & { out: (text: string) => void }): CliOutcome {
  const file = args.positionals[0];
  const zh = args.language === "zh";
  if (file === undefined || args.asOf === undefined) return { code: 2, stdout: "", stderr: zh ? "batch 需要一个记录文件和 --as-of\n" : "batch needs a records file and --as-of\n" };
  if (args.positionals.length > 1 && !isSheetFile(file))
    return { code: 2, stdout: "", stderr: zh ? `batch 只读一个记录文件，给了 ${args.positionals.length} 个\n` : `batch reads one records file, got ${args.positionals.length}\n` };
  const rulebook = rulebookOf(args);
  const options: CohortOptions = { asOf: args.asOf, ...(args.award ? { award: args.award } : {}), ...roundOptionsOf(args) };
  const source = isSheetFile(file) ? sheetSource(readSheetRecords(file, rulebook, args.award, args.positionals.slice(1))) : readRecords(file);
  function* counted(): Generator<unknown> {
    let count = 0;
    for (const record of source) {
      yield record;
      count += 1;
      if (count % PROGRESS_EVERY === 0) io.progress(args.language === "zh" ? `${file}：已评定 ${count} 条记录\n` : `${file}: ${count} records evaluated\n`);
    }
  }
  let round;
  try {
    round = evaluateCohort(rulebook, counted(), options);
  } catch (error) {
    if (!(error instanceof AwardRulesError)) throw error;
    // a record's position (from 0) becomes its line or record number in the file
    throw new AwardRulesError(
      error.issues.map((issue) =>
        typeof issue.path[0] === "number" ? { ...issue, path: [file, source.where() ?? `record ${issue.path[0] + 1}`, ...issue.path.slice(1)] } : issue,
      ),
    );
  }
  if (args.out !== undefined) writeNotice(args.out, round, rulebook, args.language, io);
  const writer = chunked(io.out);
  if (args.format === "md") io.out(noticeMarkdown(noticeTables(round, rulebook, args.language), args.language));
  else if (args.format === "json") writeRoundJson(round, writer.write);
  else writeRoundText(round, rulebook, args.language, writer.write);
  writer.flush();
  return { code: 0, stdout: "", stderr: "" };
}
