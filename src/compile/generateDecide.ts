import type { Tri } from "./context.js";

/** The words of a level's status, as results give them. */
export type StatusWord = "fail" | "pass" | "unknown";

/** The decision over one award's verdicts, as `decideVerdicts` makes it. */
export interface AwardDecision {
  status: "qualified" | "pendingReview" | "notQualified" | "refused";
  category: string | null;
  level: number | null;
  levels: Record<string, StatusWord[]>;
}

/** What the decider reads of an award: its categories' ids and level numbers, in order. */
export interface DecideShape {
  categories: { id: string; levels: { level: number }[] }[];
}

/** A decider: the award's verdicts (`[admission, requirements, then per category its audience and levels]`) and the applied category to the decision. */
export type AwardDecide = (verdicts: Tri[], appliedCategory: string | undefined) => AwardDecision;

const literal = (value: unknown): string => JSON.stringify(value) as string;

/**
 * Generates the decision over an award's verdicts with its categories and levels written out:
 * the `levels` object made as one literal, the best level found by plain comparisons. It decides
 * as `decideVerdicts` does (a test compares them); where code cannot be generated, `undefined`,
 * and the caller keeps the general one.
 *
 * @example
 * ```ts
 * const decide = generateAwardDecide(award);
 * decide?.([1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 2, 0, 0, 0], undefined); // { status: "qualified", category: "staff", level: 1, … }
 * ```
 */
export function generateAwardDecide(award: DecideShape): AwardDecide | undefined {
  const lines: string[] = [];
  const entries: string[] = [];
  let at = 2;
  for (const category of award.categories) {
    const audience = at;
    at += 1;
    const id = literal(category.id);
    entries.push(`${id}: [${category.levels.map((_, index) => `S[v[${at + index}]]`).join(", ")}]`);
    lines.push(`{ const j = applied === undefined ? v[${audience}] !== 0 : applied === ${id};`);
    lines.push(`if (j) { if (applied !== undefined && v[${audience}] === 0) refused = true;`);
    for (const level of category.levels) {
      lines.push(`if (v[${at}] === 1 && (best === 0 || ${level.level} < best)) { best = ${level.level}; cat = ${id}; } else if (v[${at}] === 2) open = true;`);
      at += 1;
    }
    lines.push("} }");
  }
  const source = [
    "return function decide(v, applied) {",
    `const levels = { ${entries.join(", ")} };`,
    "let refused = applied !== undefined && v[0] === 0, best = 0, cat = null, open = false;",
    ...lines,
    'if (refused) return { status: "refused", category: null, level: null, levels };',
    'if (best > 0) return applied !== undefined && v[0] === 2 ? { status: "pendingReview", category: null, level: null, levels } : { status: "qualified", category: cat, level: best, levels };',
    'if (open) return { status: "pendingReview", category: null, level: null, levels };',
    'return { status: "notQualified", category: null, level: null, levels };',
    "};",
  ].join("\n");
  try {
    return (new Function("S", source) as (words: readonly StatusWord[]) => AwardDecide)(["fail", "pass", "unknown"]);
  } catch {
    return undefined;
  }
}
