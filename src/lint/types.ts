import type { IssueCode } from "../errors/AwardRulesError.js";
import type { MessageParams } from "../text/defineMessage.js";

/**
 * What a lint finding is about, in the one code vocabulary of the library (snake_case, as
 * `IssueCode`): a problem `loadRulebook` also refuses has the code `loadRulebook` gives it.
 * - `invalid_rulebook`: the JSON does not fit `RulebookSchema` (nothing else is checked then);
 * - `unknown_fact`, `unknown_operator`, `unknown_window`, `unknown_scale`: a name the compiler does not know;
 * - `duplicate_id`: a condition, award or category id, or a level, given twice;
 * - `bad_value`: a `measure` / `flag` item the rulebook does not declare, a level the award does not
 *   define, or (from the compiler) a value it refuses;
 * - `missing_citation`, `wrong_document`: a source with a blank clause, or citing another document;
 * - `unreachable_level`, `unsatisfiable_condition`: a level or condition no record can meet;
 * - `lower_level_stricter`: a lower level asks more than the level above it at the same place;
 * - `printed_section_total`, `printed_total`, `printed_sections_sum`, `band_gap`, `band_overlap`:
 *   `checkRulebook`'s findings;
 * - any other `IssueCode` the compiler gives (`invalid_option` for a window's dates…): what it
 *   still refuses once the checks above found no error;
 * - `compile_failed`: the compiler failed for a reason of its own (a bug: please report it).
 *
 * The camelCase codes of earlier versions (`unknownFact`, `duplicateAwardId`, `schema`, `compile`…)
 * are gone; docs/rulebook-check.md maps each to its code now.
 */
export type LintCode = IssueCode | LintOnlyCode;

/** The codes of what only the lint finds (the rule file still loads). */
export type LintOnlyCode =
  | "missing_citation"
  | "wrong_document"
  | "unreachable_level"
  | "unsatisfiable_condition"
  | "lower_level_stricter"
  | "printed_section_total"
  | "printed_total"
  | "printed_sections_sum"
  | "band_gap"
  | "band_overlap"
  | "compile_failed";

/**
 * One problem found by `lintRulebook`: its code, severity (an `error` stops the rulebook from
 * compiling or makes a rule wrong; a `warning` is something a reviewer should look at), where it
 * is (`path` into the rule file's JSON), the rule id concerned and a message.
 *
 * @example
 * ```ts
 * const finding: LintFinding = {
 *   code: "unknown_fact", severity: "error", path: ["awards", 0, "requirements", "all", 1, "fact"],
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
  /** On an unknown-key finding: the key (see `Issue.keys`). */
  keys?: string[];
}
