/**
 * Names and values as a Chinese message shows them: in backticks, as code a person types, so that a
 * Chinese sentence holds no English word outside them.
 */

/**
 * A name or value as code: `` `excellent` ``.
 *
 * @example
 * ```ts
 * codeSpan("excellent"); // "`excellent`"
 * ```
 */
export function codeSpan(text: string | number): string {
  return `\`${text}\``;
}

/**
 * Names or values as code, joined with 、 (the Chinese list comma); `none` when there are none.
 *
 * @example
 * ```ts
 * codeList(["a", "b"]); // "`a`、`b`"
 * codeList([], "无"); // "无"
 * ```
 */
export function codeList(items: readonly (string | number)[], none = ""): string {
  return items.length === 0 ? none : items.map(codeSpan).join("、");
}
