/**
 * Writes a TypeScript type from a shipped JSON Schema (the input side: what a caller may give),
 * each property with its schema description as a doc comment, so an editor shows it on hover.
 * `$ref`s are written in place (the schemas it is used on have no recursion), enums become unions
 * of literals, a map with listed keys a partial record, and every optional property admits
 * `undefined` (read as "not given", also under `exactOptionalPropertyTypes`). No `null`: a field
 * that is not known is left out.
 *
 * @example
 * ```ts
 * const text = typeFromJsonSchema(schema, "CandidateRecordInput", docComment);
 * ```
 */
type Node = Record<string, unknown>;

/** The constraints of a node a caller should know, as words (the run-time check enforces them). */
function constraints(node: Node): string[] {
  const said: string[] = [];
  if (node.type === "integer") said.push("a whole number");
  if (typeof node.minimum === "number") said.push(`at least ${node.minimum}`);
  if (typeof node.exclusiveMinimum === "number") said.push(`more than ${node.exclusiveMinimum}`);
  if (typeof node.maximum === "number") said.push(`at most ${node.maximum}`);
  if (typeof node.minLength === "number" && node.minLength > 0) said.push("non-empty");
  if (typeof node.minItems === "number" && node.minItems > 0) said.push(`at least ${node.minItems} item${node.minItems === 1 ? "" : "s"}`);
  if (typeof node.pattern === "string") said.push(`matching \`${node.pattern}\``);
  return said;
}

/** A doc comment of one or more paragraphs, indented. */
function doc(lines: string[], indent: string): string {
  const text = lines.filter((line) => line.length > 0).flatMap((paragraph, index) => [...(index === 0 ? [] : [""]), ...paragraph.split("\n")]);
  if (text.length === 0) return "";
  const body = text.map((line) => `${indent} *${line === "" ? "" : ` ${line.replaceAll("*/", "*\\/")}`}`);
  return `${indent}/**\n${body.join("\n")}\n${indent} */\n`;
}

/**
 * The TypeScript text of the schema's root definition, exported as `name` with the given doc
 * comment (its text, without the comment markers).
 *
 * @example
 * ```ts
 * typeFromJsonSchema(candidateJsonSchema(), "CandidateRecordInput", ["A record."], { LiabilityIncident: "{ date: \"2025-03-02\", kind: \"safety\", major: false }" });
 * ```
 */
export function typeFromJsonSchema(schema: Node, name: string, comment: string[], examples: Record<string, string> = {}): string {
  const defs = (schema.$defs ?? {}) as Record<string, Node>;
  // an object definition referred to more than once is written once, as its own interface
  const refs = JSON.stringify(schema).match(/"\$ref":"#\/\$defs\/[^"]+"/g) ?? [];
  const shared = new Set(
    Object.keys(defs).filter((id) => defs[id]?.type === "object" && defs[id]?.properties !== undefined && refs.filter((ref) => ref.endsWith(`/${id}"`)).length > 1),
  );
  const resolve = (node: Node, seen: string[]): { node: Node; seen: string[] } => {
    if (typeof node.$ref !== "string") return { node, seen };
    const id = node.$ref.replace(/^#\/\$defs\//, "");
    if (seen.includes(id)) throw new Error(`typeFromJsonSchema: ${id} refers to itself; write it as a named type`);
    const target = defs[id];
    if (target === undefined) throw new Error(`typeFromJsonSchema: no definition ${id}`);
    const { $ref: _ref, ...rest } = node;
    return resolve({ ...target, ...rest }, [...seen, id]);
  };
  const described = (node: Node, seen: string[]): string[] => {
    const own = typeof node.description === "string" ? node.description : undefined;
    const { node: target } = resolve(node, seen);
    const words = own ?? (typeof target.description === "string" ? target.description : "");
    const limits = constraints(target);
    return [words, limits.length > 0 ? `Must be ${limits.join(", ")}.` : ""];
  };
  const typeOf = (given: Node, seen: string[], indent: string): string => {
    const id = typeof given.$ref === "string" ? given.$ref.replace(/^#\/\$defs\//, "") : undefined;
    if (id !== undefined && shared.has(id)) return `${id}Input`;
    const { node, seen: inside } = resolve(given, seen);
    if (Array.isArray(node.enum)) return node.enum.map((value) => JSON.stringify(value)).join(" | ");
    if (node.const !== undefined) return JSON.stringify(node.const);
    for (const key of ["anyOf", "oneOf"] as const) {
      if (Array.isArray(node[key])) return (node[key] as Node[]).map((option) => typeOf(option, inside, indent)).join(" | ");
    }
    switch (node.type) {
      case "string":
        return "string";
      case "number":
      case "integer":
        return "number";
      case "boolean":
        return "boolean";
      case "array":
        return `readonly (${typeOf((node.items ?? {}) as Node, inside, indent)})[]`;
      case "object":
        return objectType(node, inside, indent);
      default:
        throw new Error(`typeFromJsonSchema: cannot write ${JSON.stringify(node).slice(0, 80)}`);
    }
  };
  const objectType = (node: Node, seen: string[], indent: string): string => {
    const properties = node.properties as Record<string, Node> | undefined;
    if (properties === undefined) {
      const values = typeOf((node.additionalProperties ?? {}) as Node, seen, indent);
      const names = node.propertyNames === undefined ? undefined : resolve(node.propertyNames as Node, seen).node;
      if (names !== undefined && Array.isArray(names.enum)) return `{ readonly [key in ${typeOf(names, seen, indent)}]?: ${values} | undefined }`;
      return `{ readonly [key: string]: ${values} }`;
    }
    const required = new Set((node.required ?? []) as string[]);
    const inner = `${indent}  `;
    const lines = Object.entries(properties).map(([key, child]) => {
      const optional = !required.has(key) || Object.hasOwn(child, "default");
      const type = typeOf(child, seen, inner);
      return `${doc(described(child, seen), inner)}${inner}${key}${optional ? "?" : ""}: ${type}${optional ? " | undefined" : ""};\n`;
    });
    return `{\n${lines.join("")}${indent}}`;
  };
  const root = resolve(schema, []).node;
  const named = [...shared].map((id) => {
    const definition = defs[id]!;
    if (examples[id] === undefined) throw new Error(`typeFromJsonSchema: ${id} is written as its own type and needs an example`);
    const example = `@example\n\`\`\`ts\nconst value: ${id}Input = ${examples[id]};\n\`\`\``;
    return `${doc([String(definition.description ?? id), example], "")}export interface ${id}Input ${objectType(definition, [id], "")}\n`;
  });
  return [`${doc(comment, "")}export interface ${name} ${objectType(root, [], "")}\n`, ...named].join("\n");
}
