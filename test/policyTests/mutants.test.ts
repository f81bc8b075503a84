import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { bundledRulebook, loadRulebook, type Rulebook } from "../../src/index.js";
import { mutantsOf, type Mutant } from "../../src/policyTests/mutants.js";

// The careless edits mutantsOf makes. For 005 (fixtures/authoring/rules/005-excellent-cleaner.json)
// the whole list is worked out by hand from the file: 29 edits — the docs' "25 … edits (…; 4 more
// refused by the loader)". Other kinds (weights, shares, band edges, dated windows, the application
// window, the round quota) are taken from the bundled rule files.

const root = join(import.meta.dirname, "..", "..");
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), "utf8"));
const cleanerRulebook = (): Rulebook => structuredClone(loadRulebook(readJson("fixtures/authoring/rules/005-excellent-cleaner.json")).rulebook);
const bundled = (id: string): Rulebook => structuredClone(bundledRulebook(id).rulebook);
const row = (mutant: Mutant): [string, string, string, string] => [mutant.path, mutant.item, mutant.description.en, mutant.clause];
const at = (value: unknown, path: string): unknown => path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);

describe("mutantsOf: every careless edit of 005, in order", () => {
  test("windows (read ones), then each level's quota and reward, then each condition tree", () => {
    expect(mutantsOf(cleanerRulebook()).map(row)).toEqual([
      // 近一年 (lastYear), 近两年 (twoYears), 上一年度 (previousYear): their lengths one year down and up.
      ["windows.lastYear.years", "window:lastYear", "years 1 → 0", "005 第三条(二)"],
      ["windows.lastYear.years", "window:lastYear", "years 1 → 2", "005 第三条(二)"],
      ["windows.twoYears.years", "window:twoYears", "years 2 → 1", "005 第四条(二)"],
      ["windows.twoYears.years", "window:twoYears", "years 2 → 3", "005 第四条(二)"],
      ["windows.previousYear.years", "window:previousYear", "years 1 → 0", "005 第四条(一)"],
      ["windows.previousYear.years", "window:previousYear", "years 1 → 2", "005 第四条(一)"],
      // 第一条: 一等不超过2名, 600元; 二等不超过4名, 300元.
      ["awards.0.levels.0.quota.value", "excellent-cleaner.level-1", "level 1 quota 2 → 1", "005 第一条"],
      ["awards.0.levels.0.quota.value", "excellent-cleaner.level-1", "level 1 quota 2 → 3", "005 第一条"],
      ["awards.0.levels.0.reward.value", "excellent-cleaner.level-1", "level 1 reward 600 → 599", "005 第一条"],
      ["awards.0.levels.0.reward.value", "excellent-cleaner.level-1", "level 1 reward 600 → 601", "005 第一条"],
      ["awards.0.levels.1.quota.value", "excellent-cleaner.level-2", "level 2 quota 4 → 3", "005 第一条"],
      ["awards.0.levels.1.quota.value", "excellent-cleaner.level-2", "level 2 quota 4 → 5", "005 第一条"],
      ["awards.0.levels.1.reward.value", "excellent-cleaner.level-2", "level 2 reward 300 → 299", "005 第一条"],
      ["awards.0.levels.1.reward.value", "excellent-cleaner.level-2", "level 2 reward 300 → 301", "005 第一条"],
      // 第三条: all → any; basic.1 满两年 (≥ 2): 以上 ↔ 超过 and 2 ± 1; basic.2 无投诉 (at most 0): 0 ± 1;
      // basic.3 (an attestation, equal "met"): nothing.
      ["awards.0.requirements", "basic", "all → any", "005 第三条"],
      ["awards.0.requirements.all.0.operator", "basic.1", "greaterThanInclusive → greaterThan", "005 第三条(一)"],
      ["awards.0.requirements.all.0.value", "basic.1", "value 2 → 1", "005 第三条(一)"],
      ["awards.0.requirements.all.0.value", "basic.1", "value 2 → 3", "005 第三条(一)"],
      ["awards.0.requirements.all.1.value", "basic.2", "value 0 → -1", "005 第三条(二)"],
      ["awards.0.requirements.all.1.value", "basic.2", "value 0 → 1", "005 第三条(二)"],
      // The audience (role equal "staff"): nothing. 第四条 满足其一: any → all, each option removed;
      // (一) 优秀 at least once: minTimes 1 ± 1; (二) 3次以上: 3 ± 1 (its where: verified true, nothing).
      ["awards.0.categories.0.levels.0.conditions", "cleaner.1", "any → all", "005 第四条"],
      ["awards.0.categories.0.levels.0.conditions.any", "cleaner.1", "option cleaner.1.1 removed", "005 第四条"],
      ["awards.0.categories.0.levels.0.conditions.any", "cleaner.1", "option cleaner.1.2 removed", "005 第四条"],
      ["awards.0.categories.0.levels.0.conditions.any.0.value.minTimes", "cleaner.1.1", "minTimes 1 → 0", "005 第四条(一)"],
      ["awards.0.categories.0.levels.0.conditions.any.0.value.minTimes", "cleaner.1.1", "minTimes 1 → 2", "005 第四条(一)"],
      ["awards.0.categories.0.levels.0.conditions.any.1.value", "cleaner.1.2", "value 3 → 2", "005 第四条(二)"],
      ["awards.0.categories.0.levels.0.conditions.any.1.value", "cleaner.1.2", "value 3 → 4", "005 第四条(二)"],
      // 第五条 1次以上: 1 ± 1.
      ["awards.0.categories.0.levels.1.conditions.value", "cleaner.2", "value 1 → 0", "005 第五条"],
      ["awards.0.categories.0.levels.1.conditions.value", "cleaner.2", "value 1 → 2", "005 第五条"],
    ]);
  });

  test("the Chinese words of the edits", () => {
    const zh = Object.fromEntries(mutantsOf(cleanerRulebook()).map((mutant) => [`${mutant.path} ${mutant.description.en}`, mutant.description.zh]));
    // each names the item by its label and clause (005's words) and says the change as the clause would
    expect(zh["awards.0.categories.0.levels.0.conditions.any option cleaner.1.2 removed"]).toBe(
      "删去「下列条件满足其一」（005 第四条）的选项「近两年内服务对象表扬经查属实3次以上」",
    );
    expect(zh["awards.0.requirements all → any"]).toBe("将「基本条件」（005 第三条）的“全部满足”改为“满足其一”");
    expect(zh["windows.twoYears.years years 2 → 3"]).toBe("将「近两年（自评审日往前推算）」（005 第四条(二)）的“年数 2”改为“年数 3”");
    expect(zh["awards.0.requirements.all.0.operator greaterThanInclusive → greaterThan"]).toBe("将「在后勤工作满两年」（005 第三条(一)）的“不少于 2”改为“多于 2”");
  });

  test("apply makes the edit in the rulebook given; undo restores it exactly", () => {
    const rulebook = cleanerRulebook();
    const before = structuredClone(rulebook);
    const mutants = mutantsOf(rulebook);
    const find = (en: string, item: string) => mutants.find((mutant) => mutant.description.en === en && mutant.item === item)!;
    const requirements = (): Record<string, unknown> => rulebook.awards[0]!.requirements as unknown as Record<string, unknown>;
    const levelOne = (): Record<string, unknown> => rulebook.awards[0]!.categories[0]!.levels[0]!.conditions;

    find("all → any", "basic").apply();
    expect(requirements().all).toBeUndefined();
    expect((requirements().any as { id: string }[]).map((child) => child.id)).toEqual(["basic.1", "basic.2", "basic.3"]);
    find("all → any", "basic").undo();

    find("option cleaner.1.1 removed", "cleaner.1").apply();
    expect((levelOne().any as { id: string }[]).map((child) => child.id)).toEqual(["cleaner.1.2"]);
    find("option cleaner.1.1 removed", "cleaner.1").undo();

    find("greaterThanInclusive → greaterThan", "basic.1").apply();
    expect((requirements().all as { operator: string }[])[0]?.operator).toBe("greaterThan");
    find("greaterThanInclusive → greaterThan", "basic.1").undo();

    find("years 2 → 3", "window:twoYears").apply();
    expect(rulebook.windows.twoYears).toMatchObject({ years: 3 });
    find("years 2 → 3", "window:twoYears").undo();

    find("level 1 quota 2 → 3", "excellent-cleaner.level-1").apply();
    expect(rulebook.awards[0]!.levels[0]!.quota?.value).toBe(3);
    find("level 1 quota 2 → 3", "excellent-cleaner.level-1").undo();

    for (const mutant of mutants) {
      mutant.apply();
      mutant.undo();
    }
    expect(rulebook).toEqual(before);
  });

  // The Mutant interface documents `path` as "Where in the rule file, e.g.
  // awards.0.levels.0.quota.value", and mutation-equivalents.json entries are matched on it: an edit
  // inside a condition tree is named by the tree's place in the file, not by its id.
  test("every edit's path leads to the place it edits in the rule file", () => {
    const rulebook = cleanerRulebook();
    for (const mutant of mutantsOf(rulebook)) {
      expect(at(rulebook, mutant.path), mutant.path).toBeDefined();
    }
  });
});

describe("mutantsOf: what is not edited", () => {
  test("a window no condition reads is not edited; the same window, once read, is", () => {
    const rulebook = cleanerRulebook() as unknown as { windows: Record<string, unknown>; awards: { requirements: { all: { params?: Record<string, unknown> }[] } }[] };
    rulebook.windows.spare = { kind: "yearsUpToAsOf", years: 5, source: { document: "005", clause: "附" }, label: { zh: "近五年", en: "the last 5 years" } };
    const items = (): string[] => mutantsOf(rulebook as unknown as Rulebook).map((mutant) => mutant.item);
    expect(items()).not.toContain("window:spare");
    rulebook.awards[0]!.requirements.all[1]!.params = { window: "spare" };
    expect(
      mutantsOf(rulebook as unknown as Rulebook)
        .filter((mutant) => mutant.item === "window:spare")
        .map((mutant) => mutant.description.en),
    ).toEqual(["years 5 → 4", "years 5 → 6"]);
    // …and the window it stopped reading, lastYear, is no longer edited.
    expect(items()).not.toContain("window:lastYear");
  });

  test("an any of one option: any → all, but no option removed", () => {
    const rulebook = cleanerRulebook();
    const conditions = rulebook.awards[0]!.categories[0]!.levels[0]!.conditions;
    conditions.any = conditions.any!.slice(0, 1);
    const edits = mutantsOf(rulebook)
      .filter((mutant) => mutant.item === "cleaner.1")
      .map((mutant) => mutant.description.en);
    expect(edits).toEqual(["any → all"]);
  });

  test("a boolean filter, an attestation and a text value give no edit", () => {
    const items = mutantsOf(cleanerRulebook()).map((mutant) => mutant.item);
    expect(items).not.toContain("basic.3");
    expect(items).not.toContain("cleaner.audience");
    expect(mutantsOf(cleanerRulebook()).filter((mutant) => mutant.path.includes(".where."))).toEqual([]);
  });
});

describe("mutantsOf: the other kinds, on the bundled rule files", () => {
  test("000: the application window's dates one day each way, and the round quota", () => {
    const rows = mutantsOf(bundled("model-post-000")).map(row);
    expect(rows.filter(([, item]) => item === "model-post.calendar")).toEqual([
      ["awards.0.calendar.applicationWindow.from", "model-post.calendar", "application window from −1 day", "000 §五(一)"],
      ["awards.0.calendar.applicationWindow.from", "model-post.calendar", "application window from +1 day", "000 §五(一)"],
      ["awards.0.calendar.applicationWindow.to", "model-post.calendar", "application window to −1 day", "000 §五(一)"],
      ["awards.0.calendar.applicationWindow.to", "model-post.calendar", "application window to +1 day", "000 §五(一)"],
    ]);
    expect(rows.filter(([, item]) => item === "model-post.roundQuota")).toEqual([
      ["awards.0.roundQuota.value", "model-post.roundQuota", "round quota 12 → 11", "000 §六(二)"],
      ["awards.0.roundQuota.value", "model-post.roundQuota", "round quota 12 → 13", "000 §六(二)"],
    ]);
  });

  test("000: the application window edits move 20 Nov – 25 Nov by a day", () => {
    const rulebook = bundled("model-post-000");
    const edits = mutantsOf(rulebook).filter((mutant) => mutant.item === "model-post.calendar");
    const seen = edits.map((mutant) => {
      mutant.apply();
      const window = rulebook.awards[0]!.calendar!.applicationWindow;
      const dates = `${window.from}–${window.to}`;
      mutant.undo();
      return dates;
    });
    expect(seen).toEqual(["11-19–11-25", "11-21–11-25", "11-20–11-24", "11-20–11-26"]);
  });

  test("001: a window of fixed dates, each end one day each way", () => {
    const rulebook = bundled("service-model-post-001");
    const edits = mutantsOf(rulebook).filter((mutant) => mutant.item === "window:activity");
    const seen = edits.map((mutant) => {
      mutant.apply();
      const window = rulebook.windows.activity as { from: string; to: string };
      const dates = `${mutant.description.en}: ${window.from} – ${window.to}`;
      mutant.undo();
      return dates;
    });
    // 时间跨度为2010年9月至2011年6月: 2010-09-01 – 2011-06-30.
    expect(seen).toEqual([
      "from −1 day: 2010-08-31 – 2011-06-30",
      "from +1 day: 2010-09-02 – 2011-06-30",
      "to −1 day: 2010-09-01 – 2011-06-29",
      "to +1 day: 2010-09-01 – 2011-07-01",
    ]);
    expect(edits.map((mutant) => mutant.path)).toEqual(["windows.activity.from", "windows.activity.from", "windows.activity.to", "windows.activity.to"]);
  });

  test("003: a weight moved one step to the next component, keeping the sum", () => {
    const rulebook = bundled("service-month-2017-003");
    const weights = mutantsOf(rulebook).filter((mutant) => mutant.path.startsWith("scoredAwards.0.composite.") && mutant.path.endsWith(".weight"));
    // 附1 三、1: 工作 40%, 检查 30%, 满意度 30%: one step is 0.1.
    expect(weights.map(row)).toEqual([
      ["scoredAwards.0.composite.components.0.weight", "excellent-organisation.work", "weight work +0.1, inspection −0.1", "003 附1 三、1"],
      ["scoredAwards.0.composite.components.1.weight", "excellent-organisation.inspection", "weight inspection +0.1, satisfaction −0.1", "003 附1 三、1"],
      ["scoredAwards.0.composite.components.2.weight", "excellent-organisation.satisfaction", "weight satisfaction +0.1, work −0.1", "003 附1 三、1"],
    ]);
    const components = rulebook.scoredAwards[0]!.composite!.components;
    weights[2]!.apply();
    expect(components.map((component) => component.weight)).toEqual([0.3, 0.3, 0.4]);
    weights[2]!.undo();
    expect(components.map((component) => component.weight)).toEqual([0.4, 0.3, 0.3]);
  });

  test("003: a count quota one up and down", () => {
    const rows = mutantsOf(bundled("service-month-2017-003")).map(row);
    expect(rows.filter(([path]) => path === "scoredAwards.0.quota.value")).toEqual([
      ["scoredAwards.0.quota.value", "excellent-organisation.quota", "quota 2 → 1", "003 附1 二(一)"],
      ["scoredAwards.0.quota.value", "excellent-organisation.quota", "quota 2 → 3", "003 附1 二(一)"],
    ]);
  });

  test("004: a share one unit of its last decimal place (0.12 → 0.11, 0.13)", () => {
    const rows = mutantsOf(bundled("logistics-plans-004")).map(row);
    expect(rows.filter(([path]) => path === "scoredAwards.1.quota.share")).toEqual([
      ["scoredAwards.1.quota.share", "staff-appraisal.quota", "share 0.12 → 0.11", "004 篇11 第五条4"],
      ["scoredAwards.1.quota.share", "staff-appraisal.quota", "share 0.12 → 0.13", "004 篇11 第五条4"],
    ]);
  });

  test("004: a band edge one up and down, and inclusive ↔ exclusive", () => {
    const rulebook = bundled("logistics-plans-004");
    const edits = mutantsOf(rulebook).filter((mutant) => mutant.item === "school-logistics-evaluation.band-qualified");
    // 篇2 二3: 合格 from 80 (inclusive) to 90 (exclusive).
    expect(edits.map((mutant) => [mutant.path, mutant.description.en])).toEqual([
      ["scoredAwards.0.grades.bands.1.min.value", "qualified min 80 → 79"],
      ["scoredAwards.0.grades.bands.1.min.value", "qualified min 80 → 81"],
      ["scoredAwards.0.grades.bands.1.min.inclusive", "qualified min inclusive ↔ exclusive"],
      ["scoredAwards.0.grades.bands.1.max.value", "qualified max 90 → 89"],
      ["scoredAwards.0.grades.bands.1.max.value", "qualified max 90 → 91"],
      ["scoredAwards.0.grades.bands.1.max.inclusive", "qualified max inclusive ↔ exclusive"],
    ]);
    expect(new Set(edits.map((mutant) => mutant.clause))).toEqual(new Set(["004 篇2 二3"]));
    const band = rulebook.scoredAwards[0]!.grades!.bands[1]!;
    edits[5]!.apply();
    expect(band.max).toMatchObject({ value: 90, inclusive: true });
    edits[5]!.undo();
    expect(band.max).toMatchObject({ value: 90, inclusive: false });
  });

  test("004: a pay rule's constants (篇1: tiers 150 apart, a fault 10–100 yuan)", () => {
    const rows = mutantsOf(bundled("logistics-plans-004")).map(row);
    expect(rows.filter(([path]) => path.startsWith("payRules.0.constants.")).map(([path, item, en]) => [path, item, en])).toEqual([
      ["payRules.0.constants.0.value", "performance-pay.tierGap", "tierGap 150 → 149"],
      ["payRules.0.constants.0.value", "performance-pay.tierGap", "tierGap 150 → 151"],
      ["payRules.0.constants.1.value", "performance-pay.deductionMin", "deductionMin 10 → 9"],
      ["payRules.0.constants.1.value", "performance-pay.deductionMin", "deductionMin 10 → 11"],
      ["payRules.0.constants.2.value", "performance-pay.deductionMax", "deductionMax 100 → 99"],
      ["payRules.0.constants.2.value", "performance-pay.deductionMax", "deductionMax 100 → 101"],
    ]);
  });
});
