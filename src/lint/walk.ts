import type { Condition, Award, Rulebook, ScoredAward } from "../schema/rulebookTypes.js";

/** A JSON path into a rule file. */
export type JsonPath = (string | number)[];

/** One condition tree of a rulebook: its root, where it sits and what it decides. */
export interface ConditionTree {
  root: Condition;
  path: JsonPath;
  role: "admission" | "requirements" | "audience" | "level" | "eligibility" | "veto" | "gradeCap" | "forcedGrade" | "consequence";
  award?: Award;
  scoredAward?: ScoredAward;
  /** For a level tree: its category and level. */
  category?: string;
  level?: number;
}

/** A condition node with its path and the tree it belongs to. */
export interface VisitedNode {
  node: Condition;
  path: JsonPath;
  tree: ConditionTree;
}

/**
 * Every condition tree of a rulebook, in file order: each level award's admission, requirements,
 * category audiences and level trees, then each scored award's eligibility, vetoes, grade caps
 * and forced grades.
 *
 * @example
 * ```ts
 * conditionTrees(rulebook).filter((tree) => tree.role === "level").map((tree) => tree.root.id); // ["party.1", …]
 * ```
 */
export function conditionTrees(rulebook: Rulebook): ConditionTree[] {
  const trees: ConditionTree[] = [];
  rulebook.awards.forEach((award, a) => {
    const at = ["awards", a];
    if (award.admission) trees.push({ root: award.admission, path: [...at, "admission"], role: "admission", award });
    if (award.requirements) trees.push({ root: award.requirements, path: [...at, "requirements"], role: "requirements", award });
    award.categories.forEach((category, c) => {
      const here = [...at, "categories", c];
      if (category.audience) trees.push({ root: category.audience, path: [...here, "audience"], role: "audience", award, category: category.id });
      category.levels.forEach((level, l) => {
        trees.push({ root: level.conditions, path: [...here, "levels", l, "conditions"], role: "level", award, category: category.id, level: level.level });
      });
    });
  });
  rulebook.payRules.forEach((rule, p) => {
    if (rule.audience) trees.push({ root: rule.audience, path: ["payRules", p, "audience"], role: "audience" });
  });
  rulebook.scoredAwards.forEach((scoredAward, s) => {
    const at = ["scoredAwards", s];
    if (scoredAward.audience) trees.push({ root: scoredAward.audience, path: [...at, "audience"], role: "audience", scoredAward });
    if (scoredAward.eligibility) trees.push({ root: scoredAward.eligibility, path: [...at, "eligibility"], role: "eligibility", scoredAward });
    scoredAward.vetoes.forEach((veto, v) => trees.push({ root: veto, path: [...at, "vetoes", v], role: "veto", scoredAward }));
    scoredAward.gradeCaps.forEach((cap, g) => trees.push({ root: cap.when, path: [...at, "gradeCaps", g, "when"], role: "gradeCap", scoredAward }));
    scoredAward.forcedGrades.forEach((forced, f) => {
      trees.push({ root: forced.when, path: [...at, "forcedGrades", f, "when"], role: "forcedGrade", scoredAward });
    });
    scoredAward.consequences.forEach((consequence, k) => {
      if (consequence.when) trees.push({ root: consequence.when, path: [...at, "consequences", k, "when"], role: "consequence", scoredAward });
    });
  });
  return trees;
}

/**
 * The children of a condition node with their paths (`all`, `any`, `not`, `of`).
 *
 * @example
 * ```ts
 * childrenOf(rulebook.awards[0].requirements, ["awards", 0, "requirements"]).map(([, path]) => path.at(-1)); // [0, 1]
 * ```
 */
export function childrenOf(node: Condition, path: JsonPath): [Condition, JsonPath][] {
  if (node.all) return node.all.map((child, index) => [child, [...path, "all", index]]);
  if (node.any) return node.any.map((child, index) => [child, [...path, "any", index]]);
  if (node.of) return node.of.map((child, index) => [child, [...path, "of", index]]);
  if (node.not) return [[node.not, [...path, "not"]]];
  return [];
}

/**
 * Every condition node of a rulebook, depth first in file order, with its path and tree.
 *
 * @example
 * ```ts
 * conditionNodes(rulebook).filter(({ node }) => node.fact === "measure");
 * ```
 */
export function conditionNodes(rulebook: Rulebook): VisitedNode[] {
  const nodes: VisitedNode[] = [];
  const visit = (node: Condition, path: JsonPath, tree: ConditionTree): void => {
    nodes.push({ node, path, tree });
    for (const [child, childPath] of childrenOf(node, path)) visit(child, childPath, tree);
  };
  for (const tree of conditionTrees(rulebook)) visit(tree.root, tree.path, tree);
  return nodes;
}

/**
 * True when a node is a leaf (fact + operator + value), not `all` / `any` / `not` / `atLeast`.
 *
 * @example
 * ```ts
 * isLeaf(rulebook.awards[0].categories[0].audience); // true
 * ```
 */
export function isLeaf(node: Condition): boolean {
  return !node.all && !node.any && !node.not && !node.of;
}
