import type { BilingualText } from "../schema/rulebookTypes.js";

/** A comparison as a clause says it: “不少于 2”, “多于 2”… (the operators a mutant flips or moves the number of). */
const OPERATOR_ZH: Readonly<Record<string, string>> = {
  greaterThanInclusive: "不少于",
  greaterThan: "多于",
  lessThanInclusive: "不超过",
  lessThan: "少于",
  countAtLeast: "不少于",
  countAtMost: "不超过",
  equal: "等于",
};

/**
 * An operator in the words of a clause (`不少于`, `多于`…), or undefined for one that has none.
 *
 * @example
 * ```ts
 * operatorZh("greaterThanInclusive"); // "不少于"
 * ```
 */
export function operatorZh(operator: string | undefined): string | undefined {
  return operator !== undefined && Object.hasOwn(OPERATOR_ZH, operator) ? OPERATOR_ZH[operator] : undefined;
}

/**
 * What a mutant edits, named for a reader: its label in 「」 and its clause.
 *
 * @example
 * ```ts
 * namedZh({ zh: "在后勤工作满两年", en: "two years in logistics" }, "005 第三条(一)"); // "「在后勤工作满两年」（005 第三条(一)）"
 * ```
 */
export function namedZh(label: BilingualText, clause: string): string {
  return `「${label.zh}」${clause === "" ? "" : `（${clause}）`}`;
}

/**
 * A change in words: 将「…」（clause）的“before”改为“after”.
 *
 * @example
 * ```ts
 * changedZh({ zh: "在后勤工作满两年", en: "" }, "000 §三(一)2", "不少于 2", "多于 2");
 * // "将「在后勤工作满两年」（000 §三(一)2）的“不少于 2”改为“多于 2”"
 * ```
 */
export function changedZh(label: BilingualText, clause: string, before: string, after: string): string {
  return `将${namedZh(label, clause)}的“${before}”改为“${after}”`;
}

/**
 * A day moved in words: 将「…」的起始日推后 1 天.
 *
 * @example
 * ```ts
 * dayMovedZh({ zh: "近两年", en: "" }, "005 第四条", "起始日", 1); // "将「近两年」（005 第四条）的起始日推后 1 天"
 * ```
 */
export function dayMovedZh(label: BilingualText, clause: string, what: string, days: number): string {
  return `将${namedZh(label, clause)}的${what}${days > 0 ? "推后" : "提前"} ${Math.abs(days)} 天`;
}
