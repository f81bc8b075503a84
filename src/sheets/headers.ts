import type { Issue } from "../errors/AwardRulesError.js";
import { issueOf } from "../messages/issueOf.js";
import { nearest } from "../text/nearest.js";
import type { AwardColumns, Column } from "./columns.js";
import { columnName } from "./xlsxWrite.js";

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The column a header names: a fixed column by its header in either language or its key, or a yearly one by its year. */
function columnOf(all: AwardColumns, header: string): Column | undefined {
  const exact = all.fixed.find((column) => column.header.zh === header || column.header.en === header || column.key === header);
  if (exact !== undefined) return exact;
  const bare = all.fixed.filter((column) => column.header.zh.replace(/（[^）]*）$/, "") === header);
  if (bare.length === 1) return bare[0];
  for (const family of all.yearly) {
    const part = family.part;
    const patterns = [
      new RegExp(`^(\\d{4})\\s*年\\s*${escape(family.label.zh)}${part ? `[（(]${escape(part.word.zh)}[）)]` : ""}$`),
      new RegExp(`^${escape(family.label.en)}\\s+(\\d{4})${part ? `\\s*\\(${escape(part.word.en)}\\)` : ""}$`),
      new RegExp(`^${escape(family.field)}\\.(\\d{4})${part ? `\\.${escape(part.key)}` : ""}$`),
    ];
    const year = patterns.map((pattern) => pattern.exec(header)?.[1]).find((found) => found !== undefined);
    if (year !== undefined) return family.make(year);
  }
  return undefined;
}

/**
 * The column of each header of a sheet (null for an empty header over an empty column), and the
 * problems: an unknown header (with the nearest known one; said with `unknown`, by default as not
 * an input of the award), a header given twice, no record id column.
 *
 * @example
 * ```ts
 * resolveHeaders(awardColumns(bundledRulebook(), "model-post"), ["记录编号", "是否党员"], ["a.xlsx"]).columns[1]?.key; // "partyMember"
 * ```
 */
export function resolveHeaders(
  all: AwardColumns,
  headers: readonly (string | number | boolean | null)[],
  path: (string | number)[],
  unknown: "sheet.unknownHeader" | "sheet.unknownItemHeader" = "sheet.unknownHeader",
): { columns: (Column | null)[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const known = [...all.fixed.map((column) => column.header.zh), ...all.yearly.map((family) => family.make("2025").header.zh)];
  const columns = headers.map((cell, index): Column | null => {
    const header = cell === null ? "" : String(cell).trim();
    if (header === "") return null;
    const column = columnOf(all, header);
    if (column === undefined) {
      // a header that holds the text given, or is held in it, is nearer than any edit distance says
      const near = known.find((each) => each.includes(header) || header.includes(each)) ?? nearest(header, known, 1)[0];
      issues.push(issueOf("invalid_record", path, unknown, { column: columnName(index), header, ...(near ? { near } : {}) }));
      return null;
    }
    return column;
  });
  const byKey = new Map<string, number[]>();
  columns.forEach((column, index) => column && byKey.set(column.key, [...(byKey.get(column.key) ?? []), index]));
  for (const [, indexes] of byKey) {
    if (indexes.length < 2) continue;
    issues.push(issueOf("invalid_record", path, "sheet.duplicateHeader", { header: String(headers[indexes[0] as number]), columns: indexes.map(columnName) }));
  }
  if (!columns.some((column) => column?.key === "id")) issues.push(issueOf("invalid_record", path, "sheet.noIdColumn", { header: all.fixed[0]?.header.zh ?? "" }));
  return { columns, issues };
}
