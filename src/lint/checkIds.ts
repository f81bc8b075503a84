import type { Rulebook } from "../schema/rulebookTypes.js";
import { findingOf } from "./finding.js";
import type { LintFinding } from "./types.js";
import { conditionNodes, type JsonPath } from "./walk.js";

/** Reports every entry whose key was seen before, naming where it was first seen. */
function repeats<T>(entries: { key: T; path: JsonPath }[], report: (key: T, path: JsonPath, first: JsonPath) => LintFinding): LintFinding[] {
  const seen = new Map<T, JsonPath>();
  const findings: LintFinding[] = [];
  for (const { key, path } of entries) {
    const first = seen.get(key);
    if (first === undefined) seen.set(key, path);
    else findings.push(report(key, path, first));
  }
  return findings;
}

const where = (path: JsonPath): string => path.join(".");

/**
 * Ids and levels the compiler requires to be unique and defined: condition ids across the whole
 * rulebook, award ids (level and scored awards together), category ids within an award, an
 * award's levels, a category's levels, and category levels the award does not define.
 *
 * @example
 * ```ts
 * checkIds(rulebook); // [] for the bundled rule files
 * ```
 */
export function checkIds(rulebook: Rulebook): LintFinding[] {
  const findings = repeats(
    conditionNodes(rulebook).map(({ node, path }) => ({ key: node.id, path: [...path, "id"] })),
    (id, path, first): LintFinding => findingOf("duplicate_id", "error", path, "lint.conditionIdAgain", { id, first: where(first) }, id),
  );
  const awards = [
    ...rulebook.awards.map((award, index) => ({ key: award.id, path: ["awards", index, "id"] })),
    ...rulebook.scoredAwards.map((award, index) => ({ key: award.id, path: ["scoredAwards", index, "id"] })),
  ];
  findings.push(...repeats(awards, (id, path, first): LintFinding => findingOf("duplicate_id", "error", path, "lint.awardIdAgain", { id, first: where(first) }, id)));
  const categoryRepeats = (awardId: string, categories: { id: string }[], at: JsonPath): LintFinding[] =>
    repeats(
      categories.map((category, index) => ({ key: category.id, path: [...at, "categories", index, "id"] })),
      (id, path): LintFinding => findingOf("duplicate_id", "error", path, "lint.categoryTwice", { award: awardId, id }, awardId),
    );
  rulebook.scoredAwards.forEach((award, s) => findings.push(...categoryRepeats(award.id, award.categories ?? [], ["scoredAwards", s])));
  rulebook.awards.forEach((award, a) => {
    const at = ["awards", a];
    findings.push(
      ...repeats(
        award.levels.map((level, index) => ({ key: level.level, path: [...at, "levels", index, "level"] })),
        (level, path): LintFinding => findingOf("duplicate_id", "error", path, "lint.levelTwice", { owner: "award", id: award.id, level }, award.id),
      ),
      ...categoryRepeats(award.id, award.categories, at),
    );
    const defined = new Set(award.levels.map((level) => level.level));
    award.categories.forEach((category, c) => {
      const levels = category.levels.map((level, index) => ({ key: level.level, path: [...at, "categories", c, "levels", index, "level"] }));
      findings.push(
        ...repeats(levels, (level, path): LintFinding => findingOf("duplicate_id", "error", path, "lint.levelTwice", { owner: "category", id: category.id, level }, category.id)),
      );
      for (const { key, path } of levels.filter((level) => !defined.has(level.key))) {
        findings.push(findingOf("bad_value", "error", path, "compile.undefinedLevel", { category: category.id, level: key, award: award.id }, category.id));
      }
    });
  });
  return findings;
}
