import { itemShape } from "../schema/describeField.js";
import type { BilingualText } from "../schema/rulebookTypes.js";
import { ITEM_FIELDS, RECORD_FIELDS } from "../schema/recordFields.js";
import { yesNoChoices, type AwardColumns, type Column } from "./columns.js";
import { itemValueNames } from "./valueNames.js";

/**
 * The sheet of one record list (`complaints` 被投诉记录): its name in each language (the list's
 * Chinese name; in English its field, as a sheet name holds at most 31 characters), the record id
 * column of the records sheet, one column per field of an item (each column's `path` is the
 * field in the item), and the fields every row must give.
 *
 * @example
 * ```ts
 * const sheet = listSheets(awardColumns(bundledRulebook(), "model-post")).find((each) => each.field === "complaints");
 * sheet?.columns.map((column) => column.header.zh); // ["日期", "情况说明", "是否经查属实", "是否情节严重", "是否涉及服务质量"]
 * ```
 */
export interface ListSheet {
  field: string;
  name: BilingualText;
  id: Column;
  columns: Column[];
  required: ReadonlySet<string>;
}

/** The columns of the items of a list, from the record's schema. */
function itemColumns(field: string, clauses: string[]): { columns: Column[]; required: Set<string> } {
  const shape = itemShape(field) ?? [];
  const columns = shape.map((item): Column => {
    const base = { key: `${field}.${item.field}`, path: [item.field], header: ITEM_FIELDS[item.field] ?? { zh: item.field, en: item.field }, clauses };
    if (item.holds === "yesNo") return { ...base, kind: "choice", choices: yesNoChoices() };
    if (item.holds === "choice") {
      const names = itemValueNames(field, item.field, item.values ?? []);
      return { ...base, kind: "choice", choices: [...names].map(([value, name]) => ({ value, name })) };
    }
    return { ...base, kind: item.holds };
  });
  return { columns, required: new Set(shape.filter((item) => item.required).map((item) => item.field)) };
}

/**
 * The list sheets an award's records may have: one for each list its records sheet has a column
 * for (`complaints`, `honours`, …), headed by the records sheet's id column, then the fields of an
 * item. A new list in the record's schema gets its sheet with no change here (its fields need
 * their names in `ITEM_FIELDS`).
 *
 * @example
 * ```ts
 * listSheets(awardColumns(bundledRulebook(), "model-post")).map((sheet) => sheet.name.zh); // ["被投诉记录", "个人荣誉", …]
 * ```
 */
export function listSheets(all: AwardColumns): ListSheet[] {
  const id = all.fixed.find((column) => column.key === "id");
  if (id === undefined) return [];
  return all.fixed
    .filter((column) => column.kind === "list")
    .map((column) => {
      const field = column.key;
      const label = RECORD_FIELDS[field] ?? column.header;
      return { field, name: { zh: label.zh, en: field }, id, ...itemColumns(field, column.clauses) };
    });
}

/**
 * The list sheet a sheet's (or a CSV file's) name stands for: the list's Chinese or English name,
 * or its field.
 *
 * @example
 * ```ts
 * listSheetNamed(listSheets(awardColumns(bundledRulebook(), "model-post")), "被投诉记录")?.field; // "complaints"
 * ```
 */
export function listSheetNamed(sheets: readonly ListSheet[], name: string): ListSheet | undefined {
  const wanted = name.trim();
  return sheets.find((sheet) => sheet.name.zh === wanted || sheet.field === wanted || RECORD_FIELDS[sheet.field]?.en === wanted);
}
