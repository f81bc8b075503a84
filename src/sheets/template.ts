import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { messageText } from "../messages/registry.js";
import { awardColumns, type Column } from "./columns.js";
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
 * A template to fill in, as sheets: the records sheet (one column per input, headed by its label in
 * the language asked, drop-down lists for every column of set values, the header row frozen) and
 * the legend sheet 说明 (what each column holds, its values, the clauses that read it; what an
 * attestation means, the date formats, what an empty cell and 无 mean).
 *
 * @example
 * ```ts
 * const sheets = templateSheets(bundledRulebook(), { award: "model-post", years: ["2023", "2024", "2025"], language: "zh" });
 * sheets.map((sheet) => sheet.name); // ["申报信息", "说明"]
 * ```
 */
export function templateSheets(compiled: CompiledRulebook, options: TemplateOptions): SheetData[] {
  const { language } = options;
  const columns = templateColumns(compiled, options);
  const choices = new Map<number, string[]>();
  columns.forEach((column, index) => {
    if (column.choices)
      choices.set(
        index,
        column.choices.map((choice) => choice.name[language]),
      );
    else if (column.kind === "list") choices.set(index, [messageText("words.none", {}, language)]);
  });
  const records: SheetData = {
    name: messageText("words.recordsSheet", {}, language),
    rows: [columns.map((column) => column.header[language])],
    widths: columns.map((column) => Math.min(40, Math.max(10, column.header[language].length * (language === "zh" ? 2 : 1) + 2))),
    choices,
  };
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
      ...columns.map((column): Cell[] => [
        column.header[language],
        holds(column, language),
        (column.choices?.map((choice) => choice.name[language]) ?? (column.kind === "list" ? [messageText("words.none", {}, language)] : [])).join(language === "zh" ? "、" : ", "),
        column.clauses.join(language === "zh" ? "；" : "; "),
      ]),
    ],
    widths: [50, 16, 40, 50],
  };
  return [records, legend];
}
