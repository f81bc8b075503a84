import type { ResultText } from "../messages/said.js";
import type { OutsidePeriod, RulebookRevision } from "../compile/revision.js";
import type { BilingualText } from "../schema/rulebookTypes.js";
import type { Deployment } from "../evaluate/scored/validateScores.js";
import type { ScoredResult } from "../evaluate/scored/types.js";
import type { EvaluationResult } from "../evaluate/types.js";
import type { RoundLedger } from "./ledger.js";
import type { RulebookIds } from "../schema/rulebookIds.js";

/**
 * One decision of the committee on one candidate: awarded (at a level, for a level award) or not.
 *
 * @example
 * ```ts
 * const decision: CommitteeDecision = { recordId: "R-02", awarded: true, level: 1 };
 * ```
 */
export interface CommitteeDecision {
  recordId: string;
  awarded: boolean;
  /** The level awarded (level awards): needed where the round cannot tell which (a tie across levels). */
  level?: number;
}

/**
 * What the committee decided where the documents leave it to them (000 §五(二) 审议, 001 §四3(3),
 * 002 §五2(3), and every tie at a cut): the day it met, its decisions on single candidates, and
 * whether it approves every place the round proposes that no decision names.
 *
 * @example
 * ```ts
 * const committee: CommitteeInput = { date: "2026-11-28", decisions: [{ recordId: "R-04", awarded: false }], approveProposals: true };
 * ```
 */
export interface CommitteeInput {
  /** The day the committee decided, YYYY-MM-DD. */
  date: string;
  decisions?: CommitteeDecision[];
  /** Approve every place the round proposes that no decision names (000: 审定批准 the list as proposed). */
  approveProposals?: boolean;
}

/**
 * Options of a round's evaluation.
 *
 * @example
 * ```ts
 * const options: CohortOptions = { asOf: "2026-11-30", previousRound: { ledger } };
 * ```
 */
export interface CohortOptions<Ids extends RulebookIds = RulebookIds> {
  asOf: string;
  /** The award (a level award such as `model-post`, or a scored award); defaults to the rulebook's first award. */
  award?: Ids["award"] | Ids["scoredAward"] | undefined;
  /**
   * The previous round's outcome: its ledger (from `reviewHolders`, which must be the ledger of
   * the round the year before: §六(七) bars from the next round only), or a list of revoked ids.
   */
  previousRound?: { ledger?: RoundLedger; revoked?: string[] };
  /** Headcounts for share quotas: per department (003: 10% of each department's staff) or in all. */
  populations?: { total?: number; byDepartment?: Record<string, number> };
  deployment?: Deployment;
  /** The number of applications each department may make this year (000 §五(一): set by logistics each year), by department. */
  departmentLimits?: Record<string, number>;
  /** Overrides the rule file's `whenLevelFull` setting. */
  whenLevelFull?: "placeAtLowerLevel" | "leaveOut";
  /** The committee's decisions (see `CommitteeInput`); without them, what the documents leave to the committee stays proposed. */
  committee?: CommitteeInput;
  /**
   * At most this many records are read (a whole number from 1 to 100,000,000; default 2,000,000):
   * past it the round stops with an `invalid_option` error at `["records"]`, so an endless iterable
   * cannot run forever.
   */
  maxRecords?: number;
  /** Called with each candidate's full result as it is evaluated; nothing else keeps them. */
  onResult?: (result: EvaluationResult | ScoredResult) => void;
}

/**
 * What the round made of one candidate:
 * - `placed`: given a place (level, grade or title) — final;
 * - `proposed`: the round proposes a place, which stands once the committee approves it;
 * - `provisional`: where the ties are broken decides the placement (the committee decides);
 * - `notPlaced`: qualified, no place (the quota, or the committee's decision);
 * - `notApplied`: the award takes applicants only and the record holds no application;
 * - `refused`, `notQualified`, `pendingReview`, `vetoed`, `ineligible`: as evaluated.
 */
export type PlacementStatus = "placed" | "proposed" | "provisional" | "notPlaced" | "notApplied" | "refused" | "notQualified" | "pendingReview" | "vetoed" | "ineligible";

/** What the round decided for one candidate, and why: with what a 公示 list prints. */
export interface Placement {
  recordId: string;
  /** The name on the record, null when not given. */
  name: string | null;
  department: string | null;
  team: string | null;
  status: PlacementStatus;
  /** The category applied for (level awards), or the record's category (scored awards by category). */
  category: string | null;
  /** Level awards: the highest level qualified for, and the level placed (or proposed) at. */
  qualifiedLevel: number | null;
  level: number | null;
  /** Scored awards: the score and the grade (after a grade quota), and the bucket competed in. */
  score: number | null;
  grade: string | null;
  bucket: string | null;
  /** Position in the ranking where the places were decided, 1-based (tied contenders share it). */
  rank: number | null;
  /** The reward of the place (the level's reward, the prize), for a placed or proposed candidate. */
  reward: { value: number; unit: string } | null;
  /** The clause that decided the placement. */
  citation: string | null;
  /** Why, in words; each the library wrote carries the catalog's `messageId` and `params`. */
  reasons: ResultText[];
}

/** A tie at a cut: who, for how many places, where; the committee decides among them. */
export interface RoundTie {
  /** The level (`level 1`), the bucket, or a unit's limit (`catering limit`) where the tie is. */
  key: string;
  level: number | null;
  places: number;
  /** The tied candidates, in record-id order. */
  candidates: string[];
  reason: ResultText;
  citation: string;
}

/** One quota of the round: its places, how they were given, and why some are empty. */
export interface QuotaLine {
  /** `level 1`, `round`, `all`, a category or a department. */
  key: string;
  label: BilingualText;
  /** The places (null: no limit). */
  quota: number | null;
  placed: number;
  proposed: number;
  /** Places held by a tie the committee has not broken yet. */
  provisional: number;
  /** Places given to nobody (null where there is no limit). */
  empty: number | null;
  /** Where the cut fell (the last placed), for a quota that left someone out. */
  cut: string | null;
  /** Why places are empty, or why there are none. */
  note: ResultText | null;
  citation: string;
}

/** An applicant the round is waiting for: still pending review, with what is missing. */
export interface PendingApplicant {
  recordId: string;
  name: string | null;
  missing: string[];
}

/** A candidate the committee has still to decide on: proposed, or provisional in a tie. */
export interface AwaitedDecision {
  recordId: string;
  name: string | null;
  status: "proposed" | "provisional";
  /** What the round proposes or what the ties leave possible, in words. */
  outcome: ResultText;
  citation: string;
}

/** One line of the 公示 list: who, in what, at what level or grade, with what reward, under which clause. */
export interface Awardee {
  recordId: string;
  name: string | null;
  department: string | null;
  departmentLabel: BilingualText | null;
  team: string | null;
  teamLabel: BilingualText | null;
  category: string | null;
  categoryLabel: BilingualText | null;
  level: number | null;
  levelLabel: BilingualText | null;
  grade: string | null;
  gradeLabel: BilingualText | null;
  reward: { value: number; unit: string } | null;
  /** `proposed` until the committee approves (then the list is a proposal, not a 公示 list). */
  status: "placed" | "proposed";
  citation: string;
}

/**
 * A round's outcome: every placement, every quota with its places, the ties left to the
 * committee, what is outstanding, and the 公示 list. `final` only when no applicant is pending,
 * no tie is open and no decision is awaited.
 */
export interface CohortResult {
  awardId: string;
  asOf: string;
  roundYear: number;
  /** Which revision of the policy gave this result: the rule file's id, version and effective period (one frozen object per rulebook). */
  revision: RulebookRevision;
  /** `"before"` or `"after"` when the as-of date falls outside the policy's effective period (the result is given all the same); null within it. */
  outsideEffectivePeriod: OutsidePeriod;
  /** Records read. */
  candidates: number;
  /** Records that applied (all of them, for an award taking everyone put forward). */
  applicants: number;
  status: "final" | "provisional";
  placements: Placement[];
  quotas: QuotaLine[];
  ties: RoundTie[];
  outstanding: { pending: PendingApplicant[]; decisions: AwaitedDecision[] };
  /** The 公示 list, in the document's order: level (or grade) first, then category, rank and record id. */
  awardees: Awardee[];
  /** The committee's decisions taken into account: the day and how many; null when none were given. */
  committee: { date: string; decisions: number; approveProposals: boolean } | null;
  /** Remarks on the round as a whole (a decision dated after the document's date, ties too many to work through). */
  notes: ResultText[];
}
