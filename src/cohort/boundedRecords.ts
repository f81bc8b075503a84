import { AwardRulesError } from "../errors/AwardRulesError.js";

/**
 * How many records a round reads at most unless `maxRecords` says otherwise (an endless iterable
 * stops here with an error rather than running forever).
 */
export const DEFAULT_MAX_RECORDS = 2_000_000;
/** The largest `maxRecords` a round accepts. */
export const MAX_RECORDS_LIMIT = 100_000_000;

const fail = (code: "invalid_option" | "invalid_record", path: (string | number)[], message: string, zh: string): never => {
  throw new AwardRulesError([{ code, path, message, zh }]);
};

/**
 * Checks a round's `maxRecords` option: a whole number from 1 to 100,000,000 (default 2,000,000).
 *
 * @example
 * ```ts
 * checkMaxRecords(undefined); // 2000000
 * checkMaxRecords(0); // throws at ["maxRecords"]
 * ```
 */
export function checkMaxRecords(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_RECORDS;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > MAX_RECORDS_LIMIT) {
    fail(
      "invalid_option",
      ["maxRecords"],
      `maxRecords is a whole number from 1 to ${MAX_RECORDS_LIMIT}, got ${String(value)}`,
      `maxRecords 应为 1 至 ${MAX_RECORDS_LIMIT} 的整数，实为 ${String(value)}`,
    );
  }
  return value as number;
}

/**
 * The records of an iterable, read through its iterator with every step checked: an iterable whose
 * iterator cannot be made or has no `next`, a step that is not an object, an iterator that throws,
 * or more than `max` records is an `AwardRulesError` at `["records"]` or `["records", i]` (i from 0),
 * never a TypeError or a loop without end. An `AwardRulesError` the iterator throws passes as it is.
 * The iterator is closed when the reading stops early.
 *
 * @example
 * ```ts
 * for (const record of boundedRecords(records, 2_000_000)) roster.add(record);
 * ```
 */
export function* boundedRecords(records: Iterable<unknown>, max: number): Generator<unknown> {
  let iterator: Iterator<unknown>;
  try {
    iterator = records[Symbol.iterator]();
  } catch (error) {
    if (error instanceof AwardRulesError) throw error;
    return fail("invalid_option", ["records"], `records cannot be iterated (${(error as Error)?.message ?? String(error)})`, "记录无法逐条读取");
  }
  if (iterator === null || typeof iterator !== "object" || typeof iterator.next !== "function") {
    fail("invalid_option", ["records"], "records' iterator has no next() function", "记录的迭代器没有 next() 方法");
  }
  let done = false;
  try {
    for (let index = 0; ; index += 1) {
      let step: IteratorResult<unknown>;
      try {
        step = iterator.next();
      } catch (error) {
        done = true;
        if (error instanceof AwardRulesError) throw error;
        return fail("invalid_record", ["records", index], `reading record ${index + 1} failed (${(error as Error)?.message ?? String(error)})`, `读取第 ${index + 1} 条记录时出错`);
      }
      if (step === null || typeof step !== "object") {
        done = true;
        fail("invalid_record", ["records", index], `records' iterator gave ${step === null ? "null" : typeof step} instead of a step object`, "记录的迭代器返回的不是对象");
      }
      if (step.done) {
        done = true;
        return;
      }
      if (index >= max) fail("invalid_option", ["records"], `more than ${max} records (the maxRecords option)`, `记录多于 ${max} 条（maxRecords 选项）`);
      yield step.value;
    }
  } finally {
    if (!done) {
      try {
        iterator.return?.();
      } catch {
        // closing is best effort: the error that stopped the reading is the one to report
      }
    }
  }
}
