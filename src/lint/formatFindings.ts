import type { Language } from "../compile/facts/types.js";
import { readablePath } from "../messages/issueText.js";
import { schemaMessageInChinese } from "../messages/zhMessages.js";
import type { LintCode, LintFinding } from "./types.js";

/** The first quoted name in a message (`unknown fact "serviceYears"` → serviceYears). */
const quoted = (message: string): string => /"([^"]*)"/.exec(message)?.[1] ?? "";
const code = (text: string): string => (text === "" ? "" : ` \`${text}\``);

/** What each finding code means in Chinese, with the specifics its English message carries. */
const SAY_ZH: Readonly<Record<LintCode, (finding: LintFinding) => string>> = {
  schema: (finding) => `不符合规则文件格式：${schemaMessageInChinese(finding.message) ?? "格式有误"}`,
  unknownFact: (finding) => `引用了未定义的事实${code(quoted(finding.message))}`,
  unknownOperator: (finding) => `使用了未定义的比较方式${code(quoted(finding.message))}`,
  unknownWindow: (finding) => {
    const defined = /\(the rulebook defines (.*)\)$/.exec(finding.message)?.[1];
    const list =
      defined === undefined || defined === "none"
        ? "无"
        : defined
            .split(", ")
            .map((name) => `\`${name}\``)
            .join("、");
    return `引用了未定义的时间范围${code(quoted(finding.message))}（规则中定义的：${list}）`;
  },
  unknownScale: (finding) => `引用了未定义的等级量表${code(quoted(finding.message))}`,
  undeclaredMeasure: (finding) => `数据项${code(quoted(finding.message))}未在规则的数据项中声明`,
  undeclaredFlag: (finding) => `情况项${code(quoted(finding.message))}未在规则的情况项中声明`,
  duplicateConditionId: (finding) => `条件编号${code(finding.ruleId ?? "")}重复使用`,
  duplicateAwardId: (finding) => `奖项编号${code(finding.ruleId ?? "")}重复使用`,
  duplicateCategoryId: (finding) => `类别编号${code(/category (\S+) twice$/.exec(finding.message)?.[1] ?? "")}在同一奖项中出现两次`,
  duplicateLevel: (finding) => `第 ${/level (\d+) twice$/.exec(finding.message)?.[1] ?? "?"} 级定义了两次`,
  undefinedLevel: (finding) => `使用了奖项未定义的第 ${/has level (\d+),/.exec(finding.message)?.[1] ?? "?"} 级（无名称、名额或奖励）`,
  missingCitation: () => "未注明条款",
  wrongDocument: (finding) => {
    const [, cited = "?", own = "?"] = /cites document (\S+); this rulebook encodes document (\S+)$/.exec(finding.message) ?? [];
    return `引用了文件 ${cited}，而本规则编码的是文件 ${own}`;
  },
  unreachableLevel: () => "任何记录都无法达到此等级：其中有永远不能同时成立的条件",
  unsatisfiableCondition: (finding) => (finding.severity === "error" ? "此条件永远不能成立" : "此分支永远不能成立（整个条件仍可经其他分支成立）"),
  lowerLevelStricter: (finding) => {
    const [, lower = "?", higher = "?"] = /^level (\d+) of category \S+ is stricter than level (\d+)/.exec(finding.message) ?? [];
    return `第 ${lower} 级在此处的要求比第 ${higher} 级更严：符合第 ${higher} 级的记录可能不符合第 ${lower} 级`;
  },
  printedSectionTotal: () => "文件印出的部分总分与各项分值之和不符",
  printedTotal: () => "文件印出的总分与各部分分值之和不符",
  printedSectionsSum: () => "各部分印出的分值之和与总分不符",
  bandGap: () => "等次分数段之间有空缺",
  bandOverlap: () => "等次分数段相互重叠",
  compile: () => "规则无法编译",
};

const SEVERITY = { zh: { error: "错误", warning: "警告" }, en: { error: "error", warning: "warning" } } as const;

/**
 * One finding as one line, in Chinese or English: the file, the severity, where (the JSON path,
 * in Chinese with its keys named), the rule id and what is wrong. In English the line is
 * `file: error code at path [rule]: message`.
 *
 * @example
 * ```ts
 * formatFinding("rules/x.json", { code: "missingCitation", severity: "error", path: ["awards", 0, "source", "clause"], message: "… cites no clause" }, "zh");
 * // "rules/x.json：错误 奖项.第 1 项.出处.条款：未注明条款"
 * ```
 */
export function formatFinding(file: string, finding: LintFinding, language: Language): string {
  if (language === "en") {
    return `${file}: ${finding.severity} ${finding.code} at ${finding.path.join(".") || "(root)"}${finding.ruleId ? ` [${finding.ruleId}]` : ""}: ${finding.message}`;
  }
  const said = finding.zh ?? SAY_ZH[finding.code]?.(finding) ?? "有问题";
  return `${file}：${SEVERITY.zh[finding.severity]} ${readablePath(finding.path, "zh")}${finding.ruleId ? `（${finding.ruleId}）` : ""}：${said}`;
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
