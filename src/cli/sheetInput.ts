import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { raise } from "../messages/issueOf.js";
import { messageText } from "../messages/registry.js";
import { decodeCsv, parseCsv } from "../sheets/csv.js";
import { sheetRecords, type SheetRecord } from "../sheets/sheetRecords.js";
import type { ReadSheet } from "../sheets/types.js";
import { readXlsx } from "../sheets/xlsxRead.js";
import { readBytesFile } from "./files.js";

/**
 * Whether a file is a spreadsheet the CLI reads records from (`.xlsx` or `.csv`).
 *
 * @example
 * ```ts
 * isSheetFile("申报表.xlsx"); // true
 * ```
 */
export function isSheetFile(file: string): boolean {
  return /\.(xlsx|csv)$/i.test(file);
}

/** The records sheet of a file: a CSV file's one sheet, or a workbook's first sheet other than the legend. */
function recordsSheet(file: string): { sheet: ReadSheet; path: string[] } {
  const bytes = readBytesFile(file);
  if (/\.csv$/i.test(file)) {
    try {
      return { sheet: { name: "", rows: parseCsv(decodeCsv(bytes).text) }, path: [file] };
    } catch (error) {
      const line = /line (\d+)/.exec((error as Error).message)?.[1];
      return raise("invalid_record", [file], "sheet.badCsv", { line: Number(line ?? 1) });
    }
  }
  let sheets: ReadSheet[];
  try {
    sheets = readXlsx(bytes);
  } catch (error) {
    return raise("invalid_record", [file], "sheet.notWorkbook", { reason: (error as Error).message });
  }
  const legend = new Set([messageText("words.legendSheet", {}, "zh"), messageText("words.legendSheet", {}, "en")]);
  const sheet = sheets.find((each) => !legend.has(each.name));
  if (sheet === undefined) return raise("invalid_record", [file], "sheet.noSheet", { skip: [...legend][0] as string });
  return { sheet, path: [file, sheet.name] };
}

/**
 * The records of a spreadsheet file (`.xlsx`, `.csv` in UTF-8 or GB18030) for an award, with the row
 * each came from; every problem of the sheet is thrown at once, each naming the file, the sheet,
 * the row and the column's header.
 *
 * @example
 * ```ts
 * readSheetRecords("fixtures/sheets/000-round.xlsx", bundledRulebook(), "model-post")[0]?.row; // 2
 * ```
 */
export function readSheetRecords(file: string, compiled: CompiledRulebook, award: string | undefined): SheetRecord[] {
  const { sheet, path } = recordsSheet(file);
  const awardId = award ?? compiled.awards[0]?.award.id ?? compiled.scoredAwards[0]?.award.id ?? "";
  return sheetRecords(compiled, awardId, sheet, path);
}
