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

/** What a compiler of schema nodes makes for each kind of node (see `compileNode`). */
export interface NodeCompilers<C> {
  ref: (ref: string) => C;
  enum: (values: unknown[]) => C;
  anyOf: (options: SchemaNode[]) => C;
  oneOf: (options: SchemaNode[]) => C;
  /** A type list of one type and `null`, its one type's node given. */
  nullable: (node: SchemaNode) => C;
  /** A type list of several types (not one and `null`). */
  types: (node: SchemaNode, types: string[]) => C;
  string: (node: SchemaNode) => C;
  number: (node: SchemaNode, integer: boolean) => C;
  boolean: () => C;
  null: () => C;
  array: (node: SchemaNode) => C;
  object: (node: SchemaNode) => C;
  record: (node: SchemaNode) => C;
  anything: () => C;
}

/**
 * Hands a JSON Schema node to the compiler of its kind: a reference, an enum (or const), a
 * union, a nullable type, a type list, or one type (an object with properties, or a record).
 * The full check and the fast check read nodes the same way through it.
 *
 * @example
 * ```ts
 * compileNode({ type: ["string", "null"] }, compilers); // compilers.nullable({ type: "string" })
 * ```
 */
export function compileNode<C>(node: SchemaNode, on: NodeCompilers<C>): C {
  if (typeof node.$ref === "string") return on.ref(node.$ref);
  if (Array.isArray(node.enum)) return on.enum(node.enum as unknown[]);
  if (Object.hasOwn(node, "const")) return on.enum([node.const]);
  if (Array.isArray(node.anyOf)) return on.anyOf(node.anyOf as SchemaNode[]);
  if (Array.isArray(node.oneOf)) return on.oneOf(node.oneOf as SchemaNode[]);
  const type = typesOf(node);
  if (type.length === 2 && type.includes("null")) return on.nullable({ ...node, type: type.find((entry) => entry !== "null") });
  if (type.length > 1) return on.types(node, type);
  switch (type[0]) {
    case "string":
      return on.string(node);
    case "number":
    case "integer":
      return on.number(node, type[0] === "integer");
    case "boolean":
      return on.boolean();
    case "null":
      return on.null();
    case "array":
      return on.array(node);
    case "object":
      return node.properties !== undefined ? on.object(node) : on.record(node);
    default:
      return on.anything();
  }
}
