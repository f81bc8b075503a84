import { basename } from "node:path";
import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { raise } from "../messages/issueOf.js";
import { messageText } from "../messages/registry.js";
import { decodeCsv, parseCsv } from "../sheets/csv.js";
import { sheetRecords, type GivenListSheet, type SheetRecord } from "../sheets/sheetRecords.js";
import { awardColumns } from "../sheets/columns.js";
import { listSheetNamed, listSheets } from "../sheets/listColumns.js";
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

/** The sheets of a CSV file (one) or a workbook (each). */
function sheetsOf(file: string): ReadSheet[] {
  const bytes = readBytesFile(file);
  if (/\.csv$/i.test(file)) {
    try {
      return [{ name: "", rows: parseCsv(decodeCsv(bytes).text) }];
    } catch (error) {
      const line = /line (\d+)/.exec((error as Error).message)?.[1];
      return raise("invalid_record", [file], "sheet.badCsv", { line: Number(line ?? 1) });
    }
  }
  try {
    return readXlsx(bytes);
  } catch (error) {
    return raise("invalid_record", [file], "sheet.notWorkbook", { reason: (error as Error).message });
  }
}

/**
 * The list a CSV list file is for, by its name: `被投诉记录.csv`, or the main file's name, a dot and
 * the list's name (`申报信息.被投诉记录.csv`, `round.complaints.csv`), as `inputs --template x.csv` writes them.
 */
const listNameOf = (file: string): string =>
  (
    basename(file)
      .replace(/\.csv$/i, "")
      .split(".")
      .at(-1) as string
  ).trim();

/**
 * The records sheet of a file and its list sheets: a CSV file's one sheet, with the list files
 * given beside it (each named by its list); a workbook's first sheet other than the legend and the
 * lists, with its other sheets that hold anything as its lists.
 */
function givenSheets(file: string, listFiles: readonly string[], isList: (name: string) => boolean): { sheet: ReadSheet; path: string[]; lists: GivenListSheet[] } {
  const sheets = sheetsOf(file);
  if (/\.csv$/i.test(file)) {
    const given = listFiles.map((each) => {
      if (!/\.csv$/i.test(each)) return raise("invalid_record", [each], "sheet.listFilesWithWorkbook", {});
      return { sheet: { name: listNameOf(each), rows: (sheetsOf(each)[0] as ReadSheet).rows }, path: [each] };
    });
    return { sheet: sheets[0] as ReadSheet, path: [file], lists: given };
  }
  if (listFiles.length > 0) return raise("invalid_record", [listFiles[0] as string], "sheet.listFilesWithWorkbook", {});
  const legend = new Set([messageText("words.legendSheet", {}, "zh"), messageText("words.legendSheet", {}, "en")]);
  const sheet = sheets.find((each) => !legend.has(each.name) && !isList(each.name));
  if (sheet === undefined) return raise("invalid_record", [file], "sheet.noSheet", { skip: [...legend][0] as string });
  const others = sheets.filter((each) => each !== sheet && !legend.has(each.name) && each.rows.length > 0);
  return { sheet, path: [file, sheet.name], lists: others.map((each) => ({ sheet: each, path: [file, each.name] })) };
}

/**
 * The records of a spreadsheet file (`.xlsx`, `.csv` in UTF-8 or GB18030) for an award, with the row
 * each came from; every problem of the sheet is thrown at once, each naming the file, the sheet,
 * the row and the column's header. A workbook's list sheets (被投诉记录, 个人荣誉…) give the entries
 * of the records' lists; for a CSV file, `listFiles` are its list files, one per list, each named
 * by its list (`被投诉记录.csv` or `申报信息.被投诉记录.csv`). An empty sheet is left alone; any
 * other sheet that is not a list of the award's records is an error.
 *
 * @example
 * ```ts
 * readSheetRecords("fixtures/sheets/000-round.csv", bundledRulebook(), "model-post", ["fixtures/sheets/000-round.被投诉记录.csv"])[0]?.row; // 2
 * ```
 */
export function readSheetRecords(file: string, compiled: CompiledRulebook, award: string | undefined, listFiles: readonly string[] = []): SheetRecord[] {
  const awardId = award ?? compiled.awards[0]?.award.id ?? compiled.scoredAwards[0]?.award.id ?? "";
  const lists = listSheets(awardColumns(compiled, awardId));
  const given = givenSheets(file, listFiles, (name) => listSheetNamed(lists, name) !== undefined);
  return sheetRecords(compiled, awardId, given.sheet, given.path, given.lists);
}
