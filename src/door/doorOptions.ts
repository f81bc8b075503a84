import { checkFlag, checkKnownKeys, checkText, readOptions } from "./door.js";

/** The languages every text of the library comes in. */
const LANGUAGES = ["zh", "en"] as const;

/**
 * Reads the options of `explain` and `explainScored` once: `language` zh or en, `format` text
 * or markdown, `full` and `interpretations` true or false; anything else is a typed error at
 * its option.
 *
 * @example
 * ```ts
 * readExplainOptions({ language: "fr" }); // throws invalid_option at ["options", "language"]
 * ```
 */
export function readExplainOptions(options: unknown): { language?: "zh" | "en"; format?: "text" | "markdown"; full?: boolean; interpretations?: boolean; allCategories?: boolean } {
  const read = readOptions(options);
  checkKnownKeys(read, ["language", "format", "full", "interpretations", "allCategories"], ["options"]);
  return {
    language: checkText(read.language, ["options", "language"], { optional: true, allowed: LANGUAGES }),
    format: checkText(read.format, ["options", "format"], { optional: true, allowed: ["text", "markdown"] as const }),
    full: checkFlag(read.full, ["options", "full"]),
    interpretations: checkFlag(read.interpretations, ["options", "interpretations"]),
    allCategories: checkFlag(read.allCategories, ["options", "allCategories"]),
  };
}

/**
 * Reads options that only choose a language (the report formatters): zh or en.
 *
 * @example
 * ```ts
 * readLanguageOptions({ language: "en" }); // { language: "en" }
 * ```
 */
export function readLanguageOptions(options: unknown): { language?: "zh" | "en" } {
  const read = readOptions(options);
  checkKnownKeys(read, ["language"], ["options"]);
  return { language: checkText(read.language, ["options", "language"], { optional: true, allowed: LANGUAGES }) };
}
