import type { BilingualText, Interpretation, Source } from "../schema/rulebookTypes.js";
import type { MessageId, ParamsOf } from "../messages/catalog.js";
import { messageText } from "../messages/registry.js";

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
 * A code span the rule file's Chinese writes itself (kept as written), or a word in Latin letters
 * starting lower case (`grades`, `afterRound`, `20xx`): a rule file's key or a placeholder.
 */
const KEY_WORD = /`[^`\n]*`|(?<![A-Za-z0-9_])[0-9]*[a-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*/g;

/**
 * A rule file's Chinese words for a Chinese page: escaped as `escapeText` does, with the keys they
 * name in Latin letters (`见 grades、consequences`) set in code spans, and their own code spans kept.
 *
 * @example
 * ```ts
 * zhText("等次见 grades"); // "等次见 `grades`"
 * ```
 */
export function zhText(text: string): string {
  let written = "";
  let from = 0;
  for (const match of text.matchAll(KEY_WORD)) {
    written += escapeText(text.slice(from, match.index)) + (match[0].startsWith("`") ? match[0] : code(match[0]));
    from = match.index + match[0].length;
  }
  return written + escapeText(text.slice(from));
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
 * The items that show a rule item's quote and interpretation (reading, reason, alternative). In
 * Chinese the interpretation's `zh` is shown, or a note that the rule file gives none.
 *
 * @example
 * ```ts
 * citationDetails({ source: { document: "000", clause: "§二", quote: "示范岗" } });
 * // [{ text: "quote: “示范岗”" }]
 * ```
 */
export function citationDetails(cited: Cited, language: PageLanguage = "en"): ListItem[] {
  const details: ListItem[] = [];
  const shown = language === "zh" ? zhText : escapeText;
  if (cited.source.quote !== undefined) details.push({ text: messageText("page.quote", { quote: shown(cited.source.quote) }, language) });
  const interpretation = cited.interpretation;
  if (interpretation !== undefined) {
    const missing = messageText("page.phrase", { phrase: "(the rule file gives no Chinese)" }, language);
    const zh = interpretation.zh;
    const reading = language === "zh" ? (zh === undefined ? missing : zhText(zh.reading)) : escapeText(interpretation.reading);
    const reason = language === "zh" ? (zh === undefined ? missing : zhText(zh.reason)) : escapeText(interpretation.reason);
    details.push({ text: messageText("page.reading", { text: reading }, language) });
    details.push({ text: messageText("page.reason", { text: reason }, language) });
    if (interpretation.alternative !== undefined) {
      const alternative = language === "zh" ? (zh?.alternative === undefined ? missing : zhText(zh.alternative)) : escapeText(interpretation.alternative);
      details.push({ text: messageText("page.alternative", { text: alternative }, language) });
    }
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
export function citedItem(head: string, cited: Cited, details: ListItem[] = [], children: ListItem[] = [], language: PageLanguage = "en"): ListItem {
  return { text: `${head} — ${cite(cited.source)}`, items: [...details, ...citationDetails(cited, language), ...children] };
}

/** The language a review page is written in. */
export type PageLanguage = "zh" | "en";

/** A review page's words in one language: its messages, fixed phrases, labels and cited items. */
export interface PageWords {
  language: PageLanguage;
  /** A message of the catalog in the page's language. */
  say: <I extends MessageId>(id: I, params: ParamsOf<I>) => string;
  /** A fixed phrase (`none`, `everyone`…) in the page's language. */
  phrase: (english: string) => string;
  /** A label: `中文 / English` in English pages, the Chinese alone in Chinese ones. */
  label: (text: BilingualText) => string;
  /** `citedItem` with the quote and interpretation in the page's language. */
  cited: (head: string, cited: Cited, details?: ListItem[], children?: ListItem[]) => ListItem;
}

/**
 * The words of a review page in `language`.
 *
 * @example
 * ```ts
 * pageWords("zh").phrase("none"); // "无"
 * pageWords("zh").label({ zh: "近三年", en: "the last 3 years" }); // "近三年"
 * ```
 */
export function pageWords(language: PageLanguage): PageWords {
  return {
    language,
    say: (id, params) => messageText(id, params, language),
    phrase: (english) => messageText("page.phrase", { phrase: english }, language),
    label: (text) => (language === "zh" ? zhText(text.zh) : bilingual(text)),
    cited: (head, cited, details = [], children = []) => citedItem(head, cited, details, children, language),
  };
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
