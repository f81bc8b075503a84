import type { Language } from "../compile/facts/types.js";
import type { NodeStatus, OverallStatus } from "./types.js";
import type { BilingualText } from "../schema/rulebookTypes.js";

/**
 * The library's words for a condition's or a level's status, used wherever a status is printed.
 *
 * @example
 * ```ts
 * NODE_STATUS_WORDS.unknown.zh; // "待定（缺少信息）"
 * ```
 */
export const NODE_STATUS_WORDS: Readonly<Record<NodeStatus, BilingualText>> = {
  pass: { zh: "符合", en: "met" },
  fail: { zh: "不符合", en: "not met" },
  unknown: { zh: "待定（缺少信息）", en: "pending (information missing)" },
};

/**
 * The library's words for an evaluation's outcome.
 *
 * @example
 * ```ts
 * OUTCOME_WORDS.pendingReview.zh; // "待审核"
 * ```
 */
export const OUTCOME_WORDS: Readonly<Record<OverallStatus, BilingualText>> = {
  qualified: { zh: "符合条件", en: "qualifies" },
  notQualified: { zh: "不符合条件", en: "does not qualify" },
  pendingReview: { zh: "待审核", en: "pending review" },
  refused: { zh: "不予受理", en: "refused" },
  notApplied: { zh: "未申报", en: "did not apply" },
};

/** Chinese words for the units rule files state amounts in (`CNY per person` → 元, 每人). */
const UNIT_WORDS: Readonly<Record<string, string>> = {
  CNY: "元",
  person: "人",
  persons: "人",
  team: "班组",
  teams: "个班组",
  department: "部门",
  departments: "个部门",
  day: "天",
  days: "天",
  fault: "次差错",
  point: "分",
  points: "分",
  round: "轮",
  unit: "单位",
  units: "个单位",
};

const PER_WORDS: Readonly<Record<string, string>> = { person: "每人", team: "每个班组", department: "每个部门", day: "每天", fault: "每次差错", point: "每分", round: "每轮" };

/**
 * An amount with its unit as a person reads it: in Chinese, `CNY per person` becomes
 * `每人 400 元`; in English the unit stays as the rule file states it. A unit the table does not
 * know is kept as written.
 *
 * @example
 * ```ts
 * amountText(400, "CNY per person", "zh"); // "每人 400 元"
 * amountText(400, "CNY per person", "en"); // "400 CNY per person"
 * ```
 */
export function amountText(value: number, unit: string, language: Language): string {
  if (language === "en") return `${value} ${unit}`;
  const [base = "", ...pers] = unit.split(/\s+per\s+/);
  const baseWord = Object.hasOwn(UNIT_WORDS, base) ? UNIT_WORDS[base] : undefined;
  const perWords = pers.map((per) => (Object.hasOwn(PER_WORDS, per) ? PER_WORDS[per] : undefined));
  if (baseWord === undefined || perWords.some((word) => word === undefined)) return `${value} ${unit}`;
  return `${perWords.join("")}${perWords.length > 0 ? " " : ""}${value} ${baseWord}`;
}
