import { describe, expect, test } from "vitest";
import { errorText } from "../../src/cli/errorText.js";
import { AwardRulesError } from "../../src/errors/AwardRulesError.js";
import { bundledRulebook } from "../../src/load/bundled.js";
import { sheetRecords, type GivenListSheet } from "../../src/sheets/sheetRecords.js";
import type { ReadSheet } from "../../src/sheets/types.js";

const compiled = bundledRulebook();
const MAIN: ReadSheet = {
  name: "申报信息",
  rows: [
    ["记录编号", "姓名或名称", "被投诉记录", "自身责任事故"],
    ["S-01", "张伟", null, "无"],
    ["S-02", "李娜", "无", null],
    ["S-03", "刘洋", null, null],
  ],
};
const list = (name: string, rows: ReadSheet["rows"]): GivenListSheet => ({ sheet: { name, rows }, path: ["申报表.xlsx", name] });
const read = (lists: GivenListSheet[], main: ReadSheet = MAIN) => sheetRecords(compiled, "model-post", main, ["申报表.xlsx", "申报信息"], lists);

function problems(lists: GivenListSheet[], main: ReadSheet = MAIN): AwardRulesError {
  try {
    read(lists, main);
  } catch (error) {
    if (error instanceof AwardRulesError) return error;
    throw error;
  }
  throw new Error("no problem reported");
}

describe("sheetRecords with list sheets: each row an entry of its record's list", () => {
  test("entries are appended in row order, their cells read as the records sheet's are", () => {
    const records = read([
      list("被投诉记录", [
        ["记录编号", "日期", "是否经查属实", "情况说明"],
        ["S-01", "2025/3/1", "是", "态度"],
        ["S-03", 45962, null, null],
        ["S-01", "2024年12月5日", "否", null],
      ]),
      list("liabilityIncidents", [
        ["record id", "date", "kind", "major"],
        ["S-02", "2025-06-30", "食品卫生安全", "no"],
      ]),
    ]).map(({ record }) => record);
    expect(records).toEqual([
      {
        id: "S-01",
        name: "张伟",
        liabilityIncidents: [],
        complaints: [
          { date: "2025-03-01", verified: true, summary: "态度" },
          { date: "2024-12-05", verified: false },
        ],
      },
      { id: "S-02", name: "李娜", complaints: [], liabilityIncidents: [{ date: "2025-06-30", kind: "foodSafety", major: false }] },
      { id: "S-03", name: "刘洋", complaints: [{ date: "2025-11-01" }] },
    ]);
  });

  test("a records sheet without the list's column takes the list sheet's entries; a record without entries keeps its list unknown", () => {
    const main: ReadSheet = { name: "申报信息", rows: [["记录编号"], ["S-01"], ["S-02"]] };
    const records = read(
      [
        list("被投诉记录", [
          ["记录编号", "日期"],
          ["S-02", "2025-01-02"],
        ]),
      ],
      main,
    ).map(({ record }) => record);
    expect(records).toEqual([{ id: "S-01" }, { id: "S-02", complaints: [{ date: "2025-01-02" }] }]);
  });

  test("an empty list sheet (a header alone) gives nothing", () => {
    expect(read([list("被投诉记录", [["记录编号", "日期"]])]).map(({ record }) => record.complaints)).toEqual([undefined, [], undefined]);
  });
});

describe("the problems of list sheets, each naming its sheet, row and column", () => {
  const error = problems([
    list("被投诉记录", [
      ["记录编号", "日期", "是否严重", "是否经查属实"],
      ["S-09", "2025-03-01", null, "是"],
      ["S-01", "2025-02-30", null, "对"],
      ["S-02", "2025-03-01", null, null],
      ["S-03", null, null, null],
    ]),
    list("自身责任事故", [
      ["记录编号", "日期", "类型"],
      ["S-03", "2025-03-01", "火灾"],
    ]),
    list("投诉", [["记录编号"]]),
    list("complaints", [["记录编号", "日期"]]),
  ]);

  test("every problem at once, in Chinese", () => {
    expect(errorText(error, "zh").text.split("\n").filter(Boolean)).toEqual([
      "记录有误：申报表.xlsx.被投诉记录：第 C 列的列名「是否严重」不是此列表各项的栏目；是否要填「是否情节严重」？",
      "记录有误：申报表.xlsx.被投诉记录：第 2 行「记录编号」：记录表中没有记录编号为 S-09 的行",
      "记录有误：申报表.xlsx.被投诉记录：第 3 行「日期」：“2025-02-30”不是日期（请填 2025-03-01、2025/3/1 或 2025年3月1日，或使用日期单元格）",
      "记录有误：申报表.xlsx.被投诉记录：第 3 行「是否经查属实」：“对”不是可填的值；可填：是、否",
      "记录有误：申报表.xlsx.被投诉记录：第 5 行「日期」：未填写，每一项都须填写",
      "记录有误：申报表.xlsx.自身责任事故：没有「是否重大」列：此列表的每一项都须填写",
      "记录有误：申报表.xlsx.自身责任事故：第 2 行「类型」：“火灾”不是可填的值；可填：安全、质量、食品卫生安全",
      // the seven lists 000's rules read (its facts: complaints, misconductRecords, honours, liabilityIncidents, competitionPrizes, teamLiabilityIncidents, collectiveTitles)
      "记录有误：申报表.xlsx.投诉：「投诉」不是本奖项记录中的列表（可有的列表：被投诉记录、不良行为记录、个人荣誉、自身责任事故、技术比赛获奖、本部门或班组责任事故、集体先进称号）",
      // the CLI's Chinese text names a path step that is a record field by its Chinese name
      "记录有误：申报表.xlsx.被投诉记录：列表「complaints」给了不止一次",
      "记录有误：申报表.xlsx.申报信息：第 3 行「被投诉记录」：记录 S-02 在此填了“无”，但「被投诉记录」表中有它的 1 项（第 4 行）；请清空此格或删去那些行",
    ]);
  });

  test("in English", () => {
    const lines = errorText(error, "en").text.split("\n").filter(Boolean);
    expect(lines[0]).toBe("invalid_record at 申报表.xlsx.被投诉记录: column C: the header «是否严重» is not a field of this list's entries; did you mean «是否情节严重»?");
    expect(lines[1]).toBe("invalid_record at 申报表.xlsx.被投诉记录: row 2 «记录编号»: no row of the records sheet has the record id S-09");
    expect(lines[4]).toBe("invalid_record at 申报表.xlsx.被投诉记录: row 5 «日期»: empty; every entry needs it");
    expect(lines[9]).toBe(
      "invalid_record at 申报表.xlsx.申报信息: row 3 «被投诉记录»: the record S-02 says 无 (none) here, but the sheet «被投诉记录» gives it 1 entry (row 4); empty this cell or remove those rows",
    );
    expect(lines).toHaveLength(10);
  });

  test("an entry the record's schema refuses is named by its list sheet's row and column", () => {
    const refused = problems([
      list("技术比赛获奖", [
        ["记录编号", "主办单位级别", "名次（1 为一等奖或第一名）", "日期"],
        ["S-03", "后勤", 1, "2025-05-01"],
        ["S-03", "校级", 0, "2025-06-01"],
      ]),
    ]);
    expect(refused.issues.map((issue) => [issue.messageId, issue.path.join("/"), issue.params?.row, issue.params?.header])).toEqual([
      ["sheet.inRecord", "申报表.xlsx/技术比赛获奖", 3, "名次（1 为一等奖或第一名）"],
    ]);
  });

  test("a list sheet without a record id column", () => {
    expect(problems([list("被投诉记录", [["日期"], ["2025-03-01"]])]).issues.map((issue) => issue.messageId)).toEqual(["sheet.noIdColumn"]);
  });
});
