import { join } from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";

const index = join(import.meta.dirname, "..", "..", "src", "index.ts");

/** Every value export of the package (functions, classes, constants) with whether its doc comment has an @example. */
function exportsWithoutExample(): string[] {
  const program = ts.createProgram([index], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, resolveJsonModule: true, strict: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(index)!;
  const moduleSymbol = checker.getSymbolAtLocation(source)!;
  const missing: string[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    if (!declaration) continue;
    const isValue = (symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable)) !== 0;
    if (!isValue) continue;
    const host = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
    const tags = ts.getJSDocTags(host).map((tag) => tag.tagName.text);
    if (!tags.includes("example")) missing.push(exported.name);
  }
  return missing.sort();
}

describe("documentation", () => {
  test("every function, class and constant the package exports has a doc comment with an @example", () => {
    expect(exportsWithoutExample()).toEqual([]);
  }, 60_000);
});
