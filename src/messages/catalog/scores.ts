import { codeSpan } from "../../text/codeSpan.js";
import { defineMessage } from "../../text/defineMessage.js";

/** A score given for an item or component: its id and Chinese name. */
type Scored = { id: string; label: string };

/**
 * What is said of the scores a record gives for a scored award: an unknown item or component, a
 * score below 0 or above the maximum, an item whose maximum a deployment must set.
 *
 * @example
 * ```ts
 * SCORE_MESSAGES["score.negative"].zh({ id: "3", label: "岗位责任制", score: -1 }); // "岗位责任制：得分不能为负数（-1）"
 * ```
 */
export const SCORE_MESSAGES = {
  "score.noMaximum": defineMessage<Scored>({
    en: (p) => `${p.label} (${p.id}): the document fixes no points for it; a deployment must set its maximum (deployment.bonusMaxima)`,
    zh: (p) => `${p.label}：文件未规定其分值，须由实施单位设定最高分`,
  }),
  "score.negative": defineMessage<Scored & { score: number }>({
    en: (p) => `${p.label} (${p.id}): a score cannot be negative (${p.score})`,
    zh: (p) => `${p.label}：得分不能为负数（${p.score}）`,
  }),
  "score.aboveMaximum": defineMessage<Scored & { score: number; max: number }>({
    en: (p) => `${p.label} (${p.id}): ${p.score} is above its maximum ${p.max}`,
    zh: (p) => `${p.label}：得分 ${p.score} 超过最高分 ${p.max}`,
  }),
  "score.unknownItem": defineMessage<{ award: string; awardZh: string; id: string; items: string[] }>({
    en: (p) => `award ${p.award} has no item ${p.id}`,
    zh: (p) => `${p.awardZh}没有第 ${p.id} 项评分（共有 ${p.items.join("、")} 项）`,
  }),
  "score.unknownComponent": defineMessage<{ award: string; awardZh: string; id: string; components: Scored[] }>({
    en: (p) => `award ${p.award} has no component ${p.id}`,
    zh: (p) => `${p.awardZh}没有评分部分“${p.id}”（可用：${p.components.map((entry) => `${codeSpan(entry.id)}（${entry.label}）`).join("、") || "无"}）`,
  }),
} as const;
