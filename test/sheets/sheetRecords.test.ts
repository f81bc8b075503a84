import { describe, expect, test } from "vitest";
import { errorText } from "../../src/cli/errorText.js";
import { AwardRulesError } from "../../src/errors/AwardRulesError.js";
import { bundledRulebook } from "../../src/load/bundled.js";
import { sheetRecords } from "../../src/sheets/sheetRecords.js";

const compiled = bundledRulebook();
const HEAD = ["记录编号", "姓名或名称", "是否党员", "后勤工作起始日期", "2025年学校职工年度考核等级", "被投诉记录", "部门"];

function problems(rows: (string | number | boolean | null)[][]): AwardRulesError {
  try {
    sheetRecords(compiled, "model-post", { name: "申报信息", rows }, ["申报表.xlsx", "申报信息"]);
  } catch (error) {
    if (error instanceof AwardRulesError) return error;
    throw error;
  }
  throw new Error("no problem reported");
}

describe("sheetRecords: every problem of a sheet at once", () => {
  const rows = [
    HEAD,
    ["S-01", "张伟", "是", "2012-03-01", "优秀", "无", null],
    ["S-02", "李娜", "对", "2012-13-01", "优", "两次", null],
    [null, "王五", "否", null, null, null, null],
    ["S-01", "赵六", "否", "2012年3月1日", "良好", null, null],
  ];
  const error = problems(rows);

  test("each problem names its row and column header; nothing is left for a second run", () => {
    expect(error.issues.map((issue) => issue.messageId)).toEqual([
      "sheet.unknownHeader",
      "sheet.notChoice",
      "sheet.notDate",
      "sheet.notChoice",
      "sheet.listNotNone",
      "sheet.noId",
      "sheet.duplicateId",
    ]);
    expect(error.issues.every((issue) => issue.code === "invalid_record" && issue.path.join("/") === "申报表.xlsx/申报信息")).toBe(true);
  });

  test("in Chinese", () => {
    expect(errorText(error, "zh").text.split("\n").filter(Boolean)).toEqual([
      "记录有误：申报表.xlsx.申报信息：第 G 列的列名「部门」不是本奖项的输入项；是否要填「所在部门（科室）」？",
      "记录有误：申报表.xlsx.申报信息：第 3 行「是否党员」：“对”不是可填的值；可填：是、否",
      "记录有误：申报表.xlsx.申报信息：第 3 行「后勤工作起始日期」：“2012-13-01”不是日期（请填 2025-03-01、2025/3/1 或 2025年3月1日，或使用日期单元格）",
      "记录有误：申报表.xlsx.申报信息：第 3 行「2025年学校职工年度考核等级」：“优”不是可填的值；可填：优秀、良好、称职、合格、基本称职、不称职",
      "记录有误：申报表.xlsx.申报信息：第 3 行「被投诉记录」：“两次”：列表列只能填“无”（确知没有）或留空；逐项内容请填在「被投诉记录」表中，每项一行",
      "记录有误：申报表.xlsx.申报信息：第 4 行「记录编号」：未填记录编号，每一行都须填写",
      "记录有误：申报表.xlsx.申报信息：第 5 行「记录编号」：记录编号 S-01 已在第 2 行使用",
    ]);
  });

  test("in English", () => {
    const lines = errorText(error, "en").text.split("\n").filter(Boolean);
    expect(lines[1]).toBe('invalid_record at 申报表.xlsx.申报信息: row 3 «是否党员»: "对" is not one of the values allowed (是, 否)');
    expect(lines[6]).toBe("invalid_record at 申报表.xlsx.申报信息: row 5 «记录编号»: the record id S-01 is already used on row 2");
    expect(lines).toHaveLength(7);
  });

  test("a sheet without problems gives its records; empty trailing rows are not rows", () => {
    const read = sheetRecords(compiled, "model-post", { name: "申报信息", rows: [HEAD.slice(0, 6), ["S-01", "张伟", true, 40969, "excellent", "none"]] }, ["a.xlsx"]);
    expect(read).toEqual([
      { row: 2, record: { id: "S-01", name: "张伟", partyMember: true, logisticsStartDate: "2012-03-01", annualAppraisals: { "2025": "excellent" }, complaints: [] } },
    ]);
  });

  test("no record id column, and a header given twice", () => {
    const error = problems([
      ["姓名或名称", "是否党员", "party member"],
      ["张伟", "是", "是"],
    ]);
    expect(error.issues.map((issue) => issue.messageId)).toEqual(["sheet.duplicateHeader", "sheet.noIdColumn"]);
  });
});
