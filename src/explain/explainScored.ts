import type { ScoredResult } from "../evaluate/scored/types.js";
import type { TraceNode } from "../evaluate/types.js";
import type { ExplainOptions } from "./explain.js";

const WORDS = {
  zh: { eligibility: "参评条件", vetoes: "一票否决", rubric: "评分", bonus: "附加分", components: "加权构成", grade: "等次", missing: "尚缺", none: "无", total: "合计", weight: "权重" },
  en: { eligibility: "Eligibility", vetoes: "Vetoes", rubric: "Rubric", bonus: "Bonus", components: "Weighted components", grade: "Grade", missing: "Still needed", none: "none", total: "total", weight: "weight" },
} as const;

function lines(node: TraceNode, depth: number, language: "zh" | "en", out: string[], bullet: string): void {
  out.push(`${"  ".repeat(depth)}${bullet}${node.reason[language]}`);
  for (const child of node.children) lines(child, depth + 1, language, out, bullet);
}

/**
 * Renders a scored result as a readable account in Chinese or English, as plain text or
 * Markdown: eligibility, every veto, the rubric by section, bonuses before and after their cap,
 * weighted components, the score and each step that settled the grade, with citations.
 *
 * @example
 * ```ts
 * console.log(explainScored(evaluateScored(rulebook, record, options), { language: "en" }));
 * ```
 */
export function explainScored(result: ScoredResult, options: ExplainOptions = {}): string {
  const language = options.language ?? "zh";
  const markdown = options.format === "markdown";
  const bullet = markdown ? "- " : "";
  const words = WORDS[language];
  const heading = (text: string, level: number): string => (markdown ? `${"#".repeat(level)} ${text}` : `== ${text} ==`);
  const out: string[] = [heading(`${result.recordId} · ${result.awardId} · ${result.asOf}`, 1), result.summary[language]];
  if (result.eligibility) {
    out.push("", heading(words.eligibility, 2));
    lines(result.eligibility, 0, language, out, bullet);
  }
  if (result.vetoes.length > 0) {
    out.push("", heading(words.vetoes, 2));
    for (const veto of result.vetoes) lines(veto, 0, language, out, bullet);
  }
  if (result.sections.length > 0) {
    out.push("", heading(words.rubric, 2));
    for (const section of result.sections) {
      const printed = section.printedMax !== null && section.printedMax !== section.max ? ` [printed ${section.printedMax}]` : "";
      out.push(`${bullet}${section.label[language]}: ${section.subtotal ?? "?"} / ${section.max}${printed} (${section.citation})`);
      for (const item of section.items) out.push(`  ${bullet}${item.id}. ${item.label[language]}: ${item.score ?? "?"} / ${item.max} (${item.citation})`);
    }
    out.push(`${bullet}${words.total}: ${result.rubricTotal ?? "?"}`);
  }
  if (result.bonuses.length > 0) {
    out.push("", heading(words.bonus, 2));
    for (const bonus of result.bonuses) out.push(`${bullet}${bonus.reason[language]}`);
  }
  if (result.components.length > 0) {
    out.push("", heading(words.components, 2));
    for (const component of result.components) {
      out.push(`${bullet}${component.label[language]}: ${component.score ?? "?"} / ${component.max} × ${words.weight} ${component.weight} = ${component.weighted ?? "?"} (${component.citation})`);
    }
    out.push(`${bullet}${words.total}: ${result.composite ?? "?"}`);
  }
  if (result.gradeSteps.length > 0) {
    out.push("", heading(words.grade, 2));
    for (const step of result.gradeSteps) out.push(`${bullet}[${step.kind} ${step.status}] ${step.reason[language]}`);
  }
  out.push("", `${words.missing}: ${result.missingFacts.length > 0 ? result.missingFacts.join(", ") : words.none}`);
  return `${out.join("\n")}\n`;
}
