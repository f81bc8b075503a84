/**
 * Words for a position: "3rd", and in Chinese "第 3 名".
 *
 * @example
 * ```ts
 * ordinal(2); // { zh: "第 2 名", en: "2nd" }
 * ```
 */
export function ordinal(position: number): { zh: string; en: string } {
  const tens = position % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][position % 10] ?? "th");
  return { zh: `第 ${position} 名`, en: `${position}${suffix}` };
}

/** The most ids a tie's reason names; the round's `ties` list holds them all. */
export const NAMED_IN_REASON = 10;

/**
 * The candidates of a tie as a reason names them: every id up to ten, else the first ten and how
 * many more (the tie itself lists them all), so a reason's length does not grow with the round.
 * `ids` may be only the first of them (at least eleven) when `total` says how many there are.
 *
 * @example
 * ```ts
 * namedIn(["R-1", "R-2"]); // { zh: "R-1、R-2", en: "R-1, R-2" }
 * ```
 */
export function namedIn(ids: readonly string[], total = ids.length): { zh: string; en: string } {
  if (total <= NAMED_IN_REASON) return { zh: ids.join("、"), en: ids.join(", ") };
  const shown = ids.slice(0, NAMED_IN_REASON);
  const more = total - NAMED_IN_REASON;
  return { zh: `${shown.join("、")}等，另有 ${more} 名`, en: `${shown.join(", ")} and ${more} more` };
}
