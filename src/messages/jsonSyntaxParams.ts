import { jsonSyntaxError } from "../text/jsonSyntax.js";
import type { ParamsOf } from "./catalog.js";

/**
 * The params of the `text.jsonSyntax` message for a `JSON.parse` error in a text: its line and
 * column, and the full-width mark found there with the ASCII character meant.
 *
 * @example
 * ```ts
 * raise("invalid_record", [file], "text.jsonSyntax", jsonSyntaxParams(text, error.message));
 * ```
 */
export function jsonSyntaxParams(text: string, message: string): ParamsOf<"text.jsonSyntax"> {
  const found = jsonSyntaxError(text, message);
  return {
    line: found.line,
    column: found.column,
    reason: found.reason,
    ...(found.fullWidth ? { char: found.fullWidth.char, name: found.fullWidth.zh, nameEn: found.fullWidth.en, ascii: found.fullWidth.ascii } : {}),
  };
}
