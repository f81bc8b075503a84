/**
 * Writes TypeScript types from JSON Schemas emitted by zod (`z.toJSONSchema`), each property with
 * its schema description as a doc comment, so an editor shows it on hover. One side at a time: the
 * input side (what a caller may give: a field with a default optional, each property's constraints
 * in words, and, where asked, read-only lists) or the output side (what the library's parse gives:
 * every default filled in). A `$ref` to a definition of its own
 * name is written as that name (so recursive definitions are written as recursive types), a
 * definition zod made up (`__schema0`) in place; enums become unions of literals, a map with listed
 * keys a partial record, and every optional property admits `undefined` (read as "not given", also
 * under `exactOptionalPropertyTypes`).
 *
 * @example
 * ```ts
 * const writer = schemaWriter({ defs, side: "input", refName: (id) => `${id}Input` });
 * writer.typeOf(defs.Window!, "");
 * ```
 */
export type Node = Record<string, unknown>;

/** Which side of a schema a type is written for. */
export type Side = "input" | "output";

/**
 * What a writer needs: the definitions, the side, the name a `$ref` to a named definition is written
 * as (undefined: in place), and whether the input side takes read-only lists and maps.
 */
export interface WriterOptions {
  defs: Record<string, Node>;
  side: Side;
  refName: (id: string) => string | undefined;
  readonlyInput?: boolean;
}

/** The constraints of a node a caller should know, as words (the run-time check enforces them). */
function constraints(node: Node): string[] {
  const said: string[] = [];
  if (node.type === "integer") said.push("a whole number");
  if (typeof node.minimum === "number") said.push(`at least ${node.minimum}`);
  if (typeof node.exclusiveMinimum === "number") said.push(`more than ${node.exclusiveMinimum}`);
  if (typeof node.maximum === "number") said.push(`at most ${node.maximum}`);
  if (typeof node.minLength === "number" && node.minLength > 0) said.push("non-empty");
  if (typeof node.maxLength === "number") said.push(`at most ${node.maxLength} characters`);
  if (typeof node.minItems === "number" && node.minItems > 0) said.push(`at least ${node.minItems} item${node.minItems === 1 ? "" : "s"}`);
  if (typeof node.maxItems === "number") said.push(`at most ${node.maxItems} items`);
  if (typeof node.pattern === "string") said.push(`matching \`${node.pattern}\``);
  return said;
}

/**
 * A doc comment of one or more paragraphs, indented.
 *
 * @example
 * ```ts
 * doc(["A window.", "Must be non-empty."], "  ");
 * ```
 */
export function doc(lines: string[], indent: string): string {
  const text = lines.filter((line) => line.length > 0).flatMap((paragraph, index) => [...(index === 0 ? [] : [""]), ...paragraph.split("\n")]);
  if (text.length === 0) return "";
  if (text.length === 1) return `${indent}/** ${text[0]!.replaceAll("*/", "*\\/")} */\n`;
  const body = text.map((line) => `${indent} *${line === "" ? "" : ` ${line.replaceAll("*/", "*\\/")}`}`);
  return `${indent}/**\n${body.join("\n")}\n${indent} */\n`;
}

/** A property key as TypeScript writes it: bare where it is a name, else quoted. */
const keyOf = (key: string): string => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key));

/** The id a `$ref` names, if the node is one. */
export const refOf = (node: Node): string | undefined => (typeof node.$ref === "string" ? node.$ref.replace(/^#\/\$defs\//, "") : undefined);

/**
 * A writer of one side's types: `typeOf` gives a node's type, `described` a property's doc comment.
 *
 * @example
 * ```ts
 * schemaWriter({ defs, side: "output", refName: (id) => id }).typeOf({ type: "array", items: { type: "string" } }, ""); // "(string)[]"
 * ```
 */
export function schemaWriter({ defs, side, refName, readonlyInput = false }: WriterOptions) {
  const readonly = side === "input" && readonlyInput ? "readonly " : "";
  /** The node a `$ref` written in place stands for, its own keywords (a description) kept over the target's. */
  const resolve = (node: Node, seen: string[]): Node => {
    const id = refOf(node);
    if (id === undefined) return node;
    if (seen.includes(id)) throw new Error(`typeFromJsonSchema: ${id} refers to itself without a named type`);
    const target = defs[id];
    if (target === undefined) throw new Error(`typeFromJsonSchema: no definition ${id}`);
    const { $ref: _ref, ...rest } = node;
    return resolve({ ...target, ...rest }, [...seen, id]);
  };
  const described = (node: Node): string[] => {
    const target = resolve(node, []);
    const words = typeof node.description === "string" ? node.description : typeof target.description === "string" ? target.description : "";
    // the constraints matter to what is written; what parsing gives has met them
    const limits = side === "input" ? constraints(target) : [];
    return [words, limits.length > 0 ? `Must be ${limits.join(", ")}.` : ""];
  };
  const typeOf = (given: Node, indent: string, seen: string[] = []): string => {
    const id = refOf(given);
    const name = id === undefined ? undefined : refName(id);
    if (name !== undefined) return name;
    const node = resolve(given, seen);
    const inside = id === undefined ? seen : [...seen, id];
    if (Array.isArray(node.enum)) return node.enum.map((value) => JSON.stringify(value)).join(" | ");
    if (node.const !== undefined) return JSON.stringify(node.const);
    for (const key of ["anyOf", "oneOf"] as const) {
      if (Array.isArray(node[key])) return (node[key] as Node[]).map((option) => `${doc([String(option.description ?? "")], "")}${typeOf(option, indent, inside)}`).join(" | ");
    }
    // a nullable value: `type: ["string", "null"]`
    if (Array.isArray(node.type)) return (node.type as string[]).map((type) => typeOf({ ...node, type }, indent, inside)).join(" | ");
    switch (node.type) {
      case "string":
        return "string";
      case "number":
      case "integer":
        return "number";
      case "boolean":
        return "boolean";
      case "null":
        return "null";
      case "array":
        return `${readonly}(${typeOf((node.items ?? {}) as Node, indent, inside)})[]`;
      case "object":
        return objectType(node, indent, inside);
      case undefined:
        if (Object.keys(node).every((key) => key === "description")) return "unknown";
        break;
    }
    throw new Error(`typeFromJsonSchema: cannot write ${JSON.stringify(node).slice(0, 80)}`);
  };
  const objectType = (node: Node, indent: string, seen: string[]): string => {
    const properties = node.properties as Record<string, Node> | undefined;
    if (properties === undefined) {
      const values = typeOf((node.additionalProperties ?? {}) as Node, indent, seen);
      const names = node.propertyNames === undefined ? undefined : resolve(node.propertyNames as Node, seen);
      if (names !== undefined && Array.isArray(names.enum)) return `{ ${readonly}[key in ${typeOf(names, indent, seen)}]?: ${values} | undefined }`;
      return `{ ${readonly}[key: string]: ${values} }`;
    }
    if (node.additionalProperties !== false) throw new Error(`typeFromJsonSchema: an object with properties must be closed: ${JSON.stringify(node).slice(0, 80)}`);
    const required = new Set((node.required ?? []) as string[]);
    const inner = `${indent}  `;
    const lines = Object.entries(properties).map(([key, child]) => {
      const optional = !required.has(key);
      const type = typeOf(child, inner, seen);
      return `${doc(described(child), inner)}${inner}${keyOf(key)}${optional ? "?" : ""}: ${type}${optional ? " | undefined" : ""};\n`;
    });
    return `{\n${lines.join("")}${indent}}`;
  };
  return { typeOf, described };
}
