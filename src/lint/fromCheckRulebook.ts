import { checkRulebook } from "../check/checkRulebook.js";
import type { Rulebook } from "../schema/rulebookTypes.js";
import { findingOf } from "./finding.js";
import type { LintFinding } from "./types.js";
import type { JsonPath } from "./walk.js";

/** Turns `checkRulebook`'s id path (`["rubric", "sections", "atmosphere"]`) into a JSON path with indices. */
function jsonPath(root: unknown, segments: (string | number)[]): JsonPath {
  const path: JsonPath = [];
  let here = root;
  for (const segment of segments) {
    if (Array.isArray(here)) {
      const index = here.findIndex((item: Record<string, unknown>) => item.id === segment || item.grade === segment);
      path.push(index >= 0 ? index : segment);
      here = index >= 0 ? here[index] : undefined;
    } else {
      path.push(segment);
      here = here !== null && typeof here === "object" ? (here as Record<string, unknown>)[String(segment)] : undefined;
    }
  }
  return path;
}

/**
 * `checkRulebook`'s findings (printed section totals and totals that disagree with their items,
 * grade bands with gaps or overlaps) as lint warnings, with JSON paths into the rule file.
 *
 * @example
 * ```ts
 * fromCheckRulebook(bundledRulebook("party-model-post-002").rulebook).map((finding) => finding.code);
 * // ["printed_section_total", "printed_section_total"]
 * ```
 */
export function fromCheckRulebook(rulebook: Rulebook): LintFinding[] {
  return checkRulebook(rulebook).map((finding) => {
    const index = rulebook.scoredAwards.findIndex((award) => award.id === finding.awardId);
    const path = ["scoredAwards", index, ...jsonPath(rulebook.scoredAwards[index], finding.path)];
    return findingOf(finding.code, "warning", path, "lint.printed", { text: { zh: finding.message.zh, en: finding.message.en }, citation: finding.citation }, finding.awardId);
  });
}
