// Type-checks every ```ts block under an @example tag in src/**/*.ts doc comments.
// Each block becomes its own module in .examples/ with a prelude that imports (a) every export of
// the file the comment is in and (b) every export of the public entries, unless the block imports
// the name itself; "award-rules[/sub]" resolves to src via `paths`. Sample values the examples
// take for granted are declared with real types in test/examples/samples.d.ts where one type fits
// every use; other free names are allowed (see FREE_NAMES below).
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import ts from "typescript";

const root = resolve(import.meta.dirname, "..", "..");
const out = mkdtempSync(join(tmpdir(), "award-rules-examples-"));
const ENTRIES = {
  "award-rules": "src/index.ts",
  "award-rules/schema": "src/schema/index.ts",
  "award-rules/policy-tests": "src/policyTests/index.ts",
  "award-rules/review": "src/review/index.ts",
  "award-rules/reference": "src/compile/reference.ts",
  "award-rules/json-rules-engine": "src/engines/index.ts",
  ...Object.fromEntries(["000", "001", "002", "003", "004"].map((id) => [`award-rules/rulebooks/${id}`, `src/load/rulebooks/${id}.ts`])),
};

const config = ts.getParsedCommandLineOfConfigFile(
  join(root, "tsconfig.json"),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  },
);
const sources = config.fileNames.filter((f) => f.includes("/src/"));
const base = ts.createProgram(sources, config.options);
const checker = base.getTypeChecker();
const exportsOf = (file) => {
  const sf = base.getSourceFile(resolve(root, file));
  const sym = sf && checker.getSymbolAtLocation(sf);
  return sym
    ? checker
        .getExportsOfModule(sym)
        .map((s) => s.name)
        .filter((n) => n !== "default")
    : [];
};
const publicNames = new Map();
// the one-rulebook subpaths (award-rules/rulebooks/000 …) resolve, but their names (rulebook, RULEBOOK_ID) are
// not put in scope: examples use "rulebook" for a rulebook of their own
for (const [spec, file] of Object.entries(ENTRIES))
  if (!spec.startsWith("award-rules/rulebooks/")) for (const n of exportsOf(file)) if (!publicNames.has(n)) publicNames.set(n, spec);

writeFileSync(join(out, "package.json"), JSON.stringify({ type: "module" }));
const blocks = []; // { file, line, path, preludeLines }
for (const file of sources) {
  const text = readFileSync(file, "utf8");
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const lines = comment[0].split("\n").map((l) => l.replace(/^\s*\*? ?/, ""));
    const startLine = text.slice(0, comment.index).split("\n").length;
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].startsWith("@example")) continue;
      let j = i + 1;
      while (j < lines.length && !/^```(ts|typescript)\s*$/.test(lines[j])) {
        if (lines[j].startsWith("@")) break;
        j++;
      }
      if (!/^```(ts|typescript)\s*$/.test(lines[j] ?? "")) continue;
      let k = j + 1;
      while (k < lines.length && !lines[k].startsWith("```")) k++;
      const body = lines.slice(j + 1, k).join("\n");
      const own = new Set(
        [...body.matchAll(/import\s+(?:type\s+)?(?:\{([^}]*)\}|(\w+))/g)]
          .flatMap((m) =>
            (m[1] ?? m[2]).split(",").map((s) =>
              s
                .trim()
                .split(/\s+as\s+/)
                .pop()
                .replace(/^type\s+/, ""),
            ),
          )
          .filter(Boolean),
      );
      const local = exportsOf(relative(root, file)).filter((n) => !own.has(n) && new RegExp(`\\b${n}\\b`).test(body));
      const pub = [...publicNames].filter(([n]) => !own.has(n) && !local.includes(n) && new RegExp(`\\b${n}\\b`).test(body));
      const rel = (p) => relative(out, p).replace(/\.ts$/, ".js");
      const prelude = [
        local.length ? `import { ${local.join(", ")} } from "${rel(file)}";` : "",
        ...Object.keys(ENTRIES).map((spec) => {
          const ns = pub.filter(([, s]) => s === spec).map(([n]) => n);
          return ns.length ? `import { ${ns.join(", ")} } from "${spec}";` : "";
        }),
      ].filter(Boolean);
      const path = join(out, `${relative(root, file).replace(/[/.]/g, "_")}_${startLine + j}.ts`);
      writeFileSync(path, `${prelude.join("\n")}\n${body}\nexport {};\n`);
      blocks.push({ file: relative(root, file), line: startLine + j + 1, path, preludeLines: prelude.length });
    }
  }
}
const ambient = join(root, "test", "examples", "samples.d.ts");
const paths = Object.fromEntries([...Object.entries(ENTRIES).map(([s, f]) => [s, [f]]), ["award-rules/rules/*", ["rules/*"]], ["*", ["node_modules/*"]]]);
const program = ts.createProgram([...blocks.map((b) => b.path), ...(existsSync(ambient) ? [ambient] : [])], {
  ...config.options,
  noEmit: true,
  baseUrl: root,
  paths,
  allowArbitraryExtensions: true,
  noUnusedLocals: false,
  noUnusedParameters: false,
  verbatimModuleSyntax: false,
  noUncheckedIndexedAccess: false,
});
const byPath = new Map(blocks.map((b) => [b.path, b]));
// A name an example takes for granted (a sample value: "record", "ctx"…) is left free: TS2304
// "cannot find name" and TS18004 (a shorthand property of one) are not errors; every other error is.
const FREE_NAMES = new Set([2304, 18004]);
const diags = ts.getPreEmitDiagnostics(program).filter((d) => d.file && byPath.has(d.file.fileName) && !FREE_NAMES.has(d.code));
for (const d of diags) {
  const b = byPath.get(d.file.fileName);
  const { line } = d.file.getLineAndCharacterOfPosition(d.start);
  console.log(`${b.file}:${b.line + line - b.preludeLines - 1} TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, " ").slice(0, 160)}`);
}
console.log(`${blocks.length} examples, ${diags.length} errors in ${new Set(diags.map((d) => d.file.fileName)).size} of them`);
rmSync(out, { recursive: true, force: true });
process.exitCode = diags.length ? 1 : 0;
