/**
 * A cell's value as the sheets read and write it: text, a number, a yes/no, a date (`{ date:
 * "YYYY-MM-DD" }`, written with a date format) or empty (null).
 *
 * @example
 * ```ts
 * const cells: Cell[] = ["R-01", 3, true, { date: "2025-03-01" }, null];
 * ```
 */
export type Cell = string | number | boolean | { date: string } | null;

/**
 * One sheet to write: its name, its rows (the first is the header), the width of each column in
 * characters, and the drop-down lists of allowed values by column (0-based), for the rows below the header.
 *
 * @example
 * ```ts
 * const sheet: SheetData = { name: "说明", rows: [["列名", "填写说明"]], widths: [20, 60] };
 * ```
 */
export interface SheetData {
  name: string;
  rows: Cell[][];
  widths?: number[];
  choices?: ReadonlyMap<number, readonly string[]>;
}

/**
 * A sheet as read: its name and its rows of plain values (a date cell of a workbook read as the text
 * `YYYY-MM-DD`), each row as long as its last filled cell; empty trailing rows are not rows.
 *
 * @example
 * ```ts
 * const read: ReadSheet = { name: "申报信息", rows: [["记录编号"], ["R-01"]] };
 * ```
 */
export interface ReadSheet {
  name: string;
  rows: (string | number | boolean | null)[][];
}
