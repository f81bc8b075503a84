import type { CandidateRecord } from "../../schema/recordTypes.js";
import { yearOfDay } from "../../util/isoDay.js";

/**
 * The same text as a property key the engine has already interned, so each lookup or compare
 * with it is a pointer compare.
 *
 * @example
 * ```ts
 * const item = internedKey("cap.integrity.when");
 * ```
 */
export function internedKey(key: string): string {
  return Object.keys({ [key]: 0 })[0] as string;
}

const YEAR_KEYS = new Map<number, string>();

/**
 * A calendar year as the text a record's `knownAbsent` lists hold ("2025"), interned and made
 * once per year.
 *
 * @example
 * ```ts
 * yearKey(2025); // "2025"
 * ```
 */
export function yearKey(year: number): string {
  let key = YEAR_KEYS.get(year);
  if (key === undefined) {
    key = internedKey(String(year));
    if (YEAR_KEYS.size < 4096) YEAR_KEYS.set(year, key);
  }
  return key;
}

/**
 * Whether every calendar year a window touches is one the record says had nothing in a dated
 * list (`knownAbsent`): then a list not given counts none in the window, else it is unknown. The
 * one statement of this rule, read by the dated facts, the fused leaves and the generated code.
 *
 * @example
 * ```ts
 * absentThroughout({ id: "S", knownAbsent: { complaints: ["2025"] } }, "complaints", "2025-01-01", "2025-12-31"); // true
 * absentThroughout({ id: "S", knownAbsent: { complaints: ["2025"] } }, "complaints", null, "2025-12-31"); // false: a window with no start
 * ```
 */
export function absentThroughout(record: CandidateRecord, field: string, from: string | null, to: string): boolean {
  const years = (record.knownAbsent as Record<string, readonly string[] | undefined> | undefined)?.[field];
  if (years === undefined || from === null) return false;
  const last = yearOfDay(to);
  for (let year = yearOfDay(from); year <= last; year += 1) {
    if (!years.includes(yearKey(year))) return false;
  }
  return true;
}
