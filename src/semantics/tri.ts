/**
 * The one statement of the library's three-valued logic (Kleene's strong logic): every way a
 * condition tree is judged — the compiled walk, the generated code, the fused leaves, the gap
 * analysis, the export to json-rules-engine — is held to these definitions by one property test
 * (test/semantics/agreement.property.test.ts).
 *
 * A value is `TRUE`, `FALSE` or `UNKNOWN` (a fact it needs was not given). A combinator reads its
 * children one at a time (`read(index)`) and stops as soon as the answer cannot change.
 */

/** Three-valued truth: `FALSE`, `TRUE` or `UNKNOWN`. */
export type Tri = 0 | 1 | 2;
/** False. */
export const FALSE: Tri = 0;
/** True. */
export const TRUE: Tri = 1;
/** Unknown: a fact it needs was not given. */
export const UNKNOWN: Tri = 2;

/** A verdict as results say it. */
export type NodeStatus = "pass" | "fail" | "unknown";

/**
 * The word of each verdict, indexed by it: `STATUS[TRUE]` is `"pass"`.
 *
 * @example
 * ```ts
 * STATUS[UNKNOWN]; // "unknown"
 * ```
 */
export const STATUS: readonly NodeStatus[] = ["fail", "pass", "unknown"];

/**
 * `all`: false if any child is false, else unknown if any is unknown, else true (no child: true).
 *
 * @example
 * ```ts
 * allOf(2, (index) => [TRUE, UNKNOWN][index]!); // UNKNOWN
 * ```
 */
export function allOf(count: number, read: (index: number) => Tri): Tri {
  let result: Tri = TRUE;
  for (let index = 0; index < count; index += 1) {
    const verdict = read(index);
    if (verdict === FALSE) return FALSE;
    if (verdict === UNKNOWN) result = UNKNOWN;
  }
  return result;
}

/**
 * `any`: true if any child is true, else unknown if any is unknown, else false (no child: false).
 *
 * @example
 * ```ts
 * anyOf(2, (index) => [FALSE, UNKNOWN][index]!); // UNKNOWN
 * ```
 */
export function anyOf(count: number, read: (index: number) => Tri): Tri {
  let result: Tri = FALSE;
  for (let index = 0; index < count; index += 1) {
    const verdict = read(index);
    if (verdict === TRUE) return TRUE;
    if (verdict === UNKNOWN) result = UNKNOWN;
  }
  return result;
}

/**
 * `atLeast` k `of` n: true once k children are true, false once too few can still be, else
 * unknown. k is from 1 to n (the rule file's schema refuses anything else).
 *
 * @example
 * ```ts
 * atLeastOf(2, 3, (index) => [TRUE, UNKNOWN, FALSE][index]!); // UNKNOWN
 * ```
 */
export function atLeastOf(needed: number, count: number, read: (index: number) => Tri): Tri {
  let passed = 0;
  let unknown = 0;
  for (let index = 0; index < count; index += 1) {
    const verdict = read(index);
    if (verdict === TRUE && ++passed >= needed) return TRUE;
    if (verdict === UNKNOWN) unknown += 1;
    if (passed + unknown + (count - index - 1) < needed) return FALSE;
  }
  return passed >= needed ? TRUE : UNKNOWN;
}

/**
 * `not`: true and false swap; unknown stays unknown.
 *
 * @example
 * ```ts
 * notOf(UNKNOWN); // UNKNOWN
 * ```
 */
export function notOf(verdict: Tri): Tri {
  return verdict === UNKNOWN ? UNKNOWN : verdict === TRUE ? FALSE : TRUE;
}

/** A condition tree as the semantics reads it: the combinators, and leaves judged by the caller. */
export type TreeShape<Leaf> =
  { all: readonly TreeShape<Leaf>[] } | { any: readonly TreeShape<Leaf>[] } | { not: TreeShape<Leaf> } | { atLeast: number; of: readonly TreeShape<Leaf>[] } | { leaf: Leaf };

/**
 * The verdict of a whole tree, its leaves judged by `judge`: the reference every implementation
 * is compared with.
 *
 * @example
 * ```ts
 * judgeTree({ any: [{ leaf: "a" }, { leaf: "b" }] }, (name) => (name === "a" ? UNKNOWN : TRUE)); // TRUE
 * ```
 */
export function judgeTree<Leaf>(tree: TreeShape<Leaf>, judge: (leaf: Leaf) => Tri): Tri {
  if ("leaf" in tree) return judge(tree.leaf);
  if ("not" in tree) return notOf(judgeTree(tree.not, judge));
  if ("all" in tree) return allOf(tree.all.length, (index) => judgeTree(tree.all[index]!, judge));
  if ("any" in tree) return anyOf(tree.any.length, (index) => judgeTree(tree.any[index]!, judge));
  return atLeastOf(tree.atLeast, tree.of.length, (index) => judgeTree(tree.of[index]!, judge));
}
