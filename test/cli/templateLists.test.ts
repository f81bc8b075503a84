import { describe, expect, test } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { decodeCsv, parseCsv } from "../../src/sheets/csv.js";

/** Runs `inputs --template` and keeps the files it writes, by path. */
function template(file: string, language: "zh" | "en"): { outcome: ReturnType<typeof runCli>; files: Map<string, string | Uint8Array> } {
  const files = new Map<string, string | Uint8Array>();
  const argv = ["inputs", "--category", "staff", "--template", file, "--as-of", "2026-11-26", "--lang", language];
  const outcome = runCli(argv, { progress: () => undefined, writeFile: (path, data) => void files.set(path, data) });
  return { outcome, files };
}
const rowsOf = (data: string | Uint8Array | undefined): string[][] => parseCsv(decodeCsv(typeof data === "string" ? new TextEncoder().encode(data) : (data as Uint8Array)).text);

describe("inputs --template FILE.csv: the records file and one file per list beside it", () => {
  test("each list file is named FILE.<list>.csv and holds its header: the record id, then an entry's fields", () => {
    const { outcome, files } = template("out/申报表.csv", "zh");
    expect(outcome.code).toBe(0);
    // the staff category of 000 reads four lists: complaints §四(二)1(3), own liability incidents 1(5), competition prizes 1(6)①, honours 1(6)④
    expect([...files.keys()].sort()).toEqual(
      ["out/申报表.个人荣誉.csv", "out/申报表.csv", "out/申报表.技术比赛获奖.csv", "out/申报表.自身责任事故.csv", "out/申报表.被投诉记录.csv"].sort(),
    );
    expect(rowsOf(files.get("out/申报表.被投诉记录.csv"))).toEqual([["记录编号", "日期", "情况说明", "是否经查属实", "是否情节严重", "是否涉及服务质量"]]);
    expect(rowsOf(files.get("out/申报表.csv"))[0]).toContain("被投诉记录");
    expect(outcome.stdout).toContain("另有每个列表一个文件，各含表头（每项一行）：`out/申报表.被投诉记录.csv`、");
  });

  test("in English the files are named by the lists' fields", () => {
    const { outcome, files } = template("t.csv", "en");
    expect([...files.keys()]).toContain("t.complaints.csv");
    expect(rowsOf(files.get("t.liabilityIncidents.csv"))).toEqual([["record id", "date", "summary", "kind", "major", "negligent, with a loss"]]);
    expect(outcome.stdout.split("\n")[1]).toMatch(/^and one file per list, each with its header \(one row per entry\): t\.complaints\.csv, /);
  });

  test("FILE.xlsx is one workbook: the list sheets are in it, no other file is written", () => {
    const { outcome, files } = template("t.xlsx", "zh");
    expect(outcome.code).toBe(0);
    expect([...files.keys()]).toEqual(["t.xlsx"]);
    expect(outcome.stdout).not.toContain("另有");
  });
});
