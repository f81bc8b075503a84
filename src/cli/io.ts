import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { AwardRulesError, type Issue, type IssueCode } from "../errors/AwardRulesError.js";
import { raise } from "../messages/issueOf.js";
import { readTextFile } from "./files.js";
import { ndjsonLines } from "./ndjson.js";
import { jsonSyntaxParams } from "../messages/jsonSyntaxParams.js";

/** What a command may print besides its result: its output as it comes, progress and warnings (stderr) as they happen. */
export interface CliIo {
  progress: (text: string) => void;
  /** Writes a file: text (UTF-8) or bytes (a workbook). */
  writeFile: (path: string, data: string | Uint8Array) => void;
  /** Where a command's output goes as it is made (a batch writes a large round piece by piece); without it, output is collected into `stdout`. */
  out?: (text: string) => void;
}

/**
 * Reads a JSON file (a regular file of at most `FILE_LIMITS.wholeFile` bytes); a missing file, a
 * folder, a pipe, a device or bad JSON is an `AwardRulesError` naming the file, with `code` for
 * what is wrong with its contents (`invalid_rulebook` for a rule file, `invalid_record` for a record…).
 *
 * @example
 * ```ts
 * readJson("rules/000-model-post.json", "invalid_rulebook");
 * ```
 */
export function readJson(file: string, code: IssueCode = "invalid_option"): unknown {
  const text = readTextFile(file, code);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return raise(code, [file], "text.jsonSyntax", jsonSyntaxParams(text, (error as Error).message));
  }
}

/**
 * Runs what loads one file and reports its errors under that file: each issue's path starts with
 * the file (then the path inside it; with `only`, just the issues of those codes); a structure nested too deep to read is an issue of `code`
 * on the file, not a stack overflow.
 *
 * @example
 * ```ts
 * const rulebook = withFile("my-rules.json", "invalid_rulebook", () => loadRulebook(readJson("my-rules.json", "invalid_rulebook")));
 * ```
 */
export function withFile<T>(file: string, code: IssueCode, run: () => T, only?: readonly IssueCode[]): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof AwardRulesError) {
      const mine = (issue: Issue): boolean => issue.path[0] !== file && (only === undefined || only.includes(issue.code));
      throw new AwardRulesError(error.issues.map((issue) => (mine(issue) ? { ...issue, path: [file, ...issue.path] } : issue)));
    }
    if (error instanceof RangeError) raise(code, [file], "file.tooDeep", { reason: error.message });
    throw error;
  }
}

/** Records as they are read, and where the last one came from (`line 3` of NDJSON, `record 3` of a JSON array). */
export interface RecordSource extends Iterable<unknown> {
  /** Where in the file the record read last is, counting from 1. */
  where: () => string | undefined;
}

/**
 * The records of a batch file, one at a time: a JSON array (read whole, under the size limit), or
 * NDJSON (`.ndjson`, `.jsonl`: read in chunks, one record a line, blank lines skipped, each line at
 * most `FILE_LIMITS.line` bytes). A bad line is an `AwardRulesError` naming the file and line.
 *
 * @example
 * ```ts
 * const source = readRecords("round.ndjson");
 * for (const record of source) console.log(source.where(), record);
 * ```
 */
export function readRecords(file: string): RecordSource {
  let where: string | undefined;
  const ndjson = file.endsWith(".ndjson") || file.endsWith(".jsonl");
  function* fromArray(): Generator<unknown> {
    const json = readJson(file, "invalid_record");
    if (!Array.isArray(json)) raise("invalid_record", [file], "file.notBatch", {});
    for (let index = 0; index < json.length; index += 1) {
      where = `record ${index + 1}`;
      yield json[index];
    }
  }
  function* fromLines(): Generator<unknown> {
    for (const { line, text } of ndjsonLines(file)) {
      where = `line ${line}`;
      try {
        yield JSON.parse(text) as unknown;
      } catch (error) {
        if (!(error instanceof SyntaxError)) throw error;
        raise("invalid_record", [file, `line ${line}`], "text.jsonSyntax", { ...jsonSyntaxParams(text, error.message), line });
      }
    }
  }
  return { [Symbol.iterator]: ndjson ? fromLines : fromArray, where: () => where };
}

/**
 * The records of a batch file, all at once (a test's `recordsFile`): see `readRecords`.
 *
 * @example
 * ```ts
 * readAllRecords("fixtures/rounds/000-round.ndjson").length; // 18
 * ```
 */
export function readAllRecords(file: string): unknown[] {
  const source = readRecords(file);
  const records: unknown[] = [];
  for (const record of source) {
    if (records.length >= 1_000_000) raise("invalid_record", [file], "file.tooManyRecords", { max: 1_000_000 });
    records.push(record);
  }
  return records;
}

/**
 * The rule files a path names: the file itself, or every `*.json` directly in a folder, sorted.
 *
 * @example
 * ```ts
 * ruleFiles("rules"); // ["rules/000-model-post.json", …]
 * ```
 */
export function ruleFiles(path: string): string[] {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    raise("invalid_option", [path], "file.missing", {});
  }
  if (!isFolder) return [path];
  return readdirSync(path)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => join(path, name));
}
