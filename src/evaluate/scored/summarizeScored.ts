import { awardLabelIndex as indexOf, missingText } from "../missingLabels.js";
import type { BilingualText } from "../../schema/primitives.js";
import type { ScoredAward } from "../../schema/scoring.js";
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
export function summarizeScored(result: ScoredResult, award: ScoredAward): BilingualText {
  awards.set(result, award);
  if (result.status === "vetoed") {
    const vetoes = result.vetoes.filter((veto) => veto.status === "pass");
    return {
      zh: `触发一票否决：${vetoes.map((veto) => `${veto.label.zh} (${veto.citation})`).join("；")}`,
      en: `Vetoed: ${vetoes.map((veto) => `${veto.label.en} (${veto.citation})`).join("; ")}`,
    };
  }
  if (result.status === "refused") {
    return {
      zh: `不予受理：${result.refusal.map((entry) => entry.reason.zh).join("；")}`,
      en: `Refused: ${result.refusal.map((entry) => entry.reason.en).join("; ")}`,
    };
  }
  if (result.status === "ineligible") {
    return { zh: `不符合${award.label.zh}参评条件。`, en: `Not eligible for ${award.label.en}.` };
  }
  const scoreText = result.score === null ? "?" : String(result.score);
  const parts =
    result.composite === null && result.rubricTotal !== null && result.bonuses.length > 0
      ? { zh: `（细则 ${result.rubricTotal} + 附加 ${result.bonusAfterCap ?? "?"}）`, en: ` (rubric ${result.rubricTotal} + bonus ${result.bonusAfterCap ?? "?"})` }
      : { zh: "", en: "" };
  const grade = result.gradeLabel ? { zh: `；等次：${result.gradeLabel.zh}`, en: `; grade: ${result.gradeLabel.en}` } : { zh: "", en: "" };
  const pending =
    result.status === "pendingReview"
      ? { zh: `；待定，尚缺${missingText(result.missingFacts, "zh", indexOf(award))}`, en: `; pending, still missing ${missingText(result.missingFacts, "en", indexOf(award))}` }
      : { zh: "", en: "" };
  const applying = result.consequences.filter((consequence) => consequence.status === "pass");
  const open = result.consequences.filter((consequence) => consequence.status === "unknown");
  const follows = {
    zh: [...applying.map((consequence) => consequence.effect.zh), ...(open.length > 0 ? [`尚未确定：${open.map((consequence) => consequence.label.zh).join("、")}`] : [])],
    en: [...applying.map((consequence) => consequence.effect.en), ...(open.length > 0 ? [`not yet known: ${open.map((consequence) => consequence.label.en).join(", ")}`] : [])],
  };
  if (award.rubric === undefined && award.composite === undefined) {
    const zh = [...(result.gradeLabel ? [`等次：${result.gradeLabel.zh}`] : []), ...follows.zh];
    const en = [...(result.gradeLabel ? [`grade: ${result.gradeLabel.en}`] : []), ...follows.en];
    // an award decided by conditions alone (003 优秀个人): eligible means it competes for the places
    if (zh.length === 0 && result.status === "pendingReview") return { zh: `${award.label.zh}：待定${pending.zh}。`, en: `${award.label.en}: pending${pending.en}.` };
    if (zh.length === 0) return { zh: `${award.label.zh}：符合参评条件，参与名额评定。`, en: `${award.label.en}: eligible; competes for the places.` };
    return { zh: `${award.label.zh}：${zh.join("；")}。`, en: `${award.label.en}: ${en.join("; ")}.` };
  }
  const then = { zh: follows.zh.map((text) => `；${text}`).join(""), en: follows.en.map((text) => `; ${text}`).join("") };
  return {
    zh: `${award.label.zh}：得分 ${scoreText}${parts.zh}${grade.zh}${pending.zh}${then.zh}。`,
    en: `${award.label.en}: score ${scoreText}${parts.en}${grade.en}${pending.en}${then.en}.`,
  };
}
