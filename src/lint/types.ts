import type { MessageParams } from "../text/defineMessage.js";

/**
 * What a lint finding is about:
 * - `schema`: the JSON does not fit `RulebookSchema` (nothing else is checked then);
 * - `unknownFact`, `unknownOperator`, `unknownWindow`, `unknownScale`: a name the compiler does not know;
 * - `undeclaredMeasure`, `undeclaredFlag`: a `measure` / `flag` item the rulebook does not declare;
 * - `duplicateConditionId`, `duplicateAwardId`, `duplicateCategoryId`, `duplicateLevel`, `undefinedLevel`:
 *   ids and levels the compiler requires to be unique and defined;
 * - `missingCitation`, `wrongDocument`: a source with a blank clause, or citing another document;
 * - `unreachableLevel`, `unsatisfiableCondition`: a level or condition no record can meet;
 * - `lowerLevelStricter`: a lower level asks more than the level above it at the same place;
 * - `printedSectionTotal`, `printedTotal`, `printedSectionsSum`, `bandGap`, `bandOverlap`: `checkRulebook`'s findings;
 * - `compile`: the compiler refuses the rulebook for a reason the checks above do not name.
 */
export type LintCode =
  | "schema"
  | "unknownFact"
  | "unknownOperator"
  | "unknownWindow"
  | "unknownScale"
  | "undeclaredMeasure"
  | "undeclaredFlag"
  | "duplicateConditionId"
  | "duplicateAwardId"
  | "duplicateCategoryId"
  | "duplicateLevel"
  | "undefinedLevel"
  | "missingCitation"
  | "wrongDocument"
  | "unreachableLevel"
  | "unsatisfiableCondition"
  | "lowerLevelStricter"
  | "printedSectionTotal"
  | "printedTotal"
  | "printedSectionsSum"
  | "bandGap"
  | "bandOverlap"
  | "compile";

/**
 * One problem found by `lintRulebook`: its code, severity (an `error` stops the rulebook from
 * compiling or makes a rule wrong; a `warning` is something a reviewer should look at), where it
 * is (`path` into the rule file's JSON), the rule id concerned and a message.
 *
 * @example
 * ```ts
 * const finding: LintFinding = {
 *   code: "unknownFact", severity: "error", path: ["awards", 0, "requirements", "all", 1, "fact"],
 *   ruleId: "requirements.tenure", messageId: "lint.unknownFact", params: { fact: "serviceYears" },
 *   message: "unknown fact \"serviceYears\"", zh: "引用了未定义的事实 `serviceYears`",
 * };
 * ```
 */
export interface LintFinding {
  code: LintCode;
  severity: "error" | "warning";
  path: (string | number)[];
  ruleId?: string;
  /** The id of the message in the catalog (see `renderMessage`); every finding `lintRulebook` gives has one. */
  messageId?: string;
  /** The values the message is rendered from: plain JSON. */
  params?: MessageParams;
  message: string;
  /** The message in Chinese (every finding `lintRulebook` gives has it; else `formatFinding` says what the code means). */
  zh?: string;
}
