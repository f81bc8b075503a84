/**
 * A record already checked by the caller, for the length of one synchronous call: a round checks
 * each record once (`recordOf`) and evaluates it two ways; the evaluations take it as checked
 * instead of reading and checking it again. Nothing is remembered after the call (no table of
 * records grows with a round: a million records keep no more than one).
 */
let trusted: object | undefined;

/**
 * Runs `work` with `record` taken as checked (by `recordOf`; a copy nobody else holds).
 *
 * @example
 * ```ts
 * const verdict = withCheckedRecord(record, () => evaluateVerdicts(compiled, record, { asOf }));
 * ```
 */
export function withCheckedRecord<T>(record: object, work: () => T): T {
  const before = trusted;
  trusted = record;
  try {
    return work();
  } finally {
    trusted = before;
  }
}

/**
 * Whether `value` is the record the running call took as checked.
 *
 * @example
 * ```ts
 * withCheckedRecord(record, () => isCheckedRecord(record)); // true
 * isCheckedRecord(record); // false
 * ```
 */
export function isCheckedRecord(value: unknown): boolean {
  return trusted !== undefined && value === trusted;
}
