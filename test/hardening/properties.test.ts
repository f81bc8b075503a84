import { readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluate, evaluateScored, type EvaluationResult } from "../../src/index.js";
import { fixtureJson } from "../support/templates.js";
import { FUZZ_SEED, fuzzRuns } from "./fuzzTally.js";

const rulebook = bundledRulebook();
const runs = fuzzRuns(200, 0.1);
const records = readdirSync(join(import.meta.dirname, "..", "..", "fixtures", "000"))
  .map((file) => fixtureJson(`000/${file}`))
  .filter((fixture) => fixture.asOf === "2026-11-26")
  .map((fixture) => fixture.input);

const RAISE: Record<string, string> = {
  incompetent: "basicallyCompetent",
  basicallyCompetent: "competent",
  competent: "good",
  qualified: "good",
  good: "excellent",
  excellent: "excellent",
};
type Rec = Record<string, any>;

/** Ways of giving someone more merit (or less demerit) under 000. */
const MERIT: ((record: Rec, pick: number) => Rec)[] = [
  (record, pick) => {
    const years = Object.keys(record.annualAppraisals ?? {});
    const year = years[pick % Math.max(years.length, 1)];
    return year === undefined ? record : { ...record, annualAppraisals: { ...record.annualAppraisals, [year]: RAISE[record.annualAppraisals[year]] } };
  },
  // Lists are only added to when given: giving a list where there was none adds knowledge (the list is
  // then complete), which may settle an unknown condition either way.
  (record) => (record.honours ? { ...record, honours: [...record.honours, { kind: "individualAdvanced", scope: "school", date: "2025-06-01" }] } : record),
  (record) => (record.competitionPrizes ? { ...record, competitionPrizes: [...record.competitionPrizes, { organiserTier: "logistics", place: 1, date: "2026-01-10" }] } : record),
  (record, pick) => {
    const field = ["complaints", "liabilityIncidents", "teamLiabilityIncidents", "misconductRecords"][pick % 4] as string;
    return Array.isArray(record[field]) ? { ...record, [field]: record[field].slice(1) } : record;
  },
  (record, pick) => {
    const keys = Object.keys(record.attestations ?? {});
    const key = keys[pick % Math.max(keys.length, 1)];
    return key === undefined ? record : { ...record, attestations: { ...record.attestations, [key]: "met" } };
  },
  (record) => ({ ...record, professionalTitle: "senior" }),
  (record) => (record.collectiveTitles ? { ...record, collectiveTitles: [...record.collectiveTitles, { date: "2025-12-01" }] } : record),
];

const rank = { fail: 0, unknown: 1, pass: 2 } as const;
const levelStatuses = (result: EvaluationResult) =>
  new Map(result.categories.flatMap((category) => category.levels.map((level) => [`${category.id}.${level.level}`, rank[level.status]] as const)));

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe("properties", () => {
  test("more merit never lowers a level: every level's status only rises (fail < unknown < pass)", () => {
    fc.assert(
      fc.property(fc.nat({ max: records.length - 1 }), fc.array(fc.tuple(fc.nat({ max: MERIT.length - 1 }), fc.nat()), { minLength: 1, maxLength: 4 }), (index, steps) => {
        const before = records[index] as Rec;
        const after = steps.reduce((record, [kind, pick]) => MERIT[kind]!(record, pick), before);
        const old = levelStatuses(evaluate(rulebook, before, { asOf: "2026-11-26" }));
        const now = levelStatuses(evaluate(rulebook, after, { asOf: "2026-11-26" }));
        for (const [key, status] of old) expect(now.get(key), key).toBeGreaterThanOrEqual(status);
      }),
      { seed: FUZZ_SEED, numRuns: runs },
    );
  });

  test("a veto always wins, whatever the scores (001 safety accident, 004 篇2 contracting out)", () => {
    const star = bundledRulebook("service-model-post-001");
    const plans = bundledRulebook("logistics-plans-004");
    const items = (max: number[]) => fc.tuple(...max.map((limit) => fc.integer({ min: 0, max: limit })));
    fc.assert(
      fc.property(items([5, 5, 5, 5, 10, 20, 20, 10, 10, 10]), fc.integer({ min: 0, max: 100 }), (scores, total) => {
        const starRecord: Record<string, unknown> = {
          id: "V-1",
          scores: { "service-star": { items: Object.fromEntries(scores.map((score, index) => [String(index + 1), score])) } },
          commendations: [],
          liabilityIncidents: [{ date: "2011-03-01", kind: "safety", major: false }],
          application: { award: "service-star", date: "2011-06-01" },
        };
        expect(evaluateScored(star, starRecord, { asOf: "2011-06-30", award: "service-star" })).toMatchObject({ status: "vetoed", grade: null, prize: null });
        const school: Record<string, unknown> = {
          id: "V-2",
          kind: "school",
          scores: { "school-logistics-evaluation": { items: { total } } },
          liabilityIncidents: [],
          hazards: [],
          administrativePenalties: [],
          complaints: [],
          flags: { canteenOrDormitoryContractedOut: true },
        };
        // 篇2: a vetoed school is neither 先进 nor 合格 but 限期整改 (五, 二3, 四1), whatever its score.
        expect(evaluateScored(plans, school, { asOf: "2026-11-26", award: "school-logistics-evaluation" })).toMatchObject({ status: "vetoed", grade: "rectify" });
      }),
      { seed: FUZZ_SEED, numRuns: runs },
    );
  });

  test("the same input gives the same output, and inputs are never mutated", () => {
    fc.assert(
      fc.property(fc.nat({ max: records.length - 1 }), (index) => {
        const input = deepFreeze(structuredClone(records[index]!));
        const copy = structuredClone(input);
        const first = evaluate(rulebook, input, { asOf: "2026-11-26" });
        expect(evaluate(rulebook, structuredClone(copy), { asOf: "2026-11-26" })).toEqual(first);
        expect(input).toEqual(copy);
      }),
      { seed: FUZZ_SEED, numRuns: Math.min(runs, records.length * 2) },
    );
  });
});
