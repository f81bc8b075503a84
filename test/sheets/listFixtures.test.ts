import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { readSheetRecords } from "../../src/cli/sheetInput.js";
import { bundledRulebook } from "../../src/load/bundled.js";
import { decodeCsv } from "../../src/sheets/csv.js";
import { templateSheets } from "../../src/sheets/template.js";
import type { Cell } from "../../src/sheets/types.js";
import { writeXlsx } from "../../src/sheets/xlsxWrite.js";

// fixtures/sheets/README.md gives each row's cells and what the 000 document makes of them, worked out by hand
const DIR = "fixtures/sheets";
const WORKBOOK = `${DIR}/000-staff-lists.xlsx`;
const CSV = [`${DIR}/000-staff-lists.csv`, `${DIR}/000-staff-lists.被投诉记录.csv`, `${DIR}/000-staff-lists.自身责任事故.csv`] as const;
const compiled = bundledRulebook();

/** The lists of each record, as the fixture's cells give them. */
const LISTS = [
  { id: "S-01", complaints: [{ date: "2024-03-10", summary: "服务态度生硬", verified: true }], liabilityIncidents: [] },
  {
    id: "S-02",
    complaints: [{ date: "2025-06-01", summary: "用餐高峰排队时间长", verified: false }, { date: "2023-05-01" }],
    liabilityIncidents: [],
  },
  { id: "S-03", complaints: [], liabilityIncidents: [] },
  { id: "S-04", complaints: [], liabilityIncidents: [{ date: "2026-04-01", kind: "safety", major: false }] },
];

const SOURCES: [string, () => ReturnType<typeof readSheetRecords>][] = [
  ["the workbook saved by LibreOffice (list sheets)", () => readSheetRecords(WORKBOOK, compiled, "model-post")],
  ["the CSV files (GB18030 records and complaints, UTF-8 incidents)", () => readSheetRecords(CSV[0], compiled, "model-post", CSV.slice(1))],
];

describe.each(SOURCES)("%s", (_, read) => {
  test("each list row is an entry of its record's list, in row order; 无 is an empty list", () => {
    expect(read().map(({ record }) => ({ id: record.id, complaints: record.complaints, liabilityIncidents: record.liabilityIncidents }))).toEqual(LISTS);
  });
});

describe("the round, through the CLI", () => {
  // as of 2026-11-26: 近三年 is after 2023-11-26, 近两年 after 2024-11-26 (000's windows, counted back from the evaluation date)
  // S-01: a complaint on 2024-03-10 is within three years, not two: fails staff level 1 §四(二)1(3), holds level 2's 2(3);
  //       appraisals 优秀 ×3 meet 2(6)④ → proposed at level 2, 400 元 (§六)
  // S-02: a complaint on 2025-06-01 (not verified: every complaint on record counts, the rule's reading of 无被投诉记录)
  //       is within two years: fails 1(3), 2(3) and 3(3) → not qualified
  // S-03: applied before the window (§五(一)) → refused; S-04: under a year in logistics (§三(一)) → not qualified
  const EXPECTED = [
    ["S-01", "proposed", 2],
    ["S-02", "notQualified", null],
    ["S-03", "refused", null],
    ["S-04", "notQualified", null],
  ];
  const placements = (argv: string[]): unknown[][] => {
    const outcome = runCli([...argv, "--as-of", "2026-11-26", "--format", "json"], { progress: () => undefined, writeFile: () => undefined });
    expect(outcome.code, outcome.stderr).toBe(0);
    const round = JSON.parse(outcome.stdout) as {
      placements: { recordId: string; status: string; level: number | null }[];
      awardees: { name: string; reward?: { value: number } }[];
    };
    expect(round.awardees.map((awardee) => [awardee.name, awardee.reward?.value])).toEqual([["张伟", 400]]);
    return round.placements.map((placement) => [placement.recordId, placement.status, placement.level]);
  };

  test("batch of the workbook", () => expect(placements(["batch", WORKBOOK])).toEqual(EXPECTED));
  test("batch of the CSV file with its list files", () => expect(placements(["batch", ...CSV])).toEqual(EXPECTED));

  test("without the complaints file, S-01's and S-02's complaints (left empty on the records sheet) are unknown: both wait for them", () => {
    // S-01's level 1 and S-02's level 2 hold on everything else (S-02 fails level 1 on 1(6) whatever its complaints), so each hangs on its complaints
    const outcome = runCli(["batch", CSV[0], CSV[2], "--as-of", "2026-11-26", "--format", "json"], { progress: () => undefined, writeFile: () => undefined });
    const round = JSON.parse(outcome.stdout) as { placements: { recordId: string; status: string }[] };
    expect(round.placements.map((placement) => placement.status)).toEqual(["pendingReview", "pendingReview", "refused", "notQualified"]);
  });

  test("a list file given with a workbook is refused", () => {
    const outcome = runCli(["batch", WORKBOOK, CSV[1], "--as-of", "2026-11-26", "--lang", "en"], { progress: () => undefined, writeFile: () => undefined });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain("list files (.csv) go with a CSV records file");
  });
});

test("the fixtures are what they say: LibreOffice's workbook, GB18030 records and complaints", () => {
  const app = strFromU8(unzipSync(readFileSync(WORKBOOK))["docProps/app.xml"] as Uint8Array);
  expect(app).toContain("<Application>LibreOffice/7.4.7.2");
  expect(CSV.map((file) => decodeCsv(readFileSync(file)).encoding)).toEqual(["gb18030", "gb18030", "utf-8"]);
});

test("round trip through the library's own writer: a template filled in, saved, read back", () => {
  const sheets = templateSheets(compiled, { award: "model-post", category: "staff", years: ["2025"], language: "zh" });
  const fill = (name: string, rows: Cell[][]): void => void (sheets.find((sheet) => sheet.name === name) as { rows: Cell[][] }).rows.push(...rows);
  const header = (sheets[0]?.rows[0] ?? []) as string[];
  const row = (cells: Record<string, Cell>): Cell[] => header.map((each) => cells[each] ?? null);
  fill("申报信息", [row({ 记录编号: "R-01", 被投诉记录: null, 个人荣誉: "无" }), row({ 记录编号: "R-02", 被投诉记录: "无" })]);
  fill("被投诉记录", [["R-01", { date: "2025-04-02" }, "投诉一", true, false, true]]);
  fill("个人荣誉", []);
  fill("技术比赛获奖", [
    ["R-02", "后勤", 2, { date: "2024-10-08" }, "厨艺比赛"],
    ["R-01", "所在行业（单位）", 1, "2025年5月6日", null],
  ]);
  const file = join(mkdtempSync(join(tmpdir(), "award-rules-lists-")), "申报表.xlsx");
  writeFileSync(file, writeXlsx(sheets));
  expect(readSheetRecords(file, compiled, "model-post").map(({ record }) => record)).toEqual([
    {
      id: "R-01",
      honours: [],
      complaints: [{ date: "2025-04-02", summary: "投诉一", verified: true, serious: false, serviceQuality: true }],
      competitionPrizes: [{ organiserTier: "tradeOrUnit", place: 1, date: "2025-05-06" }],
    },
    { id: "R-02", complaints: [], competitionPrizes: [{ organiserTier: "logistics", place: 2, date: "2024-10-08", name: "厨艺比赛" }] },
  ]);
});

test("a CSV list file's problems name the file, the row and the column; a file named by no list is refused", () => {
  const dir = mkdtempSync(join(tmpdir(), "award-rules-lists-"));
  const complaints = join(dir, "被投诉记录.csv");
  writeFileSync(complaints, "记录编号,日期\r\nS-09,2025-01-01\r\nS-01,明天\r\n");
  const other = join(dir, "round.投诉.csv");
  writeFileSync(other, "记录编号,日期\r\n");
  const outcome = runCli(["batch", CSV[0], complaints, other, "--as-of", "2026-11-26", "--lang", "en"], { progress: () => undefined, writeFile: () => undefined });
  expect(outcome.code).toBe(2);
  expect(outcome.stderr.split("\n").filter(Boolean)).toEqual([
    `invalid_record at ${complaints}: row 2 «记录编号»: no row of the records sheet has the record id S-09`,
    `invalid_record at ${complaints}: row 3 «日期»: "明天" is not a date (write 2025-03-01, 2025/3/1 or 2025年3月1日, or use a date cell)`,
    `invalid_record at ${other}: «投诉» is not a list of this award's records (its lists: 被投诉记录, 不良行为记录, 个人荣誉, 自身责任事故, 技术比赛获奖, 本部门或班组责任事故, 集体先进称号)`,
  ]);
});
