/**
 * award-rules/review: reading a rule file against its document: the review page of each rule
 * file, their index, the lint of a rule file (unknown names, contradictions, levels out of order)
 * and the check of the documents' printed numbers.
 *
 * @example
 * ```ts
 * import { lintRulebook, renderReviewPage } from "award-rules/review";
 * lintRulebook(json).filter((finding) => finding.severity === "error"); // []
 * ```
 *
 * @packageDocumentation
 * @module award-rules/review
 */
export { renderReviewPage, reviewPagePath } from "./renderReviewPage.js";
export { renderReviewIndex, type RuleFile } from "./renderReviewIndex.js";
export { lintRulebook, type LintFinding, type LintCode, type LintOnlyCode } from "../lint/lintRulebook.js";
export { validateRulebook, type RulebookValidation, type RulebookFinding, type FindingSource } from "../lint/validateRulebook.js";
export { checkRulebook, type Finding } from "../check/checkRulebook.js";
export { changedItems, type ChangedItem } from "../diff/changedItems.js";
export type { ChangedValue } from "../diff/changedValues.js";
