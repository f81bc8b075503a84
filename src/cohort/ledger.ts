import type { ResultText } from "../messages/said.js";
import type { BilingualText } from "../schema/rulebookTypes.js";

/**
 * One review of a holder during the award's term: passed, failed, or left the post (transfer,
 * retirement…), on a date.
 *
 * @example
 * ```ts
 * const review: HolderReview = { recordId: "R-02", date: "2027-05-28", outcome: "failed" };
 * ```
 */
export interface HolderReview {
  recordId: string;
  date: string;
  /**
   * `passed`; `failed` (revoked where the rule file says so); `problemsFound` — problems to put
   * right, the title kept (002 §五2(5): 督促整改; only where the rule file gives `onProblemsFound`);
   * `left` the post (transfer, retirement…).
   */
  outcome: "passed" | "failed" | "problemsFound" | "left";
}

/** What the documents give a holder after a review: 000 §六(五) 重点推荐, 002 §五2(5) 督促整改. */
export interface HolderOutcome {
  date: string;
  kind: "priorityRecommendation" | "rectificationUrged";
  effect: BilingualText;
  citation: string;
}

/** A holder's standing after the reviews given, with the reasons and clauses. */
export interface HolderStanding {
  recordId: string;
  /** The level (level awards) or grade (scored awards) held; null for a scored award without grades. */
  level: number | null;
  grade: string | null;
  /** `expired`: the term (the demonstration period) has ended with the title held to its end. */
  status: "holding" | "expired" | "revoked" | "left";
  /** The date the title was revoked, the holder left, or the term ended; null while holding. */
  since: string | null;
  barredFromNextRound: boolean;
  /** What the reviews brought (重点推荐 after a passed review, 督促整改 after problems found). */
  outcomes: HolderOutcome[];
  reasons: ResultText[];
}

/** A place left empty during the term, and whether it is filled again (000 §六(八): it is not). */
export interface Vacancy {
  recordId: string;
  level: number | null;
  date: string;
  refilled: boolean;
  reason: ResultText;
}

/**
 * What happened to a round's holders after the round: each holder's standing, who is barred from
 * the next round, the places left empty (not filled again), the review dates, and the reviews due
 * by the as-of date that were not given.
 */
export interface RoundLedger {
  /** The rulebook and award of the round, and the year it was held: the next round takes this ledger only if it is the round the year after. */
  rulebookId: string;
  awardId: string;
  roundYear: number;
  /** The holders' term (the demonstration period), where the award's calendar gives one. */
  term: { from: string; to: string } | null;
  asOf: string;
  /** The review dates of the term (from the award's calendar); empty when the document gives none. */
  reviewsDue: string[];
  /** How often reviews are due, in words (e.g. each semester, when the document gives no dates). */
  reviewSchedule: ResultText;
  holders: HolderStanding[];
  barredFromNextRound: string[];
  vacancies: Vacancy[];
  /** Review dates passed by the as-of date with no outcome given for a holder still holding. */
  missingReviews: { recordId: string; due: string }[];
}
