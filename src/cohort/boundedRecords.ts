import { AwardRulesError } from "../errors/AwardRulesError.js";
import { issueOf, raise } from "../messages/issueOf.js";

/** The caller's error kept as the `cause` of an `AwardRulesError` saying where the reading failed. */
function readFailed(error: unknown, index: number): never {
  const reason = error instanceof Error ? error.message : String(error);
  throw new AwardRulesError([issueOf("read_failed", ["records", index], "records.readFailed", { number: index + 1, reason })], { cause: error });
}

/**
 * How many records a round reads at most unless `maxRecords` says otherwise (an endless iterable
 * stops here with an error rather than running forever).
 */
export const DEFAULT_MAX_RECORDS = 2_000_000;
/** The largest `maxRecords` a round accepts. */
export const MAX_RECORDS_LIMIT = 100_000_000;

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
    raise("invalid_option", ["maxRecords"], "records.badMax", { max: MAX_RECORDS_LIMIT, got: String(value) });
  }
  return value;
}

/**
 * The records of an iterable, read through its iterator with every step checked: an iterable whose
 * iterator cannot be made or has no `next`, a step that is not an object, an iterator that throws,
 * or more than `max` records is an `AwardRulesError` at `["records"]` or `["records", i]` (i from 0),
 * never a TypeError or a loop without end. An error the iterable itself throws (a failing database
 * cursor) is `read_failed`, the error kept as the `cause`; an `AwardRulesError` it throws passes as it is.
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
    throw new AwardRulesError([issueOf("read_failed", ["records"], "records.notIterable", { reason: error instanceof Error ? error.message : String(error) })], { cause: error });
  }
  if (iterator === null || typeof iterator !== "object" || typeof iterator.next !== "function") {
    raise("invalid_option", ["records"], "records.noNext", {});
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
        return readFailed(error, index);
      }
      if (step === null || typeof step !== "object") {
        done = true;
        raise("invalid_record", ["records", index], "records.badStep", { type: step === null ? "null" : typeof step });
      }
      if (step.done) {
        done = true;
        return;
      }
      if (index >= max) raise("invalid_option", ["records"], "records.tooMany", { max });
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
