import type { BilingualText } from "../schema/primitives.js";
import type { Deployment } from "../evaluate/scored/validateScores.js";
import type { ScoredResult } from "../evaluate/scored/types.js";
import type { EvaluationResult } from "../evaluate/types.js";
import type { RoundLedger } from "../afterRound/types.js";

/**
 * Options of a round's evaluation.
 *
 * @example
 * ```ts
 * const options: CohortOptions = { asOf: "2026-11-30", previousRound: { ledger } };
 * ```
 */
export interface CohortOptions {
  asOf: string;
  /** The award (a level award such as `model-post`, or a scored award); defaults to the rulebook's first award. */
  award?: string;
  /**
   * The previous round's outcome: its ledger (from `reviewHolders`: who was revoked and barred,
   * §六(七)), or a list of revoked ids. Given, it decides `revokedInPreviousRound`.
   */
  previousRound?: { ledger?: RoundLedger; revoked?: string[] };
  /** Headcounts for share quotas: per department (003: 10% of each department's staff) or in all. */
  populations?: { total?: number; byDepartment?: Record<string, number> };
  deployment?: Deployment;
  /** The number of applications each department may make this year (000 §五(一): set by logistics each year), by department. */
  departmentLimits?: Record<string, number>;
  /** Overrides the rule file's `whenLevelFull` setting. */
  whenLevelFull?: "placeAtLowerLevel" | "leaveOut";
  /**
   * At most this many records are read (a whole number from 1 to 100,000,000; default 2,000,000):
   * past it the round stops with an `invalid_option` error at `["records"]`, so an endless iterable
   * cannot run forever.
   */
  maxRecords?: number;
  /** Called with each candidate's full result as it is evaluated; nothing else keeps them. */
  onResult?: (result: EvaluationResult | ScoredResult) => void;
}

/** What the round decided for one candidate, and why. */
export interface Placement {
  recordId: string;
  /**
   * `provisional`: tied at a cut the ranking cannot separate — the committee decides (see the
   * round's `ties`).
   */
  status: "placed" | "notPlaced" | "provisional" | "refused" | "notQualified" | "pendingReview" | "vetoed" | "ineligible";
  /** Level awards: the highest level qualified for, and the level placed at. */
  qualifiedLevel: number | null;
  level: number | null;
  /** Scored awards: the score and the grade (after a grade quota), and the bucket competed in. */
  score: number | null;
  grade: string | null;
  bucket: string | null;
  /** Position in the ranking of the bucket or level where the quota decided, 1-based (tied contenders share it). */
  rank: number | null;
  reasons: BilingualText[];
}

/** A tie at a cut: who, for how many places, where; the committee decides among them. */
export interface RoundTie {
  /** The level (level awards) or bucket (scored awards) where the tie is. */
  key: string;
  level: number | null;
  places: number;
  /** The tied candidates the round can name. */
  candidates: string[];
  /** Candidates tied here who are not named: some of those left over from a tie above. */
  alsoFromTies: { key: string; count: number }[];
  reason: BilingualText;
  citation: string;
}

/** A round's outcome: every placement, the quotas used, the cut at each level or bucket, and the ties left to the committee. */
export interface CohortResult {
  awardId: string;
  asOf: string;
  candidates: number;
  /** `provisional` while a tie at a cut waits for the committee's ranks. */
  status: "final" | "provisional";
  placements: Placement[];
  /** Places given per level or bucket, and its quota (null: no limit). */
  quotas: { key: string; quota: number | null; placed: number; cut: string | null }[];
  ties: RoundTie[];
}
