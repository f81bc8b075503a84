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
  test("Chinese: items by their labels, placements and cuts in words, levels by their names", () => {
    const lines = formatDiff("000-model-post.json", diff, "zh", labels);
    expect(lines[0]).toMatch(/^000-model-post\.json：\d+ 项规则有改动：.*修改“优质服务示范岗 一级示范岗”（000 §六\(二\)）/);
    expect(lines[1]).toBe("  0 人结论改变，8 人不变");
    expect(lines).toContain("  本轮：2 人名次改变；入选 6 → 8 人；暂定 → 暂定");
    expect(lines.filter((line) => line.startsWith("  Q-0"))).toEqual([
      expect.stringMatching(/^ {2}Q-04：新入选：未入选 → 拟定 一级示范岗；原因：.*“优质服务示范岗 一级示范岗”（000 §六\(二\)）/),
      expect.stringMatching(/^ {2}Q-05：新入选：未入选 → 拟定 一级示范岗；原因：/),
    ]);
    expect(lines).toContain("  一级示范岗：3/3，最后入选 Q-03（第 3 名，共 5 名） → 5/5");
    expect(lines.at(-1)).toBe("  本轮合计：6/12 → 8/12");
  });

  test("English: as the CLI has always printed it, ids and statuses as they are", () => {
    const lines = formatDiff("000-model-post.json", diff, "en");
    expect(lines[1]).toBe("  0 moved, 8 unchanged");
    expect(lines).toContain("  round: 2 placement(s) change; placed 6 → 8; provisional → provisional");
    expect(lines).toContain("  level 1: 3 of 3, last placed Q-03 (3rd of 5) → 5 of 5");
    expect(lines.at(-1)).toBe("  round: 6 of 12 → 8 of 12");
  });

  test("an item without a label falls back to its id (no item is dropped)", () => {
    const lines = formatDiff("x.json", { ...diff, round: undefined, changedItems: [{ id: "made.up", change: "added", citation: "000 §一" }] }, "zh", new Map());
    expect(lines[0]).toBe("x.json：1 项规则有改动：新增“made.up”（000 §一）");
  });
});
