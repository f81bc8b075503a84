import type { CohortResult, Placement } from "./types.js";

/** How each round made by `evaluateCohort` gives its placements one at a time. */
const sources = new WeakMap<CohortResult, () => Iterable<Placement>>();

/**
 * Records how a round gives its placements one at a time (`evaluateCohort` calls it).
 *
 * @example
 * ```ts
 * placementSource(round, () => roster.eachPlacement());
 * ```
 */
export function placementSource(round: CohortResult, source: () => Iterable<Placement>): void {
  sources.set(round, source);
}

/**
 * A round's placements in record-id order, one at a time: a round from `evaluateCohort` makes each
 * as it is reached (never all at once, unless `round.placements` has been read), so a round of
 * millions can be written out in bounded memory; any other round gives its `placements`.
 *
 * @example
 * ```ts
 * for (const placement of eachPlacement(round)) console.log(placement.recordId, placement.status);
 * ```
 */
export function eachPlacement(round: CohortResult): Iterable<Placement> {
  const source = sources.get(round);
  return source === undefined ? round.placements : source();
}
