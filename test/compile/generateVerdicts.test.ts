import { describe, expect, test } from "vitest";
import { EvaluationContext, scaleRanks } from "../../src/compile/context.js";
import { generateAwardVerdicts, walkVerdicts } from "../../src/compile/generateVerdicts.js";
import { bundledRulebook, loadRulebook, parseCandidate, type CandidateRecord } from "../../src/index.js";
import { mulberry32, syntheticRecord } from "../bench/generate.js";
import { loadFixtures } from "../support/fixtures.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const random = mulberry32(77);
const generated = Array.from({ length: 3000 }, (_, index) => parseCandidate(syntheticRecord(random, index)));
// some records say what they know was absent
const withAbsence = generated.slice(0, 300).map((record, index) => {
  const { complaints: _complaints, economicTargets: _targets, ...rest } = record;
  return parseCandidate({
    ...rest,
    id: `K-${index}`,
    knownAbsent: { annualAppraisals: ["2023"], complaints: ["2024", "2025", "2026"], economicTargets: ["2025"] },
    annualAppraisals: Object.fromEntries(Object.entries(record.annualAppraisals ?? {}).filter(([year]) => year !== "2023")),
  });
});
const fixtures = loadFixtures("000").flatMap((fixture) => {
  try {
    return [{ record: parseCandidate(fixture.input), asOf: fixture.asOf }];
  } catch {
    return [];
  }
});

describe("the generated verdict function gives what walking the compiled trees gives", () => {
  test("000 on generated records (two dates), records with known absences, and every fixture", () => {
    const compiled = bundledRulebook();
    const award = compiled.awards[0]!;
    const cases: { record: CandidateRecord; asOf: string }[] = [
      ...generated.map((record) => ({ record, asOf: "2026-11-26" })),
      ...generated.slice(0, 500).map((record) => ({ record, asOf: "2025-06-30" })),
      ...withAbsence.map((record) => ({ record, asOf: "2026-11-26" })),
      ...fixtures,
    ];
    const ctx = (entry: (typeof cases)[number]) => new EvaluationContext(entry.record, entry.asOf, compiled.rulebook.windows, compiled.slotCount, compiled.windowCache);
    for (const entry of cases) {
      for (const applied of [false, true]) {
        expect(award.verdicts(ctx(entry), applied), `${entry.record.id} ${entry.asOf} ${applied}`).toEqual(walkVerdicts(award, ctx(entry), applied));
      }
    }
  });

  test("the authoring walk-through's award too, and the fallback when code cannot be generated", () => {
    const compiled = loadRulebook(JSON.parse(readFileSync(join(import.meta.dirname, "../../fixtures/authoring/rules/005-excellent-cleaner.json"), "utf8")));
    const award = compiled.awards[0]!;
    for (const record of generated.slice(0, 500)) {
      const ctx = () => new EvaluationContext(record, "2026-11-26", compiled.rulebook.windows, compiled.slotCount, compiled.windowCache);
      expect(award.verdicts(ctx(), false)).toEqual(walkVerdicts(award, ctx(), false));
    }
    const original = globalThis.Function;
    try {
      (globalThis as { Function: unknown }).Function = function Forbidden() {
        throw new EvalError("code generation is not allowed here");
      };
      const fallback = generateAwardVerdicts(bundledRulebook().awards[0]!, scaleRanks(bundledRulebook().rulebook));
      const ctx = () => new EvaluationContext(generated[0]!, "2026-11-26", bundledRulebook().rulebook.windows, bundledRulebook().slotCount);
      expect(fallback(ctx(), false)).toEqual(walkVerdicts(bundledRulebook().awards[0]!, ctx(), false));
    } finally {
      (globalThis as { Function: unknown }).Function = original;
    }
  });

  test("a rule file's text enters the generated code only as literals: a value written as code stays a value", () => {
    const json = JSON.parse(readFileSync(join(import.meta.dirname, "../../rules/000-model-post.json"), "utf8"));
    // a scale value is free text, and a scale filter writes each value it admits into the code
    const hostile = 'x" || (globalThis.__awardRulesInjected = true) || "';
    json.scales.scope.values.push({ value: hostile, rank: 9, label: { zh: "注入", en: "injected" } });
    const compiled = loadRulebook(json);
    expect(JSON.stringify(compiled.rulebook.scales)).toContain("__awardRulesInjected");
    const award = compiled.awards[0]!;
    for (const record of generated.slice(0, 300)) {
      const ctx = () => new EvaluationContext(record, "2026-11-26", compiled.rulebook.windows, compiled.slotCount, compiled.windowCache);
      expect(award.verdicts(ctx(), false)).toEqual(walkVerdicts(award, ctx(), false));
    }
    expect((globalThis as { __awardRulesInjected?: boolean }).__awardRulesInjected).toBeUndefined();
  });
});
