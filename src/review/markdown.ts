import type { BilingualText, Interpretation, Source } from "../schema/primitives.js";

/** A Markdown list item: its text and the items nested under it. */
export interface ListItem {
  text: string;
  items?: ListItem[];
}

/** The citation fields a rule item carries. */
export interface Cited {
  source: Source;
  interpretation?: Interpretation | undefined;
}

/**
 * Escapes the characters Markdown would read as markup (`*`, `_`, `[`, `<`, `|`, `~`, …) so a
 * rule file's words show as written.
 *
 * @example
 * ```ts
 * escapeText("85~100分"); // "85\\~100分"
 * ```
 */
export function escapeText(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, (character) => `\\${character}`).replace(/\s*\n\s*/g, " ");
}

/**
 * A Markdown code span holding `text` verbatim (a longer fence when the text holds backticks).
 *
 * @example
 * ```ts
 * code("party.1.6"); // "`party.1.6`"
 * ```
 */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * A value written as JSON in a code span.
 *
 * @example
 * ```ts
 * json("met"); // '`"met"`'
 * ```
 */
export function json(value: unknown): string {
  return code(JSON.stringify(value) ?? "undefined");
}

/**
 * A bilingual text as `中文 / English` (once when both are the same).
 *
 * @example
 * ```ts
 * bilingual({ zh: "一级示范岗", en: "level-1 model post" }); // "一级示范岗 / level-1 model post"
 * ```
 */
export function bilingual(text: BilingualText): string {
  return text.zh === text.en ? escapeText(text.zh) : `${escapeText(text.zh)} / ${escapeText(text.en)}`;
}

/**
 * A citation as `document clause` in a code span, e.g. `` `000 §四(一)1(6)③` ``.
 *
 * @example
 * ```ts
 * cite({ document: "000", clause: "§四(一)1(6)③" }); // "`000 §四(一)1(6)③`"
 * ```
 */
export function cite(source: Source): string {
  return code(`${source.document} ${source.clause}`);
}

/**
 * The items that show a rule item's quote and interpretation (reading, reason, alternative).
 *
 * @example
 * ```ts
 * citationDetails({ source: { document: "000", clause: "§二", quote: "示范岗" } });
 * // [{ text: "quote: “示范岗”" }]
 * ```
 */
export function citationDetails(cited: Cited): ListItem[] {
  const details: ListItem[] = [];
  if (cited.source.quote !== undefined) details.push({ text: `quote: “${escapeText(cited.source.quote)}”` });
  const interpretation = cited.interpretation;
  if (interpretation !== undefined) {
    details.push({ text: `reading: ${escapeText(interpretation.reading)}` });
    details.push({ text: `reason: ${escapeText(interpretation.reason)}` });
    if (interpretation.alternative !== undefined) details.push({ text: `alternative: ${escapeText(interpretation.alternative)}` });
  }
  return details;
}

/**
 * A list item for a cited rule item: `head — citation`, then `details`, its quote and
 * interpretation, then `children`.
 *
 * @example
 * ```ts
 * citedItem("reward: 500 CNY per person", rulebook.awards[0].levels[0].reward);
 * ```
 */
export function citedItem(head: string, cited: Cited, details: ListItem[] = [], children: ListItem[] = []): ListItem {
  return { text: `${head} — ${cite(cited.source)}`, items: [...details, ...citationDetails(cited), ...children] };
}

/**
 * Renders list items as nested Markdown bullets, two spaces per level.
 *
 * @example
 * ```ts
 * renderList([{ text: "a", items: [{ text: "b" }] }]); // ["- a", "  - b"]
 * ```
 */
export function renderList(items: ListItem[], depth = 0): string[] {
  const indent = "  ".repeat(depth);
  return items.flatMap((item) => [`${indent}- ${item.text}`, ...renderList(item.items ?? [], depth + 1)]);
}
