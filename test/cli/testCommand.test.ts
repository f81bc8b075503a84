import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { equivalentsBeside, rulebookLookup } from "../../src/cli/commands/test.js";
import { runCli } from "../../src/cli/run.js";
import { readTestCases } from "../../src/cli/testFiles.js";

// `award-rules test`, run through runCli from the repository root. Expected outputs are worked out
// from fixtures/authoring/rules/005-excellent-cleaner.json and the authoring tests' records.

const root = join(import.meta.dirname, "..", "..");
const io = { progress: () => undefined, writeFile: () => undefined };
function inRoot<T>(run: () => T): T {
  const cwd = process.cwd();
  process.chdir(root);
  try {
    return run();
  } finally {
    process.chdir(cwd);
  }
}
const cli = (...argv: string[]) => inRoot(() => runCli(argv, io));
const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, path), "utf8"));
const dir = mkdtempSync(join(tmpdir(), "award-rules-test-command-"));
const write = (name: string, json: unknown): string => {
  const file = join(dir, name);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, JSON.stringify(json, null, 2));
  return file;
};

const level1 = "fixtures/authoring/tests/level1-excellent-appraisal.json";
const level2 = "fixtures/authoring/tests/level2-one-verified-commendation.json";
const rules = "fixtures/authoring/rules";
// C-03 qualifies at level 2 (第五条); this copy claims level 1.
const wrongLevel = write("wrong-level.json", { ...readJson(level2), expected: { status: "qualified", level: 1 } });

describe("award-rules test: exit codes and the report", () => {
  test("all pass: exit 0, a ✓ line per test and the count", () => {
    const outcome = cli("test", level2, "--rules", rules, "--lang", "en");
    expect(outcome).toEqual({ code: 0, stdout: `✓ 二等：经查属实的表扬只有 1 次 (${level2})\n1 test(s): 1 passed, 0 failed\n`, stderr: "" });
  });

  test("one fails: exit 1; the failure shows what differs, expected and actual side by side (English)", () => {
    const outcome = cli("test", level2, wrongLevel, "--rules", rules, "--lang", "en");
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toBe(
      [
        `✓ 二等：经查属实的表扬只有 1 次 (${level2})`,
        `✗ 二等：经查属实的表扬只有 1 次 (${wrongLevel})`,
        "    level",
        "      expected 1        | actual 2",
        "2 test(s): 1 passed, 1 failed",
        "",
      ].join("\n"),
    );
  });

  test("…and in Chinese (the default): 应为 | 实为", () => {
    const outcome = cli("test", wrongLevel, "--rules", rules);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toBe([`✗ 二等：经查属实的表扬只有 1 次 (${wrongLevel})`, "    等级", "      应为 1    | 实为 2", "共 1 项测试：0 项通过，1 项未通过", ""].join("\n"));
  });

  test("a condition's difference: by id in English, by its words and clause in Chinese", () => {
    const file = write("wrong-condition.json", { ...readJson(level2), expected: { conditions: { "cleaner.2": "fail" } } });
    expect(cli("test", file, "--rules", rules, "--lang", "en").stdout).toContain("    condition cleaner.2\n      expected fail     | actual pass\n");
    expect(cli("test", file, "--rules", rules).stdout).toContain("    条件“近两年内服务对象表扬经查属实1次以上”（005 第五条）\n      应为 不符合 | 实为 符合\n");
  });
});

describe("award-rules test: bad input exits 2", () => {
  test("no test named", () => {
    expect(cli("test", "--rules", rules)).toEqual({ code: 2, stdout: "", stderr: "test needs test files or folders\n" });
  });

  test("a file or folder that does not exist, named", () => {
    const missing = join(dir, "missing.json");
    const outcome = cli("test", missing, "--rules", rules, "--lang", "en");
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe("");
    expect(outcome.stderr).toContain(`${missing}: no such file or folder`);
    expect(cli("test", missing, "--rules", rules).stderr).toContain(`${missing}：文件或文件夹不存在`);
  });

  test("a test file that does not fit the schema: its file and the path in it", () => {
    const file = write("bad-date.json", { ...readJson(level2), asOf: "15/12/2026" });
    const outcome = cli("test", level2, file, "--rules", rules, "--lang", "en");
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe("");
    expect(outcome.stderr).toContain(`invalid_test at ${file}.asOf`);
  });

  // Was a bug (fixed: each error names its own file): runCli prefixes every bad-input message with the first file on the command line, not the file
  // at fault: here "fixtures/authoring/tests/level2-one-verified-commendation.json: invalid_test at
  // /tmp/…/bad-date.json.asOf: …" — the line starts by naming a test that is fine (README: exit 2
  // "with the file, the path in it and the problem").
  test("…and the message does not start by naming another test that is fine", () => {
    const file = write("bad-date-2.json", { ...readJson(level2), asOf: "15/12/2026" });
    const outcome = cli("test", level2, file, "--rules", rules);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).not.toContain(level2);
  });

  test("a test file that is not JSON", () => {
    const file = join(dir, "broken.json");
    writeFileSync(file, "{ not json");
    const outcome = cli("test", file);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain(file);
  });

  test("--rules naming nothing", () => {
    expect(cli("test", level2, "--rules", join(dir, "no-rules")).code).toBe(2);
  });

  // Was a bug (fixed: exit 2 before anything runs): README "Exit codes: … 2 bad input"; a test naming a rulebook id that neither --rules
  // nor the bundled files have cannot run at all, yet `test` reports it as a failing test
  // ("no rulebook nope-999", expected nope-999 | actual —) and exits 1, as if the rules had given a
  // different outcome.
  test("a test naming a rulebook id nobody has: exit 2, naming it", () => {
    const file = write("unknown-rulebook.json", { ...readJson(level2), rulebook: "nope-999" });
    const outcome = cli("test", file, "--rules", rules);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain("nope-999");
  });

  test("a test naming a rulebook id nobody has is at least never a pass", () => {
    const file = write("unknown-rulebook-2.json", { ...readJson(level2), rulebook: "nope-999" });
    const outcome = cli("test", file, "--rules", rules, "--lang", "en");
    expect(outcome.code).not.toBe(0);
    expect(`${outcome.stdout}${outcome.stderr}`).toContain("nope-999");
  });

  // README "2 bad input, with the file, the path in it and the problem": a level written as text
  // ("two") is named at expected.level, with the problem (a number expected), not as a mismatch of the
  // record and round expectations.
  test("a wrong value in expected: the path of the value and the real problem", () => {
    const file = write("level-as-text.json", { ...readJson(level2), expected: { level: "two" } });
    const outcome = cli("test", file, "--rules", rules, "--lang", "en");
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain("expected.level");
    expect(outcome.stderr).toMatch(/expected number, received string/);
    expect(outcome.stderr).not.toContain("Unrecognized key");
  });
});

describe("award-rules test: finding tests, rules and records", () => {
  const folder = join(dir, "folder");
  const withSchema = { $schema: "../../rules/schema/policy-test.schema.json" };
  // Found: a test naming the schema, and one in a subfolder. Left alone: a test without $schema (it
  // would fail), a rule file, a records file.
  write("folder/a-level2.json", { ...readJson(level2), ...withSchema });
  write("folder/sub/b-level1.json", { ...readJson(level1), ...withSchema });
  const noSchema = write("folder/c-no-schema.json", { ...readJson(level2), $schema: undefined, expected: { level: 1 } });
  copyFileSync(join(root, rules, "005-excellent-cleaner.json"), join(folder, "005-excellent-cleaner.json"));
  copyFileSync(join(root, "fixtures/authoring/tests/round-records.json"), join(folder, "round-records.json"));

  test("a folder: only .json files whose $schema ends in policy-test.schema.json, subfolders included, in name order", () => {
    const outcome = cli("test", folder, "--rules", rules, "--lang", "en");
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toBe(
      [
        `✓ 二等：经查属实的表扬只有 1 次 (${join(folder, "a-level2.json")})`,
        `✓ 一等：上一年度考核优秀 (${join(folder, "sub", "b-level1.json")})`,
        "2 test(s): 2 passed, 0 failed",
        "",
      ].join("\n"),
    );
  });

  test("a file named on its own is run, $schema or not", () => {
    const outcome = cli("test", noSchema, "--rules", rules, "--lang", "en");
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain("1 test(s): 0 passed, 1 failed");
  });

  test("a recordsFile is read from beside the test (JSON array or NDJSON)", () => {
    const round = write("round/round-level1-full.json", readJson("fixtures/authoring/tests/round-level1-full.json"));
    copyFileSync(join(root, "fixtures/authoring/tests/round-records.json"), join(dir, "round", "round-records.json"));
    expect(cli("test", round, "--rules", rules).code).toBe(0);
    const cases = readTestCases([round]);
    expect(cases[0]?.records?.map((record) => (record as { id: string }).id)).toEqual(["R-01", "R-02", "R-03", "R-04", "R-05", "R-06"]);
    // 000-round.json reads 000-round.ndjson beside it: 18 records.
    expect(inRoot(() => readTestCases(["fixtures/rounds/000-round.json"]))[0]?.records).toHaveLength(18);
  });

  test("a recordsFile (JSON) that is not there: exit 2 naming it", () => {
    const file = write("round-missing/round.json", { ...readJson("fixtures/authoring/tests/round-level1-full.json"), recordsFile: "gone.json" });
    const outcome = cli("test", file, "--rules", rules);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain("gone.json");
  });

  // Was a bug (fixed): the same with an NDJSON recordsFile: readRecords (src/cli/io.ts) reads .ndjson files without
  // the guard readJson has, so the raw ENOENT escapes runCli instead of exit 2 naming the file.
  test("a recordsFile (NDJSON) that is not there: exit 2 naming it", () => {
    const file = write("round-missing/round-ndjson.json", { ...readJson("fixtures/authoring/tests/round-level1-full.json"), recordsFile: "gone.ndjson" });
    const outcome = cli("test", file, "--rules", rules);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain("gone.ndjson");
  });

  test("without --rules a test of a rule file that is not bundled finds no rulebook: exit 2", () => {
    const outcome = cli("test", level2, "--lang", "en");
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain("no rulebook excellent-cleaner-005");
  });

  test("--rules comes before the bundled file of the same id: level 1 holding 5 moves R-04 up in the 000 round", () => {
    // fixtures/rounds/000-round.json expects R-04, 4th of the 4 level-1 contenders, at level 2 (level 1
    // holds 3). The proposed file (same id, model-post-000) lets level 1 hold 5: R-04 is placed at level 1.
    const proposed = join(dir, "proposed");
    mkdirSync(proposed, { recursive: true });
    copyFileSync(join(root, "fixtures/policy-changes/000-level1-quota-5/000-model-post.json"), join(proposed, "000-model-post.json"));
    expect(cli("test", "fixtures/rounds/000-round.json").code).toBe(0);
    const outcome = cli("test", "fixtures/rounds/000-round.json", "--rules", proposed, "--format", "json");
    expect(outcome.code).toBe(1);
    const report = JSON.parse(outcome.stdout) as { results: { failures: { path: string; expected: unknown; actual: unknown }[] }[] };
    const failures = report.results[0]?.failures.map((failure) => [failure.path, failure.expected, failure.actual]);
    expect(failures).toContainEqual(["expected.placements.R-04.level", 2, 1]);
    expect(failures).toContainEqual(["expected.quotas.0", { key: "level 1", quota: 3, placed: 3 }, { key: "level 1", quota: 5, placed: 4 }]);
  });

  test("rulebookLookup: the --rules files by id, then the bundled ones; undefined for neither", () => {
    const lookup = inRoot(() => rulebookLookup(rules));
    expect(lookup("excellent-cleaner-005")?.rulebook.id).toBe("excellent-cleaner-005");
    expect(lookup("model-post-000")?.rulebook.id).toBe("model-post-000");
    expect(lookup("nope-999")).toBeUndefined();
  });
});

describe("award-rules test --format json", () => {
  test("the report: results (name, rulebook, award, passed, failures, file), passed, failed — nothing else without --coverage or --mutate", () => {
    const outcome = cli("test", level2, wrongLevel, "--rules", rules, "--format", "json");
    expect(outcome.code).toBe(1);
    const report = JSON.parse(outcome.stdout) as Record<string, unknown>;
    expect(Object.keys(report).sort()).toEqual(["failed", "passed", "results"]);
    expect(report).toEqual({
      results: [
        { name: "二等：经查属实的表扬只有 1 次", rulebook: "excellent-cleaner-005", award: "excellent-cleaner", passed: true, failures: [], file: level2 },
        {
          name: "二等：经查属实的表扬只有 1 次",
          rulebook: "excellent-cleaner-005",
          award: "excellent-cleaner",
          passed: false,
          failures: [
            {
              path: "expected.level",
              expected: 1,
              actual: 2,
              message: { zh: "等级：应为 1，实为 2", en: "level: expected 1, got 2" },
              // the values as the Chinese report shows them
              shownZh: { expected: "1", actual: "2" },
            },
          ],
          file: wrongLevel,
        },
      ],
      passed: 1,
      failed: 1,
    });
  });

  test("--coverage and --mutate add coverage and mutation", () => {
    const outcome = cli("test", level1, level2, "--rules", rules, "--coverage", "--mutate", "--format", "json");
    expect(outcome.code).toBe(0);
    const report = JSON.parse(outcome.stdout) as {
      coverage: { rulebook: string; total: number; covered: number; percent: number; nodes: unknown[]; uncovered: { id: string; missing: string }[] }[];
      mutation: { rulebook: string; total: number; caught: number; refused: number; survived: unknown[]; percent: number }[];
    };
    expect(Object.keys(report).sort()).toEqual(["coverage", "failed", "mutation", "passed", "results"]);
    // C-01 (level 1 by 第四条(一)) and C-03 (level 2 only): cleaner.1 and cleaner.1.1 decided both ways.
    expect(report.coverage.map((entry) => [entry.rulebook, entry.covered, entry.total, entry.percent, entry.nodes.length])).toEqual([["excellent-cleaner-005", 2, 9, 22.2, 9]]);
    expect(report.mutation).toHaveLength(1);
    expect(report.mutation[0]).toMatchObject({ rulebook: "excellent-cleaner-005", total: 29, refused: 4 });
    const { caught, survived, percent } = report.mutation[0]!;
    expect(caught + survived.length).toBe(25);
    expect(percent).toBe(Math.floor((caught / 25) * 1000) / 10);
  });

  test("--mutate runs only when every test passes", () => {
    const json = JSON.parse(cli("test", level2, wrongLevel, "--rules", rules, "--mutate", "--format", "json").stdout) as Record<string, unknown>;
    expect(json.mutation).toBeUndefined();
    const text = cli("test", level2, wrongLevel, "--rules", rules, "--mutate", "--lang", "en");
    expect(text.code).toBe(1);
    expect(text.stdout).not.toContain("edits");
  });
});

describe("award-rules test --coverage --mutate in words", () => {
  test("--coverage: after the report, the share and each node not covered, with the way missing", () => {
    const outcome = cli("test", level1, level2, "--rules", rules, "--coverage", "--lang", "en");
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toBe(
      [
        `✓ 一等：上一年度考核优秀 (${level1})`,
        `✓ 二等：经查属实的表扬只有 1 次 (${level2})`,
        "2 test(s): 2 passed, 0 failed",
        "",
        "excellent-cleaner-005: 2 of 9 conditions decided an outcome both ways in the tests (22.2%)",
        "  basic (005 第三条): never decided by failing",
        "  basic.1 (005 第三条(一)): never decided by failing",
        "  basic.2 (005 第三条(二)): never decided by failing",
        "  basic.3 (005 第三条(三)): never decided by failing",
        "  cleaner.audience (005 第二条): never decided by failing",
        "  cleaner.1.2 (005 第四条(二)): never decided by passing",
        "  cleaner.2 (005 第五条): never decided by failing",
        "",
      ].join("\n"),
    );
  });

  // The minimal award (006) and two tests: A (3 commendations in 2025 → level 1), C (2 → level 2).
  // Worked out in test/policyTests/mutationCheck.test.ts: of 11 edits, 1 refused, 5 caught, 5 survive.
  const minimalRules = "fixtures/authoring/minimal/006-minimal.json";
  const commendations = (count: number) => Array.from({ length: count }, (_, index) => ({ date: `2025-0${index + 3}-01`, kind: "letter", verified: true }));
  const minimalTest = (name: string, count: number, level: number) => ({
    $schema: "../../rules/schema/policy-test.schema.json",
    name,
    description: `${count} commendations in 2025: level ${level}.`,
    rulebook: "minimal-006",
    award: "minimal",
    asOf: "2026-12-15",
    input: { id: name, honours: [], commendations: commendations(count) },
    expected: { status: "qualified", level },
  });
  const minimalDir = join(dir, "minimal");
  const testA = write("minimal/a.json", minimalTest("A", 3, 1));
  const testC = write("minimal/c.json", minimalTest("C", 2, 2));
  const reason = "no test expects level 2 of someone with exactly one commendation";
  write("minimal/mutation-equivalents.json", {
    equivalents: [{ rulebook: "minimal-006", path: "awards.0.categories.0.levels.1.conditions.value", description: "value 1 → 2", reason }],
  });

  test("--mutate: the equivalents beside the tests are shown with their reason and left out: 5 of 10 edits, 55.5%", () => {
    const outcome = cli("test", minimalDir, "--rules", minimalRules, "--mutate", "--lang", "en");
    expect(outcome.code).toBe(0);
    expect(outcome.stdout.split("\n\n")[1]).toBe(
      [
        "minimal-006: the tests caught 5 of 10 edits (55.5%; 1 more refused by the loader)",
        '  window:previousYear "the previous year" years 1 → 2 (006 第二条)',
        '  l1 "one of" option l1.honour removed (006 第二条)',
        '  l1.honour "an individual title last year" value 1 → 2 (006 第二条1)',
        '  l2 "commended last year" value 1 → 0 (006 第三条)',
        `  l2 "commended last year" value 1 → 2 (006 第三条) (equivalent: ${reason})`,
        "",
      ].join("\n"),
    );
  });

  test("equivalentsBeside reads mutation-equivalents.json in the first folder that has one", () => {
    expect(equivalentsBeside([join(dir, "folder"), minimalDir]).map((entry) => entry.path)).toEqual(["awards.0.categories.0.levels.1.conditions.value"]);
    expect(equivalentsBeside([join(dir, "folder")])).toEqual([]);
    // test files named: the file beside them
    expect(equivalentsBeside([testA, testC]).map((entry) => entry.path)).toEqual(["awards.0.categories.0.levels.1.conditions.value"]);
  });

  // Was a bug (fixed: equivalentsBeside looks beside named files too): docs/authoring.md Part 4 — an edit that changes nothing is listed "in a
  // mutation-equivalents.json beside the tests". Naming the test files (not their folder) the file
  // beside them is not read (equivalentsBeside only looks inside the paths given as folders), so the
  // same tests give 50% and the equivalent edit is listed as a plain survivor.
  test("--mutate with the test files named: the equivalents beside them still apply", () => {
    const outcome = cli("test", testA, testC, "--rules", minimalRules, "--mutate", "--lang", "en");
    expect(outcome.stdout).toContain("minimal-006: the tests caught 5 of 10 edits (55.5%; 1 more refused by the loader)");
  });
});
