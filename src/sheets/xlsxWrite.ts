import { strToU8, zipSync } from "fflate";
import type { Cell, SheetData } from "./types.js";
import { xmlEscape } from "./xml.js";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Styles: 0 plain, 1 a date (yyyy-mm-dd), 2 a bold header, 3 wrapped text. */
const STYLES = `${HEAD}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs></styleSheet>`;

/**
 * The column letters of a 0-based column index (0 → A, 26 → AA).
 *
 * @example
 * ```ts
 * columnName(27); // "AB"
 * ```
 */
export function columnName(index: number): string {
  let name = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

/** Days from 1899-12-30 (Excel's day 0) to an ISO date. */
function serialOf(date: string): number {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function cellXml(value: Cell, ref: string, header: boolean): string {
  if (value === null || value === "") return "";
  if (typeof value === "number") return `<c r="${ref}"><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === "object") return `<c r="${ref}" s="1"><v>${serialOf(value.date)}</v></c>`;
  const style = header ? ' s="2"' : value.includes("\n") ? ' s="3"' : "";
  return `<c r="${ref}" t="inlineStr"${style}><is><t xml:space="preserve">${xmlEscape(value)}</t></is></c>`;
}

function sheetXml(sheet: SheetData): string {
  const rows = sheet.rows.map((row, r) => `<row r="${r + 1}">${row.map((value, c) => cellXml(value, `${columnName(c)}${r + 1}`, r === 0)).join("")}</row>`).join("");
  const cols = sheet.widths?.length
    ? `<cols>${sheet.widths.map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`).join("")}</cols>`
    : "";
  const choices = [...(sheet.choices ?? new Map<number, readonly string[]>())].filter(([, values]) => values.length > 0 && values.join(",").length <= 255);
  const validations = choices.length
    ? `<dataValidations count="${choices.length}">${choices
        .map(([column, values]) => {
          const letter = columnName(column);
          return `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${letter}2:${letter}1000"><formula1>${xmlEscape(`"${values.join(",")}"`)}</formula1></dataValidation>`;
        })
        .join("")}</dataValidations>`
    : "";
  const freeze = '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  return `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${freeze}${cols}<sheetData>${rows}</sheetData>${validations}</worksheet>`;
}

/**
 * A workbook (`.xlsx`) of the sheets given, as bytes: inline strings, numbers, yes/no, dates in a
 * `yyyy-mm-dd` format, the header row bold and frozen, column widths, and drop-down lists (a list
 * of at most 255 characters, as Excel allows).
 *
 * @example
 * ```ts
 * const bytes = writeXlsx([{ name: "公示名单", rows: [["姓名", "日期"], ["张三", { date: "2026-11-30" }]] }]);
 * ```
 */
export function writeXlsx(sheets: readonly SheetData[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const put = (path: string, text: string): void => void (files[path] = strToU8(text));
  const overrides = sheets
    .map((_, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join("");
  put(
    "[Content_Types].xml",
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${overrides}</Types>`,
  );
  put("_rels/.rels", `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  put(
    "xl/workbook.xml",
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets.map((sheet, index) => `<sheet name="${xmlEscape(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join("")}</sheets></workbook>`,
  );
  put(
    "xl/_rels/workbook.xml.rels",
    `${HEAD}<Relationships xmlns="${PKG_REL}">${sheets
      .map((_, index) => `<Relationship Id="rId${index + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`)
      .join("")}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  put("xl/styles.xml", STYLES);
  sheets.forEach((sheet, index) => put(`xl/worksheets/sheet${index + 1}.xml`, sheetXml(sheet)));
  return zipSync(files, { level: 6, mtime: new Date(Date.UTC(2020, 0, 1)) });
}
