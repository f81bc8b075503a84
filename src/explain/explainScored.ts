import type { GradeStep, ScoredResult } from "../evaluate/scored/types.js";
import { revisionLines } from "./revisionLines.js";
import { scoredAwardOf } from "../evaluate/scored/summarizeScored.js";
import type { Language } from "../compile/facts/types.js";
import type { TraceNode } from "../evaluate/types.js";
import { awardLabelIndex, labelIndex, missingText } from "../evaluate/missingLabels.js";
import type { ExplainOptions } from "./explain.js";
import { checkShape } from "../door/shape.js";
import { SCORED_RESULT } from "../door/resultShapes.js";
import { readExplainOptions } from "../door/doorOptions.js";
import { registerMessages } from "../messages/registry.js";
import { SCORED_MESSAGES } from "../messages/catalog/scored.js";
import { SCORE_MESSAGES } from "../messages/catalog/record.js";

const WORDS = {
  zh: {
    audience: "适用对象",
    refusal: "不予受理原因",
    eligibility: "参评条件",
    vetoes: "一票否决",
    rubric: "评分",
    bonus: "附加分",
    components: "加权构成",
    grade: "等次",
    consequences: "结果运用",
    missing: "尚缺",
    none: "无",
    total: "合计",
    weight: "权重",
    printed: "原文印为",
    kinds: { band: "分数段", cap: "等次上限", forced: "直接定等", veto: "一票否决", noBand: "无对应分数段" },
    veto: { pass: "触发一票否决", fail: "未触发一票否决", unknown: "一票否决待定（缺少信息）" },
    cap: { applied: "封顶，等次降为上限", within: "触及上限，但等次本已不高于上限", fail: "未触及上限", unknown: "是否封顶待定（缺少信息）" },
    forced: { applied: "直接定等条件成立", fail: "未直接定等", unknown: "是否直接定等待定（缺少信息）" },
  },
  en: {
    audience: "Audience",
    refusal: "Refused because",
    eligibility: "Eligibility",
    vetoes: "Vetoes",
    rubric: "Rubric",
    bonus: "Bonus",
    components: "Weighted components",
    grade: "Grade",
    consequences: "What follows",
    missing: "Still needed",
    none: "none",
    total: "total",
    weight: "weight",
    printed: "printed",
    kinds: { band: "band", cap: "cap", forced: "forced", veto: "veto", noBand: "no band" },
    veto: { pass: "vetoed", fail: "veto not triggered", unknown: "veto undecided (information missing)" },
    cap: {
      applied: "capped: grade lowered to the cap",
      within: "cap applies, but the grade is already within it",
      fail: "cap not triggered",
      unknown: "cap undecided (information missing)",
    },
    forced: { applied: "forced grade holds", fail: "grade not forced", unknown: "forced grade undecided (information missing)" },
  },
} as const;

const MARKS = { pass: "✓", fail: "✗", unknown: "?" } as const;

function lines(node: TraceNode, depth: number, language: "zh" | "en", out: string[], bullet: string): void {
  out.push(`${"  ".repeat(depth)}${bullet}${node.reason[language]}`);
  for (const child of node.children) lines(child, depth + 1, language, out, bullet);
}

/** What a grade step did, in words: a veto triggered or not, a cap or forced grade applied or not. */
function stepWord(step: GradeStep, language: "zh" | "en"): string {
  const words = WORDS[language];
  if (step.kind === "veto") return words.veto[step.status];
  if (step.kind === "cap") return step.status === "pass" ? (step.grade !== null ? words.cap.applied : words.cap.within) : words.cap[step.status];
  if (step.kind === "forced") return step.status === "pass" ? words.forced.applied : words.forced[step.status];
  return `${words.kinds[step.kind]} ${MARKS[step.status]}`;
}

const stepLine = (step: GradeStep, language: "zh" | "en"): string => `[${stepWord(step, language)}] ${step.reason[language]}`;

/** A veto's outcome first, then what it read: "未触发一票否决：…" / "veto not triggered: …". */
function vetoLines(veto: TraceNode, language: "zh" | "en", out: string[], bullet: string): void {
  const word = WORDS[language].veto[veto.status];
  out.push(`${bullet}${word}${language === "zh" ? "：" : ": "}${veto.label[language]} (${veto.citation})`);
  if (veto.children.length === 0) out.push(`  ${bullet}${veto.reason[language]}`);
  for (const child of veto.children) lines(child, 1, language, out, bullet);
}

/**
 * Renders a scored result as a readable account in Chinese or English, as plain text or
 * Markdown: the audience (and why a record is refused), eligibility, every veto, the rubric by
 * section, bonuses before and after their cap, weighted components, the score, each step that
 * settled the grade, and what follows from it, each with its citation.
 *
 * @example
 * ```ts
 * console.log(explainScored(evaluateScored(rulebook, record, options), { language: "en" }));
 * ```
 */
export function explainScored(result: ScoredResult, options: ExplainOptions = {}): string {
  registerMessages(SCORED_MESSAGES, SCORE_MESSAGES);
  // the award's labels, read before the shape check (which gives a copy with no link to its award)
  const award = scoredAwardOf(result);
  result = checkShape(result, SCORED_RESULT, ["result"]) as ScoredResult;
  options = readExplainOptions(options);
  const language = options.language ?? "zh";
  const markdown = options.format === "markdown";
  const heading = (text: string, level: number): string => (markdown ? `${"#".repeat(level)} ${text}` : `== ${text} ==`);
  const out: string[] = [heading(`${result.recordId} · ${result.awardLabel[language]} · ${result.asOf}`, 1), result.summary[language], ...revisionLines(result, language)];
  const page: Page = { out, language, bullet: markdown ? "- " : "", words: WORDS[language], section: (title) => void out.push("", heading(title, 2)) };
  writeGates(result, page);
  writeScores(result, page);
  writeGrade(result, page);
  const index = labelIndex(result, award === undefined ? undefined : new Map(awardLabelIndex(award)));
  out.push("", `${page.words.missing}${language === "zh" ? "：" : ": "}${result.missingFacts.length > 0 ? missingText(result.missingFacts, language, index) : page.words.none}`);
  return `${out.join("\n")}\n`;
}

/** The page being written: its lines, language, list mark, words, and how a section starts. */
interface Page {
  out: string[];
  language: Language;
  bullet: string;
  words: (typeof WORDS)[Language];
  section: (title: string) => void;
}

/** Who may be scored, why refused, who is eligible, what vetoes. */
function writeGates(result: ScoredResult, { out, language, bullet, words, section }: Page): void {
  if (result.audience) {
    section(words.audience);
    lines(result.audience, 0, language, out, bullet);
  }
  if (result.refusal.length > 0) {
    section(words.refusal);
    for (const reason of result.refusal) out.push(`${bullet}${reason.reason[language]}`);
  }
  if (result.eligibility) {
    section(words.eligibility);
    lines(result.eligibility, 0, language, out, bullet);
  }
  if (result.vetoes.length > 0) {
    section(words.vetoes);
    for (const veto of result.vetoes) vetoLines(veto, language, out, bullet);
  }
}

/** The rubric's sections and items, the bonuses, the weighted components. */
function writeScores(result: ScoredResult, { out, language, bullet, words, section }: Page): void {
  if (result.sections.length > 0) {
    section(words.rubric);
    for (const part of result.sections) {
      const printed = part.printedMax !== null && part.printedMax !== part.max ? `（${words.printed} ${part.printedMax}）` : "";
      out.push(`${bullet}${part.label[language]}: ${part.subtotal ?? "?"} / ${part.max}${printed} (${part.citation})`);
      for (const item of part.items) out.push(`  ${bullet}${item.label[language]}: ${item.score ?? "?"} / ${item.max} (${item.citation})`);
    }
    out.push(`${bullet}${words.total}: ${result.rubricTotal ?? "?"}`);
  }
  if (result.bonuses.length > 0) {
    section(words.bonus);
    for (const bonus of result.bonuses) out.push(`${bullet}${bonus.reason[language]}`);
  }
  if (result.components.length > 0) {
    section(words.components);
    for (const component of result.components) {
      out.push(
        `${bullet}${component.label[language]}: ${component.score ?? "?"} / ${component.max} × ${words.weight} ${component.weight} = ${component.weighted ?? "?"} (${component.citation})`,
      );
    }
    out.push(`${bullet}${words.total}: ${result.composite ?? "?"}`);
  }
}

/** How the grade was settled, and what follows from it. */
function writeGrade(result: ScoredResult, { out, language, bullet, words, section }: Page): void {
  if (result.gradeSteps.length > 0) {
    section(words.grade);
    for (const step of result.gradeSteps) out.push(`${bullet}${stepLine(step, language)}`);
  }
  if (result.consequences.length > 0) {
    section(words.consequences);
    for (const consequence of result.consequences) {
      out.push(`${bullet}${MARKS[consequence.status]} ${consequence.label[language]}${language === "zh" ? "：" : ": "}${consequence.effect[language]}`);
      if (consequence.conditions) lines(consequence.conditions, 1, language, out, bullet);
      else out.push(`  ${bullet}${consequence.reason[language]}`);
    }
  }
}
