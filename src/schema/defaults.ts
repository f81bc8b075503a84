import type { Allocation } from "./rulebookTypes.js";

/**
 * The ranking a round uses when its rule file gives no `allocation`: the committee's rank alone, so
 * contenders without one tie and the committee decides.
 *
 * @example
 * ```ts
 * DEFAULT_RANKING; // [{ by: "committeeRank" }]
 * ```
 */
export const DEFAULT_RANKING: Allocation["ranking"] = Object.freeze([{ by: "committeeRank" as const }]) as Allocation["ranking"];
