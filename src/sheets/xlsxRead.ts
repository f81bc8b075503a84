import { strFromU8, unzipSync } from "fflate";
import type { ReadSheet } from "./types.js";
import { elements, textOf, xmlUnescape } from "./xml.js";

/** The built-in number formats that show a date (ECMA-376 §18.8.30, with the East Asian ones). */
const DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);

/** A format code that shows a date: it has a day, month or year part outside quotes and brackets. */
function isDateCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dy]|(^|[^h:])m/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

/** Which cell styles (by index) show a date. */
function dateStyles(styles: string | undefined): Set<number> {
  const found = new Set<number>();
  if (styles === undefined) return found;
  const custom = new Map(elements(styles, "numFmt").map((format) => [Number(format.attributes.numFmtId), format.attributes.formatCode ?? ""]));
  const cellXfs = elements(styles, "cellXfs")[0]?.inner ?? "";
  elements(cellXfs, "xf").forEach((xf, index) => {
    const id = Number(xf.attributes.numFmtId ?? 0);
    if (DATE_FORMATS.has(id) || (custom.has(id) && isDateCode(custom.get(id) as string))) found.add(index);
  });
  return found;
}

/**
 * The ISO date of a spreadsheet day number (1900 system: day 1 is 1900-01-01, with Excel's
 * 1900-02-29; 1904 system: day 0 is 1904-01-01); the time of day is dropped.
 *
 * @example
 * ```ts
 * dateOfSerial(45717); // "2025-03-01"
 * ```
 */
export function dateOfSerial(serial: number, date1904 = false): string {
  const base = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const days = Math.floor(serial) + (!date1904 && serial < 61 ? 1 : 0);
  return new Date(base + days * 86_400_000).toISOString().slice(0, 10);
}

/** The 0-based column of a cell reference (`AB12` → 27), or undefined. */
function columnOf(ref: string | undefined): number | undefined {
  const letters = ref === undefined ? undefined : /^([A-Z]+)\d+$/i.exec(ref)?.[1];
  if (letters === undefined) return undefined;
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

function cellValue(attributes: Record<string, string>, inner: string, shared: string[], dates: Set<number>, date1904: boolean): string | number | boolean | null {
  const raw = elements(inner, "v")[0]?.inner;
  switch (attributes.t) {
    case "s":
      return shared[Number(raw)] ?? null;
    case "inlineStr":
      return textOf(elements(inner, "is")[0]?.inner ?? "");
    case "str":
      return raw === undefined ? null : xmlUnescape(raw);
    case "b":
      return raw === undefined ? null : raw.trim() === "1" || raw.trim() === "true";
    case "e":
      return raw === undefined ? null : `#${xmlUnescape(raw).replace(/^#/, "")}`;
    case "d":
      return raw === undefined ? null : xmlUnescape(raw).slice(0, 10);
    default: {
      if (raw === undefined || raw.trim() === "") return null;
      const number = Number(raw);
      return dates.has(Number(attributes.s ?? 0)) ? dateOfSerial(number, date1904) : number;
    }
  }
}

function sheetRows(xml: string, shared: string[], dates: Set<number>, date1904: boolean): ReadSheet["rows"] {
  const rows: ReadSheet["rows"] = [];
  for (const row of elements(elements(xml, "sheetData")[0]?.inner ?? "", "row")) {
    const index = row.attributes.r === undefined ? rows.length : Number(row.attributes.r) - 1;
    const cells: (string | number | boolean | null)[] = [];
    for (const cell of elements(row.inner, "c")) {
      const column = columnOf(cell.attributes.r) ?? cells.length;
      const value = cellValue(cell.attributes, cell.inner, shared, dates, date1904);
      while (cells.length < column) cells.push(null);
      cells[column] = value;
    }
    while (cells.length > 0 && (cells.at(-1) === null || cells.at(-1) === "")) cells.pop();
    while (rows.length < index) rows.push([]);
    rows[index] = cells;
  }
  while (rows.length > 0 && (rows.at(-1) as unknown[]).length === 0) rows.pop();
  return rows;
}

/**
 * The sheets of a workbook (`.xlsx`, as Excel, WPS or LibreOffice save it), in order: shared and
 * inline strings, numbers, yes/no, formulas' cached values, and numbers in a date format as
 * `YYYY-MM-DD` text (1900 and 1904 date systems). Throws `Error` when the bytes are not a workbook.
 *
 * @example
 * ```ts
 * readXlsx(writeXlsx([{ name: "表", rows: [["姓名"], ["张三"]] }]))[0].rows; // [["姓名"], ["张三"]]
 * ```
 */
export function readXlsx(bytes: Uint8Array): ReadSheet[] {
  const files = unzipSync(bytes, { filter: (file) => file.name.endsWith(".xml") || file.name.endsWith(".rels") });
  const text = (path: string): string | undefined => (files[path] === undefined ? undefined : strFromU8(files[path]));
  const workbook = text("xl/workbook.xml");
  if (workbook === undefined) throw new Error("no xl/workbook.xml");
  const date1904 = /date1904\s*=\s*"(1|true)"/.test(elements(workbook, "workbookPr")[0] ? workbook : "");
  const targets = new Map(elements(text("xl/_rels/workbook.xml.rels") ?? "", "Relationship").map((rel) => [rel.attributes.Id, rel.attributes.Target ?? ""]));
  const shared = elements(text("xl/sharedStrings.xml") ?? "", "si").map((item) => textOf(item.inner));
  const dates = dateStyles(text("xl/styles.xml"));
  return elements(workbook, "sheet").map((sheet) => {
    const id = Object.entries(sheet.attributes).find(([name]) => name === "id" || name.endsWith(":id"))?.[1];
    const target = (id === undefined ? undefined : targets.get(id)) ?? "";
    const path = target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
    return { name: sheet.attributes.name ?? "", rows: sheetRows(text(path) ?? "", shared, dates, date1904) };
  });
}
