import { describe, expect, test } from "vitest";
import { AwardRulesError, bundledRulebook, evaluate, evaluateVerdicts, safeEvaluate, safeEvaluateVerdicts, type EvaluateOptions } from "../../src/index.js";
import { loadFixtures, nodesById, type Fixture } from "../support/fixtures.js";
import { thrownIssues } from "../support/issuesOf.js";

const rulebook = bundledRulebook();
const fixtures = loadFixtures("000");
const ASOF: EvaluateOptions = { asOf: "2026-11-26" };
type Input = Record<string, unknown>;

/** A level-1 qualifier who applied (admission known and passed): the input with revokedInPreviousRound false. */
const levelOneApplicant: Fixture = (() => {
  const found = fixtures.find((f) => f.expected.status === "qualified" && f.expected.level === 1 && f.input.application !== undefined && f.input.revokedInPreviousRound === false);
  if (!found) throw new Error("no level-1 fixture with an application");
  return found;
})();
const optionsOf = (fixture: Fixture): EvaluateOptions => ({ asOf: fixture.asOf, award: fixture.award });

const issuesOf = thrownIssues;

describe("bad options and applications", () => {
  const record = { id: "E-1" };
  test.each(["2026-13-01", "2026-02-30", "2026/11/26", "26-11-26", "2026-11-26T00:00", "", undefined, 20261126])("asOf %j → invalid_option at asOf", (asOf) => {
    const options = { asOf } as unknown as EvaluateOptions;
    for (const run of [() => evaluate(rulebook, record, options), () => evaluateVerdicts(rulebook, record, options)]) {
      expect(issuesOf(run)).toEqual([expect.objectContaining({ code: "invalid_option", path: ["asOf"] })]);
    }
  });

  test("no options at all → invalid_option, not a TypeError", () => {
    expect(issuesOf(() => evaluate(rulebook, record, undefined as unknown as EvaluateOptions))[0]?.code).toBe("invalid_option");
  });

  test("an award the rulebook lacks → unknown_award (and a compile error)", () => {
    // @ts-expect-error best-teacher is not an award of the bundled rulebook
    expect(issuesOf(() => evaluate(rulebook, record, { ...ASOF, award: "best-teacher" }))).toEqual([expect.objectContaining({ code: "unknown_award", path: ["award"] })]);
  });

  test("the award named explicitly gives the same result as the default first award", () => {
    expect(evaluate(rulebook, record, { ...ASOF, award: "model-post" })).toEqual(evaluate(rulebook, record, ASOF));
  });

  test.each(["teacher", "Party", "party.1"])("application.category %j not in the award → unknown_category", (category) => {
    const input = { id: "E-2", application: { category, date: "2026-11-21" } };
    for (const run of [() => evaluate(rulebook, input, ASOF), () => evaluateVerdicts(rulebook, input, ASOF)]) {
      expect(issuesOf(run)).toEqual([expect.objectContaining({ code: "unknown_category", path: ["application", "category"] })]);
    }
  });

  test("a bad record → invalid_record with its path", () => {
    expect(issuesOf(() => evaluate(rulebook, { id: 7 } as Record<string, unknown>, ASOF))).toEqual([expect.objectContaining({ code: "invalid_record", path: ["id"] })]);
  });
});

describe("safeEvaluate / safeEvaluateVerdicts", () => {
  test.each([
    [{ id: 7 }, ASOF],
    [{ id: "E-3" }, { asOf: "2026-02-30" }],
    [{ id: "E-3" }, { ...ASOF, award: "nope" }],
    [{ id: "E-3", application: { category: "teacher", date: "2026-11-21" } }, ASOF],
  ] as [Input, EvaluateOptions][])("%j %j → { success: false, error } with the issues evaluate throws", (input, options) => {
    const thrown = issuesOf(() => evaluate(rulebook, input, options));
    for (const result of [safeEvaluate(rulebook, input, options), safeEvaluateVerdicts(rulebook, input, options)]) {
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.error).toBeInstanceOf(AwardRulesError);
        expect(result.error.issues).toEqual(thrown);
      }
    }
  });

  test("success → { success: true, data } equal to what evaluate returns", () => {
    const { input } = levelOneApplicant;
    expect(safeEvaluate(rulebook, input, optionsOf(levelOneApplicant))).toEqual({ success: true, data: evaluate(rulebook, input, optionsOf(levelOneApplicant)) });
    expect(safeEvaluateVerdicts(rulebook, input, optionsOf(levelOneApplicant))).toEqual({
      success: true,
      data: evaluateVerdicts(rulebook, input, optionsOf(levelOneApplicant)),
    });
  });
});

describe("purity", () => {
  test("the same input twice gives deep-equal results, even with other evaluations in between", () => {
    const { input } = levelOneApplicant;
    const first = evaluate(rulebook, structuredClone(input), optionsOf(levelOneApplicant));
    for (const other of fixtures.slice(0, 10)) evaluate(rulebook, other.input, optionsOf(other));
    evaluate(rulebook, input, { asOf: "2027-11-22" });
    expect(evaluate(rulebook, structuredClone(input), optionsOf(levelOneApplicant))).toEqual(first);
  });

  test.each(fixtures.slice(0, 12).map((f) => [f.file, f] as const))("%s: the (deep-frozen) input is not mutated", (_file, fixture) => {
    const before = structuredClone(fixture.input);
    const deepFreeze = <T>(value: T): T => {
      if (value !== null && typeof value === "object") Object.values(Object.freeze(value)).forEach(deepFreeze);
      return value;
    };
    const input = deepFreeze(structuredClone(fixture.input));
    evaluate(rulebook, input, optionsOf(fixture));
    evaluateVerdicts(rulebook, input, optionsOf(fixture));
    expect(input).toEqual(before);
  });

  // compiled.windowCache shares resolved windows between evaluations of a date, and annualAppraisals'
  // value ({ years, ratings }) shows the window's years in result traces: they are frozen, so a caller
  // cannot change a later evaluation through a result.
  test("changing a returned trace does not change a later evaluation", () => {
    const input = levelOneApplicant.input;
    const options = { asOf: "2031-11-24" }; // a date no other test uses, so the shared cache entry is fresh
    const before = evaluate(rulebook, input, options);
    const snapshot = structuredClone(before);
    const appraisalLeaf = [...nodesById(before).values()].find((node) => node.facts[0]?.fact === "annualAppraisals");
    const years = (appraisalLeaf?.facts[0]?.value as { years: number[] }).years;
    expect(() => years.push(2031)).toThrow(TypeError); // a caller annotating a result
    expect(evaluate(rulebook, input, options)).toEqual(snapshot);
  });
});

describe("admission: revokedInPreviousRound not given", () => {
  test("everything else passing → pendingReview, missing revokedInPreviousRound (000 §六(七))", () => {
    const { revokedInPreviousRound: _dropped, ...input } = levelOneApplicant.input;
    const result = evaluate(rulebook, input, optionsOf(levelOneApplicant));
    expect(result).toMatchObject({ status: "pendingReview", category: null, level: null, reward: null, refusal: [] });
    expect(result.missingFacts).toContain("revokedInPreviousRound");
    expect(nodesById(result).get("admission.notRevoked")?.status).toBe("unknown");
    expect(nodesById(result).get("admission.window")?.status).toBe("pass");
    const applied = result.categories.find((category) => category.id === levelOneApplicant.expected.category);
    expect(applied?.highestLevel).toBe(1);
    expect(evaluateVerdicts(rulebook, input, optionsOf(levelOneApplicant))).toMatchObject({ status: "pendingReview", category: null, level: null });
  });

  test("given as true → refused, citing admission.notRevoked", () => {
    const result = evaluate(rulebook, { ...levelOneApplicant.input, revokedInPreviousRound: true } as Record<string, unknown>, optionsOf(levelOneApplicant));
    expect(result.status).toBe("refused");
    expect(result.refusal.map((entry) => entry.id)).toEqual(["admission.notRevoked"]);
    expect(result.refusal[0]?.citation).toBe("000 §六(七)");
  });
});

describe("reward (000 §六(四): 500 / 400 / 300 元/人)", () => {
  const REWARD: Record<number, number> = { 1: 500, 2: 400, 3: 300 };
  test.each(fixtures.filter((f) => f.expected.status === "qualified").map((f) => [f.file, f] as const))("%s", (_file, fixture) => {
    const result = evaluate(rulebook, fixture.input, optionsOf(fixture));
    expect(result.reward).toEqual({ value: REWARD[fixture.expected.level ?? 0], unit: "CNY per person" });
  });

  test("a level-1 qualifier gets 500 CNY per person", () => {
    expect(evaluate(rulebook, levelOneApplicant.input, optionsOf(levelOneApplicant)).reward).toEqual({ value: 500, unit: "CNY per person" });
  });

  test.each(fixtures.filter((f) => f.expected.status !== "qualified").map((f) => [f.file, f] as const))("%s: no reward", (_file, fixture) => {
    expect(evaluate(rulebook, fixture.input, optionsOf(fixture)).reward).toBeNull();
  });
});

describe("every trace node gives its reason in both languages with its citation", () => {
  test.each(fixtures.map((f) => [f.file, f] as const))("%s", (_file, fixture) => {
    const nodes = [...nodesById(evaluate(rulebook, fixture.input, optionsOf(fixture))).values()];
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(node.citation, node.id).toBe(`000 ${node.source.clause}`);
      expect(node.citation, node.id).toMatch(/^000 §/);
      for (const language of ["zh", "en"] as const) {
        expect(node.reason[language].trim().length, `${node.id} ${language}`).toBeGreaterThan(node.citation.length + 2);
        expect(node.reason[language], `${node.id} ${language}`).toContain(`(${node.citation})`);
        expect(node.reason[language], `${node.id} ${language}`).toContain(node.label[language]);
      }
    }
  });
});

describe("the traces of a result are built on first read and read as plain data", () => {
  test("JSON, a spread and a structured clone all hold them, equal to reading them", () => {
    const fixture = fixtures[0]!;
    const result = evaluate(bundledRulebook(), fixture.input, { asOf: fixture.asOf });
    const json = JSON.parse(JSON.stringify(result));
    expect(json.categories.length).toBeGreaterThan(0);
    expect(json.categories).toEqual(JSON.parse(JSON.stringify(result.categories)));
    const copies = [{ ...result }, structuredClone(result)];
    for (const copy of copies) {
      expect(Object.keys(copy)).toEqual([
        "awardId",
        "recordId",
        "asOf",
        "roundYear",
        "revision",
        "outsideEffectivePeriod",
        "status",
        "category",
        "level",
        "reward",
        "summary",
        "refusal",
        "missingFacts",
        "ifApplied",
        "application",
        "requirements",
        "categories",
        "excludedCategories",
      ]);
      expect(JSON.stringify(copy)).toBe(JSON.stringify(result));
    }
    result.categories = [];
    expect(result.categories).toEqual([]);
  });
});
