import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { AwardRulesError } from "../errors/AwardRulesError.js";

/** What a command may print besides its result: progress and warnings go to stderr as they happen. */
export interface CliIo {
  progress: (text: string) => void;
  writeFile: (path: string, text: string) => void;
}

/**
 * Reads a JSON file; a missing file or bad JSON is an `AwardRulesError` naming the file.
 *
 * @example
 * ```ts
 * readJson("fixtures/000/demo.json");
 * ```
 */
export function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new AwardRulesError([{ code: "invalid_option", path: [file], message: `${file}: cannot read (${(error as Error).message})` }]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AwardRulesError([{ code: "invalid_record", path: [file], message: `${file}: not JSON (${(error as Error).message})` }]);
  }
}

/**
 * The records of a batch file, one at a time: a JSON array, or NDJSON (one record a line, blank
 * lines skipped). A bad line is an `AwardRulesError` naming the file and line.
 *
 * @example
 * ```ts
 * for (const record of readRecords("round.ndjson")) console.log(record);
 * ```
 */
export function* readRecords(file: string): Generator<unknown> {
  if (!file.endsWith(".ndjson") && !file.endsWith(".jsonl")) {
    const json = readJson(file);
    if (!Array.isArray(json)) throw new AwardRulesError([{ code: "invalid_record", path: [file], message: `${file}: a batch is a JSON array of records, or NDJSON` }]);
    yield* json;
    return;
  }
  const text = readFileSync(file, "utf8");
  let start = 0;
  let line = 0;
  while (start < text.length) {
    const end = text.indexOf("\n", start);
    const row = text.slice(start, end === -1 ? text.length : end).trim();
    start = end === -1 ? text.length : end + 1;
    line += 1;
    if (row === "") continue;
    try {
      yield JSON.parse(row) as unknown;
    } catch (error) {
      throw new AwardRulesError([{ code: "invalid_record", path: [file, `line ${line}`], message: `${file} line ${line}: not JSON (${(error as Error).message})` }]);
    }
  }
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
    throw new AwardRulesError([{ code: "invalid_option", path: [path], message: `${path}: no such file or folder` }]);
  }
  if (!isFolder) return [path];
  return readdirSync(path)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => join(path, name));
}
