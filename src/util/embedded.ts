/**
 * A JSON file of the package (a rule file, a JSON Schema) as an import gives it: the object
 * itself when run from the sources, or its text when built (the build embeds these files as
 * strings, so loading the package does not parse them; each is parsed when first used).
 *
 * @example
 * ```ts
 * import text from "award-rules/rules/000-model-post.json" with { type: "json" };
 * const rulebook = embeddedJson(text); // the parsed rule file
 * ```
 */
export function embeddedJson<T>(imported: T | string): T {
  return typeof imported === "string" ? (JSON.parse(imported) as T) : imported;
}
