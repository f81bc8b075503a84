import type { Language } from "../compile/facts/types.js";
import { revisionLines } from "./revisionLines.js";
import type { CategoryResult, EvaluationResult, TraceNode } from "../evaluate/types.js";
import { missingText } from "../evaluate/missingLabels.js";
import { resultLabels } from "../evaluate/resultLabels.js";
import { NODE_STATUS_WORDS } from "../evaluate/words.js";
import { awardOfResult, windowsOfResult } from "../evaluate/buildTraces.js";
import { checkResult } from "../evaluate/checkResult.js";
import { readExplainOptions } from "../door/doorOptions.js";
import { messageText } from "../messages/registry.js";
import type { BilingualText, Window } from "../schema/rulebookTypes.js";
import { levelDecisiveLeaves } from "./decisive.js";
import { nextLevelWords } from "./nextLevel.js";

/**
 * How to render an explanation.
 *
 * @example
 * ```ts
 * const options: ExplainOptions = { language: "en", format: "markdown" };
 * ```
 */
export interface ExplainOptions {
  language?: Language;
  format?: "text" | "markdown";
  /** Include the options not taken under a passed "one of" (default true). */
  full?: boolean;
  /** Add each node's recorded interpretation under it (default false). */
  interpretations?: boolean;
  /**
   * Show the categories the person did not apply for in full, as the one applied for (default
   * false: one line each, under their own heading, since only the application is judged).
   */
  allCategories?: boolean;
}

interface LineOptions {
  language: Language;
  full: boolean;
  interpretations: boolean;
  markdown: boolean;
}

function lines(node: TraceNode, depth: number, options: LineOptions, out: string[]): void {
  const { language, full, markdown } = options;
  const indent = markdown ? `${"  ".repeat(depth)}- ` : `${"  ".repeat(depth)}`;
  out.push(`${indent}${node.reason[language]}`);
  if (node.interpretation && options.interpretations) {
    const reading = language === "zh" ? (node.interpretation.zh?.reading ?? node.interpretation.reading) : node.interpretation.reading;
    out.push(`${markdown ? `${"  ".repeat(depth + 1)}- ` : "  ".repeat(depth + 1)}※ ${reading}`);
  }
  for (const child of node.children) {
    if (!full && node.status === "pass" && node.kind === "any" && child.status !== "pass") continue;
    lines(child, depth + 1, options, out);
  }
}

/** What one explanation is written with: the options read, its labels and its windows. */
interface Writing extends LineOptions {
  index: ReadonlyMap<string, BilingualText>;
  windows: Record<string, Window> | undefined;
  heading: (text: string, level: number) => string;
  colon: string;
}

/** A category in full: its audience, each level with its decisive leaves and its conditions, then what the next level needs. */
function writeCategory(result: EvaluationResult, category: CategoryResult, writing: Writing, out: string[]): void {
  const { language, heading, colon } = writing;
  out.push("", heading(language === "zh" ? category.label.zh : `${category.label.en} (${category.id})`, 2));
  if (category.audience) lines(category.audience, 0, writing, out);
  for (const level of category.levels) {
    out.push("", heading(`${level.label[language]}${colon}${NODE_STATUS_WORDS[level.status][language]}`, 3));
    const decisive = levelDecisiveLeaves([result.requirements, category.audience], level).map((leaf) => `${leaf.label[language]} (${leaf.citation})`);
    out.push(`${messageText("explain.decisive", {}, language)}${colon}${decisive.join(language === "zh" ? "；" : "; ")}`);
    lines(level.conditions, 0, writing, out);
  }
  // a refused application cannot be lifted by any condition of a level
  if (result.status === "refused") return;
  // a copy of a result keeps no link to its windows: the sets are said without dates then
  const next = nextLevelWords(result.requirements, category, writing.windows ?? {}, language, writing.index);
  if (next === undefined) return;
  out.push("", heading(next.heading, 3));
  for (const set of next.sets) out.push(`${writing.markdown ? "- " : "  "}${set}`);
  if (next.more !== null) out.push(`${writing.markdown ? "- " : "  "}${next.more}`);
}

/** A category not applied for, in one line: each level's status. */
function briefCategory(category: CategoryResult, writing: Writing): string {
  const { language, colon } = writing;
  const levels = category.levels.map((level) => `${level.label[language]} ${NODE_STATUS_WORDS[level.status][language]}`).join(language === "zh" ? "；" : "; ");
  return `${writing.markdown ? "- " : "  "}${language === "zh" ? category.label.zh : `${category.label.en} (${category.id})`}${colon}${levels}`;
}

/**
 * Renders an evaluation as a readable account in Chinese or English, as plain text or
 * Markdown: the outcome, the requirements and audience, every level's conditions with the
 * facts read, the clause cited and the conditions that decide it (the failing shared
 * requirements too), what the next level up needs (the smallest sets of conditions, with the
 * date a blocking record leaves its window), refusal reasons and the facts still missing. The
 * categories the person did not apply for are listed apart, one line each (in full with
 * `allCategories`).
 *
 * @example
 * ```ts
 * console.log(explain(evaluate(bundledRulebook(), record, { asOf: "2026-11-26" }), { language: "zh" }));
 * ```
 */
export function explain(result: EvaluationResult, options: ExplainOptions = {}): string {
  // the award's labels and windows, read before the shape check (which gives a copy with no link to its award)
  const award = awardOfResult(result);
  const windows = windowsOfResult(result);
  const original = result;
  result = checkResult(result, ["result"]);
  options = readExplainOptions(options);
  const language = options.language ?? "zh";
  const markdown = options.format === "markdown";
  const say = (id: "explain.outcome" | "explain.refusal" | "explain.requirements" | "explain.missing" | "explain.none" | "explain.notApplied" | "explain.notOpen"): string =>
    messageText(id, {}, language);
  const writing: Writing = {
    language,
    markdown,
    full: options.full ?? true,
    interpretations: options.interpretations ?? false,
    index: resultLabels(original, result),
    windows,
    heading: (text, level) => (markdown ? `${"#".repeat(level)} ${text}` : `== ${text} ==`),
    colon: language === "zh" ? "：" : ": ",
  };
  const { heading, colon } = writing;
  const out: string[] = [];
  out.push(heading(`${result.recordId} · ${award?.label[language] ?? result.awardId} · ${result.asOf}`, 1));
  out.push(`${say("explain.outcome")}${colon}${result.summary[language]}`);
  out.push(...revisionLines(result, language));
  if (result.refusal.length > 0) {
    out.push("", heading(say("explain.refusal"), 2));
    for (const refusal of result.refusal) out.push(`${markdown ? "- " : "  "}${refusal.reason[language]}`);
  }
  if (result.application?.admission) {
    out.push("");
    lines(result.application.admission, 0, writing, out);
  }
  if (result.requirements) {
    out.push("", heading(say("explain.requirements"), 2));
    lines(result.requirements, 0, writing, out);
  }
  const applied = result.application?.category;
  const inFull = (category: CategoryResult): boolean => applied === undefined || category.id === applied || options.allCategories === true;
  for (const category of result.categories) if (inFull(category)) writeCategory(result, category, writing, out);
  const others = result.categories.filter((category) => !inFull(category));
  if (others.length > 0) {
    out.push("", heading(say("explain.notApplied"), 2));
    for (const category of others) out.push(briefCategory(category, writing));
  }
  if (result.excludedCategories.length > 0) {
    out.push("", heading(say("explain.notOpen"), 2));
    for (const excluded of result.excludedCategories) out.push(`${markdown ? "- " : "  "}${excluded.audience.reason[language]}`);
  }
  out.push("", `${say("explain.missing")}${colon}${result.missingFacts.length > 0 ? missingText(result.missingFacts, language, writing.index) : say("explain.none")}`);
  return `${out.join("\n")}\n`;
}
