import { awardLabelIndex as indexOf, missingText } from "../missingLabels.js";
import { pairOf as pair, said, type ResultText } from "../../messages/said.js";
import type { ScoredAward } from "../../schema/rulebookTypes.js";
import type { ScoredResult } from "./types.js";

/** The award each summarized result was scored against. */
const awards = new WeakMap<ScoredResult, ScoredAward>();

/**
 * The award (as written) a scored result was scored against, for its labels; undefined for a
 * copy of a result.
 *
 * @example
 * ```ts
 * scoredAwardOf(evaluateScored(rulebook, record, options))?.label.zh; // "服务之星"
 * ```
 */
export function scoredAwardOf(result: ScoredResult): ScoredAward | undefined {
  return awards.get(result);
}

/**
 * Remembers the award a scored result was scored against (for `scoredAwardOf`).
 *
 * @example
 * ```ts
 * rememberScoredAward(result, award);
 * ```
 */
export function rememberScoredAward(result: ScoredResult, award: ScoredAward): void {
  awards.set(result, award);
}

/**
 * One sentence in each language: vetoed (and by what), ineligible, pending (and what is
 * missing), or the score and grade; then what follows (the consequences that apply, and those not
 * yet known). A review with no score (004 篇9) says only what follows.
 *
 * @example
 * ```ts
 * summarizeScored(result, award).en; // "Score 87 (rubric 80 + bonus 7); grade: advanced unit."
 * ```
 */
export function summarizeScored(result: ScoredResult, award: ScoredAward): ResultText {
  awards.set(result, award);
  if (result.status === "vetoed") {
    const vetoes = result.vetoes.filter((veto) => veto.status === "pass").map((veto) => ({ label: pair(veto.label), citation: veto.citation }));
    return said("scored.vetoed", { vetoes });
  }
  if (result.status === "refused") return said("scored.refused", { reasons: result.refusal.map((entry) => pair(entry.reason)) });
  if (result.status === "ineligible") return said("scored.ineligible", { award: pair(award.label) });
  const missingWords =
    result.status === "pendingReview" ? { zh: missingText(result.missingFacts, "zh", indexOf(award)), en: missingText(result.missingFacts, "en", indexOf(award)) } : null;
  const effects = result.consequences.filter((consequence) => consequence.status === "pass").map((consequence) => pair(consequence.effect));
  const open = result.consequences.filter((consequence) => consequence.status === "unknown").map((consequence) => pair(consequence.label));
  const grade = result.gradeLabel ? pair(result.gradeLabel) : null;
  if (award.rubric === undefined && award.composite === undefined) {
    // an award decided by conditions alone (003 优秀个人): eligible means it competes for the places
    const nothingFollows = grade === null && effects.length === 0 && open.length === 0;
    if (nothingFollows && missingWords !== null) return said("scored.pendingUnscored", { award: pair(award.label), missingWords });
    if (nothingFollows) return said("scored.eligibleUnscored", { award: pair(award.label) });
    return said("scored.followsUnscored", { award: pair(award.label), grade, effects, open });
  }
  const parts = result.composite === null && result.rubricTotal !== null && result.bonuses.length > 0;
  return said("scored.score", {
    award: pair(award.label),
    score: result.score,
    rubric: parts ? result.rubricTotal : null,
    bonus: parts ? result.bonusAfterCap : null,
    grade,
    missingWords,
    effects,
    open,
  });
}
