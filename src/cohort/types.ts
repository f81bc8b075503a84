import type { BilingualText } from "../schema/primitives.js";
import type { Deployment } from "../evaluate/scored/validateScores.js";
import type { ScoredResult } from "../evaluate/scored/types.js";
import type { EvaluationResult } from "../evaluate/types.js";

/**
 * Options of a round's evaluation.
 *
 * @example
 * ```ts
 * const options: CohortOptions = { asOf: "2026-11-30", previousRound: { revoked: ["T-017"] } };
 * ```
 */
export interface CohortOptions {
  asOf: string;
  /** The award (a level award such as `model-post`, or a scored award); defaults to the rulebook's first award. */
  award?: string;
  /** The previous round's results: who was revoked (§六(七)). Given, it decides `revokedInPreviousRound`. */
  previousRound?: { revoked: string[] };
  /** Headcounts for share quotas: per department (003: 10% of each department's staff) or in all. */
  populations?: { total?: number; byDepartment?: Record<string, number> };
  deployment?: Deployment;
  /** Overrides the rule file's `whenLevelFull` setting. */
  whenLevelFull?: "placeAtLowerLevel" | "leaveOut";
  /** Called with each candidate's full result as it is evaluated; nothing else keeps them. */
  onResult?: (result: EvaluationResult | ScoredResult) => void;
}

/** What the round decided for one candidate, and why. */
export interface Placement {
  recordId: string;
  status: "placed" | "notPlaced" | "refused" | "notQualified" | "pendingReview" | "vetoed" | "ineligible";
  /** Level awards: the highest level qualified for, and the level placed at. */
  qualifiedLevel: number | null;
  level: number | null;
  /** Scored awards: the score and the grade (after a grade quota), and the bucket competed in. */
  score: number | null;
  grade: string | null;
  bucket: string | null;
  /** Position in the ranking of the bucket or level where the quota decided, 1-based. */
  rank: number | null;
  reasons: BilingualText[];
}

/** A round's outcome: every placement, the quotas used, and the cut at each level or bucket. */
export interface CohortResult {
  awardId: string;
  asOf: string;
  candidates: number;
  placements: Placement[];
  /** Places given per level or bucket, and its quota. */
  quotas: { key: string; quota: number; placed: number; cut: string | null }[];
}
