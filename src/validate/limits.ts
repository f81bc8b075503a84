/**
 * The engineering bounds on input (not policy values) that the validator (`src/validate`) applies
 * while it reads a record or a rule file once: depth, values, string and list lengths.
 */

/** Engineering bounds on input (not policy values): past them an input is refused, not processed. */
export interface GuardLimits {
  maxDepth: number;
  maxNodes: number;
  maxStringLength: number;
  maxArrayLength: number;
}

/** Bounds for a candidate record. */
export const RECORD_LIMITS: GuardLimits = { maxDepth: 12, maxNodes: 200_000, maxStringLength: 10_000, maxArrayLength: 10_000 };
/**
 * Bounds for a rule file: 2,000,000 values (about 130,000 conditions of a dozen values each, which
 * lint and load in seconds), lists of at most 10,000 (a larger tree spreads its conditions over
 * nested `all`s, sections or levels).
 */
export const RULEBOOK_LIMITS: GuardLimits = { maxDepth: 64, maxNodes: 2_000_000, maxStringLength: 20_000, maxArrayLength: 10_000 };
