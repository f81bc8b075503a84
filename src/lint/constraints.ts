import type { Condition, JsonValue } from "../schema/rulebookTypes.js";
import { stableJson } from "../text/stableJson.js";

export { stableJson };

/** What a leaf says about the value it reads: equal / not equal to, in / not in a list, or a numeric range. */
export type Constraint =
  { kind: "eq" | "ne"; value: JsonValue } | { kind: "in" | "notIn"; values: JsonValue[] } | { kind: "range"; lo?: number; loIn: boolean; hi?: number; hiIn: boolean };

/** A leaf read as a constraint on one slot: the same fact, params and path (counts are a slot of their own). */
export interface SlotConstraint {
  slot: string;
  constraint: Constraint;
}

const same = (a: unknown, b: unknown): boolean => stableJson(a) === stableJson(b);

/**
 * The whole leaf as text (fact, params, path, operator, value): two leaves with the same
 * signature always agree.
 *
 * @example
 * ```ts
 * leafSignature(node) === leafSignature(otherNode);
 * ```
 */
export function leafSignature(node: Condition): string {
  return stableJson([node.fact, node.params ?? {}, node.path ?? null, node.operator, node.value ?? null]);
}

/**
 * A leaf as a constraint on its slot, for the operators simple reasoning understands (`equal`,
 * `notEqual`, `in`, `notIn`, the four numeric comparisons, `countAtLeast`, `countAtMost`);
 * `undefined` for any other.
 *
 * @example
 * ```ts
 * leafConstraint({ id: "c", label, source, fact: "complaints", operator: "countAtMost", value: 0 });
 * // { slot: "…#count", constraint: { kind: "range", hi: 0, hiIn: true, loIn: false } }
 * ```
 */
export function leafConstraint(node: Condition): SlotConstraint | undefined {
  const slot = stableJson([node.fact, node.params ?? {}, node.path ?? null]);
  const value = node.value ?? null;
  const number = typeof value === "number" ? value : undefined;
  switch (node.operator) {
    case "equal":
      return { slot, constraint: { kind: "eq", value } };
    case "notEqual":
      return { slot, constraint: { kind: "ne", value } };
    case "in":
    case "notIn":
      return Array.isArray(value) ? { slot, constraint: { kind: node.operator, values: value } } : undefined;
  }
  if (number === undefined) return undefined;
  switch (node.operator) {
    case "greaterThan":
    case "greaterThanInclusive":
      return { slot, constraint: { kind: "range", lo: number, loIn: node.operator === "greaterThanInclusive", hiIn: false } };
    case "lessThan":
    case "lessThanInclusive":
      return { slot, constraint: { kind: "range", hi: number, hiIn: node.operator === "lessThanInclusive", loIn: false } };
    case "countAtLeast":
      return { slot: `${slot}#count`, constraint: { kind: "range", lo: number, loIn: true, hiIn: false } };
    case "countAtMost":
      return { slot: `${slot}#count`, constraint: { kind: "range", hi: number, hiIn: true, loIn: false } };
  }
  return undefined;
}

/**
 * The constraint a `not` of the leaf puts on the same slot, where it is one (`equal` ↔ `notEqual`,
 * `in` ↔ `notIn`); numeric negations are left out, since a comparison is also false for a non-number.
 *
 * @example
 * ```ts
 * negate({ kind: "eq", value: true }); // { kind: "ne", value: true }
 * ```
 */
export function negate(constraint: Constraint): Constraint | undefined {
  switch (constraint.kind) {
    case "eq":
      return { kind: "ne", value: constraint.value };
    case "ne":
      return { kind: "eq", value: constraint.value };
    case "in":
      return { kind: "notIn", values: constraint.values };
    case "notIn":
      return { kind: "in", values: constraint.values };
    case "range":
      return undefined;
  }
}

/** True when a constraint lets a value through. */
function admits(constraint: Constraint, value: JsonValue): boolean {
  switch (constraint.kind) {
    case "eq":
      return same(constraint.value, value);
    case "ne":
      return !same(constraint.value, value);
    case "in":
      return constraint.values.some((item) => same(item, value));
    case "notIn":
      return !constraint.values.some((item) => same(item, value));
    case "range": {
      if (typeof value !== "number") return false;
      const { lo, loIn, hi, hiIn } = constraint;
      return (lo === undefined || (loIn ? value >= lo : value > lo)) && (hi === undefined || (hiIn ? value <= hi : value < hi));
    }
  }
}

/**
 * True when no value meets both constraints (on the same slot): two different `equal`s, `equal`
 * against `notEqual` or a list that lacks it, lists with nothing in common, or numeric ranges
 * that do not meet (count ≥ 2 and count ≤ 1; x ≥ 5 and x < 5). A constraint that admits nothing
 * on its own (`in` an empty list) conflicts with itself.
 *
 * @example
 * ```ts
 * conflicts({ kind: "eq", value: true }, { kind: "eq", value: false }); // true
 * ```
 */
export function conflicts(a: Constraint, b: Constraint): boolean {
  if (a.kind === "eq") return !admits(b, a.value);
  if (b.kind === "eq") return !admits(a, b.value);
  if (a.kind === "in") return a.values.every((value) => !admits(b, value));
  if (b.kind === "in") return b.values.every((value) => !admits(a, value));
  if (a.kind !== "range" || b.kind !== "range") return false;
  const [lo, loIn] = a.lo === undefined || (b.lo !== undefined && (b.lo > a.lo || (b.lo === a.lo && !b.loIn))) ? [b.lo, b.loIn] : [a.lo, a.loIn];
  const [hi, hiIn] = a.hi === undefined || (b.hi !== undefined && (b.hi < a.hi || (b.hi === a.hi && !b.hiIn))) ? [b.hi, b.hiIn] : [a.hi, a.hiIn];
  if (lo === undefined || hi === undefined) return false;
  return lo > hi || (lo === hi && !(loIn && hiIn));
}
