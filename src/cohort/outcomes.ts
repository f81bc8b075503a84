/**
 * What the allocation can make of a unit of contenders, as a small number: not placed, refused over
 * a unit's limit, placed (a scored award's place, or its top grade kept), or placed at a level
 * (`PLACED_AT + the level's position` among the award's levels, highest first).
 */
export const NOT_PLACED = 0;
/** Refused: over its department's or unit's limit. */
export const REFUSED = 1;
/** Kept at its unit's limit but pending (it counts there, and competes for nothing). */
export const STANDS_PENDING = 2;
/** Placed (a scored award's place, or its top grade kept under a share). */
export const PLACED = 3;
/** Too many ties to work through: the outcome is not known. */
export const UNSURE = 4;
/** Placed at the level at this position (0 = the highest level) is `PLACED_AT + position`. */
export const PLACED_AT = 10;

/**
 * Every outcome each unit of a round can come to over every way the committee may break the
 * ties: the first found (`first`, -1 for none) and, for the units with more than one, all of them.
 * A unit with one outcome is settled whatever the committee decides; one with several is
 * provisional.
 *
 * @example
 * ```ts
 * const outcomes = new UnitOutcomes(3);
 * outcomes.mark(0, PLACED_AT);
 * outcomes.mark(0, PLACED_AT + 1);
 * outcomes.of(0); // [10, 11]
 * ```
 */
export class UnitOutcomes {
  private readonly first: Int16Array;
  private readonly more = new Map<number, Set<number>>();

  constructor(units: number) {
    this.first = new Int16Array(units).fill(-1);
  }

  /** Records that a unit can come to an outcome. */
  mark(unit: number, outcome: number): void {
    const known = this.first[unit] as number;
    if (known === -1) this.first[unit] = outcome;
    else if (known !== outcome) {
      let set = this.more.get(unit);
      if (set === undefined) this.more.set(unit, (set = new Set([known])));
      set.add(outcome);
    }
  }

  /** Whether a unit can come to more than one outcome. */
  isOpen(unit: number): boolean {
    return this.more.has(unit);
  }

  /** A unit's one outcome (settled), or its first. */
  firstOf(unit: number): number {
    return this.first[unit] as number;
  }

  /** Every outcome a unit can come to, in increasing order. */
  of(unit: number): number[] {
    const set = this.more.get(unit);
    if (set !== undefined) return [...set].sort((a, b) => a - b);
    const known = this.first[unit] as number;
    return known === -1 ? [] : [known];
  }
}
