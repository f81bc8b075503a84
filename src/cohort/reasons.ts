import type { BilingualText } from "../schema/primitives.js";
import type { Placement } from "./types.js";

/** A round's reason list: shared between placements that say the same, so never changed in place. */
export type ReasonList = readonly BilingualText[];

/** The list every placement starts with. */
export const NO_REASONS: ReasonList = Object.freeze([]);

/** For each list, the lists one reason longer made from it: the same list and reason give the same list. */
const longer = new WeakMap<ReasonList, Map<BilingualText, ReasonList>>();
/** How many lengthenings of one list are remembered (the shared words of a round are few). */
const REMEMBERED = 64;

/**
 * A round placement's reasons grown by one: a new list (the old one may be shared), the same
 * list for the same list and reason (the same reason object), so the thousands of candidates a
 * round words alike share one list rather than one each.
 *
 * @example
 * ```ts
 * addReason(placement, NO_LEVEL);
 * placement.reasons; // [..., NO_LEVEL]
 * ```
 */
export function addReason(placement: Placement, reason: BilingualText): void {
  const list: ReasonList = placement.reasons;
  let next = longer.get(list);
  if (next === undefined) {
    next = new Map();
    longer.set(list, next);
  }
  let found = next.get(reason);
  if (found === undefined) {
    found = Object.freeze([...list, reason]);
    if (next.size < REMEMBERED) next.set(reason, found);
  }
  placement.reasons = found as BilingualText[];
}

/**
 * A placement as the round's result gives it: a copy of its own, reasons included, so a caller
 * may change it without touching the round's shared lists.
 *
 * @example
 * ```ts
 * const given = published(placement); // given.reasons.push(...) is safe
 * ```
 */
export function published(placement: Placement): Placement {
  const { recordId, status, qualifiedLevel, level, score, grade, bucket, rank } = placement;
  return { recordId, status, qualifiedLevel, level, score, grade, bucket, rank, reasons: [...placement.reasons] };
}
