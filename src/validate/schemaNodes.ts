/** A JSON Schema node, as zod emits them (the subset the shipped schemas use). */
export type SchemaNode = Record<string, unknown>;

/**
 * The types a node names: `type` as a list (`["string", "null"]`), one type, or none.
 *
 * @example
 * ```ts
 * typesOf({ type: ["string", "null"] }); // ["string", "null"]
 * ```
 */
export function typesOf(node: SchemaNode): string[] {
  return Array.isArray(node.type) ? (node.type as string[]) : typeof node.type === "string" ? [node.type] : [];
}

/**
 * The option of a two-option `anyOf` that is not a bare `{ type: "null" }` (zod's nullable), or undefined.
 *
 * @example
 * ```ts
 * nonNullOption([{ type: "string" }, { type: "null" }]); // { type: "string" }
 * ```
 */
export function nonNullOption(options: SchemaNode[]): SchemaNode | undefined {
  const nullOption = options.findIndex((option) => option.type === "null" && Object.keys(option).filter((key) => key !== "description").length === 1);
  return options.length === 2 && nullOption !== -1 ? options[1 - nullOption] : undefined;
}
