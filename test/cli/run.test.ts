import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runCli } from "../../src/cli/run.js";

const fixture = join(import.meta.dirname, "..", "..", "fixtures", "000", "staff-complaint-two-and-half-years.json");
const dir = mkdtempSync(join(tmpdir(), "award-rules-cli-"));

describe("award-rules CLI", () => {
  test("evaluates a fixture file and explains it in English", () => {
    const outcome = runCli(["evaluate", fixture, "--lang", "en"]);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain("Qualifies for level-2 model post, staff model post");
    expect(outcome.stdout).toContain("(000 §四(二)1(3))");
  });

  test("prints JSON and Markdown", () => {
    const json = runCli(["evaluate", fixture, "--format", "json"]);
    expect(JSON.parse(json.stdout)).toMatchObject({ status: "qualified", category: "staff", level: 2 });
    expect(runCli(["evaluate", fixture, "--format", "md"]).stdout).toMatch(/^# /);
  });

  test("a bad record exits 2 naming the file, the path and the problem", () => {
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ id: "X", partyMember: "yes", annualAppraisals: { "2025": "great" } }));
    const outcome = runCli(["evaluate", file, "--as-of", "2026-11-26", "--lang", "en"]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain(`invalid_record at ${file}.partyMember`);
    expect(outcome.stderr).toContain(`${file}.annualAppraisals.2025`);
    // in Chinese (the default): the same file, the field by its Chinese name
    const zh = runCli(["evaluate", file, "--as-of", "2026-11-26"]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(`记录有误：${file}.`);
    expect(zh.stderr).not.toContain("invalid_record");
  });

  test("no date, unreadable file, bad JSON and unknown options exit 2", () => {
    const record = join(dir, "record.json");
    writeFileSync(record, JSON.stringify({ id: "X" }));
    expect(runCli(["evaluate", record]).code).toBe(2);
    expect(runCli(["evaluate", join(dir, "missing.json"), "--as-of", "2026-11-26"]).code).toBe(2);
    const broken = join(dir, "broken.json");
    writeFileSync(broken, "{ not json");
    expect(runCli(["evaluate", broken, "--as-of", "2026-11-26", "--lang", "en"]).stderr).toContain("not JSON");
    expect(runCli(["evaluate", broken, "--as-of", "2026-11-26"]).stderr).toContain("不是有效的 `JSON`");
    expect(runCli(["evaluate", record, "--as-of"]).code).toBe(2);
    expect(runCli(["evaluate", record, "--colour", "red"]).code).toBe(2);
    expect(runCli(["evaluate", record, "--lang", "fr", "--as-of", "2026-11-26"]).code).toBe(2);
    expect(runCli(["frobnicate"]).code).toBe(2);
  });

  test("help exits 0", () => {
    expect(runCli(["--help"]).stdout).toContain("award-rules evaluate <记录.json|表格.xlsx|表格.csv>");
    expect(runCli(["--help", "--lang", "en"]).stdout).toContain("award-rules evaluate <record.json|sheet.xlsx|sheet.csv>");
  });
});

describe("award-rules CLI on scored awards", () => {
  const scoredFixture = join(import.meta.dirname, "..", "..", "fixtures", "004", "appraisal-cap-leave-11-days.json");

  test("a scored fixture is evaluated with its rulebook and award, and explained", () => {
    const outcome = runCli(["evaluate", scoredFixture, "--lang", "en"]);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain("== Grade ==");
    expect(outcome.stdout).toContain("(004 篇11");
  });

  test("an unknown bundled rulebook exits 2", () => {
    expect(runCli(["evaluate", scoredFixture, "--rulebook", "nope"]).code).toBe(2);
  });
});

describe("award-rules batch and diff", () => {
  const fixtures = join(import.meta.dirname, "..", "..", "fixtures", "000");
  const record = (file: string, id: string) => ({ ...JSON.parse(readFileSync(join(fixtures, file), "utf8")).input, id });

  test("batch reads NDJSON, applies the quotas and reports progress past 1,000 records", () => {
    const file = join(dir, "round.ndjson");
    const lines = Array.from({ length: 1001 }, (_, index) => JSON.stringify(record("staff-l3-one-excellent-2024.json", `B-${String(index).padStart(4, "0")}`)));
    writeFileSync(file, `${lines.join("\n")}\n\n`);
    const progress: string[] = [];
    const outcome = runCli(["batch", file, "--as-of", "2026-11-26", "--lang", "en"], { progress: (text) => progress.push(text), writeFile: () => undefined });
    expect(outcome.code).toBe(0);
    // 1,001 applicants alike, no rank: a tie for level 3's 5 places, left to the leading group
    expect(outcome.stdout).toContain("  level 3: 5 place(s); 0 placed, 5 in ties\n");
    expect(progress).toEqual([`${file}: 1000 records evaluated\n`]);
  });

  test("batch: a bad NDJSON line exits 2 naming the file and line", () => {
    const file = join(dir, "bad.ndjson");
    writeFileSync(file, `${JSON.stringify(record("staff-l3-one-excellent-2024.json", "X"))}\n{oops\n`);
    const outcome = runCli(["batch", file, "--as-of", "2026-11-26", "--lang", "en"]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain("line 2");
    expect(runCli(["batch", file, "--as-of", "2026-11-26"]).stderr).toContain("第 2 行");
  });

  test("diff exits 1 and names who moves when a rule changes, 0 when nothing moves", () => {
    const rules = join(import.meta.dirname, "..", "..", "rules", "000-model-post.json");
    const changed = JSON.parse(readFileSync(rules, "utf8"));
    changed.windows.twoYears.years = 3; // staff levels 2 and 3 would look back 3 years for complaints
    const after = join(dir, "after.json");
    writeFileSync(after, JSON.stringify(changed));
    const records = join(dir, "records.json");
    writeFileSync(records, JSON.stringify([record("staff-complaint-two-and-half-years.json", "S-1"), record("staff-l3-one-excellent-2024.json", "S-2")]));
    const moved = runCli(["diff", rules, after, records, "--as-of", "2026-11-26", "--lang", "en"]);
    expect(moved.code).toBe(1);
    // the record of staff-complaint-two-and-half-years.json is 苏强's; the window's years 2 → 3
    expect(moved.stdout).toContain("changed window:twoYears (000 §四(二)2(3)) [years 2 → 3]");
    expect(moved.stdout).toContain("苏强 (S-1): qualified staff 2 → notQualified");
    expect(runCli(["diff", rules, rules, records, "--as-of", "2026-11-26"]).code).toBe(0);
  });
});

describe("award-rules lint and render", () => {
  const rules = join(import.meta.dirname, "..", "..", "rules");

  test("lint: the bundled rules have warnings only (exit 0), exit 1 with --strict", () => {
    const outcome = runCli(["lint", rules, "--lang", "en"]);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain("0 error(s), 3 warning(s)");
    expect(runCli(["lint", rules, "--strict"]).code).toBe(1);
  });

  test("lint: a rule naming an unknown fact is an error (exit 1)", () => {
    const broken = JSON.parse(readFileSync(join(rules, "000-model-post.json"), "utf8"));
    broken.awards[0].requirements.all[1].fact = "yearsInLogistics";
    const file = join(dir, "broken-rules.json");
    writeFileSync(file, JSON.stringify(broken));
    const outcome = runCli(["lint", file]);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain("yearsInLogistics");
  });

  test("render writes one page per rule file and the index, through io", () => {
    const written = new Map<string, string>();
    const outcome = runCli(["render", rules, "--out", "pages"], { progress: () => undefined, writeFile: (path, text) => written.set(path, String(text)) });
    expect(outcome.code).toBe(0);
    expect([...written.keys()].sort()).toEqual([
      "pages/000-model-post-000.md",
      "pages/001-service-model-post-001.md",
      "pages/002-party-model-post-002.md",
      "pages/003-service-month-2017-003.md",
      "pages/004-logistics-plans-004.md",
      "pages/README.md",
    ]);
    expect(written.get("pages/000-model-post-000.md")).toBe(readFileSync(join(import.meta.dirname, "..", "..", "docs", "rules", "000-model-post-000.md"), "utf8"));
    // without --lang the pages are the committed English ones, and render says what it wrote in English as before
    expect(outcome.stdout.split("\n")[0]).toBe("wrote pages/000-model-post-000.md");
  });

  test("render --lang zh: the headings, the fixed sentences and the index in Chinese", () => {
    const written = new Map<string, string>();
    const outcome = runCli(["render", rules, "--out", "pages", "--lang", "zh"], {
      progress: () => undefined,
      writeFile: (path, text) => written.set(path, typeof text === "string" ? text : new TextDecoder().decode(text)),
    });
    expect(outcome.code).toBe(0);
    expect(outcome.stdout.split("\n")[0]).toBe("已写入 pages/000-model-post-000.md");
    const page = written.get("pages/000-model-post-000.md") ?? "";
    expect(page).toContain("\n## 文件\n");
    expect(page).toContain("\n## 时间范围\n");
    expect(page).toContain("- 规则文件：`model-post-000`");
    expect(page).toMatch(/\n## 奖项 `model-post`：/);
    expect(page).not.toContain("## Windows");
    const index = written.get("pages/README.md") ?? "";
    expect(index.split("\n")[0]).toBe("# 待审阅的规则文件");
    expect(index).toContain("| 审阅页 | 规则文件 | 文件 | 分级奖项 | 评分类奖项 | 计酬规则 | 条件数 |");
  });
});
