import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { stableJson } from "../text/stableJson.js";
import { validateRulebookInput } from "../validate/rulebookInput.js";
import { compiledOrFindings, lintChecks, schemaFinding } from "./lintRulebook.js";
import type { LintFinding } from "./types.js";
import { registerMessages } from "../messages/registry.js";
import { LINT_MESSAGES } from "../messages/catalog/lint.js";

/** Which check found a problem: the schema, the compiler (what `loadRulebook` refuses), or the lint alone. */
export type FindingSource = "schema" | "compile" | "lint";

/** A finding of `validateRulebook`: a lint finding, and which check found it. */
export type RulebookFinding = LintFinding & { source: FindingSource };

/** What `validateRulebook` finds in a rule file. */
export interface RulebookValidation {
  /** Whether `loadRulebook` accepts the file: no schema and no compile finding. */
  loads: boolean;
  /** Whether the file has no error at all: it loads, and the lint found no error (warnings may remain). */
  ok: boolean;
  /** The rulebook compiled (as `loadRulebook(json)` gives it) when it loads. */
  rulebook: CompiledRulebook | undefined;
  /**
   * Every problem found, not only the first: the schema's, or, for a file that fits the schema,
   * the compiler's and then the lint's (one the compiler also reports at the same path with the
   * same code is given once, as the compiler's). Each has a snake_case code, a path from the rule
   * file's root and its catalog message in English and Chinese.
   */
  findings: RulebookFinding[];
}

const tagged = (findings: readonly LintFinding[], source: FindingSource): RulebookFinding[] => findings.map((finding) => ({ ...finding, source }));

/**
 * Checks a rule file (an object, or its JSON text as `loadRulebook` takes it) in one call: against
 * its schema, by the compiler and by every lint check, and returns their findings together, typed
 * by where each came from. A file that does not fit the schema gives the schema's findings alone
 * (nothing else can be read from it). It never throws for a bad file: a file's problems are its
 * findings (`loads` false), so there is no `safe…` twin.
 *
 * @example
 * ```ts
 * import json from "award-rules/rules/000-model-post.json" with { type: "json" };
 * const checked = validateRulebook(json);
 * checked.loads; // true
 * checked.findings.map((finding) => [finding.source, finding.code]); // [["lint", "lower_level_stricter"]]
 * if (checked.rulebook !== undefined) evaluate(checked.rulebook, record, { asOf: "2026-11-26" });
 * ```
 */
export function validateRulebook(json: unknown): RulebookValidation {
  registerMessages(LINT_MESSAGES);
  const parsed = validateRulebookInput(json);
  if (!parsed.success) return { loads: false, ok: false, rulebook: undefined, findings: tagged(parsed.issues.map(schemaFinding), "schema") };
  const { compiled, findings: compileFindings } = compiledOrFindings(parsed.data);
  const seen = new Set(compileFindings.map((finding) => `${finding.code} ${stableJson(finding.path)}`));
  const lint = lintChecks(parsed.data).filter((finding) => !seen.has(`${finding.code} ${stableJson(finding.path)}`));
  const findings = [...tagged(compileFindings, "compile"), ...tagged(lint, "lint")];
  return { loads: compiled !== undefined, ok: compiled !== undefined && !lint.some((finding) => finding.severity === "error"), rulebook: compiled, findings };
}
