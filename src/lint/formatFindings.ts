import type { Language } from "../compile/facts/types.js";
import { readablePath } from "../messages/issueText.js";
import type { LintCode, LintFinding } from "./types.js";

/** What each finding code means in Chinese: said for a finding that carries no Chinese message of its own. */
const CODE_ZH: Readonly<Record<LintCode, string>> = {
  schema: "不符合规则文件格式",
  unknownFact: "引用了未定义的事实",
  unknownOperator: "使用了未定义的比较方式",
  unknownWindow: "引用了未定义的时间范围",
  unknownScale: "引用了未定义的等级量表",
  undeclaredMeasure: "数据项未在规则的数据项中声明",
  undeclaredFlag: "情况项未在规则的情况项中声明",
  duplicateConditionId: "条件编号重复使用",
  duplicateAwardId: "奖项编号重复使用",
  duplicateCategoryId: "类别编号在同一奖项中出现两次",
  duplicateLevel: "等级定义了两次",
  undefinedLevel: "使用了奖项未定义的等级（无名称、名额或奖励）",
  missingCitation: "未注明条款",
  wrongDocument: "引用了其他文件",
  unreachableLevel: "任何记录都无法达到此等级：其中有永远不能同时成立的条件",
  unsatisfiableCondition: "此条件永远不能成立",
  lowerLevelStricter: "较低等级在此处的要求比较高等级更严",
  printedSectionTotal: "文件印出的部分总分与各项分值之和不符",
  printedTotal: "文件印出的总分与各部分分值之和不符",
  printedSectionsSum: "各部分印出的分值之和与总分不符",
  bandGap: "等次分数段之间有空缺",
  bandOverlap: "等次分数段相互重叠",
  compile: "规则无法编译",
};

const SEVERITY = { zh: { error: "错误", warning: "警告" }, en: { error: "error", warning: "warning" } } as const;

/**
 * One finding as one line, in Chinese or English: the file, the severity, where (the JSON path,
 * in Chinese with its keys named), the rule id and what is wrong. In English the line is
 * `file: error code at path [rule]: message`.
 *
 * @example
 * ```ts
 * formatFinding("rules/x.json", { code: "missingCitation", severity: "error", path: ["awards", 0, "source", "clause"], message: "… cites no clause", zh: "未注明条款" }, "zh");
 * // "rules/x.json：错误 奖项.第 1 项.出处.条款：未注明条款"
 * ```
 */
export function formatFinding(file: string, finding: LintFinding, language: Language): string {
  if (language === "en") {
    return `${file}: ${finding.severity} ${finding.code} at ${finding.path.join(".") || "(root)"}${finding.ruleId ? ` [${finding.ruleId}]` : ""}: ${finding.message}`;
  }
  const said = typeof finding.zh === "string" ? finding.zh : (CODE_ZH[finding.code] ?? "有问题");
  return `${file}：${SEVERITY.zh[finding.severity]} ${readablePath(finding.path, "zh")}${finding.ruleId ? `（\`${finding.ruleId}\`）` : ""}：${said}`;
}

/**
 * The closing line of a lint run: how many errors and warnings.
 *
 * @example
 * ```ts
 * lintTotals(0, 3, "zh"); // "0 个错误，3 个警告"
 * ```
 */
export function lintTotals(errors: number, warnings: number, language: Language): string {
  return language === "zh" ? `${errors} 个错误，${warnings} 个警告` : `${errors} error(s), ${warnings} warning(s)`;
}
