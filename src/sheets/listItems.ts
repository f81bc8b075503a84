import type { Issue } from "../errors/AwardRulesError.js";
import { issueOf } from "../messages/issueOf.js";
import { readCell } from "./cellValue.js";
import { resolveHeaders } from "./headers.js";
import type { ListSheet } from "./listColumns.js";
import type { ReadSheet } from "./types.js";

/**
 * One entry of a list read from its sheet: its row (the header is row 1), the item, and the
 * header of each item field's column (to name it in a later problem).
 *
 * @example
 * ```ts
 * const entry: ListEntry = { row: 2, item: { date: "2025-03-01" }, headers: new Map([["date", "日期"]]) };
 * ```
 */
export interface ListEntry {
  row: number;
  item: Record<string, unknown>;
  headers: ReadonlyMap<string, string>;
}

/**
 * The entries of a list sheet by record id, in row order, and every problem of the sheet: headers
 * unknown or given twice, no record id column, no column for a field every entry needs; per row,
 * no record id, a record id no row of the records sheet has (`ids`), a value not allowed, not a
 * date or not a number, and a needed field left empty. Each problem's path is `path` and names
 * the row and the column's header. A row with a problem gives no entry.
 *
 * @example
 * ```ts
 * const complaints = listSheets(awardColumns(bundledRulebook(), "model-post"))[0] as ListSheet; // 被投诉记录
 * listEntries(complaints, { name: "被投诉记录", rows: [["记录编号", "日期"], ["S-01", "2025-03-01"]] }, ["a.xlsx", "被投诉记录"], new Set(["S-01"])).entries.get("S-01")?.[0]?.item;
 * // { date: "2025-03-01" }
 * ```
 */
export function listEntries(list: ListSheet, sheet: ReadSheet, path: (string | number)[], ids: ReadonlySet<string>): { entries: Map<string, ListEntry[]>; issues: Issue[] } {
  const entries = new Map<string, ListEntry[]>();
  const [head, ...body] = sheet.rows;
  if (head === undefined) return { entries, issues: [issueOf("invalid_record", path, "sheet.noRows", {})] };
  const { columns, issues } = resolveHeaders({ fixed: [list.id, ...list.columns], yearly: [], inputsOf: () => new Set() }, head, path, "sheet.unknownItemHeader");
  const named = columns.flatMap((column, index) => (column ? [{ column, header: String(head[index]).trim(), index }] : []));
  const idColumn = named.find(({ column }) => column === list.id);
  const fields = named.filter(({ column }) => column !== list.id);
  for (const needed of list.columns.filter((column) => list.required.has(column.path[0] as string))) {
    if (!fields.some(({ column }) => column.key === needed.key)) issues.push(issueOf("invalid_record", path, "sheet.noItemColumn", { header: needed.header.zh }));
  }
  if (idColumn === undefined) return { entries, issues };
  body.forEach((cells, offset) => {
    const row = offset + 2;
    const problems: Issue[] = [];
    const idCell = readCell(cells[idColumn.index] ?? null, idColumn.column, { path, row, header: idColumn.header });
    const id = "value" in idCell ? String(idCell.value) : undefined;
    if (id === undefined) problems.push(issueOf("invalid_record", path, "sheet.noId", { row, header: idColumn.header }));
    else if (!ids.has(id)) problems.push(issueOf("invalid_record", path, "sheet.unknownRecord", { row, header: idColumn.header, id }));
    const item: Record<string, unknown> = {};
    for (const { column, header, index } of fields) {
      const reading = readCell(cells[index] ?? null, column, { path, row, header });
      const field = column.path[0] as string;
      if ("issue" in reading) problems.push(reading.issue);
      else if ("value" in reading) item[field] = reading.value;
      else if (list.required.has(field)) problems.push(issueOf("invalid_record", path, "sheet.itemMissing", { row, header }));
    }
    issues.push(...problems);
    if (problems.length > 0 || id === undefined) return;
    const headers = new Map(fields.map(({ column, header }) => [column.path[0] as string, header]));
    entries.set(id, [...(entries.get(id) ?? []), { row, item, headers }]);
  });
  return { entries, issues };
}
