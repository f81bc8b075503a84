import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { checkFunction, checkText, readList, readOptions, type DoorPath, checkKnownKeys } from "../door/door.js";
import { checkCompiled } from "../compile/compiledMark.js";

/**
 * A policy test case read once: the test (checked later by its schema), the file it came from
 * and the records of its `recordsFile`.
 *
 * @example
 * ```ts
 * readTestCase({ test, file: "fixtures/000/a.json" }, ["cases", 0]);
 * ```
 */
export function readTestCase(entry: unknown, path: DoorPath): { test: unknown; file?: string; records?: unknown[] } {
  const read = readOptions(entry, path, { required: true });
  const file = checkText(read.file, [...path, "file"], { optional: true });
  const records = read.records === undefined ? undefined : readList(read.records, [...path, "records"]);
  return { test: read.test, ...(file !== undefined ? { file } : {}), ...(records !== undefined ? { records } : {}) };
}

/**
 * The door for a rulebook lookup: a function, whose every answer must be a compiled rulebook or
 * `undefined` (anything else is a typed error at `lookup`).
 *
 * @example
 * ```ts
 * const find = checkLookup((id: string) => bundledRulebook(id));
 * ```
 */
export function checkLookup(lookup: unknown): (id: string) => CompiledRulebook | undefined {
  const find = checkFunction<(id: string) => unknown>(lookup, ["lookup"]);
  return (id) => {
    const found = find(id);
    return found === undefined ? undefined : checkCompiled(found, ["lookup"]);
  };
}

/**
 * Reads the options of a policy test run once: `records` a list, `onEvaluation` a function.
 *
 * @example
 * ```ts
 * readRunOptions({ records }); // { records: [...] }
 * ```
 */
export function readRunOptions(options: unknown): { records?: unknown[]; onEvaluation?: (evaluation: never) => void } {
  const read = readOptions(options);
  checkKnownKeys(read, ["records", "onEvaluation"], ["options"]);
  return {
    ...(read.records !== undefined ? { records: readList(read.records, ["options", "records"]) } : {}),
    ...(read.onEvaluation !== undefined ? { onEvaluation: checkFunction(read.onEvaluation, ["options", "onEvaluation"]) } : {}),
  };
}
