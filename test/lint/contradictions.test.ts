import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { conflicts, leafConstraint, leafSignature, negate } from "../../src/lint/constraints.js";
import { checkSatisfiable } from "../../src/lint/checkSatisfiable.js";
import type { Condition, Rulebook } from "../../src/schema/rulebookTypes.js";

const source = { document: "000", clause: "§四" };
const text = (id: string): { zh: string; en: string } => ({ zh: id, en: id });

/** The reference: every pair of the `all`'s leaves compared (quadratic). */
function referencePairs(leaves: { leaf: Condition; negated: boolean }[]): Set<string> {
  const constraintOf = ({ leaf, negated }: { leaf: Condition; negated: boolean }) => {
    const positive = leafConstraint(leaf);
    if (!negated) return positive;
    const flipped = positive && negate(positive.constraint);
    return positive && flipped ? { slot: positive.slot, constraint: flipped } : undefined;
  };
  const pairs = new Set<string>();
  leaves.forEach((a, index) => {
    for (const b of leaves.slice(index + 1)) {
      const [ca, cb] = [constraintOf(a), constraintOf(b)];
      const clash =
        (a.negated !== b.negated && leafSignature(a.leaf) === leafSignature(b.leaf)) ||
        (ca !== undefined && cb !== undefined && ca.slot === cb.slot && conflicts(ca.constraint, cb.constraint));
      if (clash && (ca === undefined || cb === undefined || JSON.stringify(ca.constraint) !== JSON.stringify(cb.constraint))) pairs.add(`${a.leaf.id}|${b.leaf.id}`);
    }
  });
  return pairs;
}

const leafArbitrary = fc.record({
  fact: fc.constantFrom("logisticsServiceYears", "partyMember", "role"),
  operator: fc.constantFrom("equal", "notEqual", "in", "notIn", "greaterThan", "greaterThanInclusive", "lessThan", "lessThanInclusive"),
  value: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.boolean(), fc.constantFrom("a", "b"), fc.array(fc.constantFrom("a", "b", 1, 2), { maxLength: 2 })),
  negated: fc.boolean(),
});

describe("contradictions within one all", () => {
  test("on random alls of up to 6 leaves: the pairs the exhaustive comparison finds", () => {
    fc.assert(
      fc.property(fc.array(leafArbitrary, { minLength: 1, maxLength: 6 }), (specs) => {
        const leaves = specs.map((spec, index) => ({
          leaf: { id: `t.${index}`, label: text(`t.${index}`), source, fact: spec.fact, operator: spec.operator, value: spec.value },
          negated: spec.negated,
        }));
        const root = {
          id: "t",
          label: text("t"),
          source,
          all: leaves.map(({ leaf, negated }) => (negated ? { id: `${leaf.id}n`, label: text("n"), source, not: leaf } : leaf)),
        } as Condition;
        const rulebook = {
          awards: [],
          payRules: [],
          scoredAwards: [{ id: "s", audience: root, vetoes: [], gradeCaps: [], forcedGrades: [], consequences: [] }],
        } as unknown as Rulebook;
        const findings = checkSatisfiable(rulebook);
        const expected = referencePairs(leaves);
        // a leaf that admits no value is named too (under a `not`, at the leaf itself: a dead branch)
        const selfless = leaves.filter(({ leaf, negated }) => {
          const positive = leafConstraint(leaf);
          const flipped = negated ? positive && negate(positive.constraint) : undefined;
          return [positive?.constraint, flipped].some((constraint) => constraint !== undefined && conflicts(constraint, constraint));
        });
        expect(findings.length > 0).toBe(expected.size > 0 || selfless.length > 0);
        const message = findings.map((finding) => finding.message).join(" ");
        // a pair is named through any leaves of the same (effective) constraints: two leaves saying the
        // same thing (t.0 under a not, t.1 plainly) are one constraint, named by its first leaf
        const effective = leaves.map(({ leaf, negated }) => {
          const positive = leafConstraint(leaf);
          const constraint = negated ? positive && negate(positive.constraint) : positive?.constraint;
          return positive && constraint ? `${positive.slot} ${JSON.stringify(constraint)}` : `leaf ${leaf.id}`;
        });
        const alike = (id: string): string[] => leaves.filter((_, index) => effective[index] === effective[Number(id.slice(2))]).map(({ leaf }) => leaf.id);
        const named = (a: string, b: string): boolean =>
          message.includes(`${a} (`) && message.includes(`${b} (`) && new RegExp(`${a.replace(".", "\\.")} \\(.*contradicts.*${b.replace(".", "\\.")} \\(`).test(message);
        for (const pair of expected) {
          const [a, b] = pair.split("|") as [string, string];
          expect(
            alike(a).some((x) => alike(b).some((y) => named(x, y) || named(y, x))),
            `${pair} in: ${message}`,
          ).toBe(true);
        }
      }),
      { numRuns: 400, seed: 20261126 },
    );
  });
});
