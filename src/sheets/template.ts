import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { messageText } from "../messages/registry.js";
import { awardColumns, type Column } from "./columns.js";
import { listSheets, type ListSheet } from "./listColumns.js";
import type { Cell, SheetData } from "./types.js";

/**
 * What a template is for: the award, optionally one category, the years of the yearly columns
 * (`2025年学校职工年度考核等级`), and the language of its headers and legend.
 *
 * @example
 * ```ts
 * const options: TemplateOptions = { award: "model-post", category: "staff", years: ["2023", "2024", "2025"], language: "zh" };
 * ```
 */
export interface TemplateOptions {
  award: string;
  category?: string;
  years: string[];
  language: "zh" | "en";
}

/**
 * The columns of a template: the fixed ones, then those of the inputs the award (or the category)
 * reads, with one column a year for each yearly input.
 *
 * @example
 * ```ts
 * templateColumns(bundledRulebook(), { award: "model-post", category: "staff", years: ["2025"], language: "zh" }).length;
 * ```
 */
export function templateColumns(compiled: CompiledRulebook, options: TemplateOptions): Column[] {
  const all = awardColumns(compiled, options.award);
  const wanted = all.inputsOf(options.category);
  const fixedKeys = new Set(["id", "name", "department", "role", "application.category", "application.date"]);
  const columns = all.fixed.filter((column) => fixedKeys.has(column.key) || wanted.has(column.key));
  for (const family of all.yearly) if (wanted.has(family.field)) columns.push(...options.years.map((year) => family.make(year)));
  return columns;
}

/** What a column holds, in words, for the legend. */
function holds(column: Column, language: "zh" | "en"): string {
  const say = (id: "words.text" | "words.number" | "words.date" | "words.list" | "words.attestationHolds"): string => messageText(id, {}, language);
  if (column.path[0] === "attestations") return say("words.attestationHolds");
  return column.kind === "choice" ? "" : say(`words.${column.kind === "text" ? "text" : column.kind}`);
}

/**
 * The list sheets of a template: one for each list column of the records sheet (被投诉记录,
 * 个人荣誉…), named by the list, headed by the record id column then the fields of an entry, with
 * drop-down lists for the fields of set values.
 *
 * @example
 * ```ts
 * templateListSheets(bundledRulebook(), { award: "model-post", category: "staff", years: ["2025"], language: "zh" }).map((sheet) => sheet.name);
 * // ["被投诉记录", "个人荣誉", "自身责任事故", "技术比赛获奖"]
 * ```
 */
export function templateListSheets(compiled: CompiledRulebook, options: TemplateOptions): (SheetData & { list: ListSheet })[] {
  const { language } = options;
  const wanted = new Set(templateColumns(compiled, options).flatMap((column) => (column.kind === "list" ? [column.key] : [])));
  return listSheets(awardColumns(compiled, options.award))
    .filter((list) => wanted.has(list.field))
    .map((list) => {
      const columns = [list.id, ...list.columns];
      return {
        list,
        name: list.name[language],
        rows: [columns.map((column) => column.header[language])],
        widths: columns.map(widthOf(language)),
        choices: choicesOf(columns, language),
      };
    });
}

/** The width of a column, from its header. */
const widthOf =
  (language: "zh" | "en") =>
  (column: Column): number =>
    Math.min(40, Math.max(10, column.header[language].length * (language === "zh" ? 2 : 1) + 2));

/** The drop-down list of each column of set values (and of each list column: 无). */
function choicesOf(columns: readonly Column[], language: "zh" | "en"): Map<number, string[]> {
  const choices = new Map<number, string[]>();
  columns.forEach((column, index) => {
    if (column.choices)
      choices.set(
        index,
        column.choices.map((choice) => choice.name[language]),
      );
    else if (column.kind === "list") choices.set(index, [messageText("words.none", {}, language)]);
  });
  return choices;
}

/** The legend's line of a column: its header (after its sheet's name, for a list sheet), what it holds, its values, the clauses that read it. */
function legendRow(column: Column, language: "zh" | "en", sheet?: string): Cell[] {
  const values = column.choices?.map((choice) => choice.name[language]) ?? (column.kind === "list" ? [messageText("words.none", {}, language)] : []);
  return [
    sheet === undefined ? column.header[language] : `${sheet}${language === "zh" ? "：" : ": "}${column.header[language]}`,
    holds(column, language),
    values.join(language === "zh" ? "、" : ", "),
    column.clauses.join(language === "zh" ? "；" : "; "),
  ];
}

/**
 * A template to fill in, as sheets: the records sheet (one column per input, headed by its label in
 * the language asked, drop-down lists for every column of set values, the header row frozen), one
 * sheet per list it has a column for (`templateListSheets`), and the legend sheet 说明 (what each
 * column holds, its values, the clauses that read it; what an attestation means, the date formats,
 * what an empty cell and 无 mean, where a list's entries go).
 *
 * @example
 * ```ts
 * const sheets = templateSheets(bundledRulebook(), { award: "model-post", category: "staff", years: ["2023", "2024", "2025"], language: "zh" });
 * sheets.map((sheet) => sheet.name); // ["申报信息", "被投诉记录", "个人荣誉", "自身责任事故", "技术比赛获奖", "说明"]
 * ```
 */
export function templateSheets(compiled: CompiledRulebook, options: TemplateOptions): SheetData[] {
  const { language } = options;
  const columns = templateColumns(compiled, options);
  const records: SheetData = {
    name: messageText("words.recordsSheet", {}, language),
    rows: [columns.map((column) => column.header[language])],
    widths: columns.map(widthOf(language)),
    choices: choicesOf(columns, language),
  };
  const lists = templateListSheets(compiled, options);
  const award =
    compiled.awards.find((entry) => entry.award.id === options.award)?.award.label ?? compiled.scoredAwards.find((entry) => entry.award.id === options.award)?.award.label;
  const say = (id: "words.blank" | "words.dates" | "words.attestation" | "words.lists" | "words.codes"): Cell[] => [messageText(id, {}, language)];
  const legend: SheetData = {
    name: messageText("words.legendSheet", {}, language),
    rows: [
      [messageText("words.legendTitle", { award: award?.[language] ?? options.award }, language)],
      say("words.blank"),
      say("words.dates"),
      say("words.attestation"),
      say("words.lists"),
      say("words.codes"),
      [],
      ["words.legendColumn", "words.legendHolds", "words.legendValues", "words.legendClause"].map((id) => messageText(id as "words.legendColumn", {}, language)),
      ...columns.map((column) => legendRow(column, language)),
      ...lists.flatMap((sheet) => sheet.list.columns.map((column) => legendRow(column, language, sheet.name))),
    ],
    widths: [50, 16, 40, 50],
  };
  return [records, ...lists.map(({ list: _list, ...sheet }) => sheet), legend];
}
