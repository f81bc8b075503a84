import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { EvaluationContext, scaleRanks } from "../../src/compile/context.js";
import type { CompiledRulebook } from "../../src/compile/compileRulebook.js";
import type { CompiledParams } from "../../src/compile/params.js";
import { generateAwardEvaluation, walkEvaluation } from "../../src/compile/generateEvaluation.js";
import { bundledRulebook, loadRulebook, parseCandidate, type CandidateRecord } from "../../src/index.js";
import { mulberry32, syntheticRecord } from "../bench/generate.js";
import { loadFixtures } from "../support/fixtures.js";

const random = mulberry32(78);
const generated = Array.from({ length: 2000 }, (_, index) => parseCandidate(syntheticRecord(random, index)));
const fixtures = loadFixtures("000").flatMap((fixture) => {
  try {
    return [{ record: parseCandidate(fixture.input), asOf: fixture.asOf }];
  } catch {
    return [];
  }
});
const sorted = (names: string[]): string[] => [...new Set(names)].sort();

function compare(compiled: CompiledRulebook, cases: { record: CandidateRecord; asOf: string }[]): number {
  const award = compiled.awards[0]!;
  const evaluation = generateAwardEvaluation(award, scaleRanks(compiled.rulebook));
  expect(evaluation).toBeTypeOf("function");
  let missingSome = 0;
  for (const { record, asOf } of cases) {
    const ctx = () => new EvaluationContext(record, asOf, compiled.rulebook.windows, compiled.slotCount, compiled.windowCache);
    const fromCode: string[] = [];
    const fromWalk: string[] = [];
    const verdicts = evaluation!(ctx(), fromCode);
    expect(verdicts, `${record.id} ${asOf}`).toEqual(walkEvaluation(award, award.verdicts, ctx(), fromWalk));
    // the verdicts are the award's own
    expect(verdicts).toEqual(award.verdicts(ctx(), record.application !== undefined));
    expect(sorted(fromCode), `${record.id} ${asOf}`).toEqual(sorted(fromWalk));
    if (fromWalk.length > 0) missingSome += 1;
  }
  return missingSome;
}

describe("the generated evaluation gives the verdicts and the missing inputs walking gives", () => {
  test("000 on generated records (applicants and not, two dates) and every fixture", () => {
    const missingSome = compare(bundledRulebook(), [
      ...generated.map((record) => ({ record, asOf: "2026-11-26" })),
      ...generated.slice(0, 400).map((record) => ({ record, asOf: "2025-06-30" })),
      ...fixtures,
    ]);
    // the comparison is not empty-handed: many records still miss inputs
    expect(missingSome).toBeGreaterThan(500);
  });

  test("the authoring walk-through's award", () => {
    const compiled = loadRulebook(JSON.parse(readFileSync(join(import.meta.dirname, "../../fixtures/authoring/rules/005-excellent-cleaner.json"), "utf8")));
    compare(
      compiled,
      generated.slice(0, 500).map((record) => ({ record, asOf: "2026-11-26" })),
    );
  });
});

describe("facts whose missing inputs are fixed per leaf", () => {
  test("name what `missing` names for a value not given, whatever the record", async () => {
    const { FACTS } = await import("../../src/compile/facts/index.js");
    const compiled = bundledRulebook();
    const ctx = new EvaluationContext(generated[0]!, "2026-11-26", compiled.rulebook.windows, compiled.slotCount, compiled.windowCache);
    const fixed = Object.entries(FACTS).filter(([, fact]) => fact.missingWhenUnknown !== undefined);
    expect(fixed.map(([name]) => name)).toContain("attestation");
    for (const [, fact] of fixed) {
      for (const item of ["staff.1.1", "party.2.3", "x"]) {
        const params = { item } as unknown as CompiledParams;
        expect(fact.missingWhenUnknown!(params)).toEqual(fact.missing(ctx, params, undefined));
      }
    }
  });
});
