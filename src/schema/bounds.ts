/**
 * Upper bounds on the numbers a rule file may carry: engineering bounds (not policy values), far
 * above any policy yet small enough that nothing downstream allocates or loops without end. The
 * JSON Schemas carry them as `maximum`s.
 *
 * @example
 * ```ts
 * z.number().int().min(1).max(RULE_FILE_BOUNDS.level);
 * ```
 */
export const RULE_FILE_BOUNDS = Object.freeze({
  /** A level's number (1 is the highest). */
  level: 100,
  /** A scale value's rank, either way from 0. */
  rank: 1_000,
  /** Points: an item's or section's maximum, a printed total, a bonus's points and cap, a band's bound, a component's full score. */
  points: 100_000,
  /** Places in a quota or a category. */
  places: 1_000_000,
  /** A quantity (a quota in persons, a reward or prize in CNY). */
  quantity: 1_000_000_000,
  /** A time allowed (a deadline's N days, weeks or months). */
  duration: 3_650,
  /** A declared measure's min and max, either way from 0. */
  measure: 1_000_000_000,
});
