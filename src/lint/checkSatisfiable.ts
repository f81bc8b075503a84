import type { Condition, Rulebook } from "../schema/rulebookTypes.js";
import { conflicts, leafConstraint, negate, stableJson, type Constraint } from "./constraints.js";
import type { ParamsOf } from "../messages/catalog.js";
import { findingOf } from "./finding.js";
import type { LintFinding } from "./types.js";
import { childrenOf, conditionTrees, isLeaf, type ConditionTree, type JsonPath } from "./walk.js";

/** A leaf that must hold (or, `negated`, must not hold) for an `all` to hold; its texts made once. */
interface Conjunct {
  leaf: Condition;
  negated: boolean;
  constraint: { slot: string; constraint: Constraint } | undefined;
  /** The leaf as text (slot, operator, value): equal for two leaves that always agree. */
  signature: string;
  /** The constraint as text, when there is one. */
  key: string | undefined;
}

/** A leaf of a contradiction as a finding names it. */
type Leaf = ParamsOf<"lint.deadBranch">["leaves"][number];

/** Two conjuncts of one `all` that no record meets together (or one that admits no value). */
interface Contradiction {
  at: Condition;
  path: JsonPath;
  leaves: Leaf[];
}

const show = (conjunct: Conjunct): Leaf => ({
  id: conjunct.leaf.id,
  fact: conjunct.leaf.fact ?? "?",
  operator: conjunct.leaf.operator ?? "?",
  value: conjunct.leaf.value ?? null,
  negated: conjunct.negated,
});

function conjunct(leaf: Condition, negated: boolean): Conjunct {
  const positive = leafConstraint(leaf);
  const constraint = negated ? positive && negate(positive.constraint) : positive?.constraint;
  const value = stableJson(leaf.value ?? null);
  const signature = `${positive?.slot ?? stableJson([leaf.fact, leaf.params ?? {}, leaf.path ?? null])}\u0001${JSON.stringify(leaf.operator ?? null)}\u0001${value}`;
  const key = constraint && (constraint.kind === "range" ? JSON.stringify(constraint) : `${constraint.kind}\u0001${value}`);
  return { leaf, negated, constraint: positive && constraint ? { slot: positive.slot, constraint } : undefined, signature, key };
}

/** The conjuncts of each `all` already gathered (a nested `all` is gathered once, not once per level above it). */
const gathered = new WeakMap<Condition, Conjunct[]>();

/** The leaves an `all` requires: its leaf children, the leaves of nested `all`s, and `not`s of leaves. */
function conjuncts(node: Condition): Conjunct[] {
  const known = gathered.get(node);
  if (known !== undefined) return known;
  const found = (node.all ?? []).flatMap((child): Conjunct[] => {
    if (child.all) return conjuncts(child);
    if (isLeaf(child)) return [conjunct(child, false)];
    if (child.not && isLeaf(child.not)) return [conjunct(child.not, true)];
    return [];
  });
  gathered.set(node, found);
  return found;
}

/** At most this many contradictions are named per `all`; past it the `all` is known not to hold and is left. */
export const CONTRADICTIONS_NAMED = 20;

/**
 * What one slot's constraints so far can conflict with: the distinct `equal`/`in` constraints, the
 * distinct `notEqual`/`notIn` ones, and of the one-sided numeric ranges only the tightest lower and
 * the tightest upper bound (a range conflicts with an earlier one exactly when it conflicts with the
 * tightest bound on the other side).
 */
interface SlotSeen {
  positive: Map<string, Conjunct>;
  negative: Map<string, Conjunct>;
  lowest: Conjunct | undefined;
  highest: Conjunct | undefined;
}

type Range = Extract<Constraint, { kind: "range" }>;
const rangeOf = (conjunct: Conjunct | undefined): Range | undefined => {
  const constraint = conjunct?.constraint?.constraint;
  return constraint?.kind === "range" ? constraint : undefined;
};
/** Whether range `b` bounds from below more tightly than `a` (a larger bound, or the same one exclusive). */
const tighterLow = (b: Range, a: Range | undefined): boolean => b.lo !== undefined && (a?.lo === undefined || b.lo > a.lo || (b.lo === a.lo && !b.loIn));
const tighterHigh = (b: Range, a: Range | undefined): boolean => b.hi !== undefined && (a?.hi === undefined || b.hi < a.hi || (b.hi === a.hi && !b.hiIn));

/** The earlier constraints of a slot a new one is compared with: never two negatives, never two ranges on one side. */
function rivals(seen: SlotSeen, constraint: Constraint): Iterable<Conjunct> {
  if (constraint.kind === "ne" || constraint.kind === "notIn") return seen.positive.values();
  const bounds = [seen.lowest, seen.highest].filter((entry): entry is Conjunct => entry !== undefined);
  if (constraint.kind === "range") return [...seen.positive.values(), ...bounds];
  return [...seen.positive.values(), ...seen.negative.values(), ...bounds];
}

/** Remembers a conjunct's constraint on its slot (see `SlotSeen`). */
function remember(seen: SlotSeen, conjunct: Conjunct, constraint: Constraint, key: string): void {
  if (constraint.kind === "range") {
    if (tighterLow(constraint, rangeOf(seen.lowest))) seen.lowest = conjunct;
    if (tighterHigh(constraint, rangeOf(seen.highest))) seen.highest = conjunct;
    return;
  }
  const into = constraint.kind === "eq" || constraint.kind === "in" ? seen.positive : seen.negative;
  if (!into.has(key)) into.set(key, conjunct);
}

/**
 * Every pair of conjuncts of one `all` that no record meets together, in order, each pair once;
 * near-linear: a conjunct is compared only with the constraints on its own slot (same fact, params
 * and path) that it could conflict with (see `rivals`) and looked up by signature for a `not`
 * beside the same leaf.
 */
function contradictions(parts: Conjunct[], report: (key: string, leaves: Leaf[]) => boolean): void {
  const bySignature = new Map<string, Conjunct[][]>();
  const bySlot = new Map<string, SlotSeen>();
  for (const b of parts) {
    if (b.constraint && conflicts(b.constraint.constraint, b.constraint.constraint) && report(b.leaf.id, [show(b)])) return;
    const signature = b.signature;
    const sides = bySignature.get(signature) ?? [[], []];
    bySignature.set(signature, sides);
    for (const a of sides[b.negated ? 0 : 1]!) if (report(`${a.leaf.id}\u0000${b.leaf.id}`, [show(a), show(b)])) return;
    sides[b.negated ? 1 : 0]!.push(b);
    if (b.constraint === undefined) continue;
    const seen: SlotSeen = bySlot.get(b.constraint.slot) ?? { positive: new Map(), negative: new Map(), lowest: undefined, highest: undefined };
    bySlot.set(b.constraint.slot, seen);
    const key = b.key!;
    for (const a of rivals(seen, b.constraint.constraint)) {
      if (a.key === key || (a.signature === signature && a.negated !== b.negated)) continue;
      if (conflicts(a.constraint!.constraint, b.constraint.constraint) && report(`${a.leaf.id}\u0000${b.leaf.id}`, [show(a), show(b)])) return;
    }
    remember(seen, b, b.constraint.constraint, key);
  }
}

/** A lone leaf holds unless its own constraint admits no value (`in` an empty list). */
function selfConsistent(node: Condition, path: JsonPath, found: Contradiction[], seen: Set<string>): boolean {
  const positive = leafConstraint(node);
  if (positive === undefined || !conflicts(positive.constraint, positive.constraint)) return true;
  if (!seen.has(node.id)) {
    seen.add(node.id);
    found.push({ at: node, path, leaves: [show(conjunct(node, false))] });
  }
  return false;
}

/** Whether a node can hold under simple reasoning; records each contradiction once, at the deepest `all` that holds both leaves. */
function satisfiable(node: Condition, path: JsonPath, found: Contradiction[], seen: Set<string>): boolean {
  const children = childrenOf(node, path).map(([child, childPath]) => satisfiable(child, childPath, found, seen));
  if (node.any) return children.some(Boolean);
  if (node.not) return true;
  if (node.of) return children.filter(Boolean).length >= (node.atLeast ?? 1);
  if (!node.all) return selfConsistent(node, path, found, seen);
  const parts = conjuncts(node);
  let holds = children.every(Boolean);
  let named = 0;
  contradictions(parts, (key, leaves) => {
    holds = false;
    if (!seen.has(key)) {
      seen.add(key);
      found.push({ at: node, path, leaves });
    }
    named += 1;
    return named >= CONTRADICTIONS_NAMED;
  });
  return holds;
}

/** The tree a finding is in, as the finding names it. */
function subject(tree: ConditionTree): ParamsOf<"lint.cannotHold">["subject"] {
  return tree.role === "level" ? { role: tree.role, root: tree.root.id, level: tree.level, category: tree.category } : { role: tree.role, root: tree.root.id };
}

/**
 * Conditions no record can meet, under simple reasoning: within one `all` (nested `all`s
 * included), two leaves on the same fact, params and path that contradict (equal true and equal
 * false; count at least n and at most m < n; x ≥ a and x < b ≤ a), or a `not` of a leaf beside
 * the same leaf; an `any` whose every branch is impossible; an `at least k of` with fewer than k
 * possible. A level whose tree cannot hold is unreachable (error); a dead branch in a tree that
 * can still hold is a warning. Near-linear in the number of leaves: each leaf is compared only with
 * the distinct constraints already on its own fact, params and path, and at most
 * {@link CONTRADICTIONS_NAMED} contradictions are named per `all`.
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
      const contradictions = found.map((entry) => ({ at: entry.at.id, leaves: entry.leaves }));
      const code = tree.role === "level" ? "unreachable_level" : "unsatisfiable_condition";
      findings.push(findingOf(code, "error", tree.path, "lint.cannotHold", { subject: subject(tree), contradictions }, tree.root.id));
      continue;
    }
    for (const entry of found) {
      findings.push(findingOf("unsatisfiable_condition", "warning", entry.path, "lint.deadBranch", { at: entry.at.id, subject: subject(tree), leaves: entry.leaves }, entry.at.id));
    }
  }
  return findings;
}
