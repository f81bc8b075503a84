import { AwardRulesError } from "../../errors/AwardRulesError.js";
import type { EvaluationResult } from "../../evaluate/types.js";
import type { ScoredResult } from "../../evaluate/scored/types.js";
import { evaluate } from "../../evaluate/evaluate.js";
import { evaluateScored } from "../../evaluate/scored/evaluateScored.js";
import { explain } from "../../explain/explain.js";
import { explainScored } from "../../explain/explainScored.js";
import type { CliArgs } from "../args.js";
import { readJson, withFile } from "../io.js";
import { rulebookOf } from "./batch.js";
import type { CliOutcome } from "../outcome.js";
import { isSheetFile, readSheetRecords } from "../sheetInput.js";

/** Every row of a sheet evaluated and explained in turn (or as a JSON array); a row's problem names its row. */
function evaluateSheet(file: string, args: CliArgs): CliOutcome {
  const rulebook = rulebookOf(args);
  if (args.asOf === undefined) return { code: 2, stdout: "", stderr: args.language === "zh" ? `${file}：未给出评定日期（\`--as-of\`）\n` : `${file}: no --as-of date given\n` };
  const asOf = args.asOf;
  const format = { language: args.language, format: args.format === "md" ? ("markdown" as const) : ("text" as const) };
  const scored = args.award !== undefined && rulebook.scoredAwards.some((entry) => entry.award.id === args.award);
  const results = readSheetRecords(file, rulebook, args.award, args.positionals.slice(1)).map(({ row, record }) =>
    withFile(
      file,
      "invalid_record",
      () => {
        try {
          return scored
            ? evaluateScored(rulebook, record, { asOf, award: args.award as string })
            : evaluate(rulebook, record, { asOf, ...(args.award ? { award: args.award } : {}) });
        } catch (error) {
          if (error instanceof AwardRulesError) throw new AwardRulesError(error.issues.map((issue) => ({ ...issue, path: [`row ${row}`, ...issue.path] })));
          throw error;
        }
      },
      RECORD_CODES,
    ),
  );
  if (args.format === "json") return { code: 0, stdout: `${JSON.stringify(results, null, 2)}\n`, stderr: "" };
  const texts = results.map((result) => (scored ? explainScored(result as ScoredResult, format) : explain(result as EvaluationResult, format)));
  return { code: 0, stdout: texts.join("\n"), stderr: "" };
}

/** The codes of a record's own problems (reported under the record's file). */
const RECORD_CODES = ["invalid_record", "invalid_score", "outside_audience", "unknown_attestation", "unknown_measure", "unknown_flag"] as const;

/** A record file holds a record, or a scenario fixture whose `input` is the record (and `asOf`, `rulebook`, `award` defaults). */
function recordOf(json: unknown): { record: unknown; asOf?: string; rulebook?: string; award?: string } {
  if (json !== null && typeof json === "object" && "input" in json && ("expected" in json || "expectedError" in json)) {
    const fixture = json as { input: unknown; asOf?: string; rulebook?: string; award?: string };
    return { record: fixture.input, asOf: fixture.asOf, rulebook: fixture.rulebook, award: fixture.award };
  }
  return { record: json };
}

/**
 * `award-rules evaluate <record.json>`: one record, explained (text or Markdown) or as JSON.
 *
 * @example
 * ```ts
 * evaluateCommand(parseArgs(["evaluate", "record.json", "--as-of", "2026-11-26"]));
 * ```
 */
export function evaluateCommand(args: CliArgs): CliOutcome {
  const file = args.positionals[0];
  if (file === undefined) return { code: 2, stdout: "", stderr: "evaluate needs a record file\n" };
  if (isSheetFile(file)) return evaluateSheet(file, args);
  const fromFile = recordOf(readJson(file, "invalid_record"));
  const award = args.award ?? fromFile.award;
  const rulebook = rulebookOf(args, fromFile.rulebook);
  const asOf = args.asOf ?? fromFile.asOf;
  if (asOf === undefined) return { code: 2, stdout: "", stderr: args.language === "zh" ? `${file}：未给出评定日期（\`--as-of\`）\n` : `${file}: no --as-of date given\n` };
  const format = { language: args.language, format: args.format === "md" ? ("markdown" as const) : ("text" as const) };
  if (award !== undefined && rulebook.scoredAwards.some((entry) => entry.award.id === award)) {
    const result = withFile(file, "invalid_record", () => evaluateScored(rulebook, fromFile.record, { asOf, award }), RECORD_CODES);
    return { code: 0, stdout: args.format === "json" ? `${JSON.stringify(result, null, 2)}\n` : explainScored(result, format), stderr: "" };
  }
  const result = withFile(file, "invalid_record", () => evaluate(rulebook, fromFile.record, { asOf, ...(award ? { award } : {}) }), RECORD_CODES);
  return { code: 0, stdout: args.format === "json" ? `${JSON.stringify(result, null, 2)}\n` : explain(result, format), stderr: "" };
}
