import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { diffRulebooks, loadRulebook } from "../../src/index.js";
import { diffLabels, formatDiff } from "../../src/diff/formatDiff.js";

// fixtures/policy-changes/000-level1-quota-5 (its README.md): level 1's quota raised from 3 to 5 over 8
// ranked applicants; gain a level-1 place, nobody's qualification changes. No
// committee decision is given, so every place is proposed (000 §五(二)) and both rounds wait on it.
const root = join(import.meta.dirname, "..", "..");
const read = (path: string): unknown => JSON.parse(readFileSync(join(root, path), "utf8"));
const before = loadRulebook(read("rules/000-model-post.json"));
const after = loadRulebook(read("fixtures/policy-changes/000-level1-quota-5/000-model-post.json"));
const records = readFileSync(join(root, "fixtures/policy-changes/000-level1-quota-5/round.ndjson"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as unknown);
const diff = diffRulebooks(before, after, records, { asOf: "2026-11-26", round: {} });
const labels = diffLabels(before.rulebook, after.rulebook);

describe("formatDiff", () => {
  test("Chinese: items by their labels with the value old → new, people by name and id, cuts in words with why places are empty", () => {
    const lines = formatDiff("000-model-post.json", diff, "zh", labels);
    expect(lines[0]).toMatch(/^000-model-post\.json：\d+ 项规则有改动：.*修改“优质服务示范岗 一级示范岗”（000 §六\(二\)）：名额 3→5/);
    expect(lines[1]).toBe("  0 人结论改变，8 人不变");
    expect(lines).toContain("  本轮：2 人名次改变；入选 6 → 8 人；暂定 → 暂定");
    // are copies of one record, named 黄志明
    expect(lines.filter((line) => line.includes("（Q-0"))).toEqual([
      expect.stringMatching(/^ {2}黄志明（Q-04）：新入选：未入选 → 拟定 一级示范岗；原因：.*“优质服务示范岗 一级示范岗”（000 §六\(二\)）/),
      expect.stringMatching(/^ {2}黄志明（Q-05）：新入选：未入选 → 拟定 一级示范岗；原因：/),
    ]);
    expect(lines).toContain("  一级示范岗：3/3，最后入选 Q-03（第 3 名，共 5 名） → 5/5");
    // 000 §六(二): 12 a round, 6 held then 8: 6 and then 4 left empty
    expect(lines.at(-1)).toBe("  本轮合计：6/12（本轮 6 个名额空缺，不另增补） → 8/12（本轮 4 个名额空缺，不另增补）");
  });

  test("English: ids and statuses as they are, the value old → new, people by name and id", () => {
    const lines = formatDiff("000-model-post.json", diff, "en");
    expect(lines[0]).toMatch(/changed model-post\.level-1 \(000 §六\(二\)\) \[quota 3 → 5\]/);
    expect(lines[1]).toBe("  0 moved, 8 unchanged");
    expect(lines).toContain("  round: 2 placement(s) change; placed 6 → 8; provisional → provisional");
    expect(lines).toContain("  黄志明 (Q-04): gained: notPlaced → proposed level 1; because model-post.level-1 (000 §六(二))");
    expect(lines).toContain("  level 1: 3 of 3, last placed Q-03 (3rd of 5) → 5 of 5");
    expect(lines.at(-1)).toBe("  round: 6 of 12 (6 of the round's places stay empty) → 8 of 12 (4 of the round's places stay empty)");
  });

  test("an item without a label falls back to its id (no item is dropped)", () => {
    const lines = formatDiff("x.json", { ...diff, round: undefined, changedItems: [{ id: "made.up", change: "added", citation: "000 §一", values: [] }] }, "zh", new Map());
    expect(lines[0]).toBe("x.json：1 项规则有改动：新增“made.up”（000 §一）");
  });
});

describe("formatDiff: the walk-through's award (005)", () => {
  const source = read("fixtures/authoring/rules/005-excellent-cleaner.json") as { awards: { levels: { quota: { value: number } }[] }[] };
  const cleaner = loadRulebook(source);
  const cleanerRecords = read("fixtures/authoring/tests/round-records.json") as unknown[];

  test("a level-1 quota of 4 for 3 contenders: the empty place is said, and why", () => {
    // round-records.json: level 1 has 3 contenders (R-01–R-03; the guide's cut: R-02, 2nd of 3); with
    // 4 places all 3 are placed and 1 place stays empty. R-03 moves up from level 2, leaving level 2 with
    // of its 4 places.
    const raised = structuredClone(source);
    raised.awards[0]!.levels[0]!.quota.value = 4;
    const after = loadRulebook(raised);
    const lines = formatDiff("005.json", diffRulebooks(cleaner, after, cleanerRecords, { asOf: "2026-12-15", round: {} }), "zh", diffLabels(cleaner.rulebook, after.rulebook));
    expect(lines).toEqual([
      "005.json：1 项规则有改动：修改“优秀保洁员 一等优秀保洁员”（005 第一条）：名额 2→4",
      "  0 人结论改变，6 人不变",
      "  本轮：1 人名次改变；入选 5 → 5 人；已确定 → 已确定",
      "  钱三（R-03）：等级变动：入选 二等优秀保洁员 → 入选 一等优秀保洁员；原因：“优秀保洁员 一等优秀保洁员”（005 第一条）",
      "  一等优秀保洁员：2/2，最后入选 R-02（第 2 名，共 3 名） → 3/4（符合一等优秀保洁员条件的竞争者仅 3 名，1 个名额空缺）",
      "  二等优秀保洁员：3/4（符合二等优秀保洁员条件的竞争者仅 3 名，1 个名额空缺） → 2/4（符合二等优秀保洁员条件的竞争者仅 2 名，2 个名额空缺）",
    ]);
  });

  test("a deleted condition is said deleted; a changed threshold and a changed reward old → new", () => {
    // made by hand: what diffRulebooks gives when cleaner.1.2 is deleted and R-05 no longer reaches level 1
    const made = {
      awardId: "excellent-cleaner",
      asOf: "2026-12-15",
      changedItems: [
        { id: "basic.2", change: "changed" as const, citation: "005 第三条(二)", values: [{ field: "value", before: 0, after: 1 }] },
        { id: "cleaner.1.2", change: "removed" as const, citation: "005 第四条(二)", values: [] },
        { id: "excellent-cleaner.level-1", change: "changed" as const, citation: "005 第六条", values: [{ field: "reward.value", before: 500, after: 600 }] },
      ],
      changes: [
        {
          recordId: "R-05",
          name: "钱五",
          before: { status: "qualified" as const, category: "cleaner", level: 1 },
          after: { status: "qualified" as const, category: "cleaner", level: 2 },
          causes: [{ id: "cleaner.1.2", change: "removed" as const, before: "pass" as const, after: null, citation: "005 第四条(二)" }],
        },
      ],
      unchanged: 5,
      counts: [],
    };
    const labels = diffLabels(cleaner.rulebook, cleaner.rulebook);
    expect(formatDiff("005.json", made, "zh", labels)).toEqual([
      "005.json：3 项规则有改动：修改“近一年内无被投诉记录”（005 第三条(二)）：取值 0→1；删除“近两年内服务对象表扬经查属实3次以上”（005 第四条(二)）；修改“优秀保洁员 一等优秀保洁员”（005 第六条）：奖励 500→600",
      "  1 人结论改变，5 人不变",
      "  钱五（R-05）：符合条件 优秀保洁员 一等优秀保洁员 → 符合条件 优秀保洁员 二等优秀保洁员；原因：“近两年内服务对象表扬经查属实3次以上”符合→已删除",
    ]);
    expect(formatDiff("005.json", made, "en", labels)).toEqual([
      "005.json: 3 changed rule item(s): changed basic.2 (005 第三条(二)) [value 0 → 1], removed cleaner.1.2 (005 第四条(二)), changed excellent-cleaner.level-1 (005 第六条) [reward 500 → 600]",
      "  1 moved, 5 unchanged",
      "  钱五 (R-05): qualified cleaner 1 → qualified cleaner 2; because cleaner.1.2 pass→deleted",
    ]);
  });
});
