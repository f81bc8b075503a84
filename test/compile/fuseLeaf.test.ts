import { describe, expect, test } from "vitest";
import type { CompiledNode } from "../../src/compile/compiledNode.js";
import { EvaluationContext, UNKNOWN } from "../../src/compile/context.js";
import { fuseLeaf } from "../../src/compile/fuseLeaf.js";
import { bundledRulebook, bundledRulebookIds, parseCandidate, type CandidateRecord, type CompiledRulebook } from "../../src/index.js";
import { mulberry32, syntheticRecord } from "../bench/generate.js";
import { loadFixtures } from "../support/fixtures.js";

/** Every leaf of every condition tree a rulebook compiled. */
function leaves(compiled: CompiledRulebook): CompiledNode[] {
  const out: CompiledNode[] = [];
  const walk = (node: CompiledNode | undefined): void => {
    if (node === undefined) return;
    if (node.kind === "leaf") out.push(node);
    node.children.forEach(walk);
  };
  for (const award of compiled.awards) {
    walk(award.admission);
    walk(award.requirements);
    for (const category of award.categories) {
      walk(category.audience);
      for (const level of category.levels) walk(level.conditions);
    }
  }
  for (const scored of compiled.scoredAwards) {
    walk(scored.audience);
    walk(scored.eligibility);
    scored.vetoes.forEach(walk);
    scored.gradeCaps.forEach((cap) => walk(cap.when));
    scored.forcedGrades.forEach((forced) => walk(forced.when));
  }
  return out;
}

const random = mulberry32(2026);
const generated = Array.from({ length: 2000 }, (_, index) => parseCandidate(syntheticRecord(random, index)));
const fixtureRecords = ["000", "001", "002", "003", "004"].flatMap((folder) =>
  loadFixtures(folder).flatMap((fixture) => {
    const parsed = (() => {
      try {
        return parseCandidate(fixture.input);
      } catch {
        return undefined;
      }
    })();
    return parsed === undefined ? [] : [{ record: parsed, asOf: fixture.asOf }];
  }),
);
const cases: { record: CandidateRecord; asOf: string }[] = [
  ...generated.map((record) => ({ record, asOf: "2026-11-26" })),
  ...generated.slice(0, 300).map((record) => ({ record, asOf: "2026-03-01" })),
  ...fixtureRecords,
];

describe("fused leaves give what reading the fact and testing the operator give", () => {
  test.each(bundledRulebookIds())(
    "every fusable leaf of %s, on generated and fixture records",
    (id) => {
      const compiled = bundledRulebook(id);
      const ctxOf = (entry: { record: CandidateRecord; asOf: string }) =>
        new EvaluationContext(entry.record, entry.asOf, compiled.rulebook.windows, compiled.slotCount, compiled.windowCache);
      let fusedLeaves = 0;
      for (const node of leaves(compiled)) {
        const leaf = node.leaf!;
        const fused = fuseLeaf({ fact: leaf.fact, operator: leaf.operator, params: leaf.params, arg: leaf.arg, hasPath: leaf.path !== undefined, slot: leaf.slot });
        if (fused === undefined) continue;
        fusedLeaves += 1;
        for (const entry of cases) {
          const plain = ctxOf(entry);
          const value = leaf.read(plain);
          const expected = value === undefined ? UNKNOWN : leaf.operatorDefinition.test(value, leaf.arg, plain, leaf.params);
          expect(fused(ctxOf(entry)), `${node.source.id} on ${entry.record.id} at ${entry.asOf}`).toBe(expected);
          // the same context, the fact already read as a list: the fused form reads it from the cache
          expect(fused(plain), `${node.source.id} cached`).toBe(expected);
        }
      }
      expect(fusedLeaves).toBeGreaterThan(0);
    },
    60_000,
  );
});
