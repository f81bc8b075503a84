import type { Condition } from "../schema/condition.js";
import type { Rulebook } from "../schema/rulebook.js";
import { conflicts, leafConstraint, leafSignature, negate, type Constraint } from "./constraints.js";
import type { LintFinding } from "./types.js";
import { childrenOf, conditionTrees, isLeaf, type ConditionTree, type JsonPath } from "./walk.js";

/** A leaf that must hold (or, `negated`, must not hold) for an `all` to hold. */
interface Conjunct {
  leaf: Condition;
  negated: boolean;
  constraint: { slot: string; constraint: Constraint } | undefined;
}

/** Two conjuncts of one `all` that no record meets together. */
interface Contradiction {
  at: Condition;
  path: JsonPath;
  text: string;
}

const show = (conjunct: Conjunct): string =>
  `${conjunct.negated ? "not " : ""}${conjunct.leaf.id} (${conjunct.leaf.fact ?? "?"} ${conjunct.leaf.operator ?? "?"} ${JSON.stringify(conjunct.leaf.value ?? null)})`;

/** The leaves an `all` requires: its leaf children, the leaves of nested `all`s, and `not`s of leaves. */
function conjuncts(node: Condition): Conjunct[] {
  return (node.all ?? []).flatMap((child): Conjunct[] => {
    if (child.all) return conjuncts(child);
    if (isLeaf(child)) return [{ leaf: child, negated: false, constraint: leafConstraint(child) }];
    if (child.not && isLeaf(child.not)) {
      const positive = leafConstraint(child.not);
      const negated = positive && negate(positive.constraint);
      return [{ leaf: child.not, negated: true, constraint: positive && negated ? { slot: positive.slot, constraint: negated } : undefined }];
    }
    return [];
  });
}

function clash(a: Conjunct, b: Conjunct): boolean {
  if (a.negated !== b.negated && leafSignature(a.leaf) === leafSignature(b.leaf)) return true;
  return a.constraint !== undefined && b.constraint !== undefined && a.constraint.slot === b.constraint.slot && conflicts(a.constraint.constraint, b.constraint.constraint);
}

/** Whether a node can hold under simple reasoning; records each contradiction once, at the deepest `all` that holds both leaves. */
function satisfiable(node: Condition, path: JsonPath, found: Contradiction[], seen: Set<string>): boolean {
  const children = childrenOf(node, path).map(([child, childPath]) => satisfiable(child, childPath, found, seen));
  if (node.any) return children.some(Boolean);
  if (node.not) return true;
  if (node.of) return children.filter(Boolean).length >= (node.atLeast ?? 1);
  const parts: Conjunct[] = node.all ? conjuncts(node) : [{ leaf: node, negated: false, constraint: leafConstraint(node) }];
  let holds = children.every(Boolean);
  const record = (key: string, text: string): void => {
    holds = false;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ at: node, path, text });
  };
  parts.forEach((a, index) => {
    if (a.constraint && conflicts(a.constraint.constraint, a.constraint.constraint)) record(a.leaf.id, `${show(a)} admits no value`);
    for (const b of parts.slice(index + 1)) if (clash(a, b)) record(`${a.leaf.id}\u0000${b.leaf.id}`, `${show(a)} contradicts ${show(b)}`);
  });
  return holds;
}

function subject(tree: ConditionTree): string {
  if (tree.role === "level") return `level ${tree.level} of category ${tree.category} (${tree.root.id})`;
  return `${tree.role} ${tree.root.id}`;
}

/**
 * Conditions no record can meet, under simple reasoning: within one `all` (nested `all`s
 * included), two leaves on the same fact, params and path that contradict (equal true and equal
 * false; count at least n and at most m < n; x ≥ a and x < b ≤ a), or a `not` of a leaf beside
 * the same leaf; an `any` whose every branch is impossible; an `at least k of` with fewer than k
 * possible. A level whose tree cannot hold is unreachable (error); a dead branch in a tree that
 * can still hold is a warning.
 *
 * @example
 * ```ts
 * checkSatisfiable(rulebook); // [] for the bundled rule files
 * ```
 */
export function checkSatisfiable(rulebook: Rulebook): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const tree of conditionTrees(rulebook)) {
    const found: Contradiction[] = [];
    const holds = satisfiable(tree.root, tree.path, found, new Set());
    if (!holds) {
      const level = tree.role === "level";
      findings.push({
        code: level ? "unreachableLevel" : "unsatisfiableCondition",
        severity: "error",
        path: tree.path,
        ruleId: tree.root.id,
        message: `${subject(tree)} can never ${level ? "be reached" : "hold"}: ${found.map((entry) => `within ${entry.at.id}, ${entry.text}`).join("; ") || "no branch can hold"}`,
      });
      continue;
    }
    for (const entry of found) {
      findings.push({
        code: "unsatisfiableCondition",
        severity: "warning",
        path: entry.path,
        ruleId: entry.at.id,
        message: `${entry.at.id} in ${subject(tree)} can never hold: ${entry.text}; the tree still can through other branches`,
      });
    }
  }
  return findings;
}
