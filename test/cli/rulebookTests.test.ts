import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runCli } from "../../src/cli/run.js";

// `award-rules test --rulebook`: every test of one rulebook, the round tests of fixtures/rounds/
// included. Run through runCli from the repository root, as an officer runs it.

const root = join(import.meta.dirname, "..", "..");
const io = { progress: () => undefined, writeFile: () => undefined };
function cli(...argv: string[]): ReturnType<typeof runCli> {
  const cwd = process.cwd();
  process.chdir(root);
  try {
    return runCli(argv, io);
  } finally {
    process.chdir(cwd);
  }
}

const original = readFileSync(join(root, "rules/000-model-post.json"), "utf8");
// 000 §六(二): 一级示范岗3名以内. The first quota of the file is level 1's.
const LEVEL1_QUOTA = '"quota": {\n            "value": 3,';
const dir = mkdtempSync(join(tmpdir(), "award-rules-rulebook-tests-"));
const copy = (name: string, text: string): string => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const unchanged = copy("unchanged-000-model-post.json", original);
const raised = copy("000-model-post.json", original.replace(LEVEL1_QUOTA, '"quota": {\n            "value": 4,'));

/** The test files a report line names, with ✓ or ✗. */
const named = (stdout: string): Map<string, string> =>
  new Map([...stdout.matchAll(/^([✓✗]) .*\((fixtures\/[^()]+\.json)\)$/gm)].map((match) => [match[2] as string, match[1] as string]));

describe("award-rules test --rulebook", () => {
  test("the copy changes only level 1's quota", () => {
    expect(original.split(LEVEL1_QUOTA)).toHaveLength(2);
    expect(JSON.parse(readFileSync(raised, "utf8")).awards[0].levels.map((level: { quota: { value: number } }) => level.quota.value)).toEqual([4, 4, 5]);
  });

  test("an unchanged copy runs every test of model-post-000: fixtures/000 and the 000 round tests, and passes", () => {
    const outcome = cli("test", "--rulebook", unchanged, "--lang", "en");
    expect(outcome.code, outcome.stdout).toBe(0);
    const ran = named(outcome.stdout);
    const files = (folder: string, prefix: string): string[] =>
      readdirSync(join(root, folder))
        .filter((name) => name.startsWith(prefix) && name.endsWith(".json"))
        .map((name) => `${folder}/${name}`);
    for (const file of [...files("fixtures/000", ""), ...files("fixtures/rounds", "000-")]) expect(ran.get(file), file).toBe("✓");
    // no test of another rulebook runs: 001–004 and the walk-through's are left aside, and counted
    expect([...ran.keys()].filter((file) => !file.startsWith("fixtures/000/") && !file.startsWith("fixtures/rounds/000-"))).toEqual([]);
    expect(outcome.stdout.split("\n")[0]).toMatch(
      /^Logistics .*\(model-post-000, .*unchanged-000-model-post\.json\): \d+ test\(s\) found in fixtures; \d+ test\(s\) of other rulebooks not run$/,
    );
  });

  test("the guide's scenario: a level-1 quota raised from 3 to 4 fails the round tests (today's per-record tests all pass)", () => {
    // the per-record tests of fixtures/000 cannot see a quota: they all pass on the raised copy
    expect(cli("test", "fixtures/000", "--rules", dir.concat("/000-model-post.json"), "--lang", "en").code).toBe(0);
    const outcome = cli("test", "--rulebook", raised, "--lang", "en");
    expect(outcome.code).toBe(1);
    const ran = named(outcome.stdout);
    // T-01–T-04 qualify at level 1 and are ranked 1–4 (the test's records): with 3 places T-04 goes to
    // level 2; with 4 it is placed at level 1, and level 1 holds 4.
    expect(ran.get("fixtures/rounds/000-round-level1-ranked-final.json")).toBe("✗");
    // four level-1 qualifiers without ranks tie for 3 places; with 4 places there is no tie
    expect(ran.get("fixtures/rounds/000-round-level1-tie-without-ranks.json")).toBe("✗");
    expect([...ran.entries()].filter(([file, mark]) => mark === "✗" && file.startsWith("fixtures/000/"))).toEqual([]);
    expect(outcome.stdout).toMatch(/\n\d+ test\(s\): \d+ passed, [1-9]\d* failed\n$/);
  });

  test("a bundled id runs the bundled rulebook's tests; the folders to search may be given", () => {
    const outcome = cli("test", "--rulebook", "model-post-000", "fixtures/rounds", "--lang", "en");
    expect(outcome.code).toBe(0);
    expect([...named(outcome.stdout).keys()].every((file) => file.startsWith("fixtures/rounds/000-"))).toBe(true);
    expect(named(outcome.stdout).size).toBe(readdirSync(join(root, "fixtures/rounds")).filter((name) => /^000-.*\.json$/.test(name)).length);
  });

  test("an id of --rules runs that rule file's tests", () => {
    const outcome = cli("test", "--rulebook", "excellent-cleaner-005", "--rules", "fixtures/authoring/rules", "--lang", "zh");
    expect(outcome.code).toBe(0);
    expect(outcome.stdout.split("\n")[0]).toMatch(
      new RegExp(`^规则「后勤“优秀保洁员”评选办法」：在 fixtures 中找到 ${named(outcome.stdout).size} 项测试；另有 \\d+ 项测试属于其他规则，未运行$`),
    );
    expect([...named(outcome.stdout).keys()].every((file) => file.startsWith("fixtures/authoring/tests/"))).toBe(true);
  });

  test("neither a file nor a known id, or no test naming the rulebook: bad input (exit 2), in both languages", () => {
    expect(cli("test", "--rulebook", "proposed/nope.json", "--lang", "en")).toMatchObject({ code: 2, stdout: "" });
    expect(cli("test", "--rulebook", "proposed/nope.json", "--lang", "en").stderr).toContain(
      "--rulebook: proposed/nope.json is neither a rule file, nor the id of one given with --rules, nor a bundled rulebook (model-post-000, ",
    );
    expect(cli("test", "--rulebook", "proposed/nope.json").stderr).toBe("参数有误：--rulebook：`proposed/nope.json` 既不是规则文件，也不是 `--rules` 中或内置规则的编号\n");
    expect(cli("test", "--rulebook", "model-post-000", "fixtures/001")).toEqual({
      code: 2,
      stdout: "",
      stderr: "政策测试文件有误：--rulebook：fixtures/001 中没有针对规则 `model-post-000` 的测试\n",
    });
    expect(cli("test", "--rulebook", "model-post-000", "fixtures/001", "--lang", "en").stderr).toContain("--rulebook: no test in fixtures/001 names the rulebook model-post-000");
  });
});
