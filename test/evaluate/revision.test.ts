import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { bundledRulebook, bundledRulebookIds, evaluate, evaluateCohort, evaluateScored, evaluateVerdicts, explain, explainScored, safeLoadRulebook } from "../../src/index.js";

const FILES = readdirSync("rules").filter((name) => name.endsWith(".json"));
const rawOf = (id: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`rules/${FILES.find((name) => (JSON.parse(readFileSync(`rules/${name}`, "utf8")) as { id: string }).id === id) as string}`, "utf8")) as Record<
    string,
    unknown
  >;
const fixture = (path: string): { input: Record<string, unknown>; asOf: string; award: string } => JSON.parse(readFileSync(`fixtures/${path}`, "utf8"));
const notesText = (raw: Record<string, unknown>): string => JSON.stringify(raw.notes ?? []);

describe("every result says which revision of the policy it came from", () => {
  test.each(bundledRulebookIds())("%s: the rule file's version and dates, one frozen object, explained in its notes", (id) => {
    const raw = rawOf(id);
    const { revision } = bundledRulebook(id);
    expect(typeof raw.version).toBe("string");
    expect(revision).toEqual({ rulebookId: id, version: raw.version, effectiveFrom: raw.effectiveFrom ?? null, effectiveTo: raw.effectiveTo ?? null });
    expect(Object.isFrozen(revision)).toBe(true);
    // the reading notes say where the version and dates come from, or that the document gives none
    expect(notesText(raw)).toMatch(/Version and effective period/);
    if (raw.effectiveFrom === undefined) expect(notesText(raw)).toMatch(/effectiveFrom and effectiveTo are not set/);
  });

  test("evaluate, evaluateVerdicts and evaluateCohort share the rulebook's object (a reference, not a copy)", () => {
    const rulebook = bundledRulebook("model-post-000");
    const { input, asOf } = fixture("000/staff-l3-one-excellent-2024.json");
    expect(evaluate(rulebook, input, { asOf }).revision).toBe(rulebook.revision);
    expect(evaluateVerdicts(rulebook, input, { asOf }).revision).toBe(rulebook.revision);
    expect(evaluateCohort(rulebook, [input], { asOf }).revision).toBe(rulebook.revision);
    // 000 sets no effective period: no day is outside it
    expect(evaluateVerdicts(rulebook, input, { asOf: "1990-01-01" }).outsideEffectivePeriod).toBeNull();
  });

  test("an as-of date before 001's effectiveFrom is evaluated all the same, with the result saying so", () => {
    const rulebook = bundledRulebook("service-model-post-001");
    const from = rulebook.revision.effectiveFrom as string;
    expect(from).toBe("2010-09-15");
    const { input, award } = fixture("001/model-post-bonus-below-cap.json");
    const dayBefore = "2010-09-14";
    const before = evaluateScored(rulebook, input, { asOf: dayBefore, award });
    expect(before.outsideEffectivePeriod).toBe("before");
    expect(before.revision).toBe(rulebook.revision);
    expect(evaluateScored(rulebook, input, { asOf: from, award }).outsideEffectivePeriod).toBeNull();
    const zh = explainScored(before, { language: "zh" });
    expect(zh).toContain(`评定日期 ${dayBefore} 早于政策施行日期（${from}）`);
    expect(zh).toContain("后集委发〔2010〕15号");
    expect(explainScored(before, { language: "en" })).toContain(`the as-of date ${dayBefore} is before the policy took effect (${from})`);
  });

  test("a rule file with an end: after it, the note says so; explain names the period", () => {
    const json = { ...rawOf("model-post-000"), effectiveFrom: "2017-11-17", effectiveTo: "2020-10-31" };
    const loaded = safeLoadRulebook(json);
    if (!loaded.success) throw loaded.error;
    const { input } = fixture("000/staff-l3-one-excellent-2024.json");
    const result = evaluate(loaded.data, input, { asOf: "2026-11-26" });
    expect(result.outsideEffectivePeriod).toBe("after");
    expect(evaluateVerdicts(loaded.data, input, { asOf: "2020-10-31" }).outsideEffectivePeriod).toBeNull();
    const text = explain(result, { language: "en" });
    expect(text).toContain("in effect from 2017-11-17 to 2020-10-31");
    expect(text).toContain("after the policy ceased (2020-10-31)");
    // an explanation of a result stored as JSON reads the revision back
    expect(explain(JSON.parse(JSON.stringify(result)), { language: "zh" })).toContain("晚于政策截止日期（2020-10-31）");
  });

  test("the schema: version is required, dates are real ISO days in order", () => {
    const base = rawOf("model-post-000");
    const { version: _dropped, ...noVersion } = base;
    const missing = safeLoadRulebook(noVersion);
    expect(missing.success).toBe(false);
    if (!missing.success) expect(missing.error.issues.map((issue) => issue.path)).toContainEqual(["version"]);
    const reversed = safeLoadRulebook({ ...base, effectiveFrom: "2020-01-01", effectiveTo: "2019-12-31" });
    expect(reversed.success).toBe(false);
    if (!reversed.success) expect(reversed.error.issues[0]).toMatchObject({ path: ["effectiveTo"], messageId: "check.effectiveOrder" });
    const unreal = safeLoadRulebook({ ...base, effectiveFrom: "2019-02-30" });
    expect(unreal.success).toBe(false);
    if (!unreal.success) expect(unreal.error.issues[0]?.path).toEqual(["effectiveFrom"]);
  });
});
