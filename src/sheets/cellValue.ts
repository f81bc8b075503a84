import type { Issue } from "../errors/AwardRulesError.js";
import { issueOf } from "../messages/issueOf.js";
import type { Column } from "./columns.js";
import { dateOfSerial } from "./xlsxRead.js";

type Raw = string | number | boolean | null;

/** A cell's value for its column, or the message saying why it cannot be one. */
export type CellReading = { value: unknown } | { empty: true } | { issue: Issue };

/** An ISO date of text written 2025-03-01, 2025/3/1, 2025.3.1 or 2025年3月1日, if it is a real day. */
function dateOfText(text: string): string | undefined {
  const match = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/.exec(text);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * Reads one cell for its column: text as text; a value of a set by its Chinese name, its English
 * name or its code (是/否, true/false and a yes/no cell for a yes/no); a date from a date cell, a day
 * number or text (2025-03-01, 2025/3/1, 2025年3月1日); a number; 无 for a list known to be empty.
 * An empty cell is unknown.
 *
 * @example
 * ```ts
 * readCell("2025年3月1日", { key: "logisticsStartDate", path: ["logisticsStartDate"], header: { zh: "", en: "" }, kind: "date", clauses: [] }, { path: ["a.xlsx"], row: 2, header: "后勤工作起始日期" });
 * // { value: "2025-03-01" }
 * ```
 */
export function readCell(raw: Raw, column: Column, where: { path: (string | number)[]; row: number; header: string }): CellReading {
  const at = { row: where.row, header: where.header };
  const text = raw === null ? "" : String(raw).trim();
  if (text === "") return { empty: true };
  switch (column.kind) {
    case "text":
      return { value: text };
    case "number": {
      const number = typeof raw === "number" ? raw : Number(text.replace(/,/g, ""));
      return Number.isFinite(number) && text !== "" ? { value: number } : { issue: issueOf("invalid_record", where.path, "sheet.notNumber", { ...at, got: text }) };
    }
    case "date": {
      if (typeof raw === "number" && Number.isInteger(raw) && raw > 0 && raw < 2_958_466) return { value: dateOfSerial(raw) };
      const date = dateOfText(text);
      return date !== undefined ? { value: date } : { issue: issueOf("invalid_record", where.path, "sheet.notDate", { ...at, got: text }) };
    }
    case "list":
      return text === "无" || text.toLowerCase() === "none" ? { value: [] } : { issue: issueOf("invalid_record", where.path, "sheet.listNotNone", { ...at, got: text }) };
    case "choice": {
      const choices = column.choices ?? [];
      const found = choices.find(
        (choice) => choice.name.zh === text || choice.name.en.toLowerCase() === text.toLowerCase() || String(choice.value).toLowerCase() === text.toLowerCase(),
      );
      return found !== undefined
        ? { value: found.value }
        : { issue: issueOf("invalid_record", where.path, "sheet.notChoice", { ...at, got: text, allowed: choices.map((choice) => choice.name.zh) }) };
    }
  }
}
