import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cli } from "../support/cli.js";

// `award-rules diff … --round` over fixtures/policy-changes/000-level1-quota-5 (its README.md): the
// 000 rule file with level 1's quota (§六(二): 3名以内) raised to 5, and 8 applicants ranked 1–8.
// pass level 1 only; pass levels 2 and 3 only. Worked out by hand: with 3
// places are placed at level 1, Q-04 and Q-05 (no lower level) are not placed, Q-06–Q-08
// are placed at level 2 (4 places): 6 placed. With 5, Q-04 and Q-05 are placed at level 1 too: 8.
// Nobody's qualification changes — only the round sees quotas. No committee decision is given, so
// each place is proposed (000 §五(二)) and both rounds wait on the leading group (provisional).

const root = join(import.meta.dirname, "..", "..");
const before = "rules/000-model-post.json";
const after = "fixtures/policy-changes/000-level1-quota-5/000-model-post.json";
const records = "fixtures/policy-changes/000-level1-quota-5/round.ndjson";

interface Report {
  file: string;
  changedItems: { id: string; change: string; citation: string }[];
  changes: unknown[];
  unchanged: number;
  round?: {
    changes: { recordId: string; kind: string; before: unknown; after: unknown; causes: unknown[] }[];
    cuts: {
      key: string;
      before: { quota: number | null; placed: number; cut: string | null } | null;
      after: { quota: number | null; placed: number; cut: string | null } | null;
    }[];
    placed: { before: number; after: number };
    status: { before: string; after: string };
  };
}

describe("award-rules diff --round: level 1 raised from 3 to 5 places", () => {
  test("exactly Q-04 and Q-05 gain a place at level 1, caused by model-post.level-1; exit 1", () => {
    const outcome = cli("diff", before, after, records, "--as-of", "2026-11-26", "--round", "--lang", "en");
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toBe("");
    const lines = outcome.stdout.trimEnd().split("\n");
    // The fixture's copy may lag the bundled file in wording (interpretations), which diff also lists;
    // the one change that moves anyone is the level-1 quota.
    expect(lines[0]).toMatch(/^000-model-post\.json: \d+ changed rule item\(s\): .*changed model-post\.level-1 \(000 §六\(二\)\) \[quota 3 → 5\]/);
    expect(lines[1]).toBe("  0 moved, 8 unchanged");
    expect(lines).toContain("  round: 2 placement(s) change; placed 6 → 8; provisional → provisional");
    // each by the name on the record and its id (Q-01–Q-05 are all 黄志明, copies of one record)
    const moved = lines.filter((line) => /^ {2}\S+ \(Q-\d\d\):/.test(line));
    expect(moved.map((line) => line.slice(0, line.indexOf(";")))).toEqual([
      "  黄志明 (Q-04): gained: notPlaced → proposed level 1",
      "  黄志明 (Q-05): gained: notPlaced → proposed level 1",
    ]);
    for (const line of moved) expect(line).toMatch(/; because (.*, )?model-post\.level-1 \(000 §六\(二\)\)(,|$)/);
    expect(lines).toContain("  level 1: 3 of 3, last placed Q-03 (3rd of 5) → 5 of 5");
    // 000 §六(二): 12 a round; 6 held before and 8 after leave 6 and 4 empty
    expect(lines.at(-1)).toBe("  round: 6 of 12 (6 of the round's places stay empty) → 8 of 12 (4 of the round's places stay empty)");
  });

  test("--format json: the round's changes, the cut, the places, the status", () => {
    const outcome = cli("diff", before, after, records, "--as-of", "2026-11-26", "--round", "--format", "json");
    expect(outcome.code).toBe(1);
    const reports = JSON.parse(outcome.stdout) as Report[];
    expect(reports).toHaveLength(1);
    const [report] = reports;
    expect(report?.file).toBe("000-model-post.json");
    expect(report?.changedItems).toContainEqual({ id: "model-post.level-1", change: "changed", citation: "000 §六(二)", values: [{ field: "quota.value", before: 3, after: 5 }] });
    expect([report?.changes, report?.unchanged]).toEqual([[], 8]);
    const cause = { id: "model-post.level-1", change: "changed", citation: "000 §六(二)" };
    expect(report?.round?.changes.map((change) => ({ ...change, causes: change.causes.filter((entry) => (entry as { id: string }).id === cause.id) }))).toEqual(
      ["Q-04", "Q-05"].map((recordId) => ({
        recordId,
        name: "黄志明",
        kind: "gained",
        before: { status: "notPlaced", level: null, grade: null },
        after: { status: "proposed", level: 1, grade: null },
        causes: [cause],
      })),
    );
    expect(report?.round?.placed).toEqual({ before: 6, after: 8 });
    expect(report?.round?.status).toEqual({ before: "provisional", after: "provisional" });
    expect(report?.round?.cuts.map((cut) => cut.key)).toEqual(["level 1", "round"]);
    expect(report?.round?.cuts[0]?.before).toMatchObject({ quota: 3, proposed: 3, cut: "last placed Q-03 (3rd of 5)" });
    expect(report?.round?.cuts[0]?.after).toMatchObject({ quota: 5, proposed: 5 });
    expect(report?.round?.cuts[0]?.after?.cut ?? null).toBeNull();
  });

  test("without --round the same change moves nobody: 0 moved, no round, exit 0", () => {
    const outcome = cli("diff", before, after, records, "--as-of", "2026-11-26", "--lang", "en");
    expect(outcome.code).toBe(0);
    expect(outcome.stdout.split("\n").slice(1)).toEqual(["  0 moved, 8 unchanged", ""]);
  });

  test("the bundled file with only level 1's quota raised to 5, built here: exactly that item changes", () => {
    const rulebook = JSON.parse(readFileSync(join(root, before), "utf8")) as { awards: { levels: { level: number; quota: { value: number } }[] }[] };
    const levelOne = rulebook.awards[0]!.levels.find((level) => level.level === 1)!;
    expect(levelOne.quota.value).toBe(3);
    levelOne.quota.value = 5;
    const file = join(mkdtempSync(join(tmpdir(), "award-rules-diff-round-")), "000-model-post.json");
    writeFileSync(file, JSON.stringify(rulebook));
    const outcome = cli("diff", before, file, records, "--as-of", "2026-11-26", "--round", "--lang", "en");
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toBe(
      [
        "000-model-post.json: 1 changed rule item(s): changed model-post.level-1 (000 §六(二)) [quota 3 → 5]",
        "  0 moved, 8 unchanged",
        "  round: 2 placement(s) change; placed 6 → 8; provisional → provisional",
        "  黄志明 (Q-04): gained: notPlaced → proposed level 1; because model-post.level-1 (000 §六(二))",
        "  黄志明 (Q-05): gained: notPlaced → proposed level 1; because model-post.level-1 (000 §六(二))",
        "  level 1: 3 of 3, last placed Q-03 (3rd of 5) → 5 of 5",
        "  round: 6 of 12 (6 of the round's places stay empty) → 8 of 12 (4 of the round's places stay empty)",
        "",
      ].join("\n"),
    );
    // Back the other way: the two lose their places.
    const back = cli("diff", file, before, records, "--as-of", "2026-11-26", "--round", "--lang", "en");
    expect(back.code).toBe(1);
    expect(back.stdout).toContain("  黄志明 (Q-04): lost: proposed level 1 → notPlaced; because model-post.level-1 (000 §六(二))");
    expect(back.stdout).toContain("  level 1: 5 of 5 → 3 of 3, last placed Q-03 (3rd of 5)");
  });

  test("without --round, the JSON has no round", () => {
    const reports = JSON.parse(cli("diff", before, after, records, "--as-of", "2026-11-26", "--format", "json").stdout) as Report[];
    expect(reports[0]?.round).toBeUndefined();
  });
});

describe("award-rules diff --round: no change", () => {
  test("the same rule file on both sides: nothing changed, nobody moves, exit 0", () => {
    const outcome = cli("diff", before, before, records, "--as-of", "2026-11-26", "--round", "--lang", "en");
    expect(outcome).toEqual({
      code: 0,
      stdout: "000-model-post.json: 0 changed rule item(s): none\n  0 moved, 8 unchanged\n  round: 0 placement(s) change; placed 6 → 6; provisional → provisional\n",
      stderr: "",
    });
  });
});

describe("award-rules diff: folders and bad input", () => {
  test("folders are paired by file name: only 000 has a counterpart", () => {
    const proposed = mkdtempSync(join(tmpdir(), "award-rules-diff-"));
    mkdirSync(proposed, { recursive: true });
    copyFileSync(join(root, after), join(proposed, "000-model-post.json"));
    const outcome = cli("diff", "rules", proposed, records, "--as-of", "2026-11-26", "--round", "--format", "json");
    expect(outcome.code).toBe(1);
    const reports = JSON.parse(outcome.stdout) as Report[];
    expect(reports.map((report) => report.file)).toEqual(["000-model-post.json"]);
    expect(reports[0]?.round?.changes.map((change) => change.recordId)).toEqual(["Q-04", "Q-05"]);
  });

  test("no --as-of, or a rule file or JSON records file missing: exit 2", () => {
    expect(cli("diff", before, after, records, "--round", "--lang", "en")).toEqual({
      code: 2,
      stdout: "",
      stderr: "diff needs <before rules> <after rules> <records> and --as-of\n",
    });
    const rules = cli("diff", before, "fixtures/policy-changes/none.json", records, "--as-of", "2026-11-26", "--round");
    expect(rules.code).toBe(2);
    expect(rules.stderr).toContain("fixtures/policy-changes/none.json");
    const json = cli("diff", before, after, "fixtures/policy-changes/000-level1-quota-5/none.json", "--as-of", "2026-11-26", "--round");
    expect(json.code).toBe(2);
    expect(json.stderr).toContain("none.json");
  });

  // Was a bug (fixed: readRecords guards every file): README "Exit codes: … 2 bad input, with the file …". A missing NDJSON records file is not
  // turned into bad input: readRecords (src/cli/io.ts) calls readFileSync on .ndjson/.jsonl files
  // without the guard readJson has, so the raw ENOENT escapes runCli (the CLI would crash with a stack
  // trace) — for batch, diff and a test's recordsFile alike.
  test("a missing NDJSON records file: exit 2 naming it", () => {
    const missing = cli("diff", before, after, "fixtures/policy-changes/000-level1-quota-5/none.ndjson", "--as-of", "2026-11-26", "--round");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("none.ndjson");
  });
});
