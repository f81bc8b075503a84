import type { TraceNode } from "../evaluate/types.js";

/** At most this many alternatives are kept per node (the smallest first). */
const KEEP = 8;

const key = (set: TraceNode[]): string => set.map((leaf) => leaf.id).sort().join("|");

/** Drops duplicate and non-minimal sets, smallest first, then by ids; keeps the first `KEEP`. */
export function minimal(sets: TraceNode[][]): TraceNode[][] {
  const unique = [...new Map(sets.map((set) => [key(set), [...new Map(set.map((leaf) => [leaf.id, leaf])).values()]])).values()];
  unique.sort((a, b) => a.length - b.length || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const kept: TraceNode[][] = [];
  for (const set of unique) {
    const ids = new Set(set.map((leaf) => leaf.id));
    if (!kept.some((smaller) => smaller.every((leaf) => ids.has(leaf.id)))) kept.push(set);
    if (kept.length === KEEP) break;
  }
  return kept;
}

function product(choices: TraceNode[][][]): TraceNode[][] {
  let sets: TraceNode[][] = [[]];
  for (const options of choices) {
    sets = minimal(sets.flatMap((set) => options.map((option) => [...set, ...option])));
  }
  return sets;
}

function combinations<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items as [T, ...T[]];
  return [...combinations(rest, size - 1).map((tail) => [first, ...tail]), ...combinations(rest, size)];
}

/**
 * The smallest sets of leaves (failing or unknown) that would have to pass for a traced node to
 * pass: `[[]]` when it passes already; for `all`, one set from each child that does not pass;
 * for `any`, the sets of any one child; for `at least k`, the sets of enough children; a `not`
 * counts as one step.
 *
 * @example
 * ```ts
 * fixSets(levelTrace).map((set) => set.map((leaf) => leaf.id)); // [["staff.1.3"], …]
 * ```
 */
export function fixSets(node: TraceNode): TraceNode[][] {
  if (node.status === "pass") return [[]];
  if (node.children.length === 0 || node.kind === "not") return [[node]];
  if (node.kind === "all") return product(node.children.filter((child) => child.status !== "pass").map(fixSets));
  if (node.kind === "any") return minimal(node.children.flatMap(fixSets));
  const passed = node.children.filter((child) => child.status === "pass").length;
  const open = node.children.filter((child) => child.status !== "pass");
  return minimal(combinations(open, Math.max((node.atLeast ?? 1) - passed, 0)).flatMap((group) => product(group.map(fixSets))));
}
