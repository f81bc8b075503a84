import ExcelJS from "exceljs";
import { describe, expect, test } from "vitest";
import { bundledRulebook } from "../../src/load/bundled.js";
import { templateSheets } from "../../src/sheets/template.js";
import { readXlsx } from "../../src/sheets/xlsxRead.js";
import { columnName, writeXlsx } from "../../src/sheets/xlsxWrite.js";

/** A workbook written by our writer, read by exceljs (an independent reader). */
async function viaExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

describe("writeXlsx, read back by exceljs", () => {
  test("sheets, text, numbers, yes/no, dates and escaping", async () => {
    const bytes = writeXlsx([
      {
        name: "公示名单",
        rows: [
          ["姓名", "奖励", "党员", "日期"],
          ["张<三>&", 500, true, { date: "2026-11-30" }],
          ["李四", 400, false, { date: "1900-03-01" }],
        ],
      },
      { name: "全部结果", rows: [["记录编号"], ["S-01"]] },
    ]);
    const workbook = await viaExcelJs(bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["公示名单", "全部结果"]);
    const sheet = workbook.getWorksheet("公示名单")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "姓名", "奖励", "党员", "日期"]);
    expect(sheet.getCell("A2").value).toBe("张<三>&");
    expect(sheet.getCell("B2").value).toBe(500);
    expect(sheet.getCell("C2").value).toBe(true);
    expect(sheet.getCell("C3").value).toBe(false);
    expect((sheet.getCell("D2").value as Date).toISOString().slice(0, 10)).toBe("2026-11-30");
    expect((sheet.getCell("D3").value as Date).toISOString().slice(0, 10)).toBe("1900-03-01");
    expect(sheet.getCell("D2").numFmt.replace(/\\/g, "")).toBe("yyyy-mm-dd");
  });

  test("the template: headers from the rulebook's labels, drop-down lists of the Chinese values, the legend 说明", async () => {
    const sheets = templateSheets(bundledRulebook(), { award: "model-post", category: "staff", years: ["2023", "2024", "2025"], language: "zh" });
    const workbook = await viaExcelJs(writeXlsx(sheets));
    // the staff category reads four lists (000 §四(二)): complaints, honours, own liability incidents, competition prizes
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["申报信息", "被投诉记录", "个人荣誉", "自身责任事故", "技术比赛获奖", "说明"]);
    const records = workbook.getWorksheet("申报信息")!;
    const headers = (records.getRow(1).values as string[]).slice(1);
    expect(headers.slice(0, 6)).toEqual(["记录编号", "姓名或名称", "所在部门（科室）", "岗位（管理人员、班组长或员工）", "申报类别", "申报日期"]);
    expect(headers).toContain("是否党员");
    expect(headers).toContain("模范遵守规章制度，恪守职业道德，认真履行岗位职责，深受师生和后勤干部员工好评");
    expect(headers.slice(-3)).toEqual(["2023年学校职工年度考核等级", "2024年学校职工年度考核等级", "2025年学校职工年度考核等级"]);
    const at = (header: string): string => `${columnName(headers.indexOf(header))}2`;
    const validation = (header: string) =>
      (records as unknown as { dataValidations: { find: (ref: string) => { type: string; formulae: string[] } | undefined } }).dataValidations.find(at(header));
    expect(validation("是否党员")).toMatchObject({ type: "list", formulae: ['"是,否"'] });
    expect(validation("岗位（管理人员、班组长或员工）")?.formulae).toEqual(['"管理人员,班组长,员工"']);
    expect(validation("申报类别")?.formulae).toEqual(['"党员示范岗,员工示范岗,管理示范岗"']);
    expect(validation("2025年学校职工年度考核等级")?.formulae).toEqual(['"优秀,良好,称职,合格,基本称职,不称职"']);
    expect(validation("能遵纪守法，有较强的工作责任心和奉献精神")?.formulae).toEqual(['"符合,不符合,未提供"']);
    expect(validation("记录编号")).toBeUndefined();
    const legend = workbook.getWorksheet("说明")!;
    const texts: string[] = [];
    legend.eachRow((row) => texts.push((row.values as unknown[]).slice(1).join("|")));
    expect(texts[0]).toBe("《优质服务示范岗》申报信息填写说明");
    expect(texts.join("\n")).toContain("2025年3月1日");
    expect(texts.join("\n")).toContain("未提供（尚未认定，按未知处理）");
    expect(texts).toContain("是否党员||是、否|000 §三(三)");
    expect(texts.some((text) => text.startsWith("被投诉记录：日期|日期|"))).toBe(true);
  });

  test("the template's list sheets: the record id, then an entry's fields, with drop-down lists of their Chinese values", async () => {
    const sheets = templateSheets(bundledRulebook(), { award: "model-post", category: "staff", years: ["2025"], language: "zh" });
    const workbook = await viaExcelJs(writeXlsx(sheets));
    const headersOf = (name: string): string[] => (workbook.getWorksheet(name)!.getRow(1).values as string[]).slice(1);
    expect(headersOf("被投诉记录")).toEqual(["记录编号", "日期", "情况说明", "是否经查属实", "是否情节严重", "是否涉及服务质量"]);
    expect(headersOf("自身责任事故")).toEqual(["记录编号", "日期", "情况说明", "类型", "是否重大", "是否失职渎职并造成经济损失"]);
    expect(headersOf("技术比赛获奖")).toEqual(["记录编号", "主办单位级别", "名次（1 为一等奖或第一名）", "日期", "比赛名称"]);
    const validation = (sheet: string, ref: string) =>
      (workbook.getWorksheet(sheet) as unknown as { dataValidations: { find: (ref: string) => { formulae: string[] } | undefined } }).dataValidations.find(ref);
    expect(validation("被投诉记录", "D2")?.formulae).toEqual(['"是,否"']);
    expect(validation("自身责任事故", "D2")?.formulae).toEqual(['"安全,质量,食品卫生安全"']);
    expect(validation("技术比赛获奖", "B2")?.formulae).toEqual(['"所在行业（单位）,部门,后勤,校级,市级,省级,国家级"']);
    expect(validation("个人荣誉", "B2")?.formulae).toEqual(['"个人先进称号,先进党务工作者,优秀共产党员,其他"']);
    const english = templateSheets(bundledRulebook(), { award: "model-post", category: "staff", years: ["2025"], language: "en" });
    expect(english.map((sheet) => sheet.name)).toEqual(["records", "complaints", "honours", "liabilityIncidents", "competitionPrizes", "legend"]);
    expect(english[1]?.rows[0]).toEqual(["record id", "date", "summary", "verified", "serious", "about service quality"]);
  });

  test("our reader reads what exceljs writes: shared strings, numbers, dates, booleans", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("申报信息");
    sheet.addRow(["记录编号", "后勤工作起始日期", "是否党员", "数"]);
    sheet.addRow(["S-01", new Date(Date.UTC(2012, 2, 1)), true, 3.5]);
    sheet.addRow([]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(readXlsx(bytes)).toEqual([
      {
        name: "申报信息",
        rows: [
          ["记录编号", "后勤工作起始日期", "是否党员", "数"],
          ["S-01", "2012-03-01", true, 3.5],
        ],
      },
    ]);
  });
});
