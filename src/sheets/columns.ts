import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { requiredInputs, type RequiredInput } from "../inputs/requiredInputs.js";
import { messageText } from "../messages/registry.js";
import { describeField } from "../schema/describeField.js";
import type { BilingualText } from "../schema/rulebookTypes.js";
import { RECORD_FIELDS } from "../schema/recordFields.js";
import { namedValues, valueNames } from "./valueNames.js";

/**
 * One column of a records sheet: where its value goes in the record, its header in each language,
 * what it holds (text, one of some values, a date, a number, a list known to be empty), and the
 * clauses that read it.
 *
 * @example
 * ```ts
 * const column: Column = { key: "partyMember", path: ["partyMember"], header: { zh: "是否党员", en: "party member" }, kind: "choice",
 *   choices: [{ value: true, name: { zh: "是", en: "yes" } }, { value: false, name: { zh: "否", en: "no" } }], clauses: [] };
 * ```
 */
export interface Column {
  /** The input's key (`requiredInputs`), or the record field's. */
  key: string;
  path: string[];
  header: BilingualText;
  kind: "text" | "choice" | "date" | "number" | "list";
  choices?: { value: string | boolean; name: BilingualText }[];
  clauses: string[];
}

/** Columns of a record map keyed by year (`annualAppraisals`, `economicTargets`): one column a year. */
interface YearlyColumns {
  field: string;
  label: BilingualText;
  part?: { key: string; word: BilingualText };
  make: (year: string) => Column;
}

/**
 * The columns an award's records sheet may have: the fixed ones and those of its inputs, and the
 * families of columns by year.
 *
 * @example
 * ```ts
 * awardColumns(bundledRulebook(), "model-post").fixed[0].header.zh; // "记录编号"
 * ```
 */
export interface AwardColumns {
  fixed: Column[];
  yearly: YearlyColumns[];
  /** The keys of the inputs of each category (for a template of one category). */
  inputsOf: (category: string | undefined) => Set<string>;
}

const words = (id: "words.yes" | "words.no" | "words.target" | "words.actual" | "words.category" | "words.applicationDate"): BilingualText => ({
  zh: messageText(id, {}, "zh"),
  en: messageText(id, {}, "en"),
});
const fieldLabel = (field: string): BilingualText => RECORD_FIELDS[field] ?? { zh: field, en: field };
/**
 * The choices of a yes/no column: 是 (true) and 否 (false).
 *
 * @example
 * ```ts
 * yesNoChoices()?.[0]?.name.zh; // "是"
 * ```
 */
export const yesNoChoices = (): Column["choices"] => [
  { value: true, name: words("words.yes") },
  { value: false, name: words("words.no") },
];

/** The column of a plain record field, from what its JSON Schema says it holds. */
function fieldColumn(field: string, clauses: string[]): Column | undefined {
  const { type, values } = describeField(field);
  const base = { key: field, path: [field], header: fieldLabel(field), clauses };
  if (values) return { ...base, kind: "choice", choices: [...valueNames(field, values)].map(([value, name]) => ({ value, name })) };
  if (type.en === "true | false") return { ...base, kind: "choice", choices: yesNoChoices() };
  if (type.en === "a date YYYY-MM-DD") return { ...base, kind: "date" };
  if (type.en === "a number") return { ...base, kind: "number" };
  if (type.en === "text") return { ...base, kind: "text" };
  if (type.en.startsWith("a list of")) return { ...base, kind: "list" };
  return undefined;
}

/** The columns of a record map by year, one family per part of its entries (`target`, `actual`). */
function yearlyOf(field: string, clauses: string[]): YearlyColumns[] {
  const { type } = describeField(field);
  const label = fieldLabel(field);
  const entry = /:\s*(.*)$/.exec(type.en)?.[1] ?? "";
  if (entry.startsWith("{")) {
    const parts = entry.replace(/[{}]/g, "").split(/,\s*/);
    return parts.map((part) => {
      const word = part === "target" || part === "actual" ? words(`words.${part}`) : { zh: part, en: part };
      const header = (year: string): BilingualText => ({
        zh: messageText("words.yearPart", { year, label: label.zh, part: word.zh }, "zh"),
        en: messageText("words.yearPart", { year, label: label.en, part: word.en }, "en"),
      });
      return {
        field,
        label,
        part: { key: part, word },
        make: (year) => ({ key: `${field}.${year}.${part}`, path: [field, year, part], header: header(year), kind: "number", clauses }),
      };
    });
  }
  const values = entry.split(" | ");
  const choices = [...valueNames(field, values)].map(([value, name]) => ({ value, name }));
  return [
    {
      field,
      label,
      make: (year) => ({
        key: `${field}.${year}`,
        path: [field, year],
        header: { zh: messageText("words.byYear", { year, label: label.zh }, "zh"), en: messageText("words.byYear", { year, label: label.en }, "en") },
        kind: "choice",
        choices,
        clauses,
      }),
    },
  ];
}

/** The column of an attestation, a measure, a flag or a score. */
function declaredColumn(input: RequiredInput, clauses: string[]): Column {
  const [, ...rest] = input.key.split(".");
  const path = input.kind === "attestation" ? ["attestations", rest.join(".")] : input.kind === "score" ? input.key.split(".") : [`${input.kind}s`, rest.join(".")];
  const base = { key: input.key, path, header: input.label, clauses };
  if (input.kind === "attestation") return { ...base, kind: "choice", choices: namedValues(input.type.zh).map(({ value, zh }) => ({ value, name: { zh, en: value } })) };
  if (input.kind === "flag") return { ...base, kind: "choice", choices: yesNoChoices() };
  return { ...base, kind: "number" };
}

/** Two columns with the same header in one language get the clause after it (then the key). */
function distinctHeaders(columns: Column[]): Column[] {
  for (const language of ["zh", "en"] as const) {
    const count = new Map<string, number>();
    for (const column of columns) count.set(column.header[language], (count.get(column.header[language]) ?? 0) + 1);
    for (const column of columns) {
      if ((count.get(column.header[language]) ?? 0) < 2) continue;
      const clause = column.clauses[0]?.replace(/^\S+\s+/, "") ?? column.key;
      column.header = { ...column.header, [language]: language === "zh" ? `${column.header.zh}（${clause}）` : `${column.header.en} (${clause})` };
    }
  }
  return columns;
}

/**
 * Every column a records sheet of an award may have, from the rulebook and the record's schema
 * alone: the record id, name, department and role; the category applied for and the date (where
 * the award has categories); then one column per input the award reads (`requiredInputs`), headed by
 * its label, and the yearly families (`2025年学校职工年度考核等级`). A new input in a rule file
 * gets its column with no change here.
 *
 * @example
 * ```ts
 * awardColumns(bundledRulebook(), "model-post").fixed.map((column) => column.header.zh); // ["记录编号", "姓名或名称", …]
 * ```
 */
export function awardColumns(compiled: CompiledRulebook, award: string): AwardColumns {
  const inputs = requiredInputs(compiled, { award });
  const clausesOf = (key: string): string[] => [...new Set(inputs.find((input) => input.key === key)?.readBy.map((reader) => reader.clause) ?? [])];
  const levelAward = compiled.awards.find((entry) => entry.award.id === award)?.award;
  const fixed: Column[] = ["id", "name", "department", "role"].map((field) => fieldColumn(field, clausesOf(field)) as Column);
  if (levelAward !== undefined) {
    const clauses = clausesOf("application");
    const choices = levelAward.categories.map((category) => ({ value: category.id, name: category.label }));
    fixed.push({ key: "application.category", path: ["application", "category"], header: words("words.category"), kind: "choice", choices, clauses });
    fixed.push({ key: "application.date", path: ["application", "date"], header: words("words.applicationDate"), kind: "date", clauses });
  }
  const yearly: YearlyColumns[] = [];
  const inputColumns: Column[] = [];
  for (const input of inputs) {
    if (input.key === "application" || fixed.some((column) => column.key === input.key)) continue;
    const clauses = clausesOf(input.key);
    if (input.kind !== "field") inputColumns.push(declaredColumn(input, clauses));
    else if (describeField(input.key).type.en.startsWith("by year")) yearly.push(...yearlyOf(input.key, clauses));
    else {
      const column = fieldColumn(input.key, clauses);
      if (column !== undefined) inputColumns.push(column);
    }
  }
  const inputsOf = (category: string | undefined): Set<string> => new Set(requiredInputs(compiled, { award, ...(category ? { category } : {}) }).map((input) => input.key));
  return { fixed: [...fixed, ...distinctHeaders(inputColumns)], yearly, inputsOf };
}
