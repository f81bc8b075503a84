import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadRulebook, type ChangedItem, type CompiledRulebook } from "../../src/index.js";
import { changedItems } from "../../src/review/index.js";
import { diffRound } from "../../src/diff/diffRound.js";

// diffRound on its own. Two rounds, worked out by hand:
//
// 000 (fixtures/policy-changes/000-level1-quota-5, its README): 8 applicants ranked 1–8
// pass level 1 only, Q-06–Q-08 levels 2 and 3 only. Level 1 holds 3: at level 1, Q-04 and
// Q-05 not placed, Q-06–Q-08 at level 2 — 6 places. Holding 5: at level 1 too — 8.
// 000's places are proposed until the leading group approves them (§五(二)): no decisions are given
// here, so each place is `proposed` and both rounds wait on the committee (provisional).
//
// 005 (the authoring guide, fixtures/authoring/tests/round-records.json, 2026-12-15): pass
// levels 1 and 2, R-04 and R-05 level 2 only, R-06 has a complaint in 近一年 (nothing); ranked 1–6.
// Level 1 holds 2, level 2 holds 4: at level 1; R-03 moved down; at level 2.

const root = join(import.meta.dirname, "..", "..");
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), "utf8"));
const ndjson = (path: string): unknown[] =>
  readFileSync(join(root, path), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as unknown);

type Json = Record<string, any>;
const modelPostJson = (): Json => readJson("rules/000-model-post.json") as Json;
const cleanerJson = (): Json => readJson("fixtures/authoring/rules/005-excellent-cleaner.json") as Json;
const load = (json: unknown): CompiledRulebook => loadRulebook(json);

const quotaRecords = ndjson("fixtures/policy-changes/000-level1-quota-5/round.ndjson");
const cleanerRecords = readJson("fixtures/authoring/tests/round-records.json") as unknown[];
const model = { asOf: "2026-11-26", award: "model-post" };
const clean = { asOf: "2026-12-15", award: "excellent-cleaner" };

/** 000 with level 1 holding `places`. */
function modelPost(places: number): CompiledRulebook {
  const json = modelPostJson();
  json.awards[0].levels.find((level: Json) => level.level === 1).quota.value = places;
  return load(json);
}
/** 005 with edits. */
function cleaner(edit: (json: Json) => void = () => undefined): CompiledRulebook {
  const json = cleanerJson();
  edit(json);
  return load(json);
}
const diff = (before: CompiledRulebook, after: CompiledRulebook, records: unknown[], options: { asOf: string; award: string }, causes = new Map<string, ChangedItem[]>()) =>
  diffRound(before, after, records, options, changedItems(before.rulebook, after.rulebook), causes);

describe("diffRound: level 1 of 000 raised from 3 to 5 places", () => {
  const before = modelPost(3);
  const after = modelPost(5);
  const cause = { id: "model-post.level-1", change: "changed", citation: "000 §六(二)" };

  test("exactly Q-04 and Q-05 gain a place at level 1, caused by the level's quota", () => {
    const round = diff(before, after, quotaRecords, model);
    expect(round.changes).toEqual([
      {
        recordId: "Q-04",
        name: "黄志明",
        kind: "gained",
        before: { status: "notPlaced", level: null, grade: null },
        after: { status: "proposed", level: 1, grade: null },
        causes: [cause],
      },
      {
        recordId: "Q-05",
        name: "黄志明",
        kind: "gained",
        before: { status: "notPlaced", level: null, grade: null },
        after: { status: "proposed", level: 1, grade: null },
        causes: [cause],
      },
    ]);
    expect(round.placed).toEqual({ before: 6, after: 8 });
    expect(round.status).toEqual({ before: "provisional", after: "provisional" });
  });

  test("only the lines whose places changed are listed: level 1, 3 of 3 (Q-03 the last, 3rd of 5) → 5 of 5, and the round's total", () => {
    const { cuts } = diff(before, after, quotaRecords, model);
    // level 3 has no contender either way (its note alone changes: 5 + 3 placed above leave 4 of the round's 12)
    expect(cuts.map((cut) => cut.key)).toEqual(["level 1", "round"]);
    expect(cuts[0]?.before).toMatchObject({ key: "level 1", quota: 3, placed: 0, proposed: 3, empty: 0, cut: "last placed Q-03 (3rd of 5)" });
    expect(cuts[0]?.after).toMatchObject({ key: "level 1", quota: 5, placed: 0, proposed: 5, empty: 0, cut: null });
    expect(cuts[1]?.before).toMatchObject({ key: "round", quota: 12, proposed: 6, empty: 6 });
    expect(cuts[1]?.after).toMatchObject({ key: "round", quota: 12, proposed: 8, empty: 4 });
  });

  test("the other way round: the two lose their places", () => {
    const round = diff(after, before, quotaRecords, model);
    expect(round.changes.map((change) => [change.recordId, change.kind, change.after.status])).toEqual([
      ["Q-04", "lost", "notPlaced"],
      ["Q-05", "lost", "notPlaced"],
    ]);
    expect(round.placed).toEqual({ before: 8, after: 6 });
  });

  test("the same rulebook on both sides: no change, no cut", () => {
    expect(diff(before, before, quotaRecords, model)).toEqual({ changes: [], cuts: [], placed: { before: 6, after: 6 }, status: { before: "provisional", after: "provisional" } });
  });

  test("a condition cause given for a candidate comes after the round's settings", () => {
    const extra: ChangedItem = { id: "staff.1.3", change: "changed", citation: "000 §四(二)1(3)", values: [] };
    const round = diff(before, after, quotaRecords, model, new Map([["Q-05", [extra]]]));
    expect(round.changes.find((change) => change.recordId === "Q-04")?.causes).toEqual([cause]);
    expect(round.changes.find((change) => change.recordId === "Q-05")?.causes).toEqual([cause, { id: extra.id, change: extra.change, citation: extra.citation }]);
  });

  test("no ranks: five tied for three places are left to the committee (provisional); with five places, all placed", () => {
    const unranked = quotaRecords.map((record) => {
      const { committeeRank: _rank, ...rest } = record as Json;
      return rest;
    });
    const round = diff(before, after, unranked, model);
    expect(round.status).toEqual({ before: "provisional", after: "provisional" });
    expect(round.changes.map((change) => [change.recordId, change.kind, change.before.status, change.after.status])).toEqual(
      ["Q-01", "Q-02", "Q-03", "Q-04", "Q-05"].map((id) => [id, "provisional", "provisional", "proposed"]),
    );
  });
});

describe("diffRound: 005, the authoring guide's round", () => {
  test("level 1 holding 3: R-03 moves from level 2 to level 1; both cuts change", () => {
    const after = cleaner((json) => (json.awards[0].levels[0].quota.value = 3));
    const round = diff(cleaner(), after, cleanerRecords, clean);
    expect(round.changes).toEqual([
      {
        recordId: "R-03",
        name: "钱三",
        kind: "moved",
        before: { status: "placed", level: 2, grade: null },
        after: { status: "placed", level: 1, grade: null },
        causes: [{ id: "excellent-cleaner.level-1", change: "changed", citation: "005 第一条" }],
      },
    ]);
    expect(round.placed).toEqual({ before: 5, after: 5 });
    expect(round.cuts.map((cut) => [cut.key, cut.before?.placed, cut.before?.quota, cut.after?.placed, cut.after?.quota])).toEqual([
      ["level 1", 2, 2, 3, 3],
      ["level 2", 3, 4, 2, 4],
    ]);
    expect(round.cuts[0]?.before?.cut).toBe("last placed R-02 (2nd of 3)");
  });

  test("第四条(二) 3次以上 → 2次以上: R-05 now passes level 1 but ranks 4th of 4 — nobody's place changes; the level-1 cut reads 2nd of 4", () => {
    const after = cleaner((json) => (json.awards[0].categories[0].levels[0].conditions.any[1].value = 2));
    const round = diff(cleaner(), after, cleanerRecords, clean);
    expect(round.changes).toEqual([]);
    expect(round.cuts).toEqual([
      {
        key: "level 1",
        before: expect.objectContaining({ quota: 2, placed: 2, cut: "last placed R-02 (2nd of 3)" }),
        after: expect.objectContaining({ quota: 2, placed: 2, cut: "last placed R-02 (2nd of 4)" }),
      },
    ]);
  });

  test('R-06\'s complaint allowed (basic.2 at most 1) and level 2 holding 3: R-06 qualifies but is not placed — "other"', () => {
    // After: R-06 (2025 优秀, a verified commendation) passes both levels, rank 6. Level 1 (2): R-01,
    // R-02; move down. Level 2 (3): placed; R-06 not placed.
    const after = cleaner((json) => {
      json.awards[0].requirements.all[1].value = 1;
      json.awards[0].levels[1].quota.value = 3;
    });
    const items = changedItems(cleaner().rulebook, after.rulebook);
    expect(items.map((item) => item.id).sort()).toEqual(["basic.2", "excellent-cleaner.level-2"]);
    const basic2 = items.find((item) => item.id === "basic.2")!;
    const round = diffRound(cleaner(), after, cleanerRecords, clean, items, new Map([["R-06", [basic2]]]));
    expect(round.changes).toEqual([
      {
        recordId: "R-06",
        name: "钱六",
        kind: "other",
        before: { status: "notQualified", level: null, grade: null },
        after: { status: "notPlaced", level: null, grade: null },
        // The round's settings (the level-2 quota) first, then the condition that turned for R-06;
        // basic.2 is not a round setting, so it is not given to anyone else.
        causes: [
          { id: "excellent-cleaner.level-2", change: "changed", citation: "005 第一条" },
          { id: "basic.2", change: "changed", citation: "005 第三条(二)" },
        ],
      },
    ]);
    expect(round.cuts.map((cut) => cut.key)).toEqual(["level 1", "level 2"]);
    expect(round.cuts[1]).toMatchObject({ before: { quota: 4, placed: 3 }, after: { quota: 3, placed: 3 } });
  });
});
