import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { defineConfig, type Options } from "tsup";
import { CHECKED_RULE_FILE } from "./src/load/checkedSource.js";
import { validateRulebookInput } from "./src/validate/rulebookInput.js";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

/** A JSON Schema without its `description` keywords (an editor's hover text), every other keyword as it was. */
function withoutDescriptions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutDescriptions);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === "description" && typeof value === "string"))
      // values, not schemas: kept as written
      .map(([key, value]) => [key, ["const", "enum", "default", "examples"].includes(key) ? value : withoutDescriptions(value)]),
  );
}

/**
 * The rule files and JSON Schemas the code imports are embedded as text, not as object literals:
 * loading the package only scans the strings, and each file is parsed when first used
 * (`embeddedJson`). The validators (src/validate/validators.ts) get the rule-file schema without its
 * descriptions, which they never read: it is in every bundle of the main entry, and the
 * descriptions are two fifths of it (the review pages, which do read them, get the whole schema).
 */
const jsonAsText: Plugin = {
  name: "json-as-text",
  setup(build) {
    build.onResolve({ filter: /[\\/]rules[\\/]schema[\\/]rulebook\.schema\.json$/ }, (args) =>
      /[\\/]src[\\/]validate[\\/]validators\.ts$/.test(args.importer) ? { path: `${args.resolveDir}/${args.path}`, namespace: "schema-without-descriptions" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "schema-without-descriptions" }, async (args) => ({
      contents: `export default ${JSON.stringify(JSON.stringify(withoutDescriptions(JSON.parse(await readFile(args.path, "utf8")))))};`,
      loader: "js",
    }));
    // a bundled rulebook's rule file, checked here (an invalid one fails the build) and embedded in its
    // checked form, so the package does not check it again on first use (src/load/checkedSource.ts)
    build.onResolve({ filter: /[\\/]rules[\\/]\d{3}-[^\\/]+\.json$/ }, (args) =>
      /[\\/]src[\\/]load[\\/]rulebooks[\\/]\d{3}\.ts$/.test(args.importer)
        ? { path: `${args.resolveDir}/${args.path}`, namespace: args.namespace === "main-entry-copy" ? "checked-rule-file-copy" : "checked-rule-file" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "checked-rule-file-copy" }, async (args) => checkedRuleFile(args.path));
    build.onLoad({ filter: /.*/, namespace: "checked-rule-file" }, async (args) => checkedRuleFile(args.path));
    async function checkedRuleFile(path: string) {
      const checked = validateRulebookInput(await readFile(path, "utf8"));
      if (!checked.success) throw new Error(`${path}: ${checked.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
      return { contents: `export default ${JSON.stringify({ [CHECKED_RULE_FILE]: JSON.stringify(checked.data) })};`, loader: "js" as const };
    }
    build.onLoad({ filter: /[\\/]rules[\\/].*\.json$/ }, async (args) => ({
      contents: `export default ${JSON.stringify(JSON.stringify(JSON.parse(await readFile(args.path, "utf8"))))};`,
      loader: "js",
    }));
  },
};

/**
 * The message catalog's groups are object literals of calls (`defineMessage({…})`, `mustBe(…)`),
 * which a bundler must keep unless told they are pure: marked so (`/* @__PURE__ *\/` before every
 * call that is a property's value), a group no code of a bundle registers is dropped from it (see
 * src/messages/registry.ts).
 */
const pureMessages: Plugin = {
  name: "pure-messages",
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/](messages[\\/]catalog[\\/][^\\/]+|schema[\\/]checkMessages)\.ts$/ }, async (args) => ({
      contents: (await readFile(args.path, "utf8")).replace(/^(\s*(?:"[^"\n]*"|[A-Za-z_$][\w$]*)\s*:\s*)([A-Za-z_$][\w$]*\s*[<(])/gm, "$1/* @__PURE__ */ $2"),
      loader: "ts",
    }));
  },
};

/**
 * ESM only: the main entry carries its own copy of the five bundled rulebooks' modules (each
 * subpath keeps its own). Shared, they were five chunks of their own, and Node's ESM loader pays
 * for every module it loads: a cold start from ESM was about 7 ms (0.09× bare node) slower for
 * them. The copy costs 290 KB unpacked. The rulebooks stay one per id: both copies go through
 * src/load/bundledOnce.ts, which is shared. (CommonJS loads modules cheaply; it shares them.)
 */
const mainEntryCopies: Plugin = {
  name: "main-entry-copies",
  setup(build) {
    build.onResolve({ filter: /^\.\/rulebooks\/\d{3}\.js$/ }, (args) =>
      /[\\/]src[\\/]load[\\/]bundled\.ts$/.test(args.importer) ? { path: resolve(args.resolveDir, args.path.replace(/\.js$/, ".ts")), namespace: "main-entry-copy" } : undefined,
    );
    // CommonJS: each subpath's entry is the main entry's copy, shared, not a second one
    build.onResolve({ filter: /^main-entry-copy:/ }, (args) => ({ path: args.path.slice("main-entry-copy:".length), namespace: "main-entry-copy" }));
    build.onLoad({ filter: /.*/, namespace: "main-entry-copy" }, async (args) => ({ contents: await readFile(args.path, "utf8"), loader: "ts", resolveDir: dirname(args.path) }));
  },
};

/**
 * CommonJS only: the subpaths award-rules/rulebooks/000 … are the main entry's own copies of the
 * rulebooks (src/load/rulebooks/*.ts through mainEntryCopies), so the main entry loads them in the
 * chunk it shares with them, not in five chunks of their own (a module each: 3 ms of a cold start),
 * and the package carries each rule file once per format. A bundler takes the ESM build, where
 * each subpath carries its rule file alone.
 */
const sharedSubpaths: Plugin = {
  name: "cjs-subpaths-share-the-main-entry",
  setup(build) {
    build.onResolve({ filter: /[\\/]src[\\/]load[\\/]rulebooks[\\/]\d{3}\.ts$/ }, (args) =>
      args.kind === "entry-point" ? { path: resolve(args.resolveDir, args.path), namespace: "cjs-subpath" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "cjs-subpath" }, (args) => ({
      contents: [
        `import { RULEBOOK_ID } from ${JSON.stringify(`main-entry-copy:${args.path}`)};`,
        `import { bundledRulebook } from ${JSON.stringify(resolve(dirname(args.path), "..", "bundled.ts"))};`,
        "export { RULEBOOK_ID };",
        "export const rulebook = () => bundledRulebook(RULEBOOK_ID);",
      ].join("\n"),
      loader: "js",
      resolveDir: dirname(args.path),
    }));
  },
};

/** The bundled rulebooks, each behind a subpath of its own (award-rules/rulebooks/000 …). */
const RULEBOOKS = Object.fromEntries(["000", "001", "002", "003", "004"].map((id) => [`rulebooks/${id}`, `src/load/rulebooks/${id}.ts`]));

/** The main entry and one entry per subpath (package.json "exports"). */
const LIBRARY = {
  index: "src/index.ts",
  schema: "src/schema/index.ts",
  "policy-tests": "src/policyTests/index.ts",
  review: "src/review/index.ts",
  reference: "src/compile/reference.ts",
  "json-rules-engine": "src/engines/index.ts",
  ...RULEBOOKS,
};

// Shared code is split into chunks, so the main entry loads neither zod nor json-rules-engine, and
// each rule file is in its rulebook's chunk.
const shared: Options = {
  // no source maps in the package: they would add half again to dist to map readable, unminified
  // JavaScript back to sources the package does not ship
  sourcemap: false,
  splitting: true,
  target: "node20",
  treeshake: true,
  // import.meta.url in the CJS build (the json-rules-engine subpath loads its optional peer through createRequire)
  shims: true,
  esbuildPlugins: [jsonAsText, pureMessages],
  // Chinese kept as UTF-8, not written as \uXXXX escapes: the rule files and messages are mostly
  // Chinese, and six characters for each one made the package 280 KB larger (parsing is no faster either way)
  esbuildOptions(options) {
    options.charset = "utf8";
  },
};

// Two builds into one dist/ (emptied by the build script first: two builds cleaning it would race):
// the library as ESM, and the library with the CLI as CommonJS, so the CLI shares the library's
// chunks instead of carrying a copy (its `#!/usr/bin/env node` line is kept from src/cli/main.ts).
// The CLI runs through its bin (dist/cli.cjs) only, so the package carries no ESM copy of it.
export default defineConfig([
  { ...shared, entry: LIBRARY, format: ["esm"], dts: { entry: LIBRARY }, esbuildPlugins: [mainEntryCopies, jsonAsText, pureMessages] },
  {
    ...shared,
    entry: { ...LIBRARY, cli: "src/cli/main.ts" },
    format: ["cjs"],
    dts: { entry: LIBRARY },
    esbuildPlugins: [sharedSubpaths, mainEntryCopies, jsonAsText, pureMessages],
  },
]);
