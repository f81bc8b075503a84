import ExcelJS from "exceljs";
import { describe, expect, test } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { decodeCsv, parseCsv } from "../../src/sheets/csv.js";

const ROUND = ["batch", "fixtures/sheets/000-staff-round.xlsx", "--as-of", "2026-11-26"];

function written(out: string): { outcome: ReturnType<typeof runCli>; data: string | Uint8Array | undefined } {
  let data: string | Uint8Array | undefined;
  const outcome = runCli([...ROUND, "--out", out], { progress: () => undefined, writeFile: (_path, given) => void (data = given) });
  return { outcome, data };
}

describe("batch --out: the 公示 list", () => {
  test(".xlsx: one workbook of three sheets, read back by exceljs", async () => {
    const { outcome, data } = written("公示.xlsx");
    expect(outcome.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(data as Uint8Array) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["公示名单", "全部结果", "待定事项"]);
    const rows = (name: string): unknown[][] => {
      const found: unknown[][] = [];
      workbook.getWorksheet(name)!.eachRow((row) => found.push((row.values as unknown[]).slice(1)));
      return found;
    };
    expect(rows("公示名单")).toEqual([
      ["序号", "姓名", "部门", "申报类别", "等级或等次", "奖励", "依据条款"],
      ["1", "张伟", "物业中心", "员工示范岗", "一级示范岗", "每人 500 元", "000 §五(二)"],
      ["2", "李娜", "餐饮中心", "员工示范岗", "二级示范岗", "每人 400 元", "000 §五(二)"],
    ]);
    expect(rows("全部结果").map((row) => [row[0], row[4]])).toEqual([
      ["记录编号", "结论"],
      ["S-01", "拟定（待评审决定）"],
      ["S-02", "拟定（待评审决定）"],
      ["S-03", "不予受理"],
      ["S-04", "不符合条件"],
    ]);
    expect(rows("待定事项").map((row) => row.slice(0, 2))).toEqual([
      ["待定事项", "记录编号"],
      ["待评审决定", "S-01"],
      ["待评审决定", "S-02"],
    ]);
  });

  test(".csv: the 公示 list alone, UTF-8 with a byte-order mark", () => {
    const { data } = written("公示.csv");
    expect((data as string).startsWith("\ufeff")).toBe(true);
    expect(parseCsv(decodeCsv(Buffer.from(data as string)).text).map((row) => row[1])).toEqual(["姓名", "张伟", "李娜"]);
  });

  test("another ending is refused, naming --out", () => {
    const { outcome } = written("公示.txt");
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain("公示.txt：文件名须以 .md、.csv、.xlsx 结尾");
  });
});
