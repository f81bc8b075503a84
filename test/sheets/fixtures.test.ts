import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { readSheetRecords } from "../../src/cli/sheetInput.js";
import { evaluateCohort } from "../../src/cohort/evaluateCohort.js";
import { bundledRulebook } from "../../src/load/bundled.js";
import { decodeCsv } from "../../src/sheets/csv.js";

// fixtures/sheets/README.md states each row and what the 000 document makes of it, worked out by hand
const FILES = ["fixtures/sheets/000-staff-round.xlsx", "fixtures/sheets/000-staff-round-gb18030.csv"];
const compiled = bundledRulebook();

describe.each(FILES)("%s", (file) => {
  const read = readSheetRecords(file, compiled, "model-post");

  test("four rows, numbered as the spreadsheet program numbers them, each a record", () => {
    expect(read.map(({ row, record }) => [row, record.id, record.name])).toEqual([
      [2, "S-01", "张伟"],
      [3, "S-02", "李娜"],
      [4, "S-03", "刘洋"],
      [5, "S-04", "陈静"],
    ]);
  });

  test("Chinese values become codes, dates in every form become ISO dates, 无 an empty list", () => {
    const [first, second, third, fourth] = read.map(({ record }) => record);
    expect(first).toMatchObject({
      department: "物业中心",
      role: "staff",
      partyMember: false,
      revokedInPreviousRound: false,
      professionalTitle: "junior",
      logisticsStartDate: "2012-03-01",
      application: { category: "staff", date: "2026-11-22" },
      annualAppraisals: { "2023": "excellent", "2024": "excellent", "2025": "excellent" },
      complaints: [],
      honours: [],
      liabilityIncidents: [],
      competitionPrizes: [],
    });
    expect((first as { attestations: Record<string, string> }).attestations).toMatchObject({ "requirements.conduct": "met", "staff.1.1": "met", "staff.1.6.2": "notMet" });
    expect(second).toMatchObject({ logisticsStartDate: "2015-09-01", annualAppraisals: { "2023": "good", "2024": "good", "2025": "excellent" } });
    expect(third).toMatchObject({ application: { category: "staff", date: "2026-11-19" } });
    expect(fourth).toMatchObject({ logisticsStartDate: "2026-03-01" });
  });

  test("the round: S-01 proposed at level 1, S-02 at level 2, S-03 refused (applied before the window), S-04 not qualified (under a year in logistics)", () => {
    const round = evaluateCohort(
      compiled,
      read.map(({ record }) => record),
      { asOf: "2026-11-26" },
    );
    expect(round.placements.map((placement) => [placement.recordId, placement.status, placement.level])).toEqual([
      ["S-01", "proposed", 1],
      ["S-02", "proposed", 2],
      ["S-03", "refused", null],
      ["S-04", "notQualified", null],
    ]);
    expect(round.awardees.map((awardee) => [awardee.name, awardee.reward?.value])).toEqual([
      ["张伟", 500],
      ["李娜", 400],
    ]);
  });
});

test("the CSV fixture is GB18030, not UTF-8, and the workbook was saved by LibreOffice", () => {
  expect(decodeCsv(readFileSync(FILES[1] as string)).encoding).toBe("gb18030");
  const app = strFromU8(unzipSync(readFileSync(FILES[0] as string))["docProps/app.xml"] as Uint8Array);
  expect(app).toContain("<Application>LibreOffice/7.4.7.2");
});
