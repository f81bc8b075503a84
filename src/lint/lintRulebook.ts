import { compileRulebook, type CompiledRulebook } from "../compile/compileRulebook.js";
import { AwardRulesError, type Issue } from "../errors/AwardRulesError.js";
import type { Rulebook } from "../schema/rulebookTypes.js";
import { validateRulebookInput } from "../validate/rulebookInput.js";
import { checkCitations } from "./checkCitations.js";
import { checkIds } from "./checkIds.js";
import { checkLevelOrder } from "./checkLevelOrder.js";
import { checkNames } from "./checkNames.js";
import { checkSatisfiable } from "./checkSatisfiable.js";
import { fromCheckRulebook } from "./fromCheckRulebook.js";
import { findingOf } from "./finding.js";
import type { LintFinding } from "./types.js";
import { registerMessages } from "../messages/registry.js";
import { LINT_MESSAGES } from "../messages/catalog/lint.js";

export type { LintCode, LintFinding, LintOnlyCode } from "./types.js";

/**
 * The rule file compiled, or what the compiler refuses (an operator's value, a fact's params…):
 * every compile issue as an error finding, with the compiler's own code and words, at its path
 * from the rule file's root.
 *
 * @example
 * ```ts
 * const { compiled, findings } = compiledOrFindings(rulebook); // compiled, or findings.length > 0
 * ```
 */
export function compiledOrFindings(rulebook: Rulebook): { compiled?: CompiledRulebook; findings: LintFinding[] } {
  try {
    return { compiled: compileRulebook(rulebook), findings: [] };
  } catch (error) {
    if (!(error instanceof AwardRulesError)) return { findings: [findingOf("compile_failed", "error", [], "lint.internal", { text: String(error) })] };
    const findings = error.issues.map(({ code, path, ruleId, messageId, params, message, zh }): LintFinding => ({
      code,
      severity: "error",
      path,
      ...(ruleId === undefined ? {} : { ruleId }),
      messageId,
      params,
      message,
      zh,
    }));
    return { findings };
  }
}

/**
 * The lint's own checks of a rulebook that fits the schema (names, ids, citations, what no record
 * can meet, level order, `checkRulebook`'s printed totals and bands), without compiling it.
 *
 * @example
 * ```ts
 * lintChecks(rulebook).filter((finding) => finding.severity === "error"); // []
 * ```
 */
export function lintChecks(rulebook: Rulebook): LintFinding[] {
  return [...checkNames(rulebook), ...checkIds(rulebook), ...checkCitations(rulebook), ...checkSatisfiable(rulebook), ...checkLevelOrder(rulebook), ...fromCheckRulebook(rulebook)];
}

/** A schema issue as a lint finding (an error, code `invalid_rulebook`). */
export const schemaFinding = ({ path, messageId, params, message, zh, keys }: Issue): LintFinding => ({
  code: "invalid_rulebook",
  severity: "error",
  path,
  messageId,
  params,
  message,
  zh,
  ...(keys === undefined ? {} : { keys }),
});

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
  registerMessages(LINT_MESSAGES);
  const parsed = validateRulebookInput(json);
  if (!parsed.success) return parsed.issues.map(schemaFinding);
  const findings = lintChecks(parsed.data);
  if (!findings.some((finding) => finding.severity === "error")) findings.push(...compiledOrFindings(parsed.data).findings);
  return findings;
}
