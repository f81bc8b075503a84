/** Full-width punctuation a Chinese keyboard types, and the ASCII character JSON needs instead. */
const FULL_WIDTH: Readonly<Record<string, { zh: string; en: string; ascii: string }>> = {
  "，": { zh: "全角逗号", en: "full-width comma", ascii: "," },
  "：": { zh: "全角冒号", en: "full-width colon", ascii: ":" },
  "“": { zh: "全角引号", en: "full-width quotation mark", ascii: '"' },
  "”": { zh: "全角引号", en: "full-width quotation mark", ascii: '"' },
  "‘": { zh: "全角单引号", en: "full-width quotation mark", ascii: '"' },
  "’": { zh: "全角单引号", en: "full-width quotation mark", ascii: '"' },
  "；": { zh: "全角分号", en: "full-width semicolon", ascii: "," },
  "【": { zh: "全角方括号", en: "full-width bracket", ascii: "[" },
  "】": { zh: "全角方括号", en: "full-width bracket", ascii: "]" },
  "（": { zh: "全角括号", en: "full-width parenthesis", ascii: "(" },
  "）": { zh: "全角括号", en: "full-width parenthesis", ascii: ")" },
};

/** Where a JSON syntax error is, and what is there: the line and column (from 1), and the full-width character found, if it is one. */
export interface JsonSyntaxError {
  line: number;
  column: number;
  /** What JSON.parse said, without its character offset. */
  reason: string;
  /** The full-width punctuation at the place (or just before it), with its name and the ASCII character meant. */
  fullWidth?: { char: string; zh: string; en: string; ascii: string };
}

/**
 * Locates a `JSON.parse` error in its text: the line and column from the character offset the
 * message gives (the end of the text when it gives none), and a full-width punctuation mark found
 * there or just before it (a Chinese keyboard's `，` where JSON needs `,`).
 *
 * @example
 * ```ts
 * jsonSyntaxError('{\n  "a": 1，\n}', "Expected ',' or '}' after property value in JSON at position 10");
 * // { line: 2, column: 9, reason: "Expected ',' or '}' after property value", fullWidth: { char: "，", … } }
 * ```
 */
export function jsonSyntaxError(text: string, message: string): JsonSyntaxError {
  const position = /at position (\d+)/.exec(message);
  let offset = position ? Number(position[1]) : text.length;
  const reason = message.replace(/\s*in JSON at position \d+.*$/s, "").replace(/\s*\(line \d+ column \d+\)$/, "");
  // JSON.parse may stop just past the mark (a quotation mark opens a string it cannot close)
  const nearby = [offset, offset - 1].find((at) => at >= 0 && Object.hasOwn(FULL_WIDTH, text[at] ?? ""));
  if (nearby !== undefined) offset = nearby;
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - (before.lastIndexOf("\n") + 1) + 1;
  const char = text[offset] ?? "";
  return { line, column, reason, ...(nearby !== undefined ? { fullWidth: { char, ...(FULL_WIDTH[char] as { zh: string; en: string; ascii: string }) } } : {}) };
}
