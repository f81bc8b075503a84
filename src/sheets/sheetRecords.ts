import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { AwardRulesError, type Issue } from "../errors/AwardRulesError.js";
import { safeParseCandidate } from "../load/parseCandidate.js";
import { issueOf } from "../messages/issueOf.js";
import { RECORD_FIELDS } from "../schema/recordFields.js";
import { readCell } from "./cellValue.js";
import { awardColumns, type AwardColumns, type Column } from "./columns.js";
import { resolveHeaders } from "./headers.js";
import { listSheetNamed, listSheets } from "./listColumns.js";
import { listEntries, type ListEntry } from "./listItems.js";
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
 * A list sheet as given to `sheetRecords`: its rows (its name says which list it is: 被投诉记录,
 * `complaints`…), and the path its problems are reported at (the file, the sheet).
 *
 * @example
 * ```ts
 * const given: GivenListSheet = { sheet: { name: "被投诉记录", rows: [["记录编号", "日期"], ["S-01", "2025-03-01"]] }, path: ["a.xlsx", "被投诉记录"] };
 * ```
 */
export interface GivenListSheet {
  sheet: ReadSheet;
  path: (string | number)[];
}

/** Where the items of a record's lists came from: by list, each item's list sheet entry and that sheet's path. */
type Origins = Map<string, { entries: ListEntry[]; path: (string | number)[] }>;

/**
 * The records of a sheet for an award, every problem found at once: headers unknown (with the
 * nearest known one) or given twice, no record id column; per row, a value not allowed, not a
 * date, not a number, a missing or repeated record id, and what the record's schema refuses. Each
 * problem names the row and the column's header; all of them are thrown together as one
 * `AwardRulesError` whose issues' paths are `path` (the file, the sheet). No row is skipped: an empty
 * row between filled ones is a row without a record id.
 *
 * The entries of the record lists (complaints, honours…) come from `lists`, one sheet per list
 * named by the list (`listSheets`): each row is one entry, appended in row order to the list of the
 * record its id names. A record's list is then the entries given; a records sheet's list column
 * left empty (or left out) does not matter; one saying 无 while the list sheet gives entries for
 * that record is an error. A list sheet's problems (see `listEntries`) are reported at its path;
 * an entry the record's schema refuses names its list sheet's row and column.
 *
 * @example
 * ```ts
 * sheetRecords(bundledRulebook(), "model-post", { name: "申报信息", rows: [["记录编号", "是否党员"], ["R-01", "是"]] }, ["a.xlsx"]);
 * // [{ row: 2, record: { id: "R-01", partyMember: true } }]
 * ```
 */
export function sheetRecords(compiled: CompiledRulebook, award: string, sheet: ReadSheet, path: (string | number)[], lists: readonly GivenListSheet[] = []): SheetRecord[] {
  const [head, ...body] = sheet.rows;
  if (head === undefined) throw new AwardRulesError([issueOf("invalid_record", path, "sheet.noRows", {})]);
  const all = awardColumns(compiled, award);
  const { columns, issues } = resolveHeaders(all, head, path);
  const named = columns.flatMap((column, index) => (column ? [{ column, header: String(head[index]).trim(), index }] : []));
  const idColumn = named.find(({ column }) => column.key === "id");
  const manyAwards = compiled.awards.length + compiled.scoredAwards.length > 1;
  const seen = new Map<string, number>();
  const records: (SheetRecord & { sound: boolean })[] = [];
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
    issues.push(...problems);
    records.push({ row, record, sound: problems.length === 0 && idColumn !== undefined });
  });
  const given = readLists(all, lists, new Set(seen.keys()), issues);
  for (const { row, record, sound } of records) {
    const origins: Origins = new Map();
    const first = typeof record.id === "string" && seen.get(record.id) === row;
    for (const [field, { entries, path: listPath, name }] of given) {
      const found = first ? entries.get(record.id as string) : undefined;
      if (found === undefined) continue;
      if (Array.isArray(record[field])) {
        const header = named.find(({ column }) => column.key === field)?.header ?? field;
        issues.push(issueOf("invalid_record", path, "sheet.listBoth", { row, header, id: record.id as string, sheet: name, rows: found.map((entry) => entry.row) }));
      } else {
        record[field] = found.map((entry) => entry.item);
        origins.set(field, { entries: found, path: listPath });
      }
    }
    if (sound) issues.push(...recordIssues(record, row, path, named, origins));
  }
  if (issues.length > 0) throw new AwardRulesError(issues);
  return records.map(({ row, record }) => ({ row, record }));
}

/** The entries of each list sheet given, by list, with their problems added to `issues`. */
function readLists(
  all: AwardColumns,
  lists: readonly GivenListSheet[],
  ids: ReadonlySet<string>,
  issues: Issue[],
): Map<string, { entries: Map<string, ListEntry[]>; path: (string | number)[]; name: string }> {
  const sheets = listSheets(all);
  const given = new Map<string, { entries: Map<string, ListEntry[]>; path: (string | number)[]; name: string }>();
  for (const { sheet, path } of lists) {
    const list = listSheetNamed(sheets, sheet.name);
    if (list === undefined) {
      issues.push(issueOf("invalid_record", path, "sheet.unknownList", { name: sheet.name, known: sheets.map((each) => each.name.zh) }));
      continue;
    }
    if (given.has(list.field)) {
      issues.push(issueOf("invalid_record", path, "sheet.duplicateList", { name: sheet.name }));
      continue;
    }
    const read = listEntries(list, sheet, path, ids);
    issues.push(...read.issues);
    given.set(list.field, { entries: read.entries, path, name: sheet.name });
  }
  return given;
}

/** What the record's schema refuses, each named by the row and column it came from (the list sheet's for an entry of a list). */
function recordIssues(record: Record<string, unknown>, row: number, path: (string | number)[], named: readonly { column: Column; header: string }[], origins: Origins): Issue[] {
  const parsed = safeParseCandidate(record);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const origin = origins.get(String(issue.path[0]));
    const entry = origin?.entries[Number(issue.path[1])];
    if (origin !== undefined && entry !== undefined) {
      const header = entry.headers.get(String(issue.path[2])) ?? [...entry.headers.values()][0] ?? String(issue.path[0]);
      return issueOf("invalid_record", origin.path, "sheet.inRecord", { row: entry.row, header, en: issue.message, zh: issue.zh });
    }
    return issueOf("invalid_record", path, "sheet.inRecord", { row, header: headerOf(named, issue.path), en: issue.message, zh: issue.zh });
  });
}
