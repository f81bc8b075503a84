import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { AwardRulesError, type Issue } from "../errors/AwardRulesError.js";
import { safeParseCandidate } from "../load/parseCandidate.js";
import { issueOf } from "../messages/issueOf.js";
import { RECORD_FIELDS } from "../schema/recordFields.js";
import { readCell } from "./cellValue.js";
import { awardColumns, type Column } from "./columns.js";
import { resolveHeaders } from "./headers.js";
import type { ReadSheet } from "./types.js";

/**
 * A record read from a sheet, with its row as the spreadsheet program numbers it (the header is row 1).
 *
 * @example
 * ```ts
 * const read: SheetRecord = { row: 2, record: { id: "R-01", partyMember: true } };
 * ```
 */
export interface SheetRecord {
  row: number;
  record: Record<string, unknown>;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let current = target;
  for (const step of path.slice(0, -1)) {
    const next = current[step];
    current = (next !== null && typeof next === "object" ? next : (current[step] = {})) as Record<string, unknown>;
  }
  current[path.at(-1) as string] = value;
}

/** The header of the column a record's issue is about: the column whose path starts the issue's, else the field's name. */
function headerOf(columns: readonly { column: Column; header: string }[], path: readonly (string | number)[]): string {
  const matches = columns.filter(({ column }) => column.path.every((step, index) => path[index] === step) || path.every((step, index) => column.path[index] === step));
  const best = matches.sort((a, b) => b.column.path.length - a.column.path.length)[0];
  if (best !== undefined) return best.header;
  const field = String(path[0] ?? "");
  return RECORD_FIELDS[field]?.zh ?? field;
}

/**
 * The records of a sheet for an award, every problem found at once: headers unknown (with the
 * nearest known one) or given twice, no record id column; per row, a value not allowed, not a
 * date, not a number, a missing or repeated record id, and what the record's schema refuses. Each
 * problem names the row and the column's header; all of them are thrown together as one
 * `AwardRulesError` whose issues' paths are `path` (the file, the sheet). No row is skipped: an empty
 * row between filled ones is a row without a record id.
 *
 * @example
 * ```ts
 * sheetRecords(bundledRulebook(), "model-post", { name: "申报信息", rows: [["记录编号", "是否党员"], ["R-01", "是"]] }, ["a.xlsx"]);
 * // [{ row: 2, record: { id: "R-01", partyMember: true } }]
 * ```
 */
export function sheetRecords(compiled: CompiledRulebook, award: string, sheet: ReadSheet, path: (string | number)[]): SheetRecord[] {
  const [head, ...body] = sheet.rows;
  if (head === undefined) throw new AwardRulesError([issueOf("invalid_record", path, "sheet.noRows", {})]);
  const all = awardColumns(compiled, award);
  const { columns, issues } = resolveHeaders(all, head, path);
  const named = columns.flatMap((column, index) => (column ? [{ column, header: String(head[index]).trim(), index }] : []));
  const idColumn = named.find(({ column }) => column.key === "id");
  const manyAwards = compiled.awards.length + compiled.scoredAwards.length > 1;
  const seen = new Map<string, number>();
  const records: SheetRecord[] = [];
  body.forEach((cells, offset) => {
    const row = offset + 2;
    const record: Record<string, unknown> = {};
    const problems: Issue[] = [];
    for (const { column, header, index } of named) {
      const reading = readCell(cells[index] ?? null, column, { path, row, header });
      if ("issue" in reading) problems.push(reading.issue);
      else if ("value" in reading) setPath(record, column.path, reading.value);
    }
    const id = record.id;
    if (idColumn !== undefined && typeof id !== "string") problems.push(issueOf("invalid_record", path, "sheet.noId", { row, header: idColumn.header }));
    if (typeof id === "string" && idColumn !== undefined) {
      const first = seen.get(id);
      if (first !== undefined) problems.push(issueOf("invalid_record", path, "sheet.duplicateId", { row, header: idColumn.header, id, first }));
      else seen.set(id, row);
    }
    if (manyAwards && record.application !== undefined) (record.application as Record<string, unknown>).award = award;
    if (problems.length === 0 && idColumn !== undefined) {
      const parsed = safeParseCandidate(record);
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          problems.push(issueOf("invalid_record", path, "sheet.inRecord", { row, header: headerOf(named, issue.path), en: issue.message, zh: issue.zh }));
      }
    }
    issues.push(...problems);
    records.push({ row, record });
  });
  if (issues.length > 0) throw new AwardRulesError(issues);
  return records;
}
