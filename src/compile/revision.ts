import type { Rulebook } from "../schema/rulebookTypes.js";

/**
 * Which revision of which policy a result came from: the rule file's id, its `version` and its
 * effective period (null where the rule file sets no bound). One frozen object per compiled
 * rulebook, shared by every result it gives (a reference, not a copy).
 *
 * @example
 * ```ts
 * const revision: RulebookRevision = { rulebookId: "party-model-post-002", version: "后集委发〔2010〕14号 (2010-09-15)", effectiveFrom: "2010-09-15", effectiveTo: null };
 * ```
 */
export interface RulebookRevision {
  readonly rulebookId: string;
  readonly version: string;
  /** The first day the policy applies (ISO date), or null when the rule file sets none. */
  readonly effectiveFrom: string | null;
  /** The last day the policy applies (ISO date), or null when the rule file sets none. */
  readonly effectiveTo: string | null;
}

/**
 * Where an as-of date falls against a policy's effective period: `"before"` it starts, `"after"`
 * it ends, or null within it (or where the rule file sets no bound on that side). An evaluation
 * outside the period is not refused (a what-if, a late review, a policy with no newer revision):
 * the result says so.
 *
 * @example
 * ```ts
 * const where: OutsidePeriod = "before"; // the as-of date is before the policy's effectiveFrom
 * ```
 */
export type OutsidePeriod = "before" | "after" | null;

/**
 * The revision of a rulebook, frozen once at compile time.
 *
 * @example
 * ```ts
 * revisionOf(rulebook).version; // "2017-11-17"
 * ```
 */
export function revisionOf(rulebook: Rulebook): RulebookRevision {
  return Object.freeze({ rulebookId: rulebook.id, version: rulebook.version, effectiveFrom: rulebook.effectiveFrom ?? null, effectiveTo: rulebook.effectiveTo ?? null });
}

/**
 * Where an ISO as-of date falls against a revision's effective period (see `OutsidePeriod`): two
 * string comparisons, cheap enough for the verdict fast path.
 *
 * @example
 * ```ts
 * outsideEffectivePeriod(compiled.revision, "2026-11-26"); // null
 * ```
 */
export function outsideEffectivePeriod(revision: RulebookRevision, asOf: string): OutsidePeriod {
  if (revision.effectiveFrom !== null && asOf < revision.effectiveFrom) return "before";
  if (revision.effectiveTo !== null && asOf > revision.effectiveTo) return "after";
  return null;
}
