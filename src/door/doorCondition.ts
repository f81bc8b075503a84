import { AwardRulesError } from "../errors/AwardRulesError.js";
import type { Condition } from "../schema/rulebookTypes.js";
import { RULEBOOK_LIMITS } from "../validate/limits.js";
import { validateInput } from "../validate/validators.js";
import { refuse, type DoorPath } from "./door.js";

/** The most groups an "at least k of n" may expand to (an engineering bound: C(n, k) grows fast). */
const MAX_GROUPS = 10_000;

/** C(n, k), stopping once past the bound. */
function groups(n: number, k: number): number {
  let count = 1;
  for (let step = 1; step <= k && count <= MAX_GROUPS; step += 1) count = (count * (n - k + step)) / step;
  return count;
}

/**
 * The door for a condition tree given as data: read once and checked against the rule file's own
 * schema of a condition (the one definition: "at least k of n" takes k from 1 to n), and each
 * "at least" small enough that its groups stay countable.
 *
 * @example
 * ```ts
 * const tree = checkConditionTree(node); // or throws invalid_option at the first misfit
 * ```
 */
export function checkConditionTree(value: unknown, path: DoorPath = ["node"]): Condition {
  const checked = validateInput<Condition>("condition", value, RULEBOOK_LIMITS, "invalid_option", path);
  if (!checked.success) throw new AwardRulesError(checked.issues);
  const tree = checked.data;
  const walk = (node: Condition, at: DoorPath): void => {
    if (node.of !== undefined) {
      const k = node.atLeast;
      if (k !== undefined && groups(node.of.length, k) > MAX_GROUPS) refuse([...at, "of"], "option.tooManyGroups", { atLeast: k, count: node.of.length, max: MAX_GROUPS });
      node.of.forEach((child, index) => walk(child, [...at, "of", index]));
    }
    node.all?.forEach((child, index) => walk(child, [...at, "all", index]));
    node.any?.forEach((child, index) => walk(child, [...at, "any", index]));
    if (node.not !== undefined) walk(node.not, [...at, "not"]);
  };
  walk(tree, path);
  return tree;
}
