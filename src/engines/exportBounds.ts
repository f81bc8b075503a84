import { raise } from "../messages/issueOf.js";
import type { Condition } from "../schema/rulebookTypes.js";
import { FORBIDDEN_KEYS as FORBIDDEN } from "../util/forbiddenKeys.js";

/**
 * The most conditions a translation may write: "at least k of n" becomes `any` over every `all`
 * of k children, so each child is written once per group it is in, and nested groups multiply.
 */
export const EXPORT_NODES_MAX = 200_000;

/** A path json-rules-engine may be given: `$.a.b`, `$.a[0]`, `$.list[2].name` (no JSONPath filter, wildcard or script). */
const SIMPLE_PATH = /^\$(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d{1,9}\])+$/;

/** C(n, k), or Infinity once past `EXPORT_NODES_MAX`. */
function binomial(n: number, k: number): number {
  let count = 1;
  for (let step = 1; step <= k; step += 1) {
    count = (count * (n - k + step)) / step;
    if (count > EXPORT_NODES_MAX) return Infinity;
  }
  return Math.round(count);
}

/**
 * How many conditions the translation of a tree writes (Infinity once past the bound): an
 * "at least k of n" writes its `any`, C(n, k) groups, and each child C(n − 1, k − 1) times.
 */
function written(node: Condition): number {
  const known = sizes.get(node);
  if (known !== undefined) return known;
  const size = count(node);
  sizes.set(node, size);
  return size;
}

const sizes = new WeakMap<Condition, number>();

function count(node: Condition): number {
  if (node.all) return node.all.reduce((total, child) => total + written(child), 1);
  if (node.any) return node.any.reduce((total, child) => total + written(child), 1);
  if (node.not) return 1 + written(node.not);
  if (node.of && node.atLeast !== undefined) {
    const children = node.of.reduce((total, child) => total + written(child), 0);
    const size = 1 + binomial(node.of.length, node.atLeast) + (node.atLeast === 0 ? 0 : binomial(node.of.length - 1, node.atLeast - 1) * children);
    return size > EXPORT_NODES_MAX ? Infinity : size;
  }
  return 1;
}

/**
 * Refuses, with a typed error naming the node, what json-rules-engine should not be given: a
 * leaf `path` that is not a plain `$.a.b` / `$.a[0]` path (json-rules-engine would hand it to
 * JSONPath), and a tree whose "at least k of n" groups would write more than
 * {@link EXPORT_NODES_MAX} conditions.
 *
 * @example
 * ```ts
 * checkExportable(tree); // or throws bad_value at ["node", "of"] / ["node", "all", 0, "path"]
 * ```
 */
export function checkExportable(tree: Condition): void {
  const walk = (node: Condition, at: (string | number)[]): void => {
    if (node.path !== undefined && (!SIMPLE_PATH.test(node.path) || node.path.split(/[.[\]]/).some((step) => FORBIDDEN.has(step)))) {
      raise("bad_value", [...at, "path"], "export.notPlainPath", { path: node.path }, { ruleId: node.id });
    }
    if (node.of && node.atLeast !== undefined && written(node) === Infinity) {
      raise("bad_value", [...at, "of"], "export.atLeastTooLarge", { atLeast: node.atLeast, count: node.of.length, max: EXPORT_NODES_MAX }, { ruleId: node.id });
    }
    node.all?.forEach((child, index) => walk(child, [...at, "all", index]));
    node.any?.forEach((child, index) => walk(child, [...at, "any", index]));
    node.of?.forEach((child, index) => walk(child, [...at, "of", index]));
    if (node.not) walk(node.not, [...at, "not"]);
  };
  walk(tree, ["node"]);
  if (written(tree) === Infinity) {
    raise("bad_value", ["node"], "export.tooLarge", { max: EXPORT_NODES_MAX }, { ruleId: tree.id });
  }
}
