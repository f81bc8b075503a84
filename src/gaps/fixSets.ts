import type { TraceNode } from "../evaluate/types.js";

/** At most this many alternatives are kept per node (the smallest first); more makes the answer partial. */
export const FIX_SETS_KEPT = 8;

/**
 * Above this many (children still open × children still needed) an `at least k` node is not
 * searched for alternatives: the one cheapest set (the needed children with the smallest sets) is
 * given, and the answer is partial.
 */
export const FIX_SETS_SEARCHED = 4096;

/** The smallest alternative sets of leaves that would make a node pass, and whether more exist than were kept. */
export interface FixSets {
  sets: TraceNode[][];
  /** True when some alternatives were left out (more than {@link FIX_SETS_KEPT}, or a node too large to search). */
  partial: boolean;
}

/** A set not yet written out: its size, and its leaves or the two sets it joins (so joining costs nothing). */
interface Pick {
  size: number;
  leaves?: TraceNode[];
  parts?: [Pick, Pick];
}

interface Picks {
  picks: Pick[];
  partial: boolean;
}

const EMPTY: Pick = { size: 0, leaves: [] };

/** The smallest first (earlier alternatives first among equals), at most {@link FIX_SETS_KEPT}. */
function smallest(picks: Pick[], partial: boolean): Picks {
  const sorted = picks.map((pick, index) => ({ pick, index })).sort((a, b) => a.pick.size - b.pick.size || a.index - b.index);
  return { picks: sorted.slice(0, FIX_SETS_KEPT).map((entry) => entry.pick), partial: partial || picks.length > FIX_SETS_KEPT };
}

/**
 * Every union of one set from `left` and one from `right`. Siblings share no leaf, so a union is
 * never a duplicate nor contains another: only the sizes need comparing.
 */
function join(left: Picks, right: Picks): Picks {
  const unions = left.picks.flatMap((a) => right.picks.map((b): Pick => (a.size === 0 ? b : b.size === 0 ? a : { size: a.size + b.size, parts: [a, b] })));
  return smallest(unions, left.partial || right.partial);
}

const product = (choices: Picks[]): Picks => choices.reduce(join, { picks: [EMPTY], partial: false });

/**
 * `need` of the open children: `best[r]` holds the smallest sets using `r` of the children seen
 * so far (polynomial: children × need cells, each of at most {@link FIX_SETS_KEPT} sets); past
 * {@link FIX_SETS_SEARCHED} cells, the needed children with the smallest sets, partial.
 */
function enough(open: Picks[], need: number): Picks {
  if (need > open.length) return { picks: [], partial: false };
  if (open.length * need > FIX_SETS_SEARCHED) {
    const cheapest = open
      .map((child, index) => ({ child, index, size: child.picks[0]?.size ?? Infinity }))
      .sort((a, b) => a.size - b.size || a.index - b.index)
      .slice(0, need);
    if (cheapest.some((entry) => entry.size === Infinity)) return { picks: [], partial: false };
    return { ...product(cheapest.map((entry) => ({ picks: entry.child.picks.slice(0, 1), partial: false }))), partial: true };
  }
  const best: Picks[] = [{ picks: [EMPTY], partial: false }];
  for (const [seen, child] of open.entries()) {
    for (let used = Math.min(need, seen + 1); used >= 1; used -= 1) {
      const added = join(best[used - 1]!, child);
      const before = best[used];
      best[used] = before === undefined ? added : smallest([...before.picks, ...added.picks], before.partial || added.partial);
    }
  }
  return best[need] ?? { picks: [], partial: false };
}

function picksOf(node: TraceNode): Picks {
  if (node.status === "pass") return { picks: [EMPTY], partial: false };
  if (node.children.length === 0 || node.kind === "not") return { picks: [{ size: 1, leaves: [node] }], partial: false };
  const open = node.children.filter((child) => child.status !== "pass");
  if (node.kind === "all") return product(open.map(picksOf));
  if (node.kind === "any") {
    const children = node.children.map(picksOf);
    return smallest(
      children.flatMap((child) => child.picks),
      children.some((child) => child.partial),
    );
  }
  const passed = node.children.length - open.length;
  return enough(open.map(picksOf), Math.max((node.atLeast ?? 1) - passed, 0));
}

/** The leaves of a pick, each once, in tree order. */
function writeOut(pick: Pick): TraceNode[] {
  const leaves = new Map<string, TraceNode>();
  const stack = [pick];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (next.parts) stack.push(next.parts[1], next.parts[0]);
    for (const leaf of next.leaves ?? []) leaves.set(leaf.id, leaf);
  }
  return [...leaves.values()];
}

const key = (set: TraceNode[]): string =>
  set
    .map((leaf) => leaf.id)
    .sort()
    .join("|");

/**
 * The smallest sets of leaves (failing or unknown) that would have to pass for every one of the
 * traced trees to pass: `[[]]` when they pass already; for `all`, one set from each child that
 * does not pass; for `any`, the sets of any one child; for `at least k`, the sets of enough
 * children (found without listing combinations); a `not` counts as one step. At most
 * {@link FIX_SETS_KEPT} sets, smallest first, then by ids; `partial` when more exist.
 *
 * @example
 * ```ts
 * fixSets(levelTrace).sets.map((set) => set.map((leaf) => leaf.id)); // [["staff.1.3"], …]
 * fixSets(requirements, audience, levelTrace).partial; // false
 * ```
 */
export function fixSets(...trees: TraceNode[]): FixSets {
  const found = product(trees.map(picksOf));
  const sets = found.picks.map((pick) => ({ set: writeOut(pick), key: "" }));
  for (const entry of sets) entry.key = key(entry.set);
  sets.sort((a, b) => a.set.length - b.set.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { sets: sets.map((entry) => entry.set), partial: found.partial };
}
