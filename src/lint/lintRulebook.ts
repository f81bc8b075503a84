import { compileRulebook } from "../compile/compileRulebook.js";
import { AwardRulesError } from "../errors/AwardRulesError.js";
import type { Rulebook } from "../schema/rulebook.js";
import { validateRulebookInput } from "../validate/rulebookInput.js";
import { checkCitations } from "./checkCitations.js";
import { checkIds } from "./checkIds.js";
import { checkLevelOrder } from "./checkLevelOrder.js";
import { checkNames } from "./checkNames.js";
import { checkSatisfiable } from "./checkSatisfiable.js";
import { fromCheckRulebook } from "./fromCheckRulebook.js";
import { findingOf } from "./finding.js";
import type { LintFinding } from "./types.js";

export type { LintCode, LintFinding, LintOnlyCode } from "./types.js";

/** What the compiler still refuses once the checks found no error (an operator's value, a fact's params…). */
function compileFindings(rulebook: Rulebook): LintFinding[] {
  try {
    compileRulebook(rulebook);
    return [];
  } catch (error) {
    if (!(error instanceof AwardRulesError)) return [findingOf("compile_failed", "error", [], "lint.internal", { text: String(error) })];
    // the compiler's own issue (its code, message id and words), at its path from the rule file's root
    return error.issues.map(({ code, path, ruleId, messageId, params, message, zh }): LintFinding => ({
      code,
      severity: "error",
      path,
      ...(ruleId === undefined ? {} : { ruleId }),
      messageId,
      params,
      message,
      zh,
    }));
  }
}

/**
 * Lints a rule file's raw JSON (an object, or JSON text as `loadRulebook` takes it) and reports
 * every problem found, not only the first. The JSON
 * is checked against `RulebookSchema` first; if it does not fit, the schema's issues are the
 * findings (code `invalid_rulebook`) and nothing else is checked. A rulebook that fits is then checked for:
 * unknown facts, operators, windows and scales and undeclared measures and flags; duplicate
 * condition, award and category ids and levels defined twice; citations with a blank clause or
 * another document; levels and conditions no record can meet; lower levels stricter than the
 * level above (warnings); and `checkRulebook`'s printed-total and grade-band findings (warnings).
 * When none of these is an error, the rulebook is compiled, and anything the compiler still
 * refuses is reported with the compiler's own code and message: a rule file with no error findings
 * compiles. Every code is one `loadRulebook` gives for the same problem, or a lint-only one (see
 * `LintCode`), and every finding carries its catalog message in English and Chinese.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * const findings = lintRulebook(JSON.parse(readFileSync("rules/000-model-post.json", "utf8")));
 * findings.filter((finding) => finding.severity === "error"); // []
 * findings.map((finding) => finding.ruleId); // ["party.2.6"]
 * ```
 */
export function lintRulebook(json: unknown): LintFinding[] {
  const parsed = validateRulebookInput(json);
  if (!parsed.success) {
    return parsed.issues.map(({ path, messageId, params, message, zh }) => ({ code: "invalid_rulebook", severity: "error", path, messageId, params, message, zh }));
  }
  const rulebook = parsed.data;
  const findings = [
    ...checkNames(rulebook),
    ...checkIds(rulebook),
    ...checkCitations(rulebook),
    ...checkSatisfiable(rulebook),
    ...checkLevelOrder(rulebook),
    ...fromCheckRulebook(rulebook),
  ];
  if (!findings.some((finding) => finding.severity === "error")) findings.push(...compileFindings(rulebook));
  return findings;
}
