import type { Language } from "../compile/facts/types.js";
import type { CategoryResult, LevelResult, TraceNode } from "../evaluate/types.js";
import { missingText } from "../evaluate/missingLabels.js";
import { gapSteps, type GapStep } from "../gaps/analyzeGaps.js";
import { messageText } from "../messages/registry.js";
import type { BilingualText, Window } from "../schema/rulebookTypes.js";

/** At most this many of the smallest sets are said; more are only counted. */
export const NEXT_LEVEL_SETS_SHOWN = 3;

/**
 * The level a category's result would rise to next: the one just above its highest level
 * passed, or its lowest level when none passed; undefined at the top.
 *
 * @example
 * ```ts
 * nextLevelOf(category)?.level; // 2 for a person qualified at level 3
 * ```
 */
export function nextLevelOf(category: CategoryResult): LevelResult | undefined {
  if (category.highestLevel === null) return category.levels.at(-1);
  const index = category.levels.findIndex((level) => level.level === category.highestLevel);
  return index > 0 ? category.levels[index - 1] : undefined;
}

/** What the next level needs, for the explanation. */
export interface NextLevelWords {
  heading: string;
  /** One line per set said, numbered: each step with its clause, when it clears or what it needs. */
  sets: string[];
  /** Said after the sets when more exist than are shown, else null. */
  more: string | null;
}

function stepWords(step: GapStep, language: Language, index: ReadonlyMap<string, BilingualText>): string {
  const extra: string[] = [];
  if (step.status === "unknown" && step.missing.length > 0) extra.push(messageText("explain.notKnown", { missing: missingText(step.missing, language, index) }, language));
  if (step.clearsOn !== null) extra.push(messageText("explain.clears", { date: step.clearsOn }, language));
  const said = extra.length === 0 ? "" : language === "zh" ? `（${extra.join("；")}）` : ` (${extra.join("; ")})`;
  return `${step.label[language]}${said} (${step.citation})`;
}

/**
 * What lifts a category's result to its next level, from the gap analysis (`gapSteps`, the
 * smallest sets of conditions, the shared requirements and the audience included), in words:
 * at most {@link NEXT_LEVEL_SETS_SHOWN} sets, each a list of conditions with their clauses, and
 * for a dated record that blocks, the date it leaves its window. Undefined at the top level or
 * when no set can lift it.
 *
 * @example
 * ```ts
 * nextLevelWords(result.requirements, result.categories[0], rulebook.rulebook.windows, "zh", new Map())?.sets[0];
 * // "(1) 近三年内无被投诉记录（自 2027-01-10 起该记录移出期限，不再构成阻碍） (000 §四(一)3(4))"
 * ```
 */
export function nextLevelWords(
  requirements: TraceNode | null,
  category: CategoryResult,
  windows: Record<string, Window>,
  language: Language,
  index: ReadonlyMap<string, BilingualText>,
): NextLevelWords | undefined {
  const next = nextLevelOf(category);
  if (next === undefined) return undefined;
  const { options: shown, partial, found } = gapSteps([requirements, category.audience, next.conditions], windows, NEXT_LEVEL_SETS_SHOWN);
  if (shown.length === 0) return undefined;
  const and = language === "zh" ? " 且 " : " and ";
  return {
    heading: messageText("explain.nextLevel", { level: next.label }, language),
    sets: shown.map((set, position) => `(${position + 1}) ${set.map((step) => stepWords(step, language, index)).join(and)}`),
    more: partial || found > shown.length ? messageText("explain.moreSets", { shown: shown.length }, language) : null,
  };
}
