/** Wide characters: CJK, full-width forms and the CJK punctuation a terminal shows two columns wide. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * How many columns a line of text takes in a terminal: a Chinese character or full-width mark
 * takes two, anything else one.
 *
 * @example
 * ```ts
 * displayWidth("应为 2"); // 6
 * ```
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/**
 * Pads text with spaces on the right to a number of terminal columns (as `padEnd` does for
 * characters), so columns of Chinese text line up.
 *
 * @example
 * ```ts
 * padToWidth("不符合", 8); // "不符合  "
 * ```
 */
export function padToWidth(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}
