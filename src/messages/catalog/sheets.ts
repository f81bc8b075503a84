import { defineMessage } from "../../text/defineMessage.js";

/** Where in a sheet: `第 12 行「2025年学校职工年度考核等级」` / `row 12 «…»`. */
const at = (p: { row: number; header: string }): { zh: string; en: string } => ({ zh: `第 ${p.row} 行「${p.header}」`, en: `row ${p.row} «${p.header}»` });

/**
 * What is said of a spreadsheet read as records (a workbook or a CSV file): each problem names
 * the row (counting the header as row 1, as the spreadsheet program shows it) and the column's header.
 *
 * @example
 * ```ts
 * SHEET_MESSAGES["sheet.notChoice"].zh({ row: 12, header: "是否党员", got: "yes", allowed: ["是", "否"] });
 * // "第 12 行「是否党员」：“yes”不是可填的值；可填：是、否"
 * ```
 */
export const SHEET_MESSAGES = {
  "sheet.notChoice": defineMessage<{ row: number; header: string; got: string; allowed: string[] }>({
    en: (p) => `${at(p).en}: "${p.got}" is not one of the values allowed (${p.allowed.join(", ")})`,
    zh: (p) => `${at(p).zh}：“${p.got}”不是可填的值；可填：${p.allowed.join("、")}`,
  }),
  "sheet.notDate": defineMessage<{ row: number; header: string; got: string }>({
    en: (p) => `${at(p).en}: "${p.got}" is not a date (write 2025-03-01, 2025/3/1 or 2025年3月1日, or use a date cell)`,
    zh: (p) => `${at(p).zh}：“${p.got}”不是日期（请填 2025-03-01、2025/3/1 或 2025年3月1日，或使用日期单元格）`,
  }),
  "sheet.notNumber": defineMessage<{ row: number; header: string; got: string }>({
    en: (p) => `${at(p).en}: "${p.got}" is not a number`,
    zh: (p) => `${at(p).zh}：“${p.got}”不是数值`,
  }),
  "sheet.listNotNone": defineMessage<{ row: number; header: string; got: string }>({
    en: (p) => `${at(p).en}: "${p.got}": a list column takes 无 (known to be none) or nothing; give its entries, one a row, on the list's own sheet «${p.header}»`,
    zh: (p) => `${at(p).zh}：“${p.got}”：列表列只能填“无”（确知没有）或留空；逐项内容请填在「${p.header}」表中，每项一行`,
  }),
  "sheet.unknownRecord": defineMessage<{ row: number; header: string; id: string }>({
    en: (p) => `${at(p).en}: no row of the records sheet has the record id ${p.id}`,
    zh: (p) => `${at(p).zh}：记录表中没有记录编号为 ${p.id} 的行`,
  }),
  "sheet.itemMissing": defineMessage<{ row: number; header: string }>({
    en: (p) => `${at(p).en}: empty; every entry needs it`,
    zh: (p) => `${at(p).zh}：未填写，每一项都须填写`,
  }),
  "sheet.noItemColumn": defineMessage<{ header: string }>({
    en: (p) => `no «${p.header}» column: every entry of this list needs it`,
    zh: (p) => `没有「${p.header}」列：此列表的每一项都须填写`,
  }),
  "sheet.listBoth": defineMessage<{ row: number; header: string; id: string; sheet: string; rows: number[] }>({
    en: (p) =>
      `${at(p).en}: the record ${p.id} says 无 (none) here, but the sheet «${p.sheet}» gives it ${p.rows.length} entr${p.rows.length === 1 ? "y" : "ies"} (row ${p.rows.join(", ")}); empty this cell or remove those rows`,
    zh: (p) => `${at(p).zh}：记录 ${p.id} 在此填了“无”，但「${p.sheet}」表中有它的 ${p.rows.length} 项（第 ${p.rows.join("、")} 行）；请清空此格或删去那些行`,
  }),
  "sheet.unknownList": defineMessage<{ name: string; known: string[] }>({
    en: (p) => `«${p.name}» is not a list of this award's records (its lists: ${p.known.join(", ")})`,
    zh: (p) => `「${p.name}」不是本奖项记录中的列表（可有的列表：${p.known.join("、")}）`,
  }),
  "sheet.duplicateList": defineMessage<{ name: string }>({
    en: (p) => `the list «${p.name}» is given more than once`,
    zh: (p) => `列表「${p.name}」给了不止一次`,
  }),
  "sheet.listFilesWithWorkbook": defineMessage({
    en: () => "list files (.csv) go with a CSV records file; a workbook holds its lists as sheets",
    zh: () => "列表文件（`csv`）只能配合 `csv` 记录文件使用；工作簿中的列表请作为工作表填写",
  }),
  "sheet.noId": defineMessage<{ row: number; header: string }>({
    en: (p) => `${at(p).en}: no record id; every row needs one`,
    zh: (p) => `${at(p).zh}：未填记录编号，每一行都须填写`,
  }),
  "sheet.duplicateId": defineMessage<{ row: number; header: string; id: string; first: number }>({
    en: (p) => `${at(p).en}: the record id ${p.id} is already used on row ${p.first}`,
    zh: (p) => `${at(p).zh}：记录编号 ${p.id} 已在第 ${p.first} 行使用`,
  }),
  "sheet.inRecord": defineMessage<{ row: number; header: string; en: string; zh: string }>({
    en: (p) => `${at(p).en}: ${p.en}`,
    zh: (p) => `${at(p).zh}：${p.zh}`,
  }),
  "sheet.unknownHeader": defineMessage<{ column: string; header: string; near?: string }>({
    en: (p) => `column ${p.column}: the header «${p.header}» is not an input of this award${p.near ? `; did you mean «${p.near}»?` : ""}`,
    zh: (p) => `第 ${p.column} 列的列名「${p.header}」不是本奖项的输入项${p.near ? `；是否要填「${p.near}」？` : ""}`,
  }),
  "sheet.unknownItemHeader": defineMessage<{ column: string; header: string; near?: string }>({
    en: (p) => `column ${p.column}: the header «${p.header}» is not a field of this list's entries${p.near ? `; did you mean «${p.near}»?` : ""}`,
    zh: (p) => `第 ${p.column} 列的列名「${p.header}」不是此列表各项的栏目${p.near ? `；是否要填「${p.near}」？` : ""}`,
  }),
  "sheet.duplicateHeader": defineMessage<{ header: string; columns: string[] }>({
    en: (p) => `the header «${p.header}» is given in more than one column (${p.columns.join(", ")})`,
    zh: (p) => `列名「${p.header}」出现在多列（第 ${p.columns.join("、")} 列）`,
  }),
  "sheet.noIdColumn": defineMessage<{ header: string }>({
    en: (p) => `no «${p.header}» column: every row needs a record id`,
    zh: (p) => `没有「${p.header}」列：每一行都须有记录编号`,
  }),
  "sheet.noRows": defineMessage({ en: () => "no header row", zh: () => "没有表头行" }),
  "sheet.notWorkbook": defineMessage<{ reason: string }>({
    en: (p) => `not a workbook (.xlsx) (${p.reason})`,
    zh: (p) => `不是 \`xlsx\` 工作簿（${p.reason}）`,
  }),
  "sheet.badCsv": defineMessage<{ line: number }>({
    en: (p) => `a quote opened on line ${p.line} is never closed`,
    zh: (p) => `第 ${p.line} 行开始的引号没有结束`,
  }),
  "sheet.noSheet": defineMessage<{ skip: string }>({
    en: (p) => `the workbook has no sheet of records (besides «${p.skip}»)`,
    zh: (p) => `工作簿中（「${p.skip}」之外）没有记录表`,
  }),
  "sheet.outFormat": defineMessage<{ file: string; allowed: string[] }>({
    en: (p) => `${p.file}: the file must end in ${p.allowed.join(", ")}`,
    zh: (p) => `${p.file}：文件名须以 ${p.allowed.join("、")} 结尾`,
  }),
} as const;
