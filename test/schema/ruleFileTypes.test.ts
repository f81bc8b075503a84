import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { expect, test } from "vitest";

// A rule file fits the exported `RulebookInput`: its text is type-checked as a TypeScript literal
// (`<file> satisfies RulebookInput`), so every string is checked against the literal types it must
// be (a window's kind, an organisation's kind, a rounding rule) and every unknown key is an excess
// property. A JSON import cannot show this: TypeScript widens a JSON module's strings to `string`.

const root = join(import.meta.dirname, "..", "..");
const rulesDir = join(root, "rules");
// the bundled rule files, and the one the authoring guide builds (docs/authoring.md)
const RULE_FILES = [
  ...readdirSync(rulesDir).filter((file) => file.endsWith(".json")),
  ...readdirSync(join(root, "fixtures", "authoring", "rules")).map((file) => join("..", "fixtures", "authoring", "rules", file)),
];
const typesModule = join(root, "src", "schema", "rulebookTypes.js");

/** The errors TypeScript finds in each text, checked as `<text> satisfies RulebookInput` (strict, as the project's tsconfig). */
function typeErrors(texts: Record<string, string>): Record<string, string[]> {
  const sources = Object.fromEntries(
    Object.entries(texts).map(([name, text]) => [
      join(root, "test", "schema", `__${name.replace(/\W/g, "_")}.ts`),
      `import type { RulebookInput } from ${JSON.stringify(typesModule)};\nexport const ruleFile = ${text.trim()} satisfies RulebookInput;\n`,
    ]),
  );
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
    skipLibCheck: true,
  };
  const base = ts.createCompilerHost(options);
  const host: ts.CompilerHost = {
    ...base,
    getSourceFile: (file, language, ...rest) => (sources[file] === undefined ? base.getSourceFile(file, language, ...rest) : ts.createSourceFile(file, sources[file], language)),
    fileExists: (file) => sources[file] !== undefined || base.fileExists(file),
    readFile: (file) => sources[file] ?? base.readFile(file),
  };
  const program = ts.createProgram(Object.keys(sources), options, host);
  return Object.fromEntries(
    Object.entries(texts).map(([name]) => {
      const file = program.getSourceFile(join(root, "test", "schema", `__${name.replace(/\W/g, "_")}.ts`))!;
      return [name, [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map((found) => ts.flattenDiagnosticMessageText(found.messageText, " "))];
    }),
  );
}

test("every bundled rule file (and the authoring guide's) fits RulebookInput, the type of what a rule file may contain", () => {
  const errors = typeErrors(Object.fromEntries(RULE_FILES.map((file) => [file, readFileSync(join(rulesDir, file), "utf8")])));
  expect(RULE_FILES.length).toBeGreaterThanOrEqual(6);
  for (const file of RULE_FILES) expect(errors[file], file).toEqual([]);
}, 60_000);

test("the check bites: a misspelt window kind, an unknown key or a missing id is a type error", () => {
  const file = JSON.parse(readFileSync(join(rulesDir, "000-model-post.json"), "utf8")) as Record<string, unknown> & { windows: Record<string, { kind: string }> };
  const [window] = Object.keys(file.windows);
  const misspelt = { ...file, windows: { ...file.windows, [window!]: { ...file.windows[window!], kind: "yearsUptoAsOf" } } };
  const { id: _id, ...withoutId } = file;
  const errors = typeErrors({ misspelt: JSON.stringify(misspelt), unknownKey: JSON.stringify({ ...file, payrules: [] }), withoutId: JSON.stringify(withoutId) });
  expect(errors.misspelt!.join("\n")).toMatch(/yearsUptoAsOf/);
  expect(errors.unknownKey!.join("\n")).toMatch(/payrules/);
  expect(errors.withoutId!.join("\n")).toMatch(/'id' is missing/);
}, 60_000);
