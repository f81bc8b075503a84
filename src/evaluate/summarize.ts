import { amountText } from "./words.js";
import { awardLabelIndex as indexOf, missingText } from "./missingLabels.js";
import { pairOf as pair, said, type ResultText } from "../messages/said.js";
import type { Award } from "../schema/rulebookTypes.js";
import type { EvaluationResult } from "./types.js";

/**
 * One sentence in each language saying the outcome: level and category reached, refusal,
 * or what is still pending.
 *
 * @example
 * ```ts
 * summarize(result, award).zh; // "符合员工示范岗二级示范岗条件，奖励每人 400 元。"
 * summarize(result, award).en; // "Qualifies for level 2 model post, staff model post; reward 400 CNY per person."
 * ```
 */
export function summarize(result: Pick<EvaluationResult, "status" | "category" | "level" | "reward" | "refusal" | "missingFacts">, award: Award): ResultText {
  // a qualification or its absence is worded the same for everyone, a pending one the same for
  // everyone missing the same facts, a refusal the same for everyone refused for the same reasons:
  // each made once an award
  let said = sentences.get(award);
  if (said === undefined) sentences.set(award, (said = new Map<string, Required<ResultText>>()));
  const key =
    result.status === "qualified"
      ? `${result.category}\u0000${result.level}`
      : result.status === "pendingReview"
        ? `\u0001${result.missingFacts.join("\u0000")}`
        : result.status === "refused"
          ? `\u0002${result.refusal.map((entry) => `${entry.reason.zh}\u0000${entry.reason.en}`).join("\u0001")}`
          : "";
  let found = said.get(key);
  if (found === undefined) {
    found = wordsOf(result, award);
    if (said.size < 1024) said.set(key, found);
  }
  return { zh: found.zh, en: found.en, messageId: found.messageId, params: found.params };
}

/** The sentences made so far, per award. */
const sentences = new WeakMap<Award, Map<string, Required<ResultText>>>();

function wordsOf(result: Pick<EvaluationResult, "status" | "category" | "level" | "reward" | "refusal" | "missingFacts">, award: Award): Required<ResultText> {
  const category = award.categories.find((entry) => entry.id === result.category)?.label;
  const level = award.levels.find((entry) => entry.level === result.level)?.label;
  switch (result.status) {
    case "qualified": {
      const reward = result.reward ? { value: result.reward.value, unit: result.reward.unit } : null;
      const rewardZh = result.reward ? amountText(result.reward.value, result.reward.unit, "zh") : null;
      return said("outcome.qualified", { category: category ? pair(category) : null, level: level ? pair(level) : null, reward, rewardZh });
    }
    case "refused":
      return said("outcome.refused", { reasons: result.refusal.map((entry) => pair(entry.reason)) });
    case "pendingReview": {
      const missingWords = { zh: missingText(result.missingFacts, "zh", indexOf(award)), en: missingText(result.missingFacts, "en", indexOf(award)) };
      return said("outcome.pending", { missing: [...result.missingFacts], missingWords });
    }
    default:
      return said("outcome.notQualified", { award: pair(award.label) });
  }
}
