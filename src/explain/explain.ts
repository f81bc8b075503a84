import type { Language } from "../compile/facts/types.js";
import { awardOfResult } from "../evaluate/buildTraces.js";
import type { EvaluationResult, TraceNode } from "../evaluate/types.js";
import { awardLabelIndex, labelIndex, missingText } from "../evaluate/missingLabels.js";
import { NODE_STATUS_WORDS } from "../evaluate/words.js";
import { checkShape } from "../door/shape.js";
import { EVALUATION_RESULT, TRACE_NODE } from "../door/resultShapes.js";
import { readExplainOptions } from "../door/doorOptions.js";

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
}

const WORDS = {
  zh: {
    status: "结论",
    level: "等级",
    category: "类别",
    missing: "尚缺",
    refusal: "不予受理原因",
    requirements: "申报要求",
    audience: "申报对象",
    none: "无",
    decisive: "决定因素",
  },
  en: {
    status: "Outcome",
    level: "Level",
    category: "Category",
    missing: "Still needed",
    refusal: "Refused because",
    requirements: "Requirements",
    audience: "Audience",
    none: "none",
    decisive: "Decisive",
  },
} as const;

/**
 * The leaves that decide a node's status: for a pass, the passing leaves along the passing path
 * (one passing option of an "any"); for a fail or unknown, the failing or unknown leaves under it.
 *
 * @example
 * ```ts
 * decisiveLeaves(result.categories[0].levels[0].conditions).map((leaf) => leaf.id); // ["staff.1.3"]
 * ```
 */
export function decisiveLeaves(node: TraceNode): TraceNode[] {
  node = checkShape(node, TRACE_NODE, ["node"]) as TraceNode;
  return leavesDeciding(node);
}

/** `decisiveLeaves` of a node already checked. */
function leavesDeciding(node: TraceNode): TraceNode[] {
  if (node.children.length === 0) return [node];
  if (node.status === "pass") {
    const taken = node.kind === "any" ? node.children.filter((child) => child.status === "pass").slice(0, 1) : node.children.filter((child) => child.status === "pass");
    return taken.flatMap((child) => leavesDeciding(child));
  }
  return node.children.filter((child) => child.status === node.status || (node.kind === "any" && child.status !== "pass")).flatMap((child) => leavesDeciding(child));
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

/**
 * Renders an evaluation as a readable account in Chinese or English, as plain text or
 * Markdown: the outcome, the requirements and audience, every level's conditions with the
 * facts read and the clause cited, refusal reasons and the facts still missing.
 *
 * @example
 * ```ts
 * console.log(explain(evaluate(bundledRulebook(), record, { asOf: "2026-11-26" }), { language: "zh" }));
 * ```
 */
export function explain(result: EvaluationResult, options: ExplainOptions = {}): string {
  // the award's labels, read before the shape check (which gives a copy with no link to its award)
  const award = awardOfResult(result);
  result = checkShape(result, EVALUATION_RESULT, ["result"]) as EvaluationResult;
  options = readExplainOptions(options);
  const language = options.language ?? "zh";
  const markdown = options.format === "markdown";
  const lineOptions: LineOptions = { language, markdown, full: options.full ?? true, interpretations: options.interpretations ?? false };
  const words = WORDS[language];
  const heading = (text: string, level: number): string => (markdown ? `${"#".repeat(level)} ${text}` : `== ${text} ==`);
  const out: string[] = [];
  const index = labelIndex(result, award === undefined ? undefined : new Map(awardLabelIndex(award)));
  const awardLabel = award?.label[language] ?? result.awardId;
  out.push(heading(`${result.recordId} · ${awardLabel} · ${result.asOf}`, 1));
  const colon = language === "zh" ? "：" : ": ";
  out.push(`${words.status}${colon}${result.summary[language]}`);
  if (result.refusal.length > 0) {
    out.push("", heading(words.refusal, 2));
    for (const refusal of result.refusal) out.push(`${markdown ? "- " : "  "}${refusal.reason[language]}`);
  }
  if (result.application?.admission) {
    out.push("");
    lines(result.application.admission, 0, lineOptions, out);
  }
  if (result.requirements) {
    out.push("", heading(words.requirements, 2));
    lines(result.requirements, 0, lineOptions, out);
  }
  for (const category of result.categories) {
    out.push("", heading(language === "zh" ? category.label.zh : `${category.label.en} (${category.id})`, 2));
    if (category.audience) lines(category.audience, 0, lineOptions, out);
    for (const level of category.levels) {
      out.push("", heading(`${level.label[language]}${language === "zh" ? "：" : ": "}${NODE_STATUS_WORDS[level.status][language]}`, 3));
      const decisive = leavesDeciding(level.conditions).map((leaf) => `${leaf.label[language]} (${leaf.citation})`);
      out.push(`${words.decisive}${colon}${decisive.join(language === "zh" ? "；" : "; ")}`);
      lines(level.conditions, 0, lineOptions, out);
    }
  }
  for (const excluded of result.excludedCategories) {
    out.push("", `${markdown ? "- " : ""}${excluded.audience.reason[language]}`);
  }
  out.push("", `${words.missing}${colon}${result.missingFacts.length > 0 ? missingText(result.missingFacts, language, index) : words.none}`);
  return `${out.join("\n")}\n`;
}
