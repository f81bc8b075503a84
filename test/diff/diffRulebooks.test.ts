import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { bundledRulebook, diffRulebooks, loadRulebook, type Condition } from "../../src/index.js";
import { changedItems } from "../../src/review/index.js";
import { movesOf } from "../../src/diff/diffRulebooks.js";
import { runCli } from "../../src/cli/run.js";
import { fixtureJson } from "../support/templates.js";

const source = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "rules", "000-model-post.json"), "utf8"));
const current = bundledRulebook();
const records = readdirSync(join(import.meta.dirname, "..", "..", "fixtures", "000"))
  .map((file) => fixtureJson(`000/${file}`))
  .filter((fixture) => fixture.asOf === "2026-11-26")
  .map((fixture) => fixture.input);

function findNode(node: Condition, id: string): Condition | undefined {
  if (node.id === id) return node;
  for (const child of [...(node.all ?? []), ...(node.any ?? []), ...(node.of ?? []), ...(node.not ? [node.not] : [])]) {
    const found = findNode(child, id);
    if (found) return found;
  }
  return undefined;
}

/** The rule file with management level 2's economic target raised from 10% to 15% (000 §四(三)2(7)②). */
function raisedTarget() {
  const json = structuredClone(source);
  const management = json.awards[0].categories.find((category: { id: string }) => category.id === "management");
  const node = findNode(management.levels[1].conditions, "management.2.7.2")!;
  node.value = 0.15;
  node.label = { zh: "上一年度超额完成后勤下达经济指标 15% 以上", en: "exceeded the logistics economic target by 15% or more in the previous year" };
  return loadRulebook(json);
}

describe("policy diff: management level 2's target raised from 10% to 15%", () => {
  // Worked out from the fixtures' own data: the records passing 二级管理示范岗 (7)② alone with an excess in
  // [10%, 15%) are M-008 (2025: 560 against a target of 500, 12% over) and M-A02 (exactly 10%); both still meet
  // level 3 (≥ 5%), so they move from level 2 to level 3. The 19.9% record stays at level 2; records reaching
  // level 2 another way stay.
  const diff = diffRulebooks(current, raisedTarget(), records, { asOf: "2026-11-26" });

  test("names the one changed rule item", () => {
    // the threshold 10% → 15%; the label changes too, but words are not values
    expect(diff.changedItems).toEqual([{ id: "management.2.7.2", change: "changed", citation: "000 §四(三)2(7)②", values: [{ field: "value", before: 0.1, after: 0.15 }] }]);
  });

  test("moves exactly the people the text says, with the cause", () => {
    const moved = records.filter((record) => {
      const target = (record.economicTargets as Record<string, { target: number; actual: number }> | undefined)?.["2025"];
      return target !== undefined && target.actual / target.target - 1 >= 0.1 && target.actual / target.target - 1 < 0.15;
    });
    expect(moved.map((record) => record.id).sort(), "records 10–15% over target").toEqual(["M-008", "M-A02"]);
    expect(movesOf(diff)).toEqual({ "M-008": "qualified management 2 → qualified management 3", "M-A02": "qualified management 2 → qualified management 3" });
    for (const change of diff.changes) {
      expect(change.causes).toEqual([{ id: "management.2.7.2", change: "changed", before: "pass", after: "fail", citation: "000 §四(三)2(7)②" }]);
    }
    expect(diff.unchanged).toBe(records.length - 2);
  });

  test("counts per level move by the two", () => {
    const management = (level: number) => diff.counts.find((entry) => entry.category === "management" && entry.level === level)!;
    expect(management(2).after).toBe(management(2).before - 2);
    expect(management(3).after).toBe(management(3).before + 2);
  });

  test("an unchanged rulebook changes nothing", () => {
    const same = diffRulebooks(current, loadRulebook(structuredClone(source)), records, { asOf: "2026-11-26" });
    expect(same.changedItems).toEqual([]);
    expect(same.changes).toEqual([]);
  });

  test("changedItems sees windows, added and removed nodes", () => {
    const json = structuredClone(source);
    json.windows.threeYears.years = 4;
    const party1 = json.awards[0].categories[0].levels[0].conditions;
    party1.all = party1.all.filter((node: Condition) => node.id !== "party.1.5");
    const items = changedItems(current.rulebook, loadRulebook(json).rulebook);
    expect(items.map((item) => `${item.change} ${item.id}`)).toEqual(["changed party.1", "removed party.1.5", "changed window:threeYears"]);
  });
});

describe("a policy diff over a round compares the allocation under the quotas", () => {
  const folder = join(import.meta.dirname, "..", "..", "fixtures", "policy-changes", "000-level1-quota-5");
  const proposed = loadRulebook(JSON.parse(readFileSync(join(folder, "000-model-post.json"), "utf8")));
  const records = readFileSync(join(folder, "round.ndjson"), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as unknown);

  test("level 1 raised from 3 to 5 places exactly the two it should (worked out in the folder's README)", () => {
    const diff = diffRulebooks(bundledRulebook(), proposed, records, { asOf: "2026-11-26", round: {} });
    expect(diff.changes).toEqual([]); // nobody's own outcome changes: only the places do
    expect(diff.round?.changes.map((change) => [change.recordId, change.kind, change.after.level])).toEqual([
      ["Q-04", "gained", 1],
      ["Q-05", "gained", 1],
    ]);
    expect(diff.round?.changes[0]?.causes.map((cause) => cause.id)).toEqual(["model-post.level-1"]);
    expect(diff.round?.placed).toEqual({ before: 6, after: 8 });
    // 000's places are proposed until the leading group approves them (§五(二)): none is given here
    expect(diff.round?.cuts.map((cut) => [cut.key, cut.before?.proposed, cut.after?.proposed])).toEqual([
      ["level 1", 3, 5],
      ["round", 6, 8],
    ]);
  });

  test("the CLI says so and exits 1", () => {
    const outcome = runCli([
      "diff",
      "rules/000-model-post.json",
      join(folder, "000-model-post.json"),
      join(folder, "round.ndjson"),
      "--as-of",
      "2026-11-26",
      "--round",
      "--lang",
      "en",
    ]);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain("黄志明 (Q-04): gained: notPlaced → proposed level 1; because model-post.level-1 (000 §六(二))");
    expect(runCli(["diff", "rules/000-model-post.json", join(folder, "000-model-post.json"), join(folder, "round.ndjson"), "--as-of", "2026-11-26"]).code).toBe(0);
  });
});
