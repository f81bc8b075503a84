import type { Language } from "../compile/facts/types.js";
import { issueCodeWords, readablePath } from "../messages/issueText.js";
import type { LintFinding, LintOnlyCode } from "./types.js";

/** What each lint-only code means in Chinese: said for a finding that carries no Chinese message of its own. */
const CODE_ZH: Readonly<Record<LintOnlyCode, string>> = {
  missing_citation: "未注明条款",
  wrong_document: "引用了其他文件",
  unreachable_level: "任何记录都无法达到此等级：其中有永远不能同时成立的条件",
  unsatisfiable_condition: "此条件永远不能成立",
  lower_level_stricter: "较低等级在此处的要求比较高等级更严",
  printed_section_total: "文件印出的部分总分与各项分值之和不符",
  printed_total: "文件印出的总分与各部分分值之和不符",
  printed_sections_sum: "各部分印出的分值之和与总分不符",
  band_gap: "等次分数段之间有空缺",
  band_overlap: "等次分数段相互重叠",
  compile_failed: "规则无法编译",
};

/** What a finding's code means in Chinese: a lint-only code's words, or what the issue code means. */
const codeZh = (code: string): string => (Object.hasOwn(CODE_ZH, code) ? CODE_ZH[code as LintOnlyCode] : (issueCodeWords(code)?.zh ?? "有问题"));

const SEVERITY = { zh: { error: "错误", warning: "警告" }, en: { error: "error", warning: "warning" } } as const;

/**
 * One finding as one line, in Chinese or English: the file, the severity, where (the JSON path,
 * in Chinese with its keys named), the rule id and what is wrong. In English the line is
 * `file: error code at path [rule]: message`.
 *
 * @example
 * ```ts
 * formatFinding("rules/x.json", { code: "missing_citation", severity: "error", path: ["awards", 0, "source", "clause"], message: "… cites no clause", zh: "未注明条款" }, "zh");
 * // "rules/x.json：错误 奖项.第 1 项.出处.条款：未注明条款"
 * ```
 */
export function formatFinding(file: string, finding: LintFinding, language: Language): string {
  if (language === "en") {
    return `${file}: ${finding.severity} ${finding.code} at ${finding.path.join(".") || "(root)"}${finding.ruleId ? ` [${finding.ruleId}]` : ""}: ${finding.message}`;
  }
  const said = typeof finding.zh === "string" ? finding.zh : codeZh(finding.code);
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
