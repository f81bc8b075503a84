import { describe, expect, test } from "vitest";
import { cli } from "../support/cli.js";

// `award-rules inputs`, on the authoring guide's 005 (fixtures/authoring/rules/005-excellent-cleaner.json):
// the requirements (第三条: basic.1 满两年 reads logisticsStartDate, basic.2 无投诉 reads complaints,
// basic.3 an attestation), the audience (第二条: role), level 1 (第四条, one of: (一) annualAppraisals,
// which also reads logisticsStartDate, and (二) commendations) and level 2 (第五条: commendations).

const rules = "fixtures/authoring/rules/005-excellent-cleaner.json";

describe("award-rules inputs: the table", () => {
  test("level 1 of cleaner: each input once, with what reads it; options of 满足其一 marked [one of]", () => {
    const outcome = cli("inputs", "--rules", rules, "--award", "excellent-cleaner", "--category", "cleaner", "--level", "1", "--lang", "en");
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toBe("");
    const rows = outcome.stdout
      .trimEnd()
      .split("\n")
      .map((line) => line.split("\t"));
    expect(rows[0]).toEqual(["input", "name", "values", "read by"]);
    expect(rows.slice(1).map(([key, , , readBy]) => [key, readBy])).toEqual([
      ["logisticsStartDate", "basic.1 (005 第三条(一)); cleaner.1.1 (005 第四条(一)) [one of]"],
      ["complaints", "basic.2 (005 第三条(二))"],
      ["attestations.basic.3", "basic.3 (005 第三条(三))"],
      ["role", "cleaner.audience (005 第二条)"],
      ["annualAppraisals", "cleaner.1.1 (005 第四条(一)) [one of]"],
      ["commendations", "cleaner.1.2 (005 第四条(二)) [one of]"],
    ]);
    const byKey = Object.fromEntries(rows.slice(1).map(([key, name, values]) => [key, [name, values]]));
    expect(byKey["attestations.basic.3"]).toEqual(["diligent; the area passes inspections", "met | notMet | notGiven"]);
    expect(byKey.role).toEqual(["role (manager, team leader or staff)", "manager | teamLeader | staff"]);
    expect(byKey.logisticsStartDate).toEqual(["start of work in logistics", "a date YYYY-MM-DD"]);
    expect(byKey.commendations?.[1]).toMatch(/^a list of \{date, .*kind.*verified.*\}; an empty list means none$/);
  });

  test("level 2 only: 第五条 reads commendations as a plain condition; the appraisals are not read", () => {
    const outcome = cli("inputs", "--rules", rules, "--category", "cleaner", "--level", "2", "--lang", "en");
    expect(outcome.code).toBe(0);
    const rows = outcome.stdout
      .trimEnd()
      .split("\n")
      .slice(1)
      .map((line) => line.split("\t"));
    expect(rows.map(([key, , , readBy]) => [key, readBy])).toEqual([
      ["logisticsStartDate", "basic.1 (005 第三条(一))"],
      ["complaints", "basic.2 (005 第三条(二))"],
      ["attestations.basic.3", "basic.3 (005 第三条(三))"],
      ["role", "cleaner.audience (005 第二条)"],
      ["commendations", "cleaner.2 (005 第五条)"],
    ]);
  });

  test("in Chinese: the header, the names, ［其一］ and ；", () => {
    const outcome = cli("inputs", "--rules", rules, "--category", "cleaner", "--level", "1");
    const lines = outcome.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("输入项\t名称\t取值\t读取它的条件");
    // what a person types (the keys, the date format, the values, the conditions' ids) in code spans
    expect(lines[1]).toBe("`logisticsStartDate`\t后勤工作起始日期\t日期 `YYYY-MM-DD`\t`basic.1` (005 第三条(一))；`cleaner.1.1` (005 第四条(一))［其一］");
    expect(lines[3]).toBe(
      "`attestations.basic.3`\t工作认真负责，保洁区域卫生检查长期保持良好\t`met`（符合）| `notMet`（不符合）| `notGiven`（未提供）\t`basic.3` (005 第三条(三))",
    );
  });

  test("--format json: the inputs with their readers", () => {
    const outcome = cli("inputs", "--rules", rules, "--category", "cleaner", "--level", "2", "--format", "json");
    const inputs = JSON.parse(outcome.stdout) as { key: string; kind: string; readBy: { id: string; as: string }[] }[];
    expect(inputs.map((input) => [input.key, input.kind])).toEqual([
      ["logisticsStartDate", "field"],
      ["complaints", "field"],
      ["attestations.basic.3", "attestation"],
      ["role", "field"],
      ["commendations", "field"],
    ]);
    expect(inputs.at(-1)?.readBy.map((reader) => [reader.id, reader.as])).toEqual([["cleaner.2", "condition"]]);
  });
});

describe("award-rules inputs --skeleton", () => {
  test("a record to fill in: every input present, each with what goes there", () => {
    const outcome = cli("inputs", "--rules", rules, "--award", "excellent-cleaner", "--category", "cleaner", "--level", "1", "--skeleton", "--lang", "en");
    expect(outcome.code).toBe(0);
    const skeleton = JSON.parse(outcome.stdout) as Record<string, unknown>;
    // who the record is (id, name, role) first, then the inputs in the order the conditions read them
    expect(Object.keys(skeleton)).toEqual(["id", "name", "role", "logisticsStartDate", "complaints", "attestations", "annualAppraisals", "commendations"]);
    expect(skeleton).toMatchObject({
      id: "<record id>",
      name: "<name>",
      logisticsStartDate: "<YYYY-MM-DD>",
      attestations: { "basic.3": "<met | notMet | notGiven>" },
      role: "<manager | teamLeader | staff>",
    });
    expect(Object.keys(skeleton.attestations as object)).toEqual(["basic.3"]);
    expect(skeleton.complaints).toEqual([expect.objectContaining({ date: "<YYYY-MM-DD>" })]);
    expect(skeleton.commendations).toEqual([expect.objectContaining({ date: "<YYYY-MM-DD>", verified: "<true | false>" })]);
    expect(Object.keys(skeleton.annualAppraisals as object)).toEqual(["<YYYY>"]);
    expect(Object.values(skeleton.annualAppraisals as object)[0]).toContain("excellent");
  });

  test("level 2 only: no appraisals to fill in", () => {
    const skeleton = JSON.parse(cli("inputs", "--rules", rules, "--category", "cleaner", "--level", "2", "--skeleton").stdout) as Record<string, unknown>;
    // the same inputs as level 1 less annualAppraisals (第五条 reads only commendations)
    expect(Object.keys(skeleton)).toEqual(["id", "name", "role", "logisticsStartDate", "complaints", "attestations", "commendations"]);
  });

  test("in Chinese (the default): the placeholders in Chinese, the values to type as they are", () => {
    const skeleton = JSON.parse(cli("inputs", "--rules", rules, "--category", "cleaner", "--level", "2", "--skeleton").stdout) as Record<string, unknown>;
    expect(skeleton).toMatchObject({
      id: "<记录编号>",
      name: "<姓名或名称>",
      role: "<manager | teamLeader | staff>",
      logisticsStartDate: "<年-月-日 YYYY-MM-DD>",
      attestations: { "basic.3": "<met | notMet | notGiven>" },
    });
    expect(skeleton.commendations).toEqual([{ date: "<年-月-日 YYYY-MM-DD>", kind: "<banner | letter | call | message | other>", verified: "<true | false>" }]);
  });

  test("a bundled rulebook by --rulebook: 004's staff appraisal asks for the score out of 100", () => {
    const outcome = cli("inputs", "--rulebook", "logistics-plans-004", "--award", "staff-appraisal", "--skeleton", "--lang", "en");
    expect(outcome.code).toBe(0);
    const skeleton = JSON.parse(outcome.stdout) as { scores?: Record<string, { items: Record<string, string> }> };
    expect(skeleton.scores?.["staff-appraisal"]?.items.total).toBe("<points, 0 to 100>");
    const zh = JSON.parse(cli("inputs", "--rulebook", "logistics-plans-004", "--award", "staff-appraisal", "--skeleton").stdout) as typeof skeleton;
    expect(zh.scores?.["staff-appraisal"]?.items.total).toBe("<分数，0 至 100>");
  });
});

describe("award-rules inputs: unknown names exit 2, naming them", () => {
  test("an award the rulebook does not have", () => {
    expect(cli("inputs", "--rules", rules, "--award", "best-sweeper", "--lang", "en")).toEqual({
      code: 2,
      stdout: "",
      stderr: 'unknown_award at award: no award "best-sweeper" in rulebook excellent-cleaner-005 (has excellent-cleaner)\n',
    });
  });

  test("a category the award does not have", () => {
    expect(cli("inputs", "--rules", rules, "--category", "manager", "--lang", "en")).toEqual({
      code: 2,
      stdout: "",
      stderr: 'unknown_category at category: award excellent-cleaner has no category "manager" (has cleaner)\n',
    });
  });

  test("a level the category does not have", () => {
    expect(cli("inputs", "--rules", rules, "--category", "cleaner", "--level", "3", "--lang", "en")).toEqual({
      code: 2,
      stdout: "",
      stderr: "invalid_option at level: category cleaner has no level 3\n",
    });
  });

  // Was a bug: for a scored award, --category and --level were ignored without a word (004's
  // excellent-service-unit has the categories property, shops and catering, 篇14 六1(2)).
  test("a scored award: a category it does not have exits 2, naming it; a level does not apply", () => {
    const outcome = cli("inputs", "--rulebook", "logistics-plans-004", "--award", "excellent-service-unit", "--category", "nope");
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain("nope");
    const level = cli("inputs", "--rulebook", "logistics-plans-004", "--award", "excellent-service-unit", "--level", "7", "--lang", "en");
    expect(level.code).toBe(2);
    expect(level.stderr).toContain("no levels");
    expect(cli("inputs", "--rulebook", "logistics-plans-004", "--award", "excellent-service-unit", "--category", "shops").code).toBe(0);
  });

  test("a level that is not a number, and a bundled rulebook that does not exist", () => {
    const level = cli("inputs", "--rules", rules, "--level", "first");
    expect(level.code).toBe(2);
    expect(level.stderr).toContain("first");
    const rulebook = cli("inputs", "--rulebook", "nope-999");
    expect(rulebook.code).toBe(2);
    expect(rulebook.stderr).toContain("nope-999");
  });
});
