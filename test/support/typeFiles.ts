import { doc, refOf, schemaWriter, type Node, type Side } from "./typeFromJsonSchema.js";

/** One root schema of a generated file: its name, and its JSON Schema on each side (`z.toJSONSchema(schema, { io })`). */
export interface TypeRoot {
  name: string;
  input: Node;
  output: Node;
}

/**
 * A generated file: where it goes, what it is imported as (`./rulebookTypes.js`), its first lines,
 * its roots, and whether its input types take read-only lists and maps (data a caller's code holds).
 */
export interface TypeFile {
  path: string;
  module: string;
  header: string;
  roots: TypeRoot[];
  readonlyInput: boolean;
}

/**
 * The words of a declaration, by its name: its own comment (in place of the schema's description)
 * and a ` ```ts ` example; and the definitions that keep an `Input` name although both their sides
 * are the same (a name published before).
 */
export interface TypeNotes {
  comments: Record<string, string[]>;
  examples: Record<string, string>;
  inputAliases: string[];
}

/** The definitions of every root on one side, each with the file that first reaches it. */
function gather(files: TypeFile[], side: Side): { defs: Record<string, Node>; owner: Map<string, TypeFile> } {
  const defs: Record<string, Node> = {};
  const owner = new Map<string, TypeFile>();
  for (const file of files) {
    for (const root of file.roots) {
      // zod numbers the definitions it makes up (__schema0) per schema: each root's are kept apart
      const own = JSON.parse(JSON.stringify(root[side]).replaceAll('"#/$defs/__schema', `"#/$defs/__${root.name}`)) as Node;
      const { $schema: _schema, $defs, ...top } = own;
      const found: Record<string, Node> = Object.fromEntries(
        Object.entries(($defs ?? {}) as Record<string, Node>).map(([id, def]) => [id.replace(/^__schema/, `__${root.name}`), def]),
      );
      if (refOf(top) === undefined) found[root.name] = top;
      else if (refOf(top) !== root.name) throw new Error(`typeFiles: root ${root.name} is named ${refOf(top)} in its schema`);
      for (const id of [root.name, ...Object.keys(found).filter((key) => key !== root.name)]) {
        const def = found[id]!;
        if (defs[id] !== undefined && JSON.stringify(defs[id]) !== JSON.stringify(def)) throw new Error(`typeFiles: two definitions named ${id}`);
        defs[id] = def;
        if (!id.startsWith("__") && !owner.has(id)) owner.set(id, file);
      }
    }
  }
  return { defs, owner };
}

/** Whether a definition is a plain value (text, number, yes/no, an enum or a union of them): written in place wherever it is used. */
function isPlain(node: Node, defs: Record<string, Node>, seen: string[] = []): boolean {
  const id = refOf(node);
  if (id !== undefined) return !seen.includes(id) && defs[id] !== undefined && isPlain(defs[id], defs, [...seen, id]);
  if (Array.isArray(node.enum) || node.const !== undefined) return true;
  for (const key of ["anyOf", "oneOf"] as const) if (Array.isArray(node[key])) return (node[key] as Node[]).every((option) => isPlain(option, defs, seen));
  return ["string", "number", "integer", "boolean", "null"].includes(node.type as string);
}

/** The named definitions a definition refers to, through the ones zod made up. */
function refsOf(node: Node, defs: Record<string, Node>, seen = new Set<string>()): Set<string> {
  const found = new Set<string>();
  for (const [, id] of JSON.stringify(node).matchAll(/"\$ref":"#\/\$defs\/([^"]+)"/g)) {
    if (!id!.startsWith("__")) found.add(id!);
    else if (!seen.has(id!)) for (const inner of refsOf(defs[id!]!, defs, seen.add(id!))) found.add(inner);
  }
  return found;
}

/**
 * The text of each generated file (before formatting), by path: every named definition its roots
 * reach first, written for the output side as its name and, where the input side differs, for the
 * input side as its name + `Input`; plain values once, and written in place where they are used.
 *
 * @example
 * ```ts
 * typeFiles([{ path: "src/schema/rulebookTypes.ts", module: "./rulebookTypes.js", header, roots: [{ name: "Rulebook", input, output }], readonlyInput: false }], notes);
 * ```
 */
export function typeFiles(files: TypeFile[], notes: TypeNotes): Map<string, string> {
  const input = gather(files, "input");
  const output = gather(files, "output");
  const named = [...output.owner.keys()];
  const plain = new Set(named.filter((id) => isPlain(output.defs[id]!, output.defs)));
  const bare = (id: string) => (plain.has(id) || id.startsWith("__") ? undefined : id);
  // a definition's two sides differ where its own type does (its comments aside) or where a definition it refers to does
  const typeText = (side: Side, id: string) => {
    const gathered = side === "input" ? input : output;
    return schemaWriter({ ...gathered, side, refName: bare, readonlyInput: output.owner.get(id)!.readonlyInput })
      .typeOf(gathered.defs[id]!, "")
      .replace(/\/\*\*[\s\S]*?\*\/\n?/g, "");
  };
  const differs = new Set(named.filter((id) => !plain.has(id) && typeText("input", id) !== typeText("output", id)));
  for (let grown = true; grown;) {
    const before = differs.size;
    for (const id of named) if (!plain.has(id) && [...refsOf(input.defs[id]!, input.defs)].some((ref) => differs.has(ref))) differs.add(id);
    grown = differs.size > before;
  }
  const texts = new Map<string, string>();
  for (const file of files) {
    const imported = new Map<string, Set<string>>();
    const nameOf = (side: Side) => (id: string) => {
      if (plain.has(id) || id.startsWith("__")) return undefined;
      const name = side === "input" && differs.has(id) ? `${id}Input` : id;
      const from = output.owner.get(id)!;
      if (from !== file) imported.set(from.module, (imported.get(from.module) ?? new Set()).add(name));
      return name;
    };
    const writers = {
      input: schemaWriter({ ...input, side: "input", refName: nameOf("input"), readonlyInput: file.readonlyInput }),
      output: schemaWriter({ ...output, side: "output", refName: nameOf("output") }),
    };
    const declared = named.filter((id) => output.owner.get(id) === file);
    const declare = (name: string, words: string[], type: string) => {
      const example = notes.examples[name] === undefined ? [] : [`@example\n\`\`\`ts\n${notes.examples[name]}\n\`\`\``];
      return `${doc([...(notes.comments[name] ?? words), ...example], "")}export type ${name} = ${type};\n`;
    };
    const body = declared.flatMap((id) => {
      const [description] = writers.output.described(output.defs[id]!);
      if (plain.has(id)) return [declare(id, [description!], writers.output.typeOf(output.defs[id]!, ""))];
      const outputWords = [description!, differs.has(id) ? `As parsed: every default filled in. \`${id}Input\` is what may be written.` : ""];
      const inputWords = differs.has(id)
        ? [description!, `As it may be written: a field with a default may be left out${file.readonlyInput ? ", and lists may be read-only" : ""}. Parsing gives a \`${id}\`.`]
        : [`The same as \`${id}\` (what may be written is what parsing gives); kept for code written with this name.`];
      const inputSide = differs.has(id) ? [declare(`${id}Input`, inputWords, writers.input.typeOf(input.defs[id]!, ""))] : [];
      const alias = notes.inputAliases.includes(id) ? [declare(`${id}Input`, inputWords, id)] : [];
      return [declare(id, outputWords, writers.output.typeOf(output.defs[id]!, "")), ...inputSide, ...alias];
    });
    const imports = [...imported].map(([module, names]) => `import type { ${[...names].sort().join(", ")} } from "${module}";\n`);
    texts.set(file.path, [file.header, imports.join(""), ...body].join("\n"));
  }
  const declaredNames = [...texts.values()].flatMap((text) => [...text.matchAll(/^export type (\w+)/gm)].map(([, name]) => name!));
  const stray = [...Object.keys(notes.comments), ...Object.keys(notes.examples)].filter((name) => !declaredNames.includes(name));
  if (stray.length > 0) throw new Error(`typeFiles: notes for types not written: ${stray.join(", ")}`);
  return texts;
}
