import { amountText } from "./words.js";
import { awardLabelIndex as indexOf, missingText } from "./missingLabels.js";
import type { BilingualText } from "../schema/primitives.js";
import type { Award } from "../schema/rulebook.js";
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
export function summarize(result: Pick<EvaluationResult, "status" | "category" | "level" | "reward" | "refusal" | "missingFacts">, award: Award): BilingualText {
  // a qualification or its absence is worded the same for everyone, and a pending one the same for
  // everyone missing the same facts: each made once an award (a refusal quotes the record's own reasons)
  if (result.status === "refused") return wordsOf(result, award);
  let said = sentences.get(award);
  if (said === undefined) sentences.set(award, (said = new Map<string, BilingualText>()));
  const key = result.status === "qualified" ? `${result.category}\u0000${result.level}` : result.status === "pendingReview" ? `\u0001${result.missingFacts.join("\u0000")}` : "";
  let found = said.get(key);
  if (found === undefined) {
    found = wordsOf(result, award);
    if (said.size < 1024) said.set(key, found);
  }
  return { zh: found.zh, en: found.en };
}

/** The sentences made so far, per award. */
const sentences = new WeakMap<Award, Map<string, BilingualText>>();

function wordsOf(result: Pick<EvaluationResult, "status" | "category" | "level" | "reward" | "refusal" | "missingFacts">, award: Award): BilingualText {
  const category = award.categories.find((entry) => entry.id === result.category)?.label;
  const level = award.levels.find((entry) => entry.level === result.level)?.label;
  switch (result.status) {
    case "qualified":
      return {
        zh: `符合${category?.zh ?? ""}${level?.zh ?? ""}条件${result.reward ? `，奖励${amountText(result.reward.value, result.reward.unit, "zh")}` : ""}。`,
        en: `Qualifies for ${level?.en ?? ""}, ${category?.en ?? ""}${result.reward ? `; reward ${result.reward.value} ${result.reward.unit}` : ""}.`,
      };
    case "refused":
      return {
        zh: `申报不予受理：${result.refusal.map((entry) => entry.reason.zh).join("；")}`,
        en: `Application refused: ${result.refusal.map((entry) => entry.reason.en).join("; ")}`,
      };
    case "pendingReview":
      return {
        zh: `待审核：尚缺${missingText(result.missingFacts, "zh", indexOf(award)) || "审核信息"}。`,
        en: `Pending review: still missing ${missingText(result.missingFacts, "en", indexOf(award)) || "review input"}.`,
      };
    default:
      return { zh: `不符合${award.label.zh}任何等级的条件。`, en: `Does not qualify for any level of the ${award.label.en}.` };
  }
}
